"""Parsing: documents in, `ArticleDoc`s out. One module per input format."""
