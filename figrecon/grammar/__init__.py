"""The number grammar as named rules, one module per step (see ``figrecon.grammar.rules``)."""
