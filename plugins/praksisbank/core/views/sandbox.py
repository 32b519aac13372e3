"""Every template a contributor can write is rendered in Jinja's sandbox.

A template in ``theme.custom_dir`` or in the plugin's ``templates`` folder is text from the
project, reviewed like content, not code: ``{{ cycler.__init__.__globals__.os.popen('…') }}``
in an unsandboxed environment runs a shell command on the build machine. MkDocs makes its theme
environment with a plain ``jinja2.Environment``; the plugin hands MkDocs (and every plugin after
it) a copy in ``ImmutableSandboxedEnvironment`` with the same loader, filters, tests, globals,
extensions and options (``sandboxed``), and our own environment is made sandboxed
(``core/views/render.py``). The sandbox refuses attributes that start with ``_`` (``__class__``,
``__globals__``), ``mro``, and methods that change a list, dict or set in place.

What the sandbox refuses at render time, and any other template error (a template not found,
a syntax error, an undefined value), stops the build with a Norwegian message naming the
template and its line (``TemplateRefusedError``), never a traceback. ``check`` reads the site's
templates before any build (``template_problems``): a template that does not parse, an
expression the sandbox would refuse, and a tag its literal markup writes into every page that
the page gate would refuse (a handler, an address that runs or is fetched from another host, a
link fetched ahead), is reported with its file and line.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NoReturn, TypeVar

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEnvironment,
    modifies_known_mutable,
    safe_range,
)

from praksisbank.core.base.problems import Problem, ProblemCode
from praksisbank.core.gate import csp

TEMPLATE_SUFFIXES = frozenset({".html", ".htm", ".j2", ".jinja", ".jinja2", ".xml", ".svg", ".md"})
"""The files of a theme folder Jinja may render (``.svg``: Material includes icons as
templates; ``.md``: the plugin's page templates). A stylesheet or a script is copied as it is."""

_OPTIONS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "undefined",
    "finalize",
    "autoescape",
    "loader",
    "auto_reload",
)
"""``jinja2.Environment``'s arguments that are kept on the environment as attributes of the
same name (``enable_async`` is kept as ``is_async``; ``cache_size`` is not kept: the sandbox
gets Jinja's default). Not ``bytecode_cache``: code compiled outside the sandbox calls
functions without asking it (``context.call``, not ``environment.call``), and a bytecode
cache's key holds only the template's name and source."""

_EXTENSION_STATE = ("newstyle_gettext",)
"""What an extension keeps on the environment outside its globals (``jinja2.ext.i18n``'s
``install_gettext_translations`` sets it; the copy's extension starts without it)."""


class TemplateRefusedError(Exception):
    """A template the build cannot render (Norwegian message with the template and its line)."""


def where_in_template(exc: BaseException) -> tuple[str, int] | None:
    """The template file and line an error was raised in: Jinja rewrites a template's frames in
    the traceback to the template's own file and line (an error in a macro called from Python,
    as Material's search and blog plugins call ``t()``, is not rewritten: its frame names the
    template); the innermost counts."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return exc.filename, exc.lineno
    found: tuple[str, int] | None = None
    trace: types.TracebackType | None = exc.__traceback__
    while trace is not None:
        names = trace.tb_frame.f_globals
        template = names.get("__jinja_template__")
        if "__jinja_exception__" in names:  # a frame Jinja rewrote
            found = (trace.tb_frame.f_code.co_filename, trace.tb_lineno)
        elif isinstance(template, jinja2.Template) and template.filename:  # not rewritten
            found = (template.filename, template.get_corresponding_lineno(trace.tb_lineno))
        trace = trace.tb_next
    return found


def _what(exc: BaseException) -> str:
    refused = isinstance(exc, jinja2.UndefinedError) and "attribute '_" in str(exc)
    if isinstance(exc, SecurityError) or refused:  # (an unsafe attribute reads as undefined)
        return (
            "bruker noe sandkassen ikke tillater (en egenskap som begynner med «_», som "
            "«__class__» eller «__globals__», eller en metode som endrer en liste eller en "
            "ordbok): en mal skal bare vise verdier, ikke kjøre kode på byggemaskinen"
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"henter malen «{exc.name}», som ikke finnes"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return "kan ikke leses av Jinja (ugyldig malsyntaks)"
    if isinstance(exc, jinja2.UndefinedError):
        return "bruker en verdi som ikke finnes"
    return "kan ikke gjøres om til en side"


def refusal_message(exc: BaseException, show: Callable[[str], str] = str) -> str:
    """The Norwegian message for a template error, with the template (``show`` turns its path
    into what the reader knows) and its line."""
    where = where_in_template(exc)
    place = f"Malen «{show(where[0])}» linje {where[1]}" if where else "En mal"
    technical = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return (
        f"{place} {_what(exc)} (teknisk: {technical}). Ingenting ble publisert, og nettstedet er "
        "som før. Rett malen (kjør «praksisbank check» for å se malene som sandkassen stopper)."
    )


def _mutating_methods() -> frozenset[str]:
    """The methods the immutable sandbox refuses on a list, dict, set or deque (Jinja's table)."""
    names: set[str] = set()
    for _, methods in jinja2.sandbox._mutable_spec:
        names.update(methods)
    return frozenset(names)


_REFUSED_CALLS = _mutating_methods()


class SandboxedTemplates(ImmutableSandboxedEnvironment):
    """The sandbox, whose template errors stop with ``refused`` (Norwegian, no traceback)."""

    show: Callable[[str], str] = str
    """A template's path as the message shows it (relative to the project)."""

    def is_safe_attribute(self, obj: object, attr: str, value: object) -> bool:
        """As Jinja's immutable sandbox decides, with its table of methods that change a list,
        dict or set looked at only for those names (it walks the table for every attribute a
        template reads: half the sandbox's cost on our pages)."""
        if attr in _REFUSED_CALLS and modifies_known_mutable(obj, attr):
            return False
        return SandboxedEnvironment.is_safe_attribute(self, obj, attr, value)

    def refused(self, message: str) -> Exception:
        """The exception a template error is raised as (the MkDocs adapter gives its own)."""
        return TemplateRefusedError(message)

    def handle_exception(self, source: str | None = None) -> NoReturn:
        exc = sys.exc_info()[1]
        if not isinstance(exc, jinja2.TemplateError):
            super().handle_exception(source)
        try:
            super().handle_exception(source)
        except jinja2.TemplateError as rewritten:
            raise self.refused(refusal_message(rewritten, self.show)) from None


Sandbox = TypeVar("Sandbox", bound=SandboxedTemplates)


def sandboxed(env: jinja2.Environment, kind: type[Sandbox]) -> Sandbox:
    """A sandboxed copy of ``env`` (a ``kind``): the same loader, options, extensions, filters,
    tests, globals and policies, so that the templates render as before; ``range`` stays the
    sandbox's own (a range of at most 100,000 numbers)."""
    if isinstance(env, kind):
        return env
    copy = kind(
        **{name: getattr(env, name) for name in _OPTIONS},
        enable_async=env.is_async,
        extensions=[type(extension) for extension in env.extensions.values()],
    )
    copy.filters.update(env.filters)
    copy.tests.update(env.tests)
    copy.globals.update(env.globals)
    copy.globals["range"] = safe_range
    copy.policies.update(env.policies)
    for name in _EXTENSION_STATE:
        if hasattr(env, name):
            setattr(copy, name, getattr(env, name))
    return copy


# -- what check reads in the site's templates ----------------------------------------------------


_CODE: ProblemCode = "site-template"


def _refused_attribute(name: str) -> bool:
    return name.startswith("_") or name == "mro"


def _refused_nodes(tree: nodes.Template) -> Iterator[tuple[int, str]]:
    """Each place in a parsed template the sandbox would refuse when it renders: an attribute
    or a key written as text that starts with ``_`` (or ``mro``), the ``attr`` filter given
    one, and a call of a method that changes a list, dict or set."""
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Call)):
        if isinstance(node, nodes.Getattr) and _refused_attribute(node.attr):
            yield node.lineno, f"«.{node.attr}»"
        elif (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str)
            and _refused_attribute(node.arg.value)
        ):
            yield node.lineno, f"«[{node.arg.value!r}]»"
        elif (
            isinstance(node, nodes.Filter)
            and node.name == "attr"
            and node.args
            and isinstance(node.args[0], nodes.Const)
            and isinstance(node.args[0].value, str)
            and _refused_attribute(node.args[0].value)
        ):
            yield node.lineno, f"«attr({node.args[0].value!r})»"
        elif (
            isinstance(node, nodes.Call)
            and isinstance(node.node, nodes.Getattr)
            and node.node.attr in _REFUSED_CALLS
        ):
            yield node.lineno, f"«.{node.node.attr}(…)»"


_ALWAYS_RENDERED = (nodes.Block, nodes.Scope, nodes.ScopedEvalContextModifier, nodes.With)
"""Statements whose body is written whenever the template (or the block) is: their literal
markup is read by ``check``. The body of an ``if``, a loop, a macro or a call block may never be
written, and is left to the build, which reads every page it writes."""


def _written_markup(body: Iterable[nodes.Node]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Each run of output that every render writes, as text (an expression stands as «x»: it
    holds no tag of its own in the sandbox's autoescaped output) with where each piece starts
    (offset in the text, line in the template)."""
    for node in body:
        if isinstance(node, nodes.Output):
            text, starts = "", []
            for piece in node.nodes:
                starts.append((len(text), piece.lineno))
                text += piece.data if isinstance(piece, nodes.TemplateData) else "x"
            yield text, starts
        elif isinstance(node, _ALWAYS_RENDERED):
            yield from _written_markup(node.body)


def _line_of(text: str, starts: list[tuple[int, int]], offset: int) -> int:
    start, line = max((s for s in starts if s[0] <= offset), default=(0, 1))
    return line + text.count("\n", start, offset)


def _parser() -> jinja2.Environment:
    """An environment that parses as MkDocs' and ours do (``{% trans %}`` included)."""
    return SandboxedEnvironment(extensions=["jinja2.ext.i18n", "jinja2.ext.loopcontrols"])


def template_files(folders: Iterable[Path]) -> list[Path]:
    """The template files of ``folders``, sorted; symbolic links are left out (the check
    refuses them where they lead out of the project)."""
    return [
        path
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.rglob("*"))
        if path.suffix.lower() in TEMPLATE_SUFFIXES and path.is_file() and not path.is_symlink()
    ]


def template_problems(folders: Iterable[Path], show: Callable[[Path], str]) -> tuple[Problem, ...]:
    """Every template in ``folders`` that does not parse, and every expression in one that the
    sandbox would refuse, with its file (``show``) and line."""
    env = _parser()
    found: list[Problem] = []
    for path in template_files(folders):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the content check says that a file cannot be read
        file = show(path)
        try:
            tree = env.parse(text, path.name, str(path))
        except jinja2.TemplateSyntaxError as exc:
            found.append(
                Problem(
                    file=file,
                    line=exc.lineno,
                    column=1,
                    code=_CODE,
                    message=f"Malen kan ikke leses av Jinja: {exc.message}. Byggingen stopper "
                    "på den. Rett malsyntaksen på linjen.",
                )
            )
            continue
        for line, written in _refused_nodes(tree):
            found.append(
                Problem(
                    file=file,
                    line=line,
                    column=1,
                    code=_CODE,
                    message=f"Malen bruker {written}, som sandkassen ikke tillater: egenskaper "
                    "som begynner med «_» (som «__class__» og «__globals__») kan kjøre kode på "
                    "byggemaskinen, og metoder som endrer en liste eller en ordbok («append», "
                    "«update») er stengt sammen med dem. En mal viser verdier den får; ta "
                    "uttrykket bort, eller samle verdier med «namespace()» og «{% set ns.x = "
                    "… %}».",
                )
            )
        for text, starts in _written_markup(tree.body):
            for offset, what in csp.tag_refusals(text):
                found.append(
                    Problem(
                        file=file,
                        line=_line_of(text, starts, offset),
                        column=1,
                        code=_CODE,
                        message=f"Malen skriver {what} i hver side den lager. Byggingen "
                        "stopper på den: en side skal ikke kjøre skript eller hente noe fra "
                        "andre nettsteder. Ta elementet bort, eller legg filen i nettstedet "
                        "og pek på den med en relativ adresse.",
                    )
                )
    return tuple(sorted(set(found)))
