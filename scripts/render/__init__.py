"""Renderers: each turns the document model into one output (HTML fragments, TEI, JSON, text)."""
