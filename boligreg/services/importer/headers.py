"""Match a file's column headers to fields, and keep personal data out.

Order of decisions for one column: a saved mapping; content that looks like fødselsnummer
(refused whatever the header says, so "fnr" holding birth numbers never becomes festenummer);
an exact header name; a Kobo column boligreg does not hold; a header naming a person; a close
spelling of a known header ("gjetning", shown as such). Each field takes at most one column.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from ..text import shorten
from .fields import FIELD_BY_NAME, synonym_index
from .mapping import Mapping
from .values import fold, show

# how a column got its field, best first (a better one wins a field two columns claim)
HOW_RANK = {"mapping": 0, "user": 0, "exact": 1, "guess": 2}
HOW_LABEL_NB = {
    "mapping": "fra koblingsfil",
    "user": "valgt",
    "exact": "gjenkjent",
    "guess": "gjetning – sjekk",
    "personal": "personopplysning – importeres ikke",
    "ignored": "brukes ikke",
    "duplicate": "feltet er allerede brukt",
    "none": "ikke koblet",
}

# Kobo columns (kobo_import_columns.txt) that boligreg deliberately does not hold.
KNOWN_UNUSED = {
    fold(h): why
    for h, why in {
        # Kobo's owner is per dwelling (the landlord of a leased one); boligreg keeps the
        # building's owner and the landlord in the agreement, which Kobo has no number for.
        "boligeiersnavn": "eier per bolig importeres ikke (utleier hører til avtalen)",
        "boligeiersorganisasjonsnummer": "eier per bolig importeres ikke (utleier hører til "
                                         "avtalen)",
        "koboboligtype": "Kobos boligtype holdes ikke i boligreg",
        "underkategoriboligtype": "Kobos boligtype holdes ikke i boligreg",
        "depositum": "depositum holdes ikke i boligreg",
        "malernummerstrom": "målernummer holdes ikke i boligreg",
        "malernummervann": "målernummer holdes ikke i boligreg",
        "antallsoverom": "antall soverom holdes ikke (bare antall rom)",
        "skolekretsbarneskole": "skolekrets holdes ikke i boligreg",
        "skolekretsungdomsskole": "skolekrets holdes ikke i boligreg",
        "kvalifiserermvakompensasjon": "mva-kompensasjon holdes ikke i boligreg",
        "erbofellesskap": "bofellesskap holdes ikke i boligreg",
        "erdognbemannet": "døgnbemanning holdes ikke i boligreg",
        "leieforholdsluttdato": "sluttdato for leieforhold importeres ikke herfra",
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

    @property
    def personal(self) -> bool:
        return self.how == "personal"

    @property
    def how_nb(self) -> str:
        return HOW_LABEL_NB.get(self.how, self.how)


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
        return (f"«{shorten(header, 60)}» ser ut til å gjelde en person; personopplysninger "
                "importeres ikke")
    return None


def _guess(key: str) -> str | None:
    """A field for a header spelled a little differently from the known ones."""
    index = synonym_index()
    long_keys = [k for k in index if len(k) >= 5]
    close = difflib.get_close_matches(key, long_keys, n=1, cutoff=0.84)
    if close:
        return index[close[0]]
    # "Adresse (gate og nr.)", "Bruksenhetsnr H-nr": a known header plus extra words
    contained = [k for k in long_keys if len(k) >= 6 and k in key]
    if contained:
        return index[max(contained, key=len)]
    return None


def match_columns(
    headers: Sequence[str],
    columns: Sequence[Sequence[Any]] | None = None,
    mapping: Mapping | None = None,
) -> list[ColumnMatch]:
    """One ColumnMatch per header. ``columns`` (a sample of each column's values) lets the
    content check find birth numbers; ``mapping`` overrides the automatic matches."""
    out: list[ColumnMatch] = []
    index = synonym_index()
    for i, header in enumerate(headers):
        m = ColumnMatch(i, header, column_letter(i))
        sample = list(columns[i]) if columns is not None and i < len(columns) else []
        m.samples = [show(x) for x in sample if show(x).strip()][:3]
        key = fold(header)
        chosen = mapping.field_for(header) if mapping is not None else None
        if sample and looks_like_birth_numbers(sample):
            m.how = "personal"
            m.note = "Kolonnen ser ut til å inneholde fødselsnummer; den importeres ikke"
            m.samples = ["(skjult)"]
        elif chosen is not None:
            if chosen:
                m.field, m.how = chosen, "mapping"
            else:
                m.how, m.note = "ignored", "hoppes over etter koblingsfilen"
        elif key in index:
            m.field, m.how = index[key], "exact"
        elif key in KNOWN_UNUSED:
            m.how, m.note = "ignored", KNOWN_UNUSED[key]
        elif (reason := personal_reason(header)) is not None:
            m.how, m.note = "personal", reason
            m.samples = ["(skjult)"]
        elif key and (guess := _guess(key)) is not None:
            m.field, m.how = guess, "guess"
        out.append(m)
    resolve_duplicates(out)
    return out


def resolve_duplicates(matches: list[ColumnMatch]) -> None:
    """Give each field to one column: the best-matched one, then the leftmost."""
    taken: dict[str, ColumnMatch] = {}
    ranked = sorted(
        (m for m in matches if m.field),
        key=lambda m: (HOW_RANK.get(m.how, 9), m.index),
    )
    for m in ranked:
        assert m.field is not None
        winner = taken.get(m.field)
        if winner is None:
            taken[m.field] = m
            continue
        label = FIELD_BY_NAME[m.field].label
        m.field, m.how = None, "duplicate"
        m.note = (f"«{label}» er allerede koblet til kolonne {winner.letter} "
                  f"«{shorten(winner.header, 60)}»")


def set_field(matches: list[ColumnMatch], index: int, field_name: str | None) -> str | None:
    """The user's choice for one column. Returns a Norwegian reason if it is refused.

    A column holding personal data cannot be imported. A field already used by another column
    moves to this one (the other column becomes unmapped).
    """
    m = matches[index]
    if field_name and m.personal:
        return m.note or "Personopplysninger importeres ikke"
    if field_name and field_name not in FIELD_BY_NAME:
        return f"Ukjent felt «{field_name}»"
    if field_name:
        for other in matches:
            if other is not m and other.field == field_name:
                other.field, other.how = None, "none"
                other.note = f"feltet ble flyttet til kolonne {m.letter}"
    m.field = field_name or None
    m.how = "user" if field_name else ("none" if not m.personal else "personal")
    if not m.personal:
        m.note = "" if field_name else "ikke koblet"
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
