"""The primary-source corpus: loading, validating and modelling `sources/documents/`."""

from .load import load_corpus, load_document
from .model import LANGUAGES, Corpus, Document, Line, Segment, Text, Variant, Witness, segment_label

__all__ = ["load_corpus", "load_document", "LANGUAGES", "Corpus", "Document", "Line", "Segment",
           "Text", "Variant", "Witness", "segment_label"]
