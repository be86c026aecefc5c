"""The English edition of the audit rules' messages (issue 16 item 7).

Each rule builds its finding's ``message`` in SQL, in bokmål (``rules.py``), and the life cycle
compares stored messages from run to run, so what is stored stays bokmål. Where a user reads
in English, :func:`message_text` recognises the stored message by the rule's own pieces — one
regular expression per form the rule's ``txt(...)`` and ``sa.case`` branches can produce — and
writes the English sentence with the same variable parts: numbers, dates, addresses, names,
references and identifiers are carried over as they are. Enum labels inside a message
(actual use, maintenance scope, responsible party) are the glossary's (``enums.LABELS_NB``)
and are given in English through the catalogue.

The English templates live here beside their patterns, not in the catalogue: the catalogue
translates fixed bokmål texts, and a message is a sentence with values in it. A change to a
rule's message in ``rules.py`` needs the same change here; ``tests/unit/test_audit_messages``
runs every rule on the demo data and fails on a message no pattern recognises. A message
that matches no pattern (an older version's wording, say) is shown as stored, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ...i18n import language, translate_in
from ...models.enums import LABELS_NB, ActualUse, MaintenanceScope, ResponsibleParty

DATE = r"\d{2}\.\d{2}\.\d{4}"
INT = r"-?\d+"

Render = Callable[[Mapping[str, str | None]], str]


@dataclass(frozen=True)
class Form:
    """One shape a rule's message can take: its bokmål pattern and the English sentence."""

    pattern: re.Pattern[str]
    render: Render


def _form(pattern: str, template: str | Render, **fields: Callable[[str | None], str]) -> Form:
    """A form whose English is ``template`` filled with the groups (``fields`` convert some:
    an enum label, an optional fixed part)."""

    def render(groups: Mapping[str, str | None]) -> str:
        values = {k: (fields[k](v) if k in fields else (v or "")) for k, v in groups.items()}
        return template(values) if callable(template) else template.format(**values)

    return Form(re.compile(pattern, re.DOTALL), render)


def _label(enum: type[StrEnum], *, lower: bool = False) -> Callable[[str | None], str]:
    """The English of a bokmål enum label found in a message (unknown text: as it stands)."""
    by_text = {(v.lower() if lower else v): v for v in LABELS_NB[enum].values()}

    def english(text: str | None) -> str:
        source = by_text.get(text or "")
        if source is None:
            return text or ""
        out = translate_in("en", enum.__name__, source)
        return out.lower() if lower else out

    return english


def _labels_re(enum: type[StrEnum], *, lower: bool = False) -> str:
    """An alternation of the enum's bokmål labels (longest first), as the SQL writes them."""
    texts = sorted({(v.lower() if lower else v) for v in LABELS_NB[enum].values()},
                   key=len, reverse=True)
    return "|".join(re.escape(t) for t in texts)


def _fixed(table: Mapping[str, str]) -> Callable[[str | None], str]:
    """English of a fixed bokmål part (None: the part was not there)."""
    return lambda text: "" if text is None else table[text]


SCOPE = _labels_re(MaintenanceScope, lower=True)
PARTY = _labels_re(ResponsibleParty)
_scope_en = _label(MaintenanceScope, lower=True)
_party_en = _label(ResponsibleParty)

_ARE = {"bolig er": "dwelling is", "boliger er": "dwellings are"}


def _band(text: str | None) -> str:
    """The size band of RENT_OUTLIER (``rules._band_label``)."""
    t = text or ""
    return re.sub(r" og mer$", " or more", t)


_PROPERTY_PROBLEM = re.compile(
    r"(?:(?P<pc>[Pp]ostnummer «(?P<postcode>.*?)» (?P<why>er et postboks- eller servicenummer"
    r"|er ikke et postnummer i Oslo))(?:; |$))?"
    r"(?:(?P<mat>[Uu]gyldig matrikkel 0301-(?P<gnr>-?\d+|\?)/(?P<bnr>-?\d+|\?)/(?P<fnr>-?\d+)"
    r"/(?P<snr>-?\d+))(?:; |$))?"
    r"(?:(?P<own>[Uu]gyldig organisasjonsnummer for eier «(?P<orgnr>.*)»))?",
    re.DOTALL,
)
_POSTCODE_WHY = {
    "er et postboks- eller servicenummer": "is a PO box or service number",
    "er ikke et postnummer i Oslo": "is not a postcode in Oslo",
}


def _property_problems(g: Mapping[str, str | None]) -> str:
    """INVALID_IDENTIFIER on a property: the problems joined with "; " (``_joined_problems``)."""
    parts = []
    if g["pc"] is not None:
        parts.append(f"postcode «{g['postcode']}» {_POSTCODE_WHY[g['why'] or '']}")
    if g["mat"] is not None:
        parts.append(f"invalid cadastral number 0301-{g['gnr']}/{g['bnr']}/{g['fnr']}/{g['snr']}")
    if g["own"] is not None:
        parts.append(f"invalid organisation number for owner «{g['orgnr']}»")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


_MISUSE_USE = _labels_re(ActualUse)

FORMS: dict[str, tuple[Form, ...]] = {
    "MISUSE": (
        _form(rf"Faktisk bruk er «(?P<use>{_MISUSE_USE}|.*)», ikke bolig",
              "Actual use is «{use}», not housing", use=_label(ActualUse)),
    ),
    "VACANT_LONG": (
        _form(r"Registrert som ledig, men uten dato for når boligen ble ledig",
              "Registered as vacant, but with no date for when the dwelling became vacant"),
        _form(rf"Ledig siden (?P<date>{DATE}) \(mer enn (?P<days>\d+) dager\)",
              "Vacant since {date} (more than {days} days)"),
    ),
    "AGREEMENT_EXPIRING": (
        _form(rf"Utløper (?P<date>{DATE}) \(innen (?P<days>\d+) dager\)",
              "Expires {date} (within {days} days)"),
    ),
    "AGREEMENT_EXPIRED_IN_USE": (
        _form(rf"Utløpt (?P<date>{DATE}), men (?P<n>\d+) (?P<are>bolig er|boliger er) "
              r"fortsatt registrert i bruk",
              "Expired {date}, but {n} {are} still registered as in use", are=_fixed(_ARE)),
    ),
    "AGREEMENT_UNMANAGED": (
        _form(r"Aldri gjennomgått(?P<officer>; ingen ansvarlig saksbehandler)?",
              "Never reviewed{officer}",
              officer=_fixed({"; ingen ansvarlig saksbehandler": "; no responsible officer"})),
        _form(rf"Sist gjennomgått (?P<date>{DATE}) \(mer enn (?P<months>\d+) måneder siden\)"
              r"(?P<officer>; ingen ansvarlig saksbehandler)?",
              "Last reviewed {date} (more than {months} months ago){officer}",
              officer=_fixed({"; ingen ansvarlig saksbehandler": "; no responsible officer"})),
    ),
    "AGREEMENT_EMPTY": (
        _form(r"Ingen boliger er knyttet til avtalen", "No dwellings are linked to the agreement"),
    ),
    "DWELLING_WITHOUT_AGREEMENT": (
        _form(r"Innleid bolig uten gjeldende innleieavtale",
              "Leased dwelling without a current lease agreement"),
        _form(r"Tilvisningsbolig uten gjeldende tilvisningsavtale",
              "Referral dwelling without a current referral agreement"),
    ),
    "MAINTENANCE_MISSING": (
        _form(r"Ingen ansvarlig for (?P<what>indre og ytre|indre|ytre) vedlikehold",
              "No one is responsible for {what} maintenance",
              what=_fixed({"indre og ytre": "interior and exterior", "indre": "interior",
                           "ytre": "exterior"})),
    ),
    "MAINTENANCE_CONFLICT": (
        _form(rf"Flere parter er ansvarlige i overlappende perioder for (?P<lo>{SCOPE}) "
              rf"vedlikehold \((?P<p1>{PARTY}) og (?P<p2>{PARTY})\)",
              "Several parties are responsible in overlapping periods for {lo} maintenance "
              "({p1} and {p2})", lo=_scope_en, p1=_party_en, p2=_party_en),
        _form(rf"Flere parter er ansvarlige i overlappende perioder for (?P<lo>{SCOPE}) og "
              rf"(?P<hi>{SCOPE}) vedlikehold",
              "Several parties are responsible in overlapping periods for {lo} and {hi} "
              "maintenance", lo=_scope_en, hi=_scope_en),
        _form(rf"Flere parter er ansvarlige i overlappende perioder for (?P<lo>{SCOPE}), "
              rf"(?P<hi>{SCOPE}) m\.fl\.",
              "Several parties are responsible in overlapping periods for {lo}, {hi} and more",
              lo=_scope_en, hi=_scope_en),
    ),
    "DUPLICATE": (
        _form(r"Samme adresse og bruksenhetsnummer er registrert (?P<n>\d+) ganger"
              r"(?:, også i (?P<district>.+))?",
              lambda g: (f"The same address and unit number is registered {g['n']} times"
                         + (f", also in {g['district']}" if g["district"] else ""))),
    ),
    "INVALID_IDENTIFIER": (
        _form(r"Ugyldig bruksenhetsnummer «(?P<unit>.*)» \(skal være H, U, K eller L og fire "
              r"sifre med etasje og nummer fra 01, f\.eks\. H0101\)",
              "Invalid unit number «{unit}» (must be H, U, K or L and four digits giving floor "
              "and number from 01, e.g. H0101)"),
        _form(r"Ugyldig organisasjonsnummer for utleier «(?P<orgnr>.*)»",
              "Invalid organisation number for landlord «{orgnr}»"),
        Form(_PROPERTY_PROBLEM, _property_problems),
    ),
    "INSPECTION_OVERDUE": (
        _form(r"Aldri registrert befart", "Never recorded as inspected"),
        _form(rf"Sist befart (?P<date>{DATE}) \(mer enn (?P<years>\d+) år siden\)",
              "Last inspected {date} (more than {years} years ago)"),
    ),
    "RENT_OUTLIER": (
        _form(rf"Leie (?P<rate>{INT}) kr/m² per måned er (?P<ratio>{INT},\d+) × medianen "
              rf"\((?P<median>{INT}) kr/m²\) for boliger på (?P<band>under \d+ m²|\d+–\d+ m²"
              r"|\d+ m² og mer) i bydelen",
              "Rent of NOK {rate}/m² per month is {ratio} × the median (NOK {median}/m²) for "
              "dwellings of {band} in the district", band=_band),
    ),
    "REFERRAL_QUOTA": (
        _form(rf"Tilvisningsretten \((?P<years>\d+) år fra (?P<date>{DATE})\) er utløpt, men "
              r"(?P<n>\d+) (?P<are>bolig er|boliger er) fortsatt registrert",
              "The referral right ({years} years from {date}) has expired, but {n} {are} still "
              "registered", are=_fixed(_ARE)),
        _form(r"(?P<n>\d+) boliger er tilvist, men prosjektet har bare (?P<total>\d+)",
              "{n} dwellings are referred, but the project has only {total}"),
        _form(r"(?P<n>\d+) av (?P<total>\d+) boliger er tilvist \((?P<pct>\d+) %\), over "
              r"grensen på (?P<max>[\d.,]+) %",
              "{n} of {total} dwellings are referred ({pct} %), over the limit of {max} %"),
    ),
    "TENANCY_INDEFINITE": (
        _form(rf"(?P<what>Tidsubestemt leieforhold uten planlagt gjennomgang"
              rf"|Gjennomgang av tidsubestemt leieforhold forfalt (?P<overdue>{DATE})"
              rf"|Gjennomgang av tidsubestemt leieforhold forfaller (?P<due>{DATE}))"
              r"(?: \(sak (?P<case>.*)\))?",
              lambda g: ((f"Review of the indefinite tenancy was due {g['overdue']}"
                          if g["overdue"] else
                          f"Review of the indefinite tenancy is due {g['due']}"
                          if g["due"] else "Indefinite tenancy with no planned review")
                         + (f" (case {g['case']})" if g["case"] else ""))),
    ),
    "LET_WITH_VACANCY_DATE": (
        _form(rf"Utleid, men registrert ledig fra (?P<date>{DATE})",
              "Let, but registered as vacant from {date}"),
    ),
    "VACANT_WITH_TENANCY": (
        _form(rf"Ledig, men et leieforhold løper fra (?P<date>{DATE})",
              "Vacant, but a tenancy has been running since {date}"),
    ),
    "TENANT_RENT_BELOW_LEASE_COST": (
        _form(rf"Leietaker betaler (?P<rent>{INT}) kr, kommunen betaler (?P<cost>{INT}) kr per "
              r"måned \(avtale (?P<ref>.*)\)",
              "The tenant pays NOK {rent}, the municipality pays NOK {cost} per month "
              "(agreement {ref})"),
    ),
}


# The findings table asks for a row's message on every paint and sort: match each one once.
@lru_cache(maxsize=65536)
def english(rule_code: str, message_nb: str) -> str | None:
    """The English of a stored message, or None if no form of the rule matches it."""
    for form in FORMS.get(rule_code, ()):
        m = form.pattern.fullmatch(message_nb)
        if m is not None and m.group(0):  # the property form's parts are all optional
            return form.render(m.groupdict())
    return None


def message_text(rule_code: str, message_nb: str) -> str:
    """A finding's message as the user reads it: the stored bokmål, or in English mode its
    English where a form of the rule recognises it (else the stored text, unchanged)."""
    if language() != "en" or not message_nb:
        return message_nb
    out = english(rule_code, message_nb)
    return message_nb if out is None else out
