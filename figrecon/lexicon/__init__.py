"""figrecon's vocabulary as data files, read once into frozen tables."""
