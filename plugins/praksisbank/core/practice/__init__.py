"""What the content means for practice: flags, readiness, checklists, status looks."""
