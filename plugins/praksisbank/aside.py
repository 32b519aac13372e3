"""Building beside the site: only a build that succeeds replaces ``site_dir``.

A failed build (content errors, or a crash in any plugin) leaves the last good site as it was,
so a deploy step never publishes an empty or half-built site.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class AsideBuild:
    final: Path
    """The site folder readers are served from."""

    @classmethod
    def start(cls, site_dir: str) -> tuple[AsideBuild, str]:
        """Make a new, empty folder beside ``site_dir``: the build writes there."""
        final = Path(site_dir)
        final.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{final.name}-ny-", dir=final.parent))
        building.chmod(0o755)  # mkdtemp makes it private; the site is read by a web server
        return cls(final), str(building)

    def finish(self, built: Path) -> None:
        """Put the finished build in place of the old site."""
        old = self.final.with_name(f".{self.final.name}-gammel")
        shutil.rmtree(old, ignore_errors=True)
        if self.final.exists():
            self.final.rename(old)
        built.rename(self.final)
        shutil.rmtree(old, ignore_errors=True)

    def fail(self) -> str:
        """Remove the unfinished build; say in Norwegian what became of the site."""
        # A plugin's on_config may have run again since the build started: remove every
        # unfinished build of this site, not only the folder this one was given.
        for leftover in self.final.parent.glob(f".{self.final.name}-ny-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        state = "er ikke endret" if self.final.exists() else "er ikke laget"
        return f"Praksisbanken: bygget feilet. Nettstedet i {self.final} {state}."
