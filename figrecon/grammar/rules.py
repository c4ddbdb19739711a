"""The rules of the number grammar, by name, in the order the scanner applies their steps.

A rule is a named production of the scanner; each ``Mention`` carries the names of the rules that
built it (``Mention.rules``), and a rule that rejects a number (a veto) is recorded by the scanner
(``Scanner.vetoes``). ``figrecon extract --explain`` prints them, and the example corpus
(``tests/corpus``) must show every rule here at least once.
"""
from __future__ import annotations

from dataclasses import dataclass

STEPS = ("tokens", "numerals", "attach", "combine", "qualifiers", "vetoes", "interval")


@dataclass(frozen=True)
class Rule:
    name: str
    step: str
    doc: str


RULES: tuple[Rule, ...] = (
    # numerals: digits and words to a value
    Rule("digits", "numerals", "digits with ',' or thin-space thousands: '1,500'"),
    Rule("european-digits", "numerals", "'.' thousands and ',' decimals: '2.500.000', '1.000,50'"),
    Rule("split-thousands", "numerals", "a thousands group split off by tokenized text: '80, 000'"),
    Rule("glued-multiplier", "numerals", "a multiplier glued or spaced after digits: '1.2bn', '3 mn'"),
    Rule("weak-multiplier", "numerals", "'m', 'k', 'b', 'mil' read as a multiplier with evidence: a unit, currency name, plural noun or possessive after; a spaced 'K' only before a currency ('1.2 K dollars')"),
    Rule("currency-multiplier", "numerals", "a multiplier read only after a currency: '$2.174T', '£19m', 'Rs8cr'"),
    Rule("hyphenated-multiplier", "numerals", "a multiplier joined by a hyphen: '$143-billion'"),
    Rule("scale-word", "numerals", "a scale word after digits: '2 million', '4 hundred', '3 dozen'"),
    Rule("scientific", "numerals", "'6.02 x 10^23'"),
    Rule("power", "numerals", "a power written with a caret: '10^6', '2.5^-1', '1.1^+23'"),
    Rule("vulgar-fraction", "numerals", "'½', '2½'"),
    Rule("slash-fraction", "numerals", "'1/2 gallon', '3/4 of a mile', '1⁄32', a fraction below one measuring a noun that 'of' follows: '3/4 cup of sugar' (never after a date word: 'on 3/4 ...')"),
    Rule("mixed-number", "numerals", "a whole number and a fraction: '1 1/2 cups'"),
    Rule("and-fraction", "numerals", "'two and a half', '5 and a quarter'; after the unit where the clause ends or goes on with no noun: 'an hour and a half', 'two miles and a quarter' (not 'and a half-dozen eggs')"),
    Rule("whole-numerator", "numerals", "a plural ordinal after 'hundred and' divides the whole cardinal: 'one hundred and thirty fifths' is 130/5"),
    Rule("scale-plural", "numerals", "a plural scale word right after a number multiplies it: 'five hundreds', '3 thousands'"),
    Rule("number-words", "numerals", "numbers in words: 'four thousand', 'twenty-five'"),
    Rule("point-decimals", "numerals", "decimals in words: 'five point five'"),
    Rule("article-rate", "numerals", "an article before a currency's name in the singular, with a rate after it, is one of it: 'a dollar a day', 'a euro per litre' (not 'a dollar store')"),
    Rule("article-unit", "numerals", "an article before a percent, a percentage point or a basis point is one of it: 'rose a percentage point', 'a percent of the budget' (not 'a percentage of'); an article before a unit that a figure in its smaller unit continues: 'an hour and 15 minutes' (1.25 h)"),
    Rule("article-scale", "numerals", "'a million', 'half a million', 'a dozen', 'a lakh'"),
    Rule("fraction-of-scale", "numerals", "'a quarter of a million', 'three quarters of a billion'"),
    Rule("fraction-words", "numerals", "'a third of', 'two thirds of'; a lone fraction where the clause ends ('cut by a fifth.') or, after 'by', before a word no ordinal's noun is ('rose by a tenth last year')"),
    Rule("half-share", "numerals", "'half' alone as a share: 'half of the voters', 'half the country', 'more than half were hurt'; after 'by' where the clause ends or goes on with no noun: 'profits fell by half', 'cut by half last year'; not 'the first half of 2023', 'half-time', 'half past ten', nor 'half of 600' (the 600 stands)"),
    Rule("fraction-of-unit", "numerals", "a fraction before a unit and its article: 'half a mile', 'half an hour', 'a quarter mile', 'a half percent', 'half of a percent', joined by a hyphen after an article: 'a quarter-point rise', 'a half-hour delay' (not 'half-year results', a period of account) (a scale word after it is 'half a million')"),
    Rule("fraction-of-measure", "numerals", "a fraction of a percent or point is the product, and the measure after 'of' no claim of its own: 'half of 1 percent' (0.5%), '1/4 of one per cent', '0.5 of 1%', 'a third of 1.5 percentage points'; a fraction of other measures leaves the whole as stated ('a third of $9 million')"),
    Rule("vague-plural", "numerals", "'hundreds of', 'tens of thousands of'"),
    Rule("few-scale", "numerals", "'several hundred', 'a few thousand'"),
    Rule("mixed-compound", "numerals", "a number mixing digit and word components, each below the scale before it: '4 thousand 3 hundred and 21', 'a hundred and two'"),
    Rule("comma-compound", "numerals", "a number in words written in groups with commas, each group smaller than the scale before it: 'one million, two hundred thousand', 'six thousand, three hundred, and forty-two'; a list ('one thousand, two thousand and three thousand') and a group after 'the' ('Of the two thousand, five hundred were hurt') stay apart"),
    Rule("scaled-code", "numerals", "a currency code with a multiplier prefix: 'MEUR 12'"),
    # attach: what the number measures
    Rule("currency-before", "attach", "a currency sign, code or name before the number: '$5', 'USD 5', 'HK$5'"),
    Rule("currency-after", "attach", "a currency sign or name after the number: '5 euros', '1,200€'"),
    Rule("subunit", "attach", "a sub-unit of money: '15 cents', '20p'"),
    Rule("unit", "attach", "a unit from the lexicon after the number: '5 km', '20%'"),
    Rule("percent-before", "attach", "a percent sign glued before the figure and set apart from the word before, as some presses write it: 'a rate of %20' (not '%20' inside a web address)"),
    Rule("percent-of", "attach", "a percent word and 'of' opening the clause before a figure that ends it: 'per cent of 210', 'Percents of twenty' (210%, 20%; not 'what percent of 210', 'a third of 210')"),
    Rule("glued-unit", "attach", "a unit symbol glued to the number: '200bhp', '5kWh'"),
    Rule("compound-unit", "attach", "a product, quotient or power of known unit symbols: '10 l/km', '9.8 m/s2', '4e14 s-1', '3 N·m'"),
    Rule("paired-symbol", "attach", "a spaced one-letter symbol shown by a measure of the same kind beside it, or a length before its dimension: '6 m 40 cm', '2 h 30 min', '1 m x 1 m', '12 m deep'; a glued 'm' after hours is minutes: '2h 3m'"),
    Rule("substance-letter", "attach", "a spaced one-letter symbol before 'of' and a bare noun: '3 L of wine', '4 m of cable'"),
    Rule("weighed-letter", "attach", "a spaced one-letter symbol of mass after a weighing word: 'weighs 227 g', 'weighed 2 t'"),
    Rule("arc-mark", "attach", "a prime or double prime after a figure in degrees is an arc minute or second: '51°30\'N', '45° 12′ 30″'"),
    Rule("prime-mark", "attach", "a straight quote after a number as inches, when no quotation is open: 'a 9\" plate', '6\'2\"'"),
    Rule("money-or-weight", "attach", "'pound' as money or weight by what it measures and the sentence's cues; unresolved when they disagree: 'a 20-pound bag', 'a 5-pound note'"),
    Rule("ambiguous-unit", "attach", "a symbol of several units read by the sentence's cue words: '2 kb per second', '40 kb of DNA'; unresolved without"),
    Rule("uncertainty", "attach", "a figure with its error and a unit: '9.8 ± 0.2 m/s2', '5 +/- 1 kg' (the error gives the bounds)"),
    Rule("metre", "attach", "a glued 'm' read as metres: '37m-long', 'a 37m yacht', '50m²', '1m 62cm'"),
    Rule("per-period", "attach", "what a rate is per: '$60 a barrel', '$2,000 a month'"),
    Rule("age", "attach", "an age: '38-year-old', 'two 15-year-olds', 'aged 38', 'aged between 18 and 25', 'at the age of 90' (not 'the age of 50 trees'), 'Smith, 66,', 'turned 18 in May' (units.json age_before verbs; 'turned 3 pages' counts pages)"),
    Rule("cents", "attach", "money in two parts: '15 dollars 50', 'five dollars and ten cents'"),
    # combine
    Rule("range", "combine", "two numbers as one interval: '1,500-2,000', '20~30', 'between 5 and 10'"),
    Rule("range-shared-multiplier", "combine", "the multiplier of the second end applies to the first: '$1.5-2 million', 'four to five thousand'"),
    Rule("range-join", "combine", "two measured ends joined: 'between 4% and 5%'; not ends that go down after 'by' ('won by 58% to 42%': a tally, two figures)"),
    Rule("dated-ends", "combine", "a from-to whose first end is told with its time: 'from $2,180 at 11.30pm on Sunday to $2,040'"),
    Rule("shared-unit", "combine", "a bare number joined by 'and'/'or' to a measure takes its unit: '45 and 50 mg', '5, 6 and 7 per cent'"),
    Rule("dimension-pair", "combine", "a bare number joined by 'by' or 'x' to a length or a count of pixels is its other side and takes its unit: '4 by 5 metres', '2,880 by 1,800 pixels'"),
    Rule("shared-multiplier", "combine", "bare list members take the multiplier of the last: '1 or 2 million', '10, 20 and 30 thousand', '$1, $2 and $3 billion'; the earlier level after 'from' takes the new one's: 'to 6 million from 5.5'"),
    Rule("ratio", "combine", "a share written as two numbers: 'one in five adults', '1 out of 3 voters', 'one in every four'"),
    Rule("bounds-join", "combine", "a lower and an upper bound joined by 'and': 'more than 100 and fewer than 300'"),
    Rule("spoken-fraction", "combine", "two bare numbers joined by 'over', the smaller first, where the clause ends: 'one over three', '1 over 20'"),
    Rule("clock-gap", "numerals", "minutes and seconds between a colon are a time gap, in seconds, when a word of a gap follows or a noun of a gap with 'of' comes before: 'finished 0:41 behind', 'a lead of 1:38'; else they may be a time of day: 'left at 4:15'"),
    Rule("clock-duration", "numerals", "hours, minutes and seconds between colons are a time taken, in seconds: 'won in 2:17:40', 'a time of 1:05:09.4'; not after a word of a time of day or before a clock word: 'at 10:15:30', '14:32:05 GMT'"),
    Rule("compound", "combine", "a figure in a smaller unit continues the measure: '5 feet 2 inches', '6 lb 3 oz', and in three parts when \"and\" joins the last two: '2 hours, 17 minutes and 40 seconds'; a bare figure ending the clause takes the one smaller unit: 'he is 6 foot 2.'"),
    Rule("elided-unit", "combine", "a bare number takes the unit of a parallel measure before it: 'from 14 mpg to 24'"),
    # qualifiers
    Rule("qualifier-before", "qualifiers", "a bounding word before the number: 'more than', 'about', 'up to'; not 'over' as the particle of a verb of qualifiers.json over_particle_verbs: 'handed over 14 prisoners' (exactly 14), nor 'up to' after one of up_particle_verbs: 'will go up to 45 percent' (exactly 45)"),
    Rule("negated-comparative", "qualifiers", "'no' or 'not' before a comparative bound the lexicon has no entry for with it turns the bound round: 'no higher than 80 metres' is at most 80, 'not below 2%' at least 2 (qualifiers.json negators)"),
    Rule("qualifier-after", "qualifiers", "a bounding word after: 'or more', 'or so', '500 plus'"),
    Rule("change-word", "qualifiers", "a movement word makes the figure a change: 'rose 5%'; not across a level crossed (qualifiers.json level_crossing): 'fell below 29C' bounds the level"),
    Rule("sign-change", "qualifiers", "a glued sign makes a change: '+0.2%'"),
    Rule("negative", "qualifiers", "a minus sign or word: 'minus 5', '-3.2%'"),
    Rule("below-zero", "qualifiers", "'below zero' after a figure makes it a temperature under nought: '14 below zero', '8 degrees below zero'"),
    Rule("from-freezing", "qualifiers", "'below freezing' or 'above freezing' after a temperature in a named scale reads it from the freezing point (units.json freezing_points): '6 degrees Celsius below freezing' is -6, '10F below freezing' is 22"),
    # vetoes: the number is no quantity (recorded on Scanner.vetoes, no mention)
    Rule("veto-freezing-scale", "vetoes", "'below freezing' or 'above freezing' after 'degrees' whose scale the sentence does not name: the temperature is unknown (-6 in Celsius, 26 in Fahrenheit), so no figure: 'six degrees below freezing'"),
    Rule("veto-ordinal", "vetoes", "'22nd'; a suffix no ordinal of the figure takes is one too, unless the figure is weighed: 'weighs 9st 4lb' is stones"),
    Rule("hyphen-measure", "vetoes", "a measure word joined to its number by a hyphen is no name with digits: 'a magnitude-5.9 quake'"),
    Rule("veto-code", "vetoes", "letters and digits make a code: '5G', 'F-16', 'A320', '4x4'; a glued 'B' or 'M' before a capitalised word is a house or flat ('221B Baker Street'); a leading zero makes a code ('Agent 007', 'PIN 0451')"),
    Rule("veto-old-money", "vetoes", "shillings and pence, each figure glued to its letter: 'a fee of 5s 6d' (not 5 seconds and 6 days)"),
    Rule("veto-dot-thousands", "vetoes", "a dot before three digits ending in zero, counting a noun or a sum: '1.500 people', '€2.000' (1,500 as Europe writes it, or a decimal no count has?); in '00' with a unit: '3.000 km'; in '000' alone: 'counted 1.000'"),
    Rule("veto-spaced-thousands", "vetoes", "a number of one to three digits and a group of three after one space: '12 345 people' (12,345 as SI writes it, or two numbers?)"),
    Rule("veto-version", "vetoes", "dotted codes: '1.2.3', '192.168.0.1'"),
    Rule("veto-time", "vetoes", "a time of day or a score: '10:30', '10am', 'half past ten', 'at 6 o'clock', 'seven o’clock'; an hour with a part of the day: 'from six in the evening' (not_quantity.json clock_phrases)"),
    Rule("veto-decade", "vetoes", "'the 1990s', '80s'"),
    Rule("veto-date", "vetoes", "a date: 'June 29', '10/06/2020', '29 June'"),
    Rule("veto-year", "vetoes", "a bare year: 'in 2019'; a model year before a capitalised name read as a unit: 'a 2020 Tesla'; two digits after an apostrophe: 'the class of '89'"),
    Rule("veto-reference", "vetoes", "'page 5', 'No. 3', 'Article 370', '#4', both of 'between junctions 12 and 13'; a number to dial or key in: 'Call 911 now', 'the ZIP code is 90210' (not_quantity.json dial_words, code_words)"),
    Rule("veto-name", "vetoes", "a number in a name: 'iPhone 11', 'FTSE 100', '49 Zorro Road', a number word capitalised mid-sentence: 'the Big Three', 'Formula One' (not before a plural it counts, irregular ones too: 'In Gaza 300 people died')"),
    Rule("veto-pronoun", "vetoes", "'one' as a pronoun: 'no one', 'one another'"),
    Rule("veto-idiom", "vetoes", "'one' and a hyphen before a word of not_quantity.json one_compounds: an adjective of a kind, no count of one: 'a one-off gain', 'one-way tickets' (not 'a one-day strike')"),
    Rule("veto-unread-multiplier", "vetoes", "a glued or spaced 'm', 'k' or 'b' that nothing shows to be a multiplier or a unit: '35m of the', '4.5 b for', '5m per second' (metres?)"),
    Rule("veto-capital-letter", "vetoes", "a single capital letter after the number that may be a multiplier, a unit or a name: '1,674.5 G', '10G', '5 T'"),
    Rule("veto-chained-range", "vetoes", "'from X to Y' whose Y starts a dashed range: 'from 2 to 3-4 million' (no safe reading)"),
    Rule("veto-ambiguous-fraction", "vetoes", "an ordinal after a scale word that no single reading explains: 'one hundred fifth' (the 105th or 1/105), 'one hundred one thousand fifths'"),
    Rule("veto-ambiguous-dozen", "vetoes", "a dozen after a number joined by 'and': 'three hundred and two dozen' (302 dozen, or 300 and 24?)"),
    Rule("veto-ambiguous-comma", "vetoes", "a number in words, a comma, and words with 'and' no larger group explains: 'between two thousand, five hundred and three thousand' (2,500 to 3,000, or 2,000 and 503,000?); a scale word, a comma and a smaller number in words with no scale: 'three hundred, forty people' (340, or 300 and 40?)"),
    Rule("veto-ambiguous-and", "vetoes", "a tens word and a unit joined by 'and', either way round: 'twenty and three', 'four and twenty' (one number, as older English writes it, or two?)"),
    Rule("veto-paired-words", "vetoes", "a number word from ten to ninety-nine right before a tens or teens word, which make no number together: a year or a time said aloud ('nineteen eighty-four', 'twenty twenty', 'at fifteen twenty')"),
    Rule("veto-year-relation", "vetoes", "a bare year-like figure with no date word before it, joined to the next figure by a relation word: '2000 over 3' (a year and a bound, a tally or a fraction?)"),
    Rule("veto-magnitude-idiom", "vetoes", "a number that with the word after it names a rough magnitude: 'a six-figure salary', 'earns seven figures', '2 grand' (lexicon not_quantity.json magnitude_idioms)"),
    Rule("veto-year-span", "vetoes", "'2019-2020'"),
    Rule("veto-bare-pair", "vetoes", "two bare whole numbers joined by a dash that end their clause, smaller first: 'fell to 3-12.', 'the Rams (11-4)' (a record, a score, or a range of nothing named?)"),
    Rule("veto-score", "vetoes", "a score or tally written with a dash, or 'to' without 'from', larger first: 'won 3-1', 'a 52-48 vote', 'voted 10 to 2', 'odds of 100 to 1'; in either order after a word of a score or before one (not_quantity.json score_*), or beside another such pair: 'The score was 0-3', 'a 1-2 defeat', '4-6, 6-3, 2-6'; equal ends in words: 'a one-to-one ratio'"),
    Rule("veto-descending-range", "vetoes", "a range whose bare first end is above the second before its multiplier: '$5-3 million'; measured ends that go down with no 'from' before them, a tally or a fall: 'won 61% to 39%', '30-20 per cent', '9 to 6 dollars'"),
    Rule("veto-fraction-of-range", "vetoes", "a fraction of a percent before a second range end: 'half of 1.5 per cent to 2 per cent' (0.75% to 2%, or half of the range?)"),
    Rule("veto-inner-scale-range", "vetoes", "a bare first end that looks like the second before a multiplier that sits inside the second: 'two to three thousand five hundred', 'four to five thousand, two hundred' (4,000 to 5,200, or 4 to 5,200?)"),
    Rule("veto-adjective-duration", "vetoes", "'a five-year contract'"),
    Rule("veto-ratio-adjective", "vetoes", "a hyphenated ratio made an adjective: 'a 1-in-100-year flood' (how rare, not a share or an inch)"),
    Rule("veto-thousands-range", "vetoes", "a dashed range whose first end, a thousand times over, is of the second's size: '40-50,000' (40,000 to 50,000, or 40 to 50,000?)"),
    Rule("veto-unit-before-persons", "vetoes", "a unit word in the singular before a plural noun for persons: '1,500 yard workers', '300 foot soldiers' (no length of people: the word names a kind of person)"),
    Rule("veto-scaled-adjective", "vetoes", "a number before a hyphenated 'million-dollar' and a plural noun: 'four million-dollar homes' (four homes of a million, or homes of four million?)"),
    Rule("veto-spaced-sign", "vetoes", "a dash spaced from a figure, opening the sentence or after a colon, when nothing follows the figure or it has a unit or currency: '- 5', 'Change: - 12%', 'Losses: - 12% in May', 'Net: – $3 million in May' (a bullet or a minus?); a count with a clause after it is a bullet: '- 40 people were hurt'"),
    Rule("veto-accounting-bracket", "vetoes", "a figure in brackets opened right after a currency sign or a colon, as accounts write a loss: '$(5.2) million', 'Margin: (3.1%)' (a minus, or an aside?)"),
    Rule("veto-out-of-range", "vetoes", "a value beyond any real quantity (overflow): '9×10^299 trillion'"),
    # interval
    Rule("interval-approximate", "interval", "'about 10' is 9-11 ('nearly 10': 9-10)"),
    Rule("interval-bound", "interval", "'more than 10' is 10-; 'up to 10' is -10"),
)

BY_NAME = {rule.name: rule for rule in RULES}
