"""Vocabulary as data files, read with importlib.resources."""
