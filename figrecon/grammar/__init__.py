"""The number grammar as named rules, one module per step, applied in this order:

``tokens`` (words, numbers, symbols with offsets), ``numerals`` (a value, its multiplier,
fraction or exponent), ``attach`` (the currency or unit), ``combine`` (ranges and parallel
measures), ``qualifiers`` (bounds, changes, signs), ``vetoes`` (numbers that are no quantity)
and ``interval`` (the bounds a wording allows). ``rules`` names every rule by step;
``vocabulary`` holds the tables read from ``figrecon/lexicon``. ``figrecon.numbers.Scanner``
runs the steps over one sentence.
"""
