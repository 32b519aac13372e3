"""The `praksisbank` command: check, review, readiness, new, pdf, codeowners."""
