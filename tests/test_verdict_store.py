"""The store of clean verdicts (core/gate/verdicts.py): a text the gate read and found nothing in
is not read again in a later run, and nothing else changes.

Counted here: the source gate's readings (``examine`` in ``core/content/personal.py``) in
``praksisbank check``, and the rendered-text gate's readings of pages (``rendered.in_page``) in
``SiteGate``. The identity numbers are generated in the test (``identity_number``: valid check
digits for a made-up birth date), never a real person's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import BODY, Project, build_site, decision, identity_number
from praksisbank.cli.main import main
from praksisbank.core.content import personal
from praksisbank.core.gate import anonymity, rendered, sitegate, verdicts
from praksisbank.mkdocs_adapter import settings

F = identity_number("030494")
PLANTED = BODY + f"\nSøkerens nummer er {F}.\n"


@pytest.fixture
def machine(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This machine's cache folder, outside the project, with the store turned on."""
    folder = tmp_path_factory.mktemp("maskin")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setenv("PRAKSISBANK_VERDICT_CACHE", "1")
    return folder / "praksisbank"


@pytest.fixture
def examined(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each text the source gate's detectors read."""
    texts: list[str] = []
    real = anonymity.examine

    def counted(text: str, known_names: object = ()) -> object:
        texts.append(text)
        return real(text, known_names)  # type: ignore[arg-type]

    monkeypatch.setattr(personal, "examine", counted)
    return texts


@pytest.fixture
def pages_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each page the rendered-text gate read."""
    pages: list[str] = []
    real = rendered.in_page

    def counted(page: str, **kwargs: object) -> list[rendered.Seen]:
        pages.append(page)
        return real(page, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rendered, "in_page", counted)
    return pages


def check(project: Project, *flags: str) -> int:
    return main(["check", str(project.root), "--format", "json", *flags])


# -- the source check -------------------------------------------------------------------------


def test_a_second_check_reads_no_text_the_first_found_clean(
    project: Project, machine: Path, examined: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(project) == 0
    first = len(examined)
    assert first > 10
    assert (machine / verdicts.FILE).is_file()
    examined.clear()
    assert check(project) == 0
    # Read again: only the texts with a finding (the contacts' names in the practice note, let
    # through later as employees' names); no clean text.
    assert 0 < len(examined) < first / 5
    assert all(anonymity.examine(text).findings for text in examined)
    assert capsys.readouterr().out.count("[]") == 2  # no problem either time


def test_a_changed_text_is_read_again_and_only_that_one(
    project: Project, machine: Path, examined: list[str]
) -> None:
    check(project)
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=BODY + "\nEn ny setning.\n"))
    examined.clear()
    check(project)
    new = [text for text in examined if not anonymity.examine(text).findings]
    assert len(new) == 1  # of the clean texts, only the changed body is read
    assert "En ny setning." in new[0]


def test_a_planted_number_is_never_stored_and_reported_every_time(
    project: Project, machine: Path, examined: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=PLANTED))
    outputs = []
    for _ in range(2):
        examined.clear()
        assert check(project) == 1
        outputs.append(capsys.readouterr().out)
        assert any(F in text for text in examined)  # read again in the second run too
    assert outputs[0] == outputs[1]
    assert "decision_bank/afg/2024-kvinne.md" in outputs[0]


def test_changed_exceptions_make_every_text_read_again(
    project: Project, machine: Path, examined: list[str]
) -> None:
    check(project)
    first = len(examined)
    project.write("personvern-ok.yml", "[]\n")
    examined.clear()
    check(project)
    assert len(examined) == first


def test_no_cache_reads_every_text_and_keeps_nothing(
    project: Project, machine: Path, examined: list[str]
) -> None:
    check(project, "--no-cache")
    first = len(examined)
    assert not (machine / verdicts.FILE).exists()
    check(project)
    examined.clear()
    check(project, "--no-cache")
    assert len(examined) == first


def test_the_setting_off_reads_every_text(
    project: Project, machine: Path, examined: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    check(project, "--no-cache")
    first = len(examined)
    check(project)
    monkeypatch.setenv("PRAKSISBANK_VERDICT_CACHE", "0")
    examined.clear()
    check(project)
    assert len(examined) == first


@pytest.mark.parametrize("damage", ["wrong key", "forged", "truncated", "gate changed"])
def test_a_store_that_cannot_be_trusted_is_not_read(
    project: Project,
    machine: Path,
    examined: list[str],
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    check(project)
    first = len(examined)
    store = machine / verdicts.FILE
    data = store.read_bytes()
    if damage == "wrong key":
        (machine / verdicts.KEY_FILE).write_bytes(bytes(32))
    elif damage == "forged":
        store.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    elif damage == "truncated":
        store.write_bytes(data[:-16])
    else:
        monkeypatch.setattr(verdicts, "GATE_FINGERPRINT", "another gate")
    examined.clear()
    check(project)
    assert len(examined) == first


# -- a contributor cannot make a text count as read --------------------------------------------


def _signed_store(folder: Path, key: bytes, store_texts: list[str]) -> None:
    """A store file and key as a contributor could make them on their own machine: every
    text of the project (the planted number's too) signed with a key they know."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / verdicts.KEY_FILE).write_bytes(key)
    forged = verdicts.Store(key, "", frozenset(), folder=folder)
    forged.learn(
        forged.digest(kind, text, names)
        for text in store_texts
        for kind in (verdicts.SOURCE, verdicts.PAGE)
        for names in ((), ("Kari Nordmann",))
    )
    forged.save()


def test_nothing_in_the_repository_makes_a_text_count_as_read(
    project: Project,
    machine: Path,
    examined: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=PLANTED))
    # The contributor's own key and store, committed where a tool's cache would be, and the
    # machine's folder pointed into the project (a CI that caches ./.cache).
    inside = project.root / ".cache" / "praksisbank"
    _signed_store(inside, b"k" * 32, [PLANTED, F])
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.root / ".cache"))
    assert check(project) == 1
    assert any(F in text for text in examined)
    assert "decision_bank/afg/2024-kvinne.md" in capsys.readouterr().out
    # The same store copied over the machine's own (outside the project): another key.
    monkeypatch.setenv("XDG_CACHE_HOME", str(machine.parent))
    check(project)
    (machine / verdicts.FILE).write_bytes((inside / verdicts.FILE).read_bytes())
    examined.clear()
    assert check(project) == 1
    assert any(F in text for text in examined)


def test_no_store_is_opened_inside_the_project(project: Project) -> None:
    assert verdicts.open_store(project.root, [], project.root / ".cache" / "praksisbank") is None
    assert verdicts.open_store(project.root, [], project.root) is None


# -- the rendered-text gate ----------------------------------------------------------------------

PAGE = (
    "<html><body><article><h1>Enslig kvinne fra Herat</h1>"
    "<p>Søkeren forklarte at hun reiste alene.</p><p>{neighbour}</p></article></body></html>"
)


@pytest.fixture
def store(tmp_path: Path, machine: Path) -> Iterator[verdicts.Store]:
    opened = verdicts.open_store(tmp_path / "prosjekt", [b"settings"])
    assert opened is not None
    yield opened


def gate_pages(pages: dict[str, str], store: verdicts.Store | None) -> tuple[str, ...]:
    """The problems a site gate of this process finds in ``pages`` (saved after)."""
    with verdicts.kept(store):
        gate = sitegate.SiteGate({}, workers=0)
        for published, html in pages.items():
            gate.page(published, html)
        return tuple(p.message for p in gate.problems())


def reopened(tmp_path: Path) -> verdicts.Store:
    store = verdicts.open_store(tmp_path / "prosjekt", [b"settings"])
    assert store is not None
    return store


def test_a_page_found_clean_is_not_read_again(
    tmp_path: Path, store: verdicts.Store, pages_read: list[str]
) -> None:
    pages = {"a/index.html": PAGE.format(neighbour="Hun fikk beskyttelse.")}
    assert gate_pages(pages, store) == ()
    assert len(pages_read) == 1
    assert gate_pages(pages, reopened(tmp_path)) == ()
    assert len(pages_read) == 1


def test_a_page_whose_neighbouring_block_changed_is_read_again(
    tmp_path: Path, store: verdicts.Store, pages_read: list[str]
) -> None:
    assert gate_pages({"a/index.html": PAGE.format(neighbour=F[:6])}, store) == ()
    assert len(pages_read) == 1
    # The same block with a new block after it: the six digits over the five read as one number.
    joined = PAGE.format(neighbour=f"{F[:6]}</p><p>{F[6:]}")
    found = gate_pages({"a/index.html": joined}, reopened(tmp_path))
    assert len(pages_read) == 2
    assert found  # the joined number stops the build


def test_a_page_with_a_number_is_read_every_time(
    tmp_path: Path, store: verdicts.Store, pages_read: list[str]
) -> None:
    pages = {"a/index.html": PAGE.format(neighbour=f"Nummer {F}.")}
    first = gate_pages(pages, store)
    assert first
    assert gate_pages(pages, reopened(tmp_path)) == first
    assert len(pages_read) == 2


def test_a_build_with_a_planted_number_stops_every_time(project: Project, machine: Path) -> None:
    from mkdocs.exceptions import Abort, PluginError

    build_site(project)
    project.write("decision_bank/afg/2024-kvinne.md", decision(body=PLANTED))
    for _ in range(2):
        with pytest.raises((Abort, PluginError)):
            build_site(project)


# -- the setting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "env", "on"),
    [
        (None, "", True),
        (False, "1", False),
        (None, "0", False),
        ("nei", "", False),
        (True, "0", True),
    ],
)
def test_the_setting(option: object, env: str, on: bool) -> None:
    options = {"verdict_cache": option}
    chosen = settings.resolve(options, None, {"PRAKSISBANK_VERDICT_CACHE": env})
    assert chosen.verdict_cache is on


def test_a_setting_that_means_nothing_is_refused_in_norwegian() -> None:
    with pytest.raises(settings.SettingsError, match="er ikke 0 eller 1"):
        settings.resolve({}, None, {"PRAKSISBANK_VERDICT_CACHE": "kanskje"})


# -- the file ------------------------------------------------------------------------------------


def test_two_runs_at_once_keep_a_whole_file(tmp_path: Path, machine: Path) -> None:
    first, second = reopened(tmp_path), reopened(tmp_path)
    first.learn([first.digest(verdicts.SOURCE, "den første")])
    second.learn([second.digest(verdicts.SOURCE, "den andre")])
    first.save()
    second.save()  # opened before the first saved: it reads the file again when it saves
    after = reopened(tmp_path)
    assert after.clean(after.digest(verdicts.SOURCE, "den første"))
    assert after.clean(after.digest(verdicts.SOURCE, "den andre"))


def test_the_store_is_bounded_and_keeps_the_last_runs_verdicts(
    tmp_path: Path, machine: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verdicts, "MAX_ENTRIES", 3)
    for run in range(3):
        store = reopened(tmp_path)
        store.learn(store.digest(verdicts.SOURCE, f"kjøring {run} tekst {n}") for n in range(2))
        store.save()
    assert (machine / verdicts.FILE).stat().st_size < 200
    last = reopened(tmp_path)
    assert len(last.known) == 3
    assert all(last.clean(last.digest(verdicts.SOURCE, f"kjøring 2 tekst {n}")) for n in range(2))
    assert not last.clean(last.digest(verdicts.SOURCE, "kjøring 0 tekst 0"))


def test_a_digest_is_the_documented_hmac_of_each_part() -> None:
    """A digest is ``HMAC-SHA256(key, gate ‖ settings ‖ kind ‖ names ‖ text)`` however often a
    store makes one (the parts before the text are kept between digests): another key, kind,
    name or text gives another digest, and the order of the names does not count."""
    import hashlib
    import hmac

    def documented(key: bytes, kind: str, names: list[str], text: str) -> bytes:
        mac = hmac.new(key, digestmod=hashlib.sha256)
        for part in (verdicts.GATE_FINGERPRINT, "innstillinger", kind, "\n".join(sorted(names))):
            encoded = part.encode()
            mac.update(len(encoded).to_bytes(8, "big") + encoded)
        mac.update(text.encode())
        return mac.digest()[:16]

    stores = [verdicts.Store(bytes([n]) * 32, "innstillinger", frozenset()) for n in (1, 2)]
    seen = set()
    for _ in range(2):  # the second round from the kept parts
        for store in stores:
            for kind in (verdicts.SOURCE, verdicts.PAGE):
                for names in ([], ["Kari Nordmann"], ["Ola Nordmann", "Kari Nordmann"]):
                    for text in ("Søkeren kom i 2019.", "Søkeren kom i 2020."):
                        digest = store.digest(kind, text, names)
                        assert digest == documented(store.key, kind, names, text)
                        assert digest == store.digest(kind, text, list(reversed(names)))
                        seen.add(digest)
    assert len(seen) == 2 * 2 * 3 * 2
