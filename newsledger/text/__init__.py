"""Text layer: the offset-preserving normalized view, sentences and tokens."""
