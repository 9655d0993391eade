"""Reading an article: the article list, the text with its passages and
expressions, and the article's details dialog."""
