"""The MkDocs adapter: a thin plugin that hands MkDocs' files and events to the core.

``plugin.py`` is the event handlers; each hands its work to one module here (``options``,
``refuse``, ``configure``, ``sitefiles``, ``decorate``, ``protect``, ``postbuild``) or to the
core. ``project.py`` and ``settings.py`` read a project's ``mkdocs.yml`` for the commands too.
"""
