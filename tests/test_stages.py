"""The declared stage contract (figrecon.stages): the spaCy components a command runs follow from
the stages it declares, and leaving out every component the contract does not need changes no
claim."""
import warnings

import pytest

from figrecon import stages
from figrecon.extract import extract_many
from figrecon.model import Document

TEXTS = [
    "Officials said at least 120 people were killed and 45 injured in the floods in Valeria.",
    "A man was killed. The harbour board said the repairs cost $2.5 million, up 12% on last year.",
    "Marta Olsen runs the harbour office. She said 40 boats sank, about 3 km from the quay.",
]


def _claims(nlp, disable):
    """Claims with the given components disabled (the contract's choice is bypassed)."""
    from figrecon import extract as extract_module

    real = stages.disabled
    try:
        stages.disabled = lambda pipe_names, needed: tuple(disable)
        records = extract_module.extract_records([Document(f"d{k}", t) for k, t in enumerate(TEXTS)], nlp,
                                                 entities=False)
        return [c for _, claims, _ in records for c in claims]  # a stage missing its input skips its document
    finally:
        stages.disabled = real


def test_every_command_declares_known_stages():
    for command, names in stages.COMMANDS.items():
        assert names and all(n in stages.STAGES for n in names), command
        assert stages.components(names) <= set(stages.ANNOTATIONS["lemma"] | stages.ANNOTATIONS["dep"]
                                                | stages.ANNOTATIONS["ents"])


def test_components_follow_from_what_stages_read():
    assert stages.components(["scan"]) == frozenset()  # the scanner reads only the text
    assert "ner" not in stages.components(stages.CLAIMS)
    assert stages.components(stages.with_names(stages.CLAIMS, True)) >= {"ner", "parser", "lemmatizer"}
    assert stages.disabled(["tok2vec", "tagger", "parser", "ner"], ["speakers"]) == ("ner",)


def test_the_contract_leaves_out_only_what_no_stage_reads(nlp):
    """Running with only the components the contract derives gives the claims of the full pipeline."""
    derived = stages.disabled(nlp.pipe_names, stages.CLAIMS)
    assert derived == ("ner",)
    full = [c for c in _claims(nlp, ())]
    lean = list(extract_many([Document(f"d{k}", t) for k, t in enumerate(TEXTS)], nlp, entities=False))
    strip = lambda cs: [(c.surface, c.value, c.unit, c.subject, c.topic, c.attribution,  # noqa: E731
                         c.context.verb) for c in cs]
    assert strip(full) == strip(lean) and len(lean) >= 6


@pytest.mark.parametrize("component", ["parser", "lemmatizer", "tagger"])
def test_each_declared_component_is_needed(nlp, component):
    """A component the contract asks for changes the claims when left out: the declaration is not
    padding."""
    lean = _claims(nlp, ("ner",))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy warns that the lemmatizer lacks its input
        without = _claims(nlp, ("ner", component))
    strip = lambda cs: [(c.surface, c.unit, c.subject, c.topic, c.attribution) for c in cs]  # noqa: E731
    assert strip(lean) != strip(without)
