"""Content files read and checked: YAML with positions, kinds, schema, rules, loader."""
