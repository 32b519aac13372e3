"""The trust gates: personal data in source and rendered text, sanitizer, published files."""
