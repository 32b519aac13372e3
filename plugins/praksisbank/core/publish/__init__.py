"""After the engine has written the site: the search index and the atomic swap."""
