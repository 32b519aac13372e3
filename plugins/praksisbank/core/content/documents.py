"""Reading content files: text decoding, front matter and body, each with its line numbers."""

from __future__ import annotations

import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.content.yamlnodes import Parsed, Pos, control_character_problems, parse

_BOM = b"\xef\xbb\xbf"
_CLOSING = re.compile(r"\n(?:---|\.\.\.)[^\S\n]*(?=\n|\Z)")
"""The line that closes front matter (after the opening line): ``---`` or ``...``, and
trailing blanks; the first such line."""
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True, kw_only=True, slots=True)
class RawDocument:
    """A Markdown file split into its parsed front matter and its body."""

    path: str
    """The file's path as shown to users (relative to the project, with forward slashes)."""
    meta: Parsed
    body: str
    body_line: int
    """The file line on which the body starts."""


def _problem(path: str, line: int, column: int, code: ProblemCode, message: str) -> Problem:
    return Problem(file=path, line=line, column=column, code=code, message=message)


MAX_FILE_BYTES = 1_000_000
"""The largest content file read (1 MB). Pictures belong in their own files, not pasted in."""


def _size(n: int) -> str:
    """A byte count the Norwegian way, in megabytes with one decimal: ``1,4 MB``. Not the
    bytes: every message is masked (``report._masked``), and a count of six digits or more
    would reach the contributor as ``• ••• •00 byte`` (attack round 10)."""
    megabytes = f"{n / 1_000_000:.1f}".removesuffix(".0").replace(".", ",")
    return f"{megabytes} MB"


def read_text(abs_path: Path, path: str) -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8; a byte-order mark and CRLF line ends are accepted and removed.

    Refused with a problem, never an exception: a file that cannot be read, one larger than
    ``MAX_FILE_BYTES`` (never read whole), one that is not UTF-8, and one with an invisible
    control character anywhere in it.
    """
    try:
        info = abs_path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [_unreadable(path, "den er ikke en vanlig fil")]
        if info.st_size > MAX_FILE_BYTES:
            return None, [_too_large(path, info.st_size)]
        with abs_path.open("rb") as handle:
            # The size it had, and a byte more to see it grew: asking for the most a file may
            # hold would make Python set aside a megabyte for every file.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        return None, [_unreadable(path, exc.strerror or type(exc).__name__)]
    if len(data) > MAX_FILE_BYTES:  # the file grew after it was measured
        return None, [_too_large(path, len(data))]
    if data.startswith(_UTF16):
        return None, [_utf16(path, 1, 1)]
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode(errors="replace"))
        return None, [
            _problem(
                path,
                line,
                column + 1,
                "file-encoding",
                "Filen er ikke lagret som UTF-8 (den har et tegn som ikke kan leses her). "
                "Lagre filen på nytt med tegnkoding UTF-8 i redigeringsprogrammet.",
            )
        ]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = control_character_problems(text, file=path)
    if problems and text.count("\x00") * 4 > len(text):
        first = problems[0]
        return None, [_utf16(path, first.line, first.column)]
    return (None if problems else text), problems


def _unreadable(path: str, why: str) -> Problem:
    return _problem(
        path,
        1,
        1,
        "file-unreadable",
        f"Filen kan ikke leses ({why}). Sjekk at den er en vanlig tekstfil som du har tilgang til.",
    )


def _too_large(path: str, size: int) -> Problem:
    return _problem(
        path,
        1,
        1,
        "file-unreadable",
        f"Filen er for stor: {_size(size)}. En fil kan være på høyst {_size(MAX_FILE_BYTES)}. "
        "Fjern innlimte bilder og lange vedlegg (legg bilder i egne filer), eller del teksten "
        "i flere filer.",
    )


def _utf16(path: str, line: int, column: int) -> Problem:
    return _problem(
        path,
        line,
        column,
        "file-encoding",
        "Filen er lagret som UTF-16, ikke UTF-8. Lagre filen på nytt med tegnkoding UTF-8 i "
        "redigeringsprogrammet.",
    )


def read_document(abs_path: Path, path: str) -> tuple[RawDocument | None, list[Problem]]:
    """Read a Markdown file with YAML front matter between two ``---`` lines."""
    text, problems = read_text(abs_path, path)
    if text is None:
        return None, problems
    first_end = text.find("\n")
    if (text if first_end < 0 else text[:first_end]).rstrip() != "---":
        return None, [
            _problem(
                path,
                1,
                1,
                "front-matter-missing",
                "Filen mangler front matter. Første linje må være «---», så feltene "
                "(for eksempel «id: ...»), så en linje med «---» før selve teksten.",
            )
        ]
    closing = _CLOSING.search(text, first_end) if first_end >= 0 else None
    if closing is None:
        return None, [
            _problem(
                path,
                1,
                1,
                "front-matter-unclosed",
                "Front matter starter på linje 1, men blir aldri avsluttet. Legg til en linje "
                "med «---» etter det siste feltet.",
            )
        ]
    parsed, problems = parse(
        text[first_end + 1 : closing.start()], file=path, first_line=2, checked=True
    )
    if parsed is None:
        return None, problems
    if parsed.value is None:
        parsed.value = {}
    if not isinstance(parsed.value, dict):
        pos = parsed.pos(())
        problems.append(
            _problem(
                path,
                pos.line,
                pos.column,
                "front-matter-not-mapping",
                "Front matter må være felt med navn og verdi (for eksempel «title: Tekst»), "
                "ikke en liste eller en enkelt verdi.",
            )
        )
        return None, problems
    body = text[closing.end() + 1 :]
    body_line = text.count("\n", 0, closing.end()) + 2
    return RawDocument(path=path, meta=parsed, body=body, body_line=body_line), problems


def read_yaml(abs_path: Path, path: str) -> tuple[Parsed | None, list[Problem]]:
    """Read a whole YAML file (such as ``arrivals.yml``) strictly."""
    text, problems = read_text(abs_path, path)
    if text is None:
        return None, problems
    parsed, problems = parse(text, file=path, first_line=1, checked=True)
    return parsed, problems


def position_in_body(doc: RawDocument, offset: int) -> Pos:
    """The file position of a character offset in the body (the body's line starts are found
    once: counting the line ends before each finding made a body with thousands of findings
    quadratic)."""
    starts = _line_starts(doc.body)
    line = bisect_right(starts, offset) - 1
    return Pos(doc.body_line + line, offset - starts[line] + 1)


@lru_cache(maxsize=4)
def _line_starts(body: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", body))]
