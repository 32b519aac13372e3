"""The MkDocs adapter: a thin plugin that hands MkDocs' files to the core."""
