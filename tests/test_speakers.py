"""Who said it (figrecon.speakers): the speaker a sentence names, and "he said" resolved from the
sentences before. Every example here is written for this test."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figrecon import speakers
from figrecon.extract import extract_text


def said(text, nlp):
    claims = extract_text(text, nlp)
    assert claims, text
    return claims[-1].attribution


@pytest.mark.parametrize("text, who", [
    # "according to X" and "X said"
    ("According to the port authority, 40 boats sank.", "the port authority"),
    # published data: its publisher speaks for it (speech.json data_nouns)
    ("According to figures the port authority published, 40 boats sank.", "the port authority"),
    ("According to figures issued by the coastguard, 40 boats sank.", "the coastguard"),
    ("According to readings posted on the harbour board's website, the swell was 6 metres.", "the harbour board"),
    ("According to data from the fisheries office, 40 boats sank.", "the fisheries office"),
    ("According to the coastguard's figures, 40 boats sank.", "the coastguard"),
    ("The ministry said 4,000 fighters were sent.", "the ministry"),
    # a long speaker phrase gives the speaker's name, not words picked across its clauses
    ("Harbor Wire, an independent news agency of the Coastal Federation of Fishing Towns, said 40 boats sank.",
     "Harbor Wire"),
    ("The harbour master, who has been criticised for closing the northern quay in winter, said 40 boats sank.",
     "the harbour master"),
    # the article and a short phrase after the noun stay; the first word reads as mid-sentence
    ("The head of the river police told reporters that 40 boats sank.", "the head of the river police"),
    ("Well-placed port sources told the paper that 40 boats sank.", "well-placed port sources"),
    ("Three crew members involved in the rescue said 40 boats sank.", "three crew members involved in the rescue"),
    # a common noun named in apposition is named by the name
    ("The agency's chief, Ana Ruiz, said 40 boats sank.", "Ana Ruiz"),
    ("The regional daily, the Coast Herald, reported that 40 boats sank.", "the Coast Herald"),
    # a pronoun that names its group; a relative pronoun stands for its noun
    ("One of the fishermen said 40 boats sank.", "one of the fishermen"),
    ("“We lost 40 boats,” said the skipper, who added that the season was over.", "the skipper"),
    # passive: the agent says; "quoted as saying": the subject says
    ("The loss of 40 boats was confirmed by the coastguard.", "the coastguard"),
    ("One skipper was quoted as saying that 40 boats sank.", "one skipper"),
    # a say verb's participle: the noun it describes, and the say verb nearest the figure wins
    ("The union published a statement saying that 40 boats sank.", "a statement"),
    ("The union published a recording of one of the skippers saying that 40 boats sank.",
     "a recording of one of the skippers"),
    ("The mayor said 12 boats sank, while the coastguard said 40 boats sank.", "the coastguard"),
    # a say verb joined to another verb shares its subject
    ("The coastguard declined to name the owners but confirmed that 40 boats sank.", "the coastguard"),
    # of two subjects the parse hangs on one say verb, the nearer says: the figure's clause is
    # not its speaker (and the figure is not dropped as a count of its sources)
    ("The mudslide buried at least 30 houses, officials said.", "officials"),
    ("The landslide killed at least 52 people, officials said.", "officials"),
    # words before the speaker's own article belong to something else
    ("Officials met in Oslo. A March report by the harbour board said 40 boats sank.",
     "a March report by the harbour board"),
    # a verb of measuring says through an "at" phrase only: the tower measures, says nothing
    ("The national survey measured the tremor at magnitude 6.2.", "the national survey"),
    ("Rescue officials placed the toll at 31.", "rescue officials"),
    ("The old lighthouse measures 52 metres.", None),
])
def test_the_speaker_a_sentence_names(text, who, nlp):
    assert said(text, nlp) == who


@pytest.mark.parametrize("text, who", [
    # the pronoun's person is named in the sentence before, which holds no figure
    ("Marta Olsen runs the harbour office. She said 40 boats sank.", "Marta Olsen"),
    # ... or two sentences before
    ("Marta Olsen runs the harbour office. The storm came at night. “We lost 40 boats,” she said.",
     "Marta Olsen"),
    # "it" stands for a body, "they" for a plural
    ("The Coast Herald reported on the storm. It said 40 boats sank.", "the Coast Herald"),
    ("Local fishermen gathered at the quay. They said 40 boats sank.", "local fishermen"),
    # the speaker of the sentence before, when it names one, else its subject
    ("According to the mayor, the storm was the worst in years. He said 40 boats sank.", "the mayor"),
    ("The mayor spoke to reporters on Monday. He said 40 boats sank.", "the mayor"),
    # ... else whom its main verb acts on or speaks to, when the subject does not agree
    ("The Coast Herald spoke to a worker at the quay. He said 40 boats sank.", "a worker at the quay"),
    ("Harbour police questioned a woman on Friday. She said 40 boats sank.", "a woman"),
])
def test_a_pronoun_speaker_is_read_from_the_sentences_before(text, who, nlp):
    assert said(text, nlp) == who


@pytest.mark.parametrize("text, who", [
    # a sentence with no speaker carries on a published account begun just before it
    ("The Coast Herald reported on the storm. Each boat lost 40 nets.", "the Coast Herald"),
    ("According to the Coast Herald, the storm was severe. Each boat lost 40 nets.", "the Coast Herald"),
])
def test_a_report_carries_on_into_the_next_sentence(text, who, nlp):
    assert said(text, nlp) == who


@pytest.mark.parametrize("text", [
    # a plain "said" does not carry: the next sentence may be the writer's own background
    "Officials said the port would reopen. The city has 40 parks.",
    # nor across a paragraph break
    "The Coast Herald reported on the storm.\n\nEach boat lost 40 nets.",
    # nor from a sentence that reports nothing
    "The storm hit the coast. Each boat lost 40 nets.",
])
def test_no_report_carried_without_a_published_account_just_before(text, nlp):
    assert said(text, nlp) is None


def test_the_cheap_report_test_knows_the_say_verbs_forms():
    assert speakers.may_report("The paper reported on Monday")
    assert speakers.may_report("she told them") and speakers.may_report("according to the agency")
    assert not speakers.may_report("The storm hit the coast.")


@pytest.mark.parametrize("text", [
    # "he" is a person: a body with an article is not one, so no speaker rather than a wrong one
    "The Coast Herald reported on the storm. He said 40 boats sank.",
    # "they" is plural: a singular name is not it
    "Marta Olsen runs the harbour office. They said 40 boats sank.",
    # three sentences back is too far
    "Marta Olsen runs the harbour office. The storm came. The sea rose. She said 40 boats sank.",
    # "I" and "we" are the quoted speaker, named elsewhere if at all
    "We estimate that 40 boats sank.",
    # a finding verb joined to another clause does not take that clause's subject
    "Prices rose as the new quay opened and showed 40 boats in the harbour.",
])
def test_no_speaker_rather_than_a_guess(text, nlp):
    assert said(text, nlp) is None


NAMES = ["Ana Ruiz", "the harbour board", "Harbor Wire", "the coastguard", "two skippers"]
ASIDES = ["", ", who has worked on the coast for twenty years,", ", an agency of the northern towns,",
          ", speaking on Monday,"]


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(NAMES), aside=st.sampled_from(ASIDES),
       verb=st.sampled_from(["said", "told reporters", "reported"]), n=st.integers(min_value=3, max_value=9999))
def test_a_speaker_is_words_of_its_sentence_in_order(nlp, name, aside, verb, n):
    """No garbled spans: the name is a run of the sentence's own words, whatever the aside."""
    text = f"{name[0].upper()}{name[1:]}{aside} {verb} that {n:,} boats sank."
    who = said(text, nlp)
    assert who is not None
    assert who.lower() in text.lower()
    assert who.lower() == name.lower() or name.lower().endswith(who.lower()) or who.lower().endswith(name.lower())


def test_the_look_back_is_bounded():
    assert speakers.LOOK_BACK == 2 and speakers.LONGEST >= 6


@pytest.mark.parametrize("text, figure, who", [
    ("Organisers said about 90,000 people joined the march in Corvo; police estimated 30,000.", "about 90,000 people",
     "organisers"),
    ("Organisers said about 90,000 people joined the march in Corvo; police estimated 30,000.", "30,000", "police"),
])
def test_a_say_verb_after_a_semicolon_reports_its_own_clause(text, figure, who, nlp):
    """A parse may hang the first clause's figure from the second clause's verb; a semicolon
    between them says it does not."""
    claims = [c for c in extract_text(text, nlp) if c.surface.endswith(figure)]
    assert [c.attribution for c in claims] == [who]


@pytest.mark.parametrize("text, figure, who", [
    # the owner of an account's noun gives the figure it holds or is the subject of, before the
    # say verb of the sentence's other figure
    ("The ferry operator says it employs 540 deckhands; the crew union's count, taken from the rota sheets, is 610.",
     "610", "the crew union"),
    ("The ferry operator says it employs 540 deckhands; the crew union's count, taken from the rota sheets, is 610.",
     "540 deckhands", "the ferry operator"),
    ("The council says the footbridge cost £4 million, but the auditors' estimate puts it at £6 million.",
     "£6 million", "the auditors"),
    ("Stewards said the organisers' estimate of 12,000 walkers was far too high.", "12,000 walkers", "the organisers"),
    # a noun saying what is counted: the owner is whose, not who says; "tally" is always whose
    ("The regatta closed on Sunday, and Fennwick's medal count rose to nine, the judges said.", "nine",
     "the judges"),
    ("The regatta closed on Sunday, and Fennwick's tally rose to nine, the judges said.", "nine", "the judges"),
])
def test_the_owner_of_an_estimate_or_a_count_is_its_source(text, figure, who, nlp):
    """speech.json owned_figures: "the union's count is 610" is the union's account, whoever
    speaks elsewhere in the sentence; "Fennwick's medal count" and "Fennwick's tally" are
    Fennwick's medals, not Fennwick's account."""
    claims = [c for c in extract_text(text, nlp) if c.surface.endswith(figure)]
    assert [c.attribution for c in claims] == [who]


@pytest.mark.parametrize("text, figure, who", [
    # a relative clause on the figure whose verb gives a figure: its subject is the source
    ("The inspectors now say 14 boilers failed, far more than the nine boilers the operator reported on Monday.",
     "nine boilers", "the operator"),
    ("The inspectors now say 14 boilers failed, far more than the nine boilers the operator reported on Monday.",
     "14 boilers", "the inspectors"),
    ("Trade figures show exports fell to £212 million, short of the £240 million the ministry quoted in May.",
     "£240 million", "the ministry"),
    ("The count is 410, against the 380 that the guild published.", "380", "the guild"),
    # or the agent of such a verb's participle on the figure
    ("Wardens logged 63 seals on the spit, not the 48 reported by the ferry company.", "48", "the ferry company"),
    # and it does not speak for the sentence's other figures
    ("The count is 410, against the 380 that the guild published.", "410", None),
    # a clause that says what a thing does names no source
    ("The 300 staff the firm employs were told 40 would go, the manager said.", "300 staff", "the manager"),
])
def test_the_subject_of_a_relative_clause_giving_a_figure_is_its_source(text, figure, who, nlp):
    """speech.json given_verbs: "the 380 that the union published" is the union's figure, not the
    speaker's of the rest of the sentence; "the 300 staff the firm employs" is no one's account."""
    claims = [c for c in extract_text(text, nlp) if c.surface.endswith(figure)]
    assert [c.attribution for c in claims] == [who]
