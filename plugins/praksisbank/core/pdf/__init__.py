"""PDF exports: which pages go into which PDF, and WeasyPrint rendering."""
