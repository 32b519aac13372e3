"""Praksisbanken: a knowledge base of decisions, practice notes and interview guides.

The package has two layers. ``praksisbank.core`` knows nothing of MkDocs: it loads and validates
content, resolves references and renders pages. ``praksisbank.mkdocs_adapter.plugin`` and
``praksisbank.cli.main`` adapt it to MkDocs and to the command line.
"""

__version__ = "0.1.0"
