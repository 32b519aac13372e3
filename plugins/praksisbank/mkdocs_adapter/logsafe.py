"""MkDocs' log as a CI runner reads it: no message, ours or MkDocs' own (which quote link
targets, file names and values from content), is read as a workflow command
(``problems.ci_safe``). ``praksisbank mkdocs`` makes its whole output safe (``cli/output.py``);
this covers a plain ``mkdocs build`` or ``mkdocs serve`` too."""

from __future__ import annotations

import logging

from praksisbank.core.base.problems import ci_safe


class CiSafe(logging.Filter):
    """Rewrites a record's message as ``ci_safe`` prints it; lets every record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        safe = ci_safe(message)
        if safe != message:
            record.msg, record.args = safe, None
        return True


def install(logger: logging.Logger) -> None:
    """Every handler of ``logger`` (MkDocs' own: ``mkdocs``) writes safe lines; once each."""
    for handler in logger.handlers:
        if not any(isinstance(f, CiSafe) for f in handler.filters):
            handler.addFilter(CiSafe())
