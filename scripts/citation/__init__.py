"""Citations: one CSL-JSON record per page and per passage, and everything derived from it
(formatted citations, BibTeX, RIS, meta tags, schema.org JSON-LD, the Cite control)."""
