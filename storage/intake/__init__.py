"""Articles arriving: files, pages and PDFs read into drafts with their metadata.

Decoding legacy encodings, the story of a web page (trafilatura), the published
date and the evidence for it, headline, outlet and author, manifests, and the one
explicit fetch of an address. Nothing here writes to the project: a draft is
added by ``Articles.add_draft``.
"""
