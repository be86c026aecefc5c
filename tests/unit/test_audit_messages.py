"""Findings' messages in English (issue 16 item 7): every message the rules store is recognised,
written without a bokmål word, and keeps its numbers and dates; bokmål is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from boligreg import i18n
from boligreg.models import Database, Finding
from boligreg.services.audit import RULES, run_audit
from boligreg.services.audit.messages import FORMS, english, message_text

TODAY = date(2026, 6, 1)

# The fixed words of the rules' message pieces (rules.py) that are not also English words
# ("for", "under", "per" are both); an English message must hold none of them.
_WORDS = """
faktisk bruk ikke bolig boliger registrert ledig uten dato når boligen ble siden mer enn dager
utløper innen utløpt men er fortsatt aldri gjennomgått sist måneder ingen ansvarlig
saksbehandler knyttet til avtalen innleid gjeldende innleieavtale tilvisningsbolig
tilvisningsavtale indre ytre og vedlikehold flere parter ansvarlige overlappende perioder
samme adresse bruksenhetsnummer ganger også ugyldig skal være eller fire sifre med etasje
nummer fra eks postnummer et postboks servicenummer matrikkel organisasjonsnummer eier
utleier befart år leie måned medianen på bydelen tilvisningsretten tilvist prosjektet har
bare av grensen tidsubestemt leieforhold planlagt gjennomgang forfalt forfaller sak utleid
løper leietaker betaler kommunen avtale kr fl i
"""
BOKMAL = set(_WORDS.split())
# Groups carried over verbatim (names, identifiers as typed): their words are not checked.
VERBATIM = {"district", "unit", "orgnr", "postcode", "ref", "case"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _matched(rule: str, message: str) -> re.Match[str]:
    for form in FORMS[rule]:
        m = form.pattern.fullmatch(message)
        if m is not None and m.group(0):
            return m
    raise AssertionError(f"{rule}: no form matches {message!r}")


def _check(rule: str, nb: str, en: str) -> None:
    m = _matched(rule, nb)
    rest = en
    for name, value in m.groupdict().items():
        if name in VERBATIM and value:
            assert value in rest, (rule, nb, en)
            rest = rest.replace(value, " ")
    words = {w.lower() for w in re.findall(r"\w+", rest)}
    assert not words & BOKMAL, (rule, nb, en, words & BOKMAL)
    for number in NUMBER.findall(nb):
        assert number in en, (rule, nb, en, number)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from boligreg.models import create_database
    from boligreg.services.demo import generate_demo

    db = create_database(tmp_path_factory.mktemp("demo") / "demo.db", user="test")
    generate_demo(db, dwellings=3000, seed=2025, today=TODAY)
    run_audit(db, today=TODAY)
    yield db
    db.close()


@pytest.fixture(scope="module")
def stored(demo: Database) -> list[tuple[str, str]]:
    with demo.session() as s:
        rows = s.execute(sa.select(Finding.rule, Finding.message).distinct()).all()
    return [(r, m) for r, m in rows]


def test_every_stored_message_is_written_in_english(stored: list[tuple[str, str]]) -> None:
    assert {rule for rule, _ in stored} == set(RULES)
    with i18n.using("en"):
        for rule, nb in stored:
            en = message_text(rule, nb)
            assert en != nb, (rule, nb)
            _check(rule, nb, en)


def test_bokmal_messages_are_shown_as_stored(stored: list[tuple[str, str]]) -> None:
    with i18n.using("nb"):
        for rule, nb in stored:
            assert message_text(rule, nb) == nb


# Forms the demo may not produce (every sa.case branch and optional part of rules.py).
SAMPLES = [
    ("VACANT_LONG", "Registrert som ledig, men uten dato for når boligen ble ledig"),
    ("VACANT_LONG", "Ledig siden 01.02.2025 (mer enn 365 dager)"),
    ("AGREEMENT_EXPIRED_IN_USE", "Utløpt 01.02.2025, men 1 bolig er fortsatt registrert i bruk"),
    ("AGREEMENT_EXPIRED_IN_USE", "Utløpt 01.02.2025, men 3 boliger er fortsatt registrert i bruk"),
    ("AGREEMENT_UNMANAGED", "Aldri gjennomgått"),
    ("AGREEMENT_UNMANAGED", "Aldri gjennomgått; ingen ansvarlig saksbehandler"),
    ("AGREEMENT_UNMANAGED",
     "Sist gjennomgått 03.04.2024 (mer enn 12 måneder siden); ingen ansvarlig saksbehandler"),
    ("DWELLING_WITHOUT_AGREEMENT", "Tilvisningsbolig uten gjeldende tilvisningsavtale"),
    ("MAINTENANCE_MISSING", "Ingen ansvarlig for indre og ytre vedlikehold"),
    ("MAINTENANCE_MISSING", "Ingen ansvarlig for ytre vedlikehold"),
    ("MAINTENANCE_CONFLICT",
     "Flere parter er ansvarlige i overlappende perioder for indre vedlikehold "
     "(Borettslag/sameie og Bydelen)"),
    ("MAINTENANCE_CONFLICT",
     "Flere parter er ansvarlige i overlappende perioder for tekniske anlegg og ytre vedlikehold"),
    ("MAINTENANCE_CONFLICT",
     "Flere parter er ansvarlige i overlappende perioder for indre, uteområder m.fl."),
    ("DUPLICATE", "Samme adresse og bruksenhetsnummer er registrert 2 ganger"),
    ("DUPLICATE", "Samme adresse og bruksenhetsnummer er registrert 3 ganger, også i Gamle Oslo"),
    ("INVALID_IDENTIFIER", "Ugyldig bruksenhetsnummer «H00» (skal være H, U, K eller L og fire "
     "sifre med etasje og nummer fra 01, f.eks. H0101)"),
    ("INVALID_IDENTIFIER", "Postnummer «0101» er et postboks- eller servicenummer"),
    ("INVALID_IDENTIFIER", "Postnummer «9999» er ikke et postnummer i Oslo; ugyldig matrikkel "
     "0301-?/-1/0/0; ugyldig organisasjonsnummer for eier «123»"),
    ("INVALID_IDENTIFIER", "Ugyldig matrikkel 0301-123456/7/0/0"),
    ("INVALID_IDENTIFIER", "Ugyldig organisasjonsnummer for eier «98 7»"),
    ("INVALID_IDENTIFIER", "Ugyldig organisasjonsnummer for utleier «NO 1»"),
    ("INSPECTION_OVERDUE", "Aldri registrert befart"),
    ("INSPECTION_OVERDUE", "Sist befart 01.02.2020 (mer enn 3 år siden)"),
    ("RENT_OUTLIER", "Leie 812 kr/m² per måned er 2,3 × medianen (301 kr/m²) for boliger på "
     "under 40 m² i bydelen"),
    ("RENT_OUTLIER", "Leie 812 kr/m² per måned er 2,3 × medianen (301 kr/m²) for boliger på "
     "40–60 m² i bydelen"),
    ("RENT_OUTLIER", "Leie 812 kr/m² per måned er 10,0 × medianen (81 kr/m²) for boliger på "
     "90 m² og mer i bydelen"),
    ("REFERRAL_QUOTA",
     "Tilvisningsretten (20 år fra 01.01.2004) er utløpt, men 1 bolig er fortsatt registrert"),
    ("REFERRAL_QUOTA", "12 boliger er tilvist, men prosjektet har bare 10"),
    ("REFERRAL_QUOTA", "9 av 20 boliger er tilvist (45 %), over grensen på 40 %"),
    ("TENANCY_INDEFINITE", "Tidsubestemt leieforhold uten planlagt gjennomgang"),
    ("TENANCY_INDEFINITE", "Gjennomgang av tidsubestemt leieforhold forfalt 01.05.2026 (sak 24/1)"),
    ("TENANCY_INDEFINITE", "Gjennomgang av tidsubestemt leieforhold forfaller 01.07.2026"),
    ("TENANT_RENT_BELOW_LEASE_COST",
     "Leietaker betaler 9000 kr, kommunen betaler 14000 kr per måned (avtale INN-2021-0042)"),
]


@pytest.mark.parametrize(("rule", "nb"), SAMPLES)
def test_every_form_reads_in_english(rule: str, nb: str) -> None:
    with i18n.using("en"):
        en = message_text(rule, nb)
    assert en != nb
    _check(rule, nb, en)


def test_an_unknown_message_is_shown_as_stored() -> None:
    with i18n.using("en"):
        assert message_text("VACANT_LONG", "Ledig siden i fjor") == "Ledig siden i fjor"
        assert message_text("NO_SUCH_RULE", "Noe annet") == "Noe annet"
        assert english("INVALID_IDENTIFIER", "") is None


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_findings_export_and_audit_pdf_in_english(demo: Database, tmp_path) -> None:
    """The xlsx sheets of the findings and the PDF's oldest open findings read in English."""
    import pypdfium2 as pdfium

    from boligreg.reports.audit_report import build_audit_report, render_audit_pdf
    from boligreg.services.audit.queries import list_findings
    from boligreg.services.export import audit_findings_sheets, build_findings

    with i18n.using("en"), demo.engine.connect() as conn:
        rows = list_findings(conn)
        sheet = audit_findings_sheets(rows, today=TODAY)[0]
        col = [c.title for c in sheet.columns].index("Message")
        assert [r[col] for r in sheet.rows] == [english(f.rule, f.message) for f in rows]
        full = build_findings(conn)
        shown = {r[6] for r in full.rows}
        assert shown and not shown & {m for _, m in _stored_messages(conn)}

        report = build_audit_report(conn, district=None, demo=True, today=TODAY)
        out = tmp_path / "avvik-en.pdf"
        render_audit_pdf(report, out)
    doc = pdfium.PdfDocument(out.read_bytes())
    try:
        text = _flat(" ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc))))
    finally:
        doc.close()
    assert report.longest
    for f in report.longest:
        en = english(f.rule, f.message)
        assert en is not None and _flat(en) in text, en
        assert _flat(f.message) not in text, f.message


def _stored_messages(conn: sa.Connection) -> list[tuple[str, str]]:
    return [(r, m) for r, m in conn.execute(sa.select(Finding.rule, Finding.message))]


def test_every_message_of_the_rule_tests_world_reads_in_english(empty_db) -> None:
    """The hand-built world of test_audit_rules (each rule's edge cases) as well."""
    from test_audit_rules import TODAY as RULES_TODAY
    from test_audit_rules import World, build_every_rule

    build_every_rule(World(empty_db))
    run_audit(empty_db, today=RULES_TODAY)
    with empty_db.engine.connect() as conn:
        messages = set(_stored_messages(conn))
    assert {rule for rule, _ in messages} == set(RULES)
    with i18n.using("en"):
        for rule, nb in messages:
            _check(rule, nb, message_text(rule, nb))


def test_cli_listing_and_follow_up_in_english(empty_db, db_path, capsys) -> None:
    """``boligreg audit --lang en`` prints the English message (its --json keeps the stored
    one), and the overview's follow-up list of high findings reads in English."""
    from test_audit_rules import TODAY as RULES_TODAY
    from test_audit_rules import World

    from boligreg.cli import main
    from boligreg.services.register.followup import follow_up

    World(empty_db).dwelling(actual_use="office")
    try:
        assert main(["--lang", "en", "audit", "--db", str(db_path),
                     "--today", RULES_TODAY.isoformat()]) == 0
        out = capsys.readouterr().out
        assert "Actual use is «Office», not housing" in out
        assert "Faktisk bruk" not in out
        with i18n.using("en"), empty_db.engine.connect() as conn:
            details = [item.detail for item in follow_up(conn, today=RULES_TODAY).findings]
        assert details and details[0].startswith("Actual use is «Office», not housing")
        with i18n.using("nb"), empty_db.engine.connect() as conn:
            details = [item.detail for item in follow_up(conn, today=RULES_TODAY).findings]
        assert details[0].startswith("Faktisk bruk er «Kontor», ikke bolig")
    finally:
        i18n.set_language(None)
