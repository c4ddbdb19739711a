"""The loaded pipeline: the attribute ruler's faster matching finds exactly what spaCy's Matcher finds."""
from pathlib import Path

import pytest
from hypothesis import given, strategies as st
from spacy.pipeline import AttributeRuler

from figrecon.model import Document
from figrecon.nlp import IndexedRuleMatch, load
from figrecon.sources import read_inputs

ROOT = Path(__file__).resolve().parent.parent

# Words the ruler's less common patterns look for: contractions, auxiliaries, pronouns by role,
# determiners used as pronouns, spaces.
TRICKY = [
    "I ain't gonna do it, y'all, and you ain't either.",
    "Let's go! C'mon, we gotta leave; nothin' is left and nuthin' was paid.",
    "There is a cat and there were 3 dogs. It gets worse: he got $5.",
    "I saw it. You gave it to me, and I gave you 40 of those.",
    "Did they do that? They did, and they have had 12 since. He does, she has, we'd won.",
    "That is what I want, but which costs 30%?  Not this, because that one isn't.",
    "Revenue rose  \n\n  12%\t\tto $4bn, but    it wasn't enough.",
]


@pytest.fixture(scope="module")
def tagged(nlp):
    """Texts run through the pipeline up to, not including, the attribute ruler."""
    texts = TRICKY + [d.text for d in read_inputs([str(ROOT / "corpus"), str(ROOT / "tests" / "corpus2")])
                      if isinstance(d, Document)]
    return list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def _ruler(nlp):
    return nlp.get_pipe("attribute_ruler")


def test_load_installs_the_indexed_match(nlp):
    assert load() is nlp
    assert isinstance(_ruler(nlp).match, IndexedRuleMatch)


def test_same_matches_as_spacy(nlp, tagged):
    ruler = _ruler(nlp)
    total = 0
    for doc in tagged:
        expected = AttributeRuler.match(ruler, doc)  # spaCy's own, through its Matcher
        assert ruler.match(doc) == expected, doc.text[:80]
        total += len(expected)
    assert total > 1000


def test_the_index_takes_most_patterns_and_the_matcher_the_rest(nlp):
    match = _ruler(nlp).match
    indexed = sum(len(entries) for table in match.tables for entries in table.values())
    assert indexed > len(match.rest) * 5
    assert len(match.rest) > 0


def test_the_tricky_texts_use_uncommon_rules(nlp, tagged):
    """Both ways of matching are exercised: two-token rules (the Matcher) and rules on
    dependency labels (the index, with conditions)."""
    ruler = _ruler(nlp)
    used = {number for doc in tagged[:len(TRICKY)] for number, _, _, _ in ruler.match(doc)}
    patterns = ruler.patterns
    two_tokens = {n for n, rule in enumerate(patterns) if any(len(p) > 1 for p in rule["patterns"])}
    on_deps = {n for n, rule in enumerate(patterns)
               if any(len(p) == 1 and "DEP" in p[0] for p in rule["patterns"])}
    assert len(used & two_tokens) >= 3
    assert len(used & on_deps) >= 3


@given(st.lists(st.sampled_from(TRICKY + ["", " ", "\n", "Mr. Smith", "500", "nothin'", "y' all"]), max_size=6),
       st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_same_matches_on_any_text(nlp, pieces, noise):
    ruler = _ruler(nlp)
    doc = next(iter(nlp.pipe([" ".join(pieces) + noise], disable=["attribute_ruler", "lemmatizer", "ner"])))
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)


def test_annotations_equal_an_unchanged_pipeline(nlp):
    import importlib

    from figrecon.nlp import MODELS

    for name in MODELS:
        try:
            plain = importlib.import_module(name).load()
            break
        except ImportError:
            continue
    assert not isinstance(plain.get_pipe("attribute_ruler").match, IndexedRuleMatch)
    texts = TRICKY + ["Turkey has sent 4,000 Syrian fighters, paid up to $2,000 a month."]
    for ours, theirs in zip(nlp.pipe(texts), plain.pipe(texts)):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
               [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


def test_an_installed_model_that_cannot_be_imported_is_not_reported_missing(monkeypatch, tmp_path):
    """A model whose own import fails (a broken dependency) raises that error; "no English spaCy
    model" is said only when no model module is installed at all."""
    import pytest

    from figrecon import nlp as nlp_module

    (tmp_path / "fake_model_broken.py").write_text("import module_that_is_not_there\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(nlp_module, "MODELS", ("fake_model_absent", "fake_model_broken"))
    nlp_module.load.cache_clear()
    try:
        with pytest.raises(ModuleNotFoundError, match="module_that_is_not_there"):
            nlp_module.load()
        monkeypatch.setattr(nlp_module, "MODELS", ("fake_model_absent",))
        nlp_module.load.cache_clear()
        with pytest.raises(nlp_module.ModelMissing):
            nlp_module.load()
    finally:
        nlp_module.load.cache_clear()
