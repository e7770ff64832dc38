"""The app's screens: main (tabs), details, search, timeline, help."""
