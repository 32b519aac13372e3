"""Reading content files: text decoding, front matter and body, each with its line numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .problems import Problem, ProblemCode
from .strictyaml import Parsed, Pos, parse

_BOM = b"\xef\xbb\xbf"


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


def read_text(abs_path: Path, path: str) -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8; a byte-order mark and CRLF line ends are accepted and removed."""
    data = abs_path.read_bytes()
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            _problem(
                path,
                line,
                column,
                "file-encoding",
                "Filen er ikke lagret som UTF-8 (den har et tegn som ikke kan leses her). "
                "Lagre filen på nytt med tegnkoding UTF-8 i redigeringsprogrammet.",
            )
        ]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def read_document(abs_path: Path, path: str) -> tuple[RawDocument | None, list[Problem]]:
    """Read a Markdown file with YAML front matter between two ``---`` lines."""
    text, problems = read_text(abs_path, path)
    if text is None:
        return None, problems
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
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
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
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
    parsed, problems = parse("\n".join(lines[1:end]), file=path, first_line=2)
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
    body = "\n".join(lines[end + 1 :])
    return RawDocument(path=path, meta=parsed, body=body, body_line=end + 2), problems


def read_yaml(abs_path: Path, path: str) -> tuple[Parsed | None, list[Problem]]:
    """Read a whole YAML file (such as ``arrivals.yml``) strictly."""
    text, problems = read_text(abs_path, path)
    if text is None:
        return None, problems
    parsed, problems = parse(text, file=path, first_line=1)
    return parsed, problems


def position_in_body(doc: RawDocument, offset: int) -> Pos:
    """The file position of a character offset in the body."""
    line = doc.body.count("\n", 0, offset)
    column = offset - (doc.body.rfind("\n", 0, offset) + 1) + 1
    return Pos(doc.body_line + line, column)
