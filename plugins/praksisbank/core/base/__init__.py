"""Plain values every layer shares: the content model, problems, countries, dates, addresses."""
