"""Prepared values for every page and the templates that show them."""
