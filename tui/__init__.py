"""The terminal interfaces: the Textual app (imported only when it launches) and the plain
rich output of the command line (`tui.console`, `tui.search_output`, `tui.import_output`)."""
