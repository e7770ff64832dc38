"""Search: normalisation, the index and ranking. Never imports Textual."""
