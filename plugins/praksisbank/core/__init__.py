"""The domain core: content in, checked pages, PDFs and search out. Never imports MkDocs."""
