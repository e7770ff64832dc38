"""The data layer: model objects, partial dates, the store file and the queries over it.

Nothing here imports Textual: the command line answers without paying for the UI.
"""
