"""What the repository knows before it reads a word: the document manifest, the indicator
registry and every ``data/reference/`` table."""
