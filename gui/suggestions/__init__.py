"""The dated events an article's text proposes, and the panel that accepts
and dismisses them."""
