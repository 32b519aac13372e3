"""The site's source as a docs tree any engine builds (``tree``), the stages the MkDocs plugin and
``praksisbank build`` both run (``stages``); after the engine: the search index and the atomic
swap."""
