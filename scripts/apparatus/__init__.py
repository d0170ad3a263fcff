"""The apparatus: timeline, people, glossary and corrections log, each loaded from a data
file in `sources/`, checked, and rendered as Markdown for its page."""
