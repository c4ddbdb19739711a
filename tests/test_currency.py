import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figrecon import currency
from figrecon.currency import Conversion, conversion, known, lookup


@pytest.mark.parametrize(
    "token, iso",
    [
        ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("usd", "USD"), ("dollars", "USD"),
        ("£", "GBP"), ("GBP", "GBP"), ("pounds", "GBP"), ("Pounds Sterling", "GBP"),
        ("€", "EUR"), ("euros", "EUR"), ("¥", "JPY"), ("yen", "JPY"),
        ("Rs", "INR"), ("Rs.", "INR"), ("₹", "INR"), ("rupees", "INR"),
        ("manat", "AZN"), ("AZN", "AZN"), ("lira", "TRY"), ("TL", "TRY"), ("₺", "TRY"),
        ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("₽", "RUB"),
        ("riyal", "SAR"), ("dirham", "AED"), ("yuan", "CNY"), ("RMB", "CNY"),
        ("C$", "CAD"), ("A$", "AUD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("S$", "SGD"),
        ("  Euros ", "EUR"), ("pound sterling", "GBP"), ("united states dollar", "USD"),
    ],
)
def test_lookup(token, iso):
    assert lookup(token).iso == iso


@pytest.mark.parametrize("token", ["Az", "", "kilometre", "fighter", "XYZ"])
def test_lookup_unknown(token):
    assert lookup(token) is None


def test_symbols_are_exact():
    assert lookup("hk$") is None  # symbols are case-sensitive; "HK$" is the symbol


def test_names_use_quantulum3_names():
    assert lookup("GBP").name == "pound sterling"
    assert lookup("USD").name == "dollar"
    assert lookup("JPY").name == "japanese yen"
    assert lookup("AZN").name == "azerbaijani manat"


def test_pound_is_flagged_ambiguous():
    assert "pound" in currency.AMBIGUOUS_NAMES and "pounds" in currency.AMBIGUOUS_NAMES
    assert lookup("pound").iso == "GBP"


def test_symbol_pattern_prefers_longest():
    m = re.match(currency.SYMBOL_PATTERN, "US$5")
    assert m.group() == "US$"
    assert re.match(currency.SYMBOL_PATTERN, "HK$10").group() == "HK$"
    assert re.match(currency.SYMBOL_PATTERN, "£1,000").group() == "£"
    assert re.match(currency.SYMBOL_PATTERN, "AZN 300").group() == "AZN"


def test_name_pattern_prefers_longest():
    pattern = re.compile(currency.NAME_PATTERN, re.I)
    assert pattern.match("pounds sterling").group() == "pounds sterling"
    assert pattern.match("Dollars").group() == "Dollars"
    assert pattern.match("manat").group() == "manat"
    assert re.fullmatch(currency.CODE_PATTERN, "AZN")


def test_exact_date():
    c = conversion("GBP", "USD", "2020-10-06")
    assert c.converted and c.rate_date == "2020-10-06" and c.note is None
    assert c.rate == pytest.approx(1.2953, abs=1e-4)


def test_weekend_uses_previous_friday_and_says_so():
    c = conversion("GBP", "USD", "2020-10-04")  # a Sunday
    assert c.converted and c.rate_date == "2020-10-02"
    assert "2020-10-02" in c.note and "2020-10-04" in c.note and "weekend" in c.note


def test_holiday_says_so():
    c = conversion("GBP", "USD", "2020-04-10")  # Good Friday: no ECB fixing
    assert c.rate_date == "2020-04-09" and "2020-04-10" in c.note


def test_missing_date_uses_latest_and_says_so():
    c = conversion("GBP", "USD", None)
    assert c.converted and c.rate_date is not None
    assert "no article date" in c.note and c.rate_date in c.note


def test_unknown_currency():
    c = conversion("XYZ", "USD", "2020-10-06")
    assert c == Conversion(None, None, "no exchange rate known for XYZ", False)


def test_floating_currency_without_rates():
    c = conversion("UAH", "USD", "2020-10-06")
    assert not c.converted and "UAH" in c.note


def test_pegged_rate():
    c = conversion("AZN", "USD", "2020-10-06")
    assert c.converted and c.rate == pytest.approx(1 / 1.70)
    assert conversion("USD", "SAR", "2020-10-06").rate == pytest.approx(3.75)
    assert conversion("AED", "USD", "2020-10-06").rate == pytest.approx(1 / 3.6725)


def test_pegged_to_euro_goes_through_usd_of_the_same_day():
    usd_eur = conversion("USD", "EUR", "2020-10-06").rate
    assert conversion("AZN", "EUR", "2020-10-06").rate == pytest.approx(usd_eur / 1.70)


def test_pegged_rate_before_the_peg():
    c = conversion("AZN", "USD", "2015-06-01")
    assert not c.converted and "2017" in c.note


def test_discontinued_series_is_not_stretched():
    c = conversion("RUB", "USD", "2024-01-05")
    assert not c.converted and "RUB" in c.note


def test_before_ecb_data():
    assert not conversion("GBP", "USD", "1990-01-01").converted


def test_same_currency():
    assert conversion("USD", "usd", "2020-10-06").rate == 1.0


def test_known():
    assert known("USD") and known("eur") and known("AZN") and known("SAR")
    assert not known("XYZ") and not known("UAH")


def test_pegged_table_is_cited():
    for peg in currency._pegs().values():
        assert peg.source_url.startswith("https://") and peg.per_anchor > 0 and peg.since
        assert peg.note and peg.anchor != peg.iso


def test_every_peg_reaches_the_ecb():
    """Each anchor is an ECB currency or itself pegged to one, so every peg converts."""
    for peg in currency._pegs().values():
        assert known(peg.anchor), peg
        assert currency.by_iso(peg.iso) is not None, peg.iso  # a claim can name what we convert


@pytest.mark.parametrize("iso, base, rate", [
    ("XOF", "EUR", 1 / 655.957), ("XAF", "XOF", 1.0), ("NAD", "ZAR", 1.0),
    ("NPR", "INR", 1 / 1.6), ("BND", "SGD", 1.0), ("GIP", "GBP", 1.0),
])
def test_pegs_to_other_anchors(iso, base, rate):
    conv = conversion(iso, base, "2021-03-03")
    assert conv.converted and conv.rate == pytest.approx(rate, rel=1e-12)
    assert "fixed rate" in conv.note


def test_peg_through_its_anchor_on_the_day():
    xof = conversion("XOF", "USD", "2021-03-03")
    eur = conversion("EUR", "USD", "2021-03-03")
    assert xof.rate == pytest.approx(eur.rate / 655.957, rel=1e-12)
    assert xof.rate_date == eur.rate_date


def test_no_peg_before_it_began():
    assert not conversion("XOF", "USD", "1998-06-01").converted


_ISOS = ["USD", "EUR", "GBP", "JPY", "CHF", "INR", "TRY", "AZN", "SAR", "AED", "HKD", "MXN"]


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_ISOS), st.sampled_from(_ISOS),
       st.dates(min_value=__import__("datetime").date(2018, 1, 1),
                max_value=__import__("datetime").date(2021, 12, 31)))
def test_round_trip_is_identity(a, b, day):
    there, back = conversion(a, b, day.isoformat()), conversion(b, a, day.isoformat())
    assert there.converted and back.converted
    assert there.rate_date == back.rate_date
    assert there.rate * back.rate == pytest.approx(1.0, rel=1e-9)


# -- the table the scanner shares --------------------------------------------------------------


@pytest.mark.parametrize(
    "token, iso",
    [
        ("Syrian pounds", "SYP"), ("syrian pound", "SYP"), ("Kenyan shillings", "KES"),
        ("KSh", "KES"), ("Ksh", "KES"), ("SYP", "SYP"), ("Lebanese pounds", "LBP"),
        ("Egyptian pound", "EGP"), ("Brazilian reais", "BRL"), ("South African rand", "ZAR"),
        ("Danish crowns", "DKK"), ("kroner", "DKK"), ("Swedish kronor", "SEK"),
        ("Trinidad and Tobago dollars", "TTD"), ("West African CFA francs", "XOF"),
        ("Nigerian naira", "NGN"), ("Ghanaian cedis", "GHS"), ("Israeli new shekels", "ILS"),
    ],
)
def test_lookup_names_with_a_nationality(token, iso):
    assert lookup(token).iso == iso


def test_rare_codes_only_in_capitals():
    # "syp", "kes", "tnd" in lower case are typos or words; in capitals they are codes
    assert lookup("SYP").iso == "SYP" and lookup("syp") is None
    assert lookup("UGX").iso == "UGX" and lookup("ugx") is None
    assert lookup("TND").iso == "TND" and lookup("tnd") is None
    assert lookup("eur").iso == "EUR"  # the common ones read in any case


def test_glued_signs_are_not_plain_lookups():
    # "R" and "PS" are letters, horsepower ("300 PS"), roads ("the R2"): only glued to an amount
    assert lookup("R") is None and lookup("PS") is None and lookup("Y=") is None
    assert currency.glued_sign("R").iso == "ZAR"
    assert currency.glued_sign("PS").iso == "GBP"
    assert currency.glued_sign("Y=").iso == "JPY"
    assert currency.glued_sign("$US").iso == "USD"
    # Gulf press: "SR5 billion", "QR2.5bn", "RO40 million"; spaced, "SR 520" is a state road
    assert currency.glued_sign("SR").iso == "SAR" and lookup("SR") is None
    assert currency.glued_sign("QR").iso == "QAR" and currency.glued_sign("RO").iso == "OMR"
    assert currency.glued_sign("r") is None  # case-sensitive
    assert currency.glued_sign("$") is None


@pytest.mark.parametrize("prefix, iso", [("c", "CAD"), ("C", "CAD"), ("us", "USD"),
                                         ("HK", "HKD"), ("mxn", "MXN"), ("nz", "NZD"),
                                         ("nt", "TWD"), ("a", "AUD"), ("r", "BRL")])
def test_dollar_prefix(prefix, iso):
    assert currency.dollar_prefix(prefix).iso == iso


@pytest.mark.parametrize("word", ["the", "ok", "", "dollars", "hkd$"])
def test_dollar_prefix_unknown(word):
    assert currency.dollar_prefix(word) is None


@pytest.mark.parametrize("word, unit", [("cents", "cent"), ("Cent", "cent"), ("pence", "penny"),
                                        ("pennies", "penny"), ("paise", "paisa"),
                                        ("kopeks", "kopeck"), ("centavos", "centavo")])
def test_subunit(word, unit):
    assert currency.subunit(word) == unit


@pytest.mark.parametrize("word", ["dollars", "pounds", "cent.", "percent", ""])
def test_not_a_subunit(word):
    assert currency.subunit(word) is None


def test_stands_before():
    assert currency.stands_before("dollar") and currency.stands_before("Euros")
    assert currency.stands_before("rupees") and currency.stands_before("yen")
    # "pounds 5" is a weight in a list, "won 5" a verb
    assert not currency.stands_before("pounds") and not currency.stands_before("won")
    assert not currency.stands_before("Syrian pounds")


def test_ambiguous():
    for word in ("pound", "Pounds", "won", "real", "rand", "lira"):
        assert currency.ambiguous(word), word
    for word in ("Syrian pounds", "dollars", "euro", "South African rand"):
        assert not currency.ambiguous(word), word


def test_vocabulary_covers_every_spelling():
    vocab = currency.vocabulary()
    for word in ("$", "hk$", "ksh", "syrian pounds", "usd", "syp", "ps", "y=", "r", "pence"):
        assert word in vocab, word


@given(st.text(max_size=12))
def test_api_never_raises(text):
    for f in (lookup, currency.glued_sign, currency.dollar_prefix, currency.subunit,
              currency.stands_before, currency.ambiguous):
        f(text)


def test_symbol_is_exact_signs_and_codes_only():
    assert currency.symbol("KSh").iso == "KES" and currency.symbol("HK$").iso == "HKD"
    assert currency.symbol("SYP").iso == "SYP" and currency.symbol("Rs.").iso == "INR"
    assert currency.symbol("dollars") is None  # a name
    assert currency.symbol("R") is None  # only glued: glued_sign
    assert currency.symbol("syp") is None and currency.symbol("hk$") is None


@pytest.mark.parametrize("text", ["He was paid 40 pounds a week.", "Salaries start at 9,000 rand.",
                                  "The budget is 3 billion won.", "Shares rose 5 pence a share.",
                                  "Tickets cost 20 pounds each."])
def test_money_context(text):
    assert currency.money_context(text)


@pytest.mark.parametrize("text", ["The baby weighed 8 pounds.", "They won 3 games.",
                                  "A real problem of 5 kg.", "He sat on the payload."])
def test_no_money_context(text):
    assert not currency.money_context(text)


@pytest.mark.parametrize("token, iso", [("Kenya shillings", "KES"), ("Uganda shillings", "UGX"),
                                        ("Nepali rupees", "NPR"), ("Sri Lanka rupees", "LKR"),
                                        ("Argentinian pesos", "ARS"), ("Egypt pounds", "EGP")])
def test_country_names_as_adjectives(token, iso):
    assert lookup(token).iso == iso


def test_a_country_that_won_is_not_money():
    # "in round 3 South Korea won the match": the verb, not the currency
    assert lookup("South Korea won") is None and lookup("South Korean won").iso == "KRW"


@pytest.mark.parametrize("code", ["COP", "TOP", "ALL", "CUP", "PEN", "SOS", "AMD"])
def test_codes_that_are_words_need_more_than_capitals(code):
    # "COP26" is a climate summit, "TOP 10" a list, "AMD" a chipmaker
    assert lookup(code) is None and currency.symbol(code) is None
    assert currency.by_iso(code).iso == code  # still converted when a claim names it


@pytest.mark.parametrize("text", ["Leaders met at COP26 in Glasgow.", "TOP 10 TIPS FOR SAVING",
                                  "ALL 5 MEN WERE FREED", "AMD 7nm chips sold out."])
def test_word_codes_are_not_money_in_the_scanner(text):
    from figrecon.numbers import scan

    assert all(m.currency is None for m in scan(text))


def test_codes_used_in_economic_news_stay():
    # "TRY 40 billion" in Turkish economic news; a capitalised "TRY" imperative is rarer
    assert lookup("TRY").iso == "TRY" and lookup("MAD").iso == "MAD"
