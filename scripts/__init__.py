"""Build tools of the edition: load → validate → render, independent of MkDocs.

`scripts.hooks` is the only module that knows about MkDocs; everything else is plain
Python that the tests and the command line (`python -m scripts.sources`) call directly.
"""
