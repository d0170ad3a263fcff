"""Open data: every document as TEI XML, JSON and plain text, rendered from the same model
as the pages (`scripts.corpus`), and a zip bundle of them all."""
