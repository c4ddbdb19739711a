"""Session-wide fixtures: the spaCy model and the demo corpus's claims are built once."""
import os
from pathlib import Path

import pytest
from hypothesis import settings

# The same generated examples on every run, so that a CI run cannot turn red on a case nobody
# changed code for; FIGRECON_HYPOTHESIS=explore searches new ones (more, and random), as a
# session should before it stops, and any failure it finds becomes an @example.
settings.register_profile("figrecon", deadline=None, max_examples=60, derandomize=True)
settings.register_profile("explore", deadline=None, max_examples=300)
settings.load_profile(os.environ.get("FIGRECON_HYPOTHESIS", "figrecon"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from figrecon.nlp import load

    return load()


@pytest.fixture(scope="session")
def corpus_claims(nlp):
    """Normalized claims of the demo corpus, in text order."""
    from figrecon.extract import extract_many
    from figrecon.model import Document
    from figrecon.normalize import normalize
    from figrecon.sources import read_inputs

    documents = [r for r in read_inputs([str(CORPUS)]) if isinstance(r, Document)]
    return [normalize(c) for c in extract_many(documents, nlp)]


@pytest.fixture(scope="session")
def claim_for(nlp):
    """``claim_for(text, part)``: the claim of ``text`` whose surface contains ``part``."""
    from figrecon.extract import extract_text

    def find(text, part):
        claims = extract_text(text, nlp)
        for c in claims:
            if part in c.surface:
                return c
        raise AssertionError(f"no claim with {part!r} in {[c.surface for c in claims]}")

    return find


@pytest.fixture
def grouping_raises_on(monkeypatch):
    """``grouping_raises_on(value, error)``: from then on, grouping's per-claim step
    (``reconcile.features``) raises ``error`` for a claim of that value, as a bug would."""
    from figrecon import reconcile

    real = reconcile.features

    def arm(value, error):
        def features(claim, *args, **kwargs):
            if claim.value == value:
                raise error
            return real(claim, *args, **kwargs)

        monkeypatch.setattr(reconcile, "features", features)

    return arm
