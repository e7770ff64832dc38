"""Reusable Textual widgets. They receive model objects or plain rows, never a store handle."""
