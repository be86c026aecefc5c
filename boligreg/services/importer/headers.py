"""Match a file's column headers to fields, and keep personal data out.

Order of decisions for one column: a saved mapping; content that looks like fødselsnummer
(refused whatever the header says, so "fnr" holding birth numbers never becomes festenummer);
a Kobo column boligreg does not hold; a header naming a person; then every (column, field)
pair is scored from the header's words, its units and the column's values (``scoring``) and
the best assignment for the whole sheet is taken at once. A pair the header alone settles is
"gjenkjent", the rest "gjetning" (shown as such, with the confidence and the reason). Each
field takes at most one column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, Labels, translate
from ..text import shorten
from .fields import FIELD_BY_NAME, synonym_index
from .mapping import Mapping
from .scoring import THRESHOLD, assign, confidence_label, profile, score_column
from .values import fold, show

# how a column got its field, best first (a better one wins a field two columns claim)
HOW_RANK = {"mapping": 0, "user": 0, "exact": 1, "guess": 2}
HOW_LABELS = Labels("ImportMatch", {  # translated when read
    "mapping": QT_TRANSLATE_NOOP("ImportMatch", "fra koblingsfil"),
    "user": QT_TRANSLATE_NOOP("ImportMatch", "valgt"),
    "exact": QT_TRANSLATE_NOOP("ImportMatch", "gjenkjent"),
    "guess": QT_TRANSLATE_NOOP("ImportMatch", "gjetning – sjekk"),
    "personal": QT_TRANSLATE_NOOP("ImportMatch", "personopplysning – importeres ikke"),
    "ignored": QT_TRANSLATE_NOOP("ImportMatch", "brukes ikke"),
    "duplicate": QT_TRANSLATE_NOOP("ImportMatch", "feltet er allerede brukt"),
    "none": QT_TRANSLATE_NOOP("ImportMatch", "ikke koblet"),
})

# Kobo columns (kobo_import_columns.txt) that boligreg deliberately does not hold.
KNOWN_UNUSED = {
    fold(h): why
    for h, why in {
        # Kobo's owner is per dwelling (the landlord of a leased one); boligreg keeps the
        # building's owner and the landlord in the agreement, which Kobo has no number for.
        "boligeiersnavn": QT_TRANSLATE_NOOP(
            "ImportMatch", "eier per bolig importeres ikke (utleier hører til avtalen)"),
        "boligeiersorganisasjonsnummer": QT_TRANSLATE_NOOP(
            "ImportMatch", "eier per bolig importeres ikke (utleier hører til avtalen)"),
        "koboboligtype": QT_TRANSLATE_NOOP("ImportMatch", "Kobos boligtype holdes ikke i boligreg"),
        "underkategoriboligtype": QT_TRANSLATE_NOOP(
            "ImportMatch", "Kobos boligtype holdes ikke i boligreg"),
        "depositum": QT_TRANSLATE_NOOP("ImportMatch", "depositum holdes ikke i boligreg"),
        "malernummerstrom": QT_TRANSLATE_NOOP("ImportMatch", "målernummer holdes ikke i boligreg"),
        "malernummervann": QT_TRANSLATE_NOOP("ImportMatch", "målernummer holdes ikke i boligreg"),
        "antallsoverom": QT_TRANSLATE_NOOP(
            "ImportMatch", "antall soverom holdes ikke (bare antall rom)"),
        "skolekretsbarneskole": QT_TRANSLATE_NOOP(
            "ImportMatch", "skolekrets holdes ikke i boligreg"),
        "skolekretsungdomsskole": QT_TRANSLATE_NOOP(
            "ImportMatch", "skolekrets holdes ikke i boligreg"),
        "kvalifiserermvakompensasjon": QT_TRANSLATE_NOOP(
            "ImportMatch", "mva-kompensasjon holdes ikke i boligreg"),
        "erbofellesskap": QT_TRANSLATE_NOOP("ImportMatch", "bofellesskap holdes ikke i boligreg"),
        "erdognbemannet": QT_TRANSLATE_NOOP("ImportMatch", "døgnbemanning holdes ikke i boligreg"),
        "leieforholdsluttdato": QT_TRANSLATE_NOOP(
            "ImportMatch", "sluttdato for leieforhold importeres ikke herfra"),
    }.items()
}

# Headers that name a person or a way to reach one (folded). Tenants are never stored.
PERSONAL_EXACT = frozenset(
    fold(h) for h in (
        "navn", "fornavn", "etternavn", "fullt navn", "leietaker", "leietakere", "beboer",
        "beboere", "hovedsøker", "søker", "medsøker", "fødselsnummer", "fødselsnr", "f.nr.",
        "personnummer", "personnr", "pnr", "fødselsdato", "født", "ssn", "telefon", "tlf",
        "mobil", "mobilnummer", "e-post", "epost", "email", "husstand", "kontaktperson",
        "boligeiersmobilnummer", "d-nummer",
    )
)
PERSONAL_PARTS = ("leietaker", "beboer", "fodsels", "personn", "hovedsoker", "telefon",
                  "mobil", "epost", "email", "fornavn", "etternavn", "kontaktperson")
_BIRTH_NUMBER = re.compile(r"^[0-7][0-9][01][0-9]{3}\s?[0-9]{5}$")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class ColumnMatch:
    index: int  # column in the table, from 0
    header: str
    letter: str  # as the spreadsheet shows it
    field: str | None = None
    how: str = "none"
    note: str = ""
    samples: list[str] = dc_field(default_factory=list)
    confidence: float = 0.0  # 0–1: how sure the automatic match is (1 for the user's choice)
    reason: str = ""  # why this field (or why none), in Norwegian
    looks: str = ""  # what the values look like ("datoer (100 %), f.eks. «01.03.2021»")

    @property
    def confidence_label(self) -> str:
        """"høy (100 %)" …, or "" for a column without a field."""
        return confidence_label(self.confidence) if self.field else ""

    @property
    def personal(self) -> bool:
        return self.how == "personal"

    @property
    def how_label(self) -> str:
        return HOW_LABELS.get(self.how, self.how)


def looks_like_birth_numbers(values: Sequence[Any]) -> bool:
    """True if at least a third of the non-blank values look like fødselsnummer/D-nummer."""
    texts = [show(x).strip() for x in values if show(x).strip()]
    if not texts:
        return False
    hits = sum(1 for t in texts if _BIRTH_NUMBER.match(t))
    return hits * 3 >= len(texts) and hits > 0


def personal_reason(header: str) -> str | None:
    key = fold(header)
    if not key:
        return None
    if key in PERSONAL_EXACT or any(part in key for part in PERSONAL_PARTS) or \
            key.endswith("navn") and key not in synonym_index():
        return translate("ImportMatch", "«{header}» ser ut til å gjelde en person; "
                                        "personopplysninger importeres ikke").format(
            header=shorten(header, 60))
    return None


def match_columns(
    headers: Sequence[str],
    columns: Sequence[Sequence[Any]] | None = None,
    mapping: Mapping | None = None,
) -> list[ColumnMatch]:
    """One ColumnMatch per header. ``columns`` (a sample of each column's values) lets the
    content check find birth numbers and the scoring see what the values look like;
    ``mapping`` (the user's saved choices) comes first, then the best assignment of the rest
    for the whole sheet at once (``scoring.assign``)."""
    out: list[ColumnMatch] = []
    candidates: list[dict[str, Any]] = []
    taken: set[str] = set()
    for i, header in enumerate(headers):
        m = ColumnMatch(i, header, column_letter(i))
        sample = list(columns[i]) if columns is not None and i < len(columns) else []
        m.samples = [show(x) for x in sample if show(x).strip()][:3]
        key = fold(header)
        chosen = mapping.field_for(header) if mapping is not None else None
        cands: dict[str, Any] = {}
        if sample and looks_like_birth_numbers(sample):
            m.how = "personal"
            m.note = translate("ImportMatch", "Kolonnen ser ut til å inneholde fødselsnummer; "
                                              "den importeres ikke")
            m.samples = [translate("ImportMatch", "(skjult)")]
        elif chosen is not None:
            if chosen:
                m.field, m.how = chosen, "mapping"
                m.confidence = 1.0
                m.reason = translate("ImportMatch", "fra den lagrede koblingen")
                taken.add(chosen)
            else:
                m.how = "ignored"
                m.note = translate("ImportMatch", "hoppes over etter koblingsfilen")
                m.reason = m.note
        elif key in KNOWN_UNUSED:
            m.how, m.note = "ignored", translate("ImportMatch", KNOWN_UNUSED[key])
            m.reason = m.note
        elif (reason := personal_reason(header)) is not None and key not in synonym_index():
            m.how, m.note = "personal", reason
            m.samples = [translate("ImportMatch", "(skjult)")]
            m.reason = reason
        else:
            prof = profile(sample)
            m.looks = prof.describe_nb() if sample else ""
            cands = score_column(header, sample, prof)
        candidates.append(cands)
        out.append(m)
    # a field the saved mapping gives one column is not offered to the others
    won = assign(candidates, taken)
    for i, cand in won.items():
        m = out[i]
        m.field, m.confidence, m.reason = cand.field, cand.score, cand.reason
        m.how = "exact" if cand.header_score >= 0.95 else "guess"
    by_field = {m.field: m for m in out if m.field}
    for i, m in enumerate(out):
        if m.field or m.how != "none":
            continue
        cands = candidates[i]
        best = max(cands.values(), key=lambda c: c.score, default=None)
        if best is not None and best.score >= THRESHOLD and best.field in by_field:
            winner = by_field[best.field]
            label = FIELD_BY_NAME[best.field].title
            m.how = "duplicate"
            m.note = translate("ImportMatch", "«{field}» er allerede koblet til kolonne {letter} "
                                              "«{header}»").format(
                field=label, letter=winner.letter, header=shorten(winner.header, 60))
            m.confidence, m.reason = best.score, best.reason + "; " + m.note
        else:
            m.note = translate("ImportMatch", "ikke koblet: ingen kjent overskrift")
            if m.looks:
                m.note += translate("ImportMatch", "; verdiene er {looks}").format(looks=m.looks)
            if best is not None:
                m.note += translate("ImportMatch", " (nærmest «{field}», {percent} %)").format(
                    field=FIELD_BY_NAME[best.field].title, percent=round(best.score * 100))
            m.reason = m.note
    return out


def set_field(matches: list[ColumnMatch], index: int, field_name: str | None) -> str | None:
    """The user's choice for one column. Returns a Norwegian reason if it is refused.

    A column holding personal data cannot be imported. A field already used by another column
    moves to this one (the other column becomes unmapped).
    """
    m = matches[index]
    if field_name and m.personal:
        return m.note or translate("ImportMatch", "Personopplysninger importeres ikke")
    if field_name and field_name not in FIELD_BY_NAME:
        return translate("ImportMatch", "Ukjent felt «{field}»").format(field=field_name)
    if field_name:
        for other in matches:
            if other is not m and other.field == field_name:
                other.field, other.how = None, "none"
                other.note = translate(
                    "ImportMatch", "feltet ble flyttet til kolonne {letter}").format(
                    letter=m.letter)
    m.field = field_name or None
    m.how = "user" if field_name else ("none" if not m.personal else "personal")
    m.confidence = 1.0 if field_name else 0.0
    m.reason = translate("ImportMatch", "valgt av deg") if field_name else m.reason
    if not m.personal:
        m.note = "" if field_name else translate("ImportMatch", "ikke koblet")
    return None


def mapping_from_matches(matches: Sequence[ColumnMatch], base: Mapping | None = None) -> Mapping:
    """The mapping to save: every mapped column, and "" for a recognised header the user
    unmapped (so it stays unmapped next time). Value translations of ``base`` are kept."""
    out = Mapping(values={k: dict(v) for k, v in (base.values if base else {}).items()})
    index = synonym_index()
    for m in matches:
        if m.field:
            out.columns[m.header] = m.field
        elif not m.personal and fold(m.header) in index:
            out.columns[m.header] = ""
    return out
