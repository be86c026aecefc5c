"""The fields a spreadsheet column can be imported into, with the header names people use.

One flat row per dwelling: the dwelling itself, its building (eiendom), the agreement it rests
on (rows with the same ``agreement_reference`` share one agreement) and who maintains it.
``boligreg import --list-fields`` prints this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, partial
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, Labels, translate, translations
from ...models.enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    OwnerKind,
    ResponsibleParty,
    TargetGroup,
    Tenure,
)
from . import values as v


@dataclass(frozen=True)
class FieldSpec:
    name: str  # the field name used in mapping files and exports
    label: str  # bokmål as marked for the catalogue; shown as ``title``
    group: str  # "bolig", "bygg", "avtale", "vedlikehold", "hjelpefelt"
    parse: Callable[[Any], Any]
    synonyms: tuple[str, ...]  # header names people use (compared after ``values.fold``)
    help: str = ""
    enum: type[StrEnum] | None = None

    @property
    def title(self) -> str:
        """The label in the chosen language ("Adresse" / "Address"): what the window shows
        (the field name is for mapping files; show it as a tooltip at most)."""
        return translate(CONTEXT, self.label)

    @property
    def description(self) -> str:
        """``help`` in the chosen language ('' if none)."""
        return translate(CONTEXT, self.help) if self.help else ""

    @property
    def kind(self) -> str:
        """What kind of value, for --list-fields."""
        if self.enum is not None:
            return translate("ImportField", "valg: {values}").format(
                values=", ".join(m.value for m in self.enum))
        return translate(CONTEXT, _KIND_NAMES.get(self.parse, _TEXT))


CONTEXT = "ImportField"  # catalogue context of the field labels and help texts


def _enum(enum: type[StrEnum]) -> Callable[[Any], Any]:
    return partial(v.parse_enum, enum=enum)


_area = partial(v.parse_decimal, low=5, high=2000,
                what=QT_TRANSLATE_NOOP("ImportValue", "Arealet"))
_rent = partial(v.parse_decimal, low=0, high=1_000_000,
                what=QT_TRANSLATE_NOOP("ImportValue", "Leien"))
_gnr = partial(v.parse_int, low=1, high=99_999,
               what=QT_TRANSLATE_NOOP("ImportValue", "Gårdsnummer (gnr)"))
_bnr = partial(v.parse_int, low=1, high=9_999,
               what=QT_TRANSLATE_NOOP("ImportValue", "Bruksnummer (bnr)"))
_fnr = partial(v.parse_int, low=0, high=9_999,
               what=QT_TRANSLATE_NOOP("ImportValue", "Festenummer (fnr)"))
_snr = partial(v.parse_int, low=0, high=999,
               what=QT_TRANSLATE_NOOP("ImportValue", "Seksjonsnummer (snr)"))
_year = partial(v.parse_int, low=1600, high=date.today().year + 5,
                what=QT_TRANSLATE_NOOP("ImportValue", "Byggeåret"))
_notice = partial(v.parse_int, low=0, high=120,
                  what=QT_TRANSLATE_NOOP("ImportValue", "Oppsigelsestiden"))
_project = partial(v.parse_int, low=1, high=10_000,
                   what=QT_TRANSLATE_NOOP("ImportValue", "Antall boliger i prosjektet"))
_house_number = partial(v.parse_int, low=1, high=9_999,
                        what=QT_TRANSLATE_NOOP("ImportValue", "Husnummeret"))
_letter = partial(v.parse_text, max_len=2)
_reference = partial(v.parse_text, max_len=60)
_long_text = partial(v.parse_text, max_len=4000)

_TEXT = QT_TRANSLATE_NOOP("ImportField", "tekst")
_KIND_NAMES: dict[Callable[[Any], Any], str] = {
    v.parse_date: QT_TRANSLATE_NOOP("ImportField", "dato"),
    v.parse_bool: QT_TRANSLATE_NOOP("ImportField", "ja/nei"),
    v.parse_district: QT_TRANSLATE_NOOP("ImportField", "bydel"),
    v.parse_postcode: QT_TRANSLATE_NOOP("ImportField", "postnummer"),
    v.parse_unit: QT_TRANSLATE_NOOP("ImportField", "bruksenhetsnummer"),
    v.parse_orgnr: QT_TRANSLATE_NOOP("ImportField", "organisasjonsnummer"),
    v.parse_matrikkel_cell: QT_TRANSLATE_NOOP("ImportField", "gnr/bnr/fnr/snr"),
    v.parse_municipality: QT_TRANSLATE_NOOP("ImportField", "kommunenummer"),
    v.parse_id: QT_TRANSLATE_NOOP("ImportField", "boligreg-ID"),
    v.parse_rooms: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _area: QT_TRANSLATE_NOOP("ImportField", "desimaltall"),
    _rent: QT_TRANSLATE_NOOP("ImportField", "desimaltall"),
    _gnr: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _bnr: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _fnr: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _snr: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _year: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _notice: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _project: QT_TRANSLATE_NOOP("ImportField", "heltall"),
    _house_number: QT_TRANSLATE_NOOP("ImportField", "heltall"),
}

FIELDS: tuple[FieldSpec, ...] = (
    # --- the dwelling ---------------------------------------------------------------------
    FieldSpec("id", QT_TRANSLATE_NOOP("ImportField", "boligreg-ID"),
              "bolig", v.parse_id,
              ("id", "boligregid", "boligid", "ekstrareferanse", "ekstra referanse"),
              QT_TRANSLATE_NOOP("ImportField", "Nøkkelkolonne fra en eksport: gjenkjenner boligen "
                                               "selv om adressen er endret")),
    FieldSpec("district", QT_TRANSLATE_NOOP("ImportField", "Bydel"),
              "bolig", v.parse_district,
              ("bydel", "bydelsnr", "bydelsnummer", "bydelsnavn", "bydel nr", "bydelskode",
               "disponerende bydel", "district", "bydel navn"),
              QT_TRANSLATE_NOOP("ImportField", "Nummer (01–15), kode (030101) eller navn, med "
                                               "eller uten «Bydel»")),
    FieldSpec("unit_number", QT_TRANSLATE_NOOP("ImportField", "Bruksenhetsnummer"),
              "bolig", v.parse_unit,
              ("bruksenhetsnummer", "bruksenhetsnr", "bruksenhet", "leilighetsnr",
               "leilighetsnummer", "leil nr", "leil.nr.", "leilighet", "bolignr", "bolignummer",
               "h-nummer", "hnr", "unit number", "unit", "enhet"),
              QT_TRANSLATE_NOOP("ImportField", "H0101: H/U/K/L, etasje og nummer")),
    FieldSpec("area_m2", QT_TRANSLATE_NOOP("ImportField", "Areal (m²)"),
              "bolig", _area,
              ("areal", "bra", "bruksareal", "bra m2", "areal m2", "areal (m2)", "kvm", "m2",
               "størrelse", "boareal", "p-rom", "prom", "area", "area m2"),
              QT_TRANSLATE_NOOP("ImportField", "Bruksareal i kvadratmeter; «65,5» og «65 m²» går")),
    FieldSpec("rooms", QT_TRANSLATE_NOOP("ImportField", "Antall rom"),
              "bolig", v.parse_rooms,
              ("antall rom", "rom", "ant rom", "ant. rom", "antallrom", "rooms", "romtype"),
              QT_TRANSLATE_NOOP("ImportField", "Heltall; «3-roms» går")),
    FieldSpec("target_group", QT_TRANSLATE_NOOP("ImportField", "Målgruppe"),
              "bolig", _enum(TargetGroup),
              ("målgruppe", "brukergruppe", "target group", "boligkategori"),
              enum=TargetGroup),
    FieldSpec("tenure", QT_TRANSLATE_NOOP("ImportField", "Disposisjonsform"),
              "bolig", _enum(Tenure),
              ("disposisjonsform", "eierform", "eieform", "eierforhold", "disposisjon",
               "kobodisposisjonsform", "eid/innleid", "eie/leie", "tenure"),
              QT_TRANSLATE_NOOP("ImportField", "Eid, innleid eller tilvisning (også «kommunal», "
                                               "«innleie» …)"),
              enum=Tenure),
    FieldSpec("status", QT_TRANSLATE_NOOP("ImportField", "Status"),
              "bolig", _enum(DwellingStatus),
              ("status", "boligstatus", "utleiestatus", "utleid/ledig"),
              enum=DwellingStatus),
    FieldSpec("status_date", QT_TRANSLATE_NOOP("ImportField", "Statusdato"),
              "bolig", v.parse_date,
              ("statusdato", "status dato", "status fra", "dato status"),
              QT_TRANSLATE_NOOP("ImportField", "Brukes som «ledig fra» når statusen er ledig "
                                               "(Kobo)")),
    FieldSpec("actual_use", QT_TRANSLATE_NOOP("ImportField", "Faktisk bruk"),
              "bolig", _enum(ActualUse),
              ("faktisk bruk", "bruk", "brukes til", "bruksformål", "anvendelse", "actual use",
               "use", "brukstype"),
              enum=ActualUse),
    FieldSpec("staff_base", QT_TRANSLATE_NOOP("ImportField", "Personalbase (ja/nei)"),
              "bolig", v.parse_bool,
              ("harpersonalbase", "personalbase", "har personalbase"),
              QT_TRANSLATE_NOOP("ImportField", "Ja setter faktisk bruk til personalbase (Kobo: "
                                               "HARPERSONALBASE)")),
    FieldSpec("wheelchair_accessible", QT_TRANSLATE_NOOP("ImportField", "Rullestoltilpasset"),
              "bolig", v.parse_bool,
              ("rullestoltilpasset", "tilpasset rullestol", "rullestol", "errullestoltilpasset",
               "tilgjengelig for rullestol", "rullestolbruker", "universelt utformet", "uu",
               "wheelchair accessible", "hc", "tilgjengelig", "tilgjengelighet", "uu-bolig",
               "uu bolig", "rullestolvennlig", "hc-bolig", "universell utforming"),
              QT_TRANSLATE_NOOP("ImportField", "ja/nei, x, 1/0")),
    FieldSpec("vacant_since", QT_TRANSLATE_NOOP("ImportField", "Ledig fra"),
              "bolig", v.parse_date,
              ("ledig fra", "ledig siden", "ledig dato", "ledig f.o.m.", "vacant since")),
    FieldSpec("last_inspection", QT_TRANSLATE_NOOP("ImportField", "Sist befart"),
              "bolig", v.parse_date,
              ("sist befart", "befaring", "siste befaring", "befart", "sist inspisert",
               "dato befaring", "last inspection", "sist kontrollert")),
    FieldSpec("tenant_rent", QT_TRANSLATE_NOOP("ImportField", "Husleie (leietakers)"),
              "bolig", _rent,
              ("husleie", "leie", "husleie pr mnd", "husleie per måned", "månedsleie",
               "manedsleie", "leietakers leie", "husleie kr", "tenant rent", "husleie per mnd",
               "husleie mnd", "leie til bolig", "husleie/mnd", "leie/mnd", "leie kr"),
              QT_TRANSLATE_NOOP("ImportField", "Det leietakeren betaler per måned; «8 950» går")),
    FieldSpec("tenant_rent_set", QT_TRANSLATE_NOOP("ImportField", "Husleie fastsatt"),
              "bolig", v.parse_date,
              ("husleie fastsatt", "husleie fra", "leie fastsatt", "sist regulert",
               "husleie regulert", "leieregulering")),
    FieldSpec("tenancy_start", QT_TRANSLATE_NOOP("ImportField", "Innflyttet"),
              "bolig", v.parse_date,
              ("innflyttet", "innflytting", "innflyttingsdato", "innflyttet dato",
               "leieforhold fra", "leieforholdstartdato", "leieforhold start", "moved in",
               "innflyttingsdato", "innflytta", "innflyttet dato", "dato innflyttet"),
              QT_TRANSLATE_NOOP("ImportField", "Lager et leieforhold med denne startdatoen (aldri "
                                               "navn eller fødselsnummer)")),
    FieldSpec("tenancy_indefinite", QT_TRANSLATE_NOOP("ImportField", "Tidsubestemt leieforhold"),
              "bolig", v.parse_bool,
              ("tidsubestemt", "leieforholdertidsubegrenset", "tidsubegrenset",
               "tidsubestemt leieforhold"),
              QT_TRANSLATE_NOOP("ImportField", "ja/nei; uten kolonnen blir et importert "
                                               "leieforhold tidsbestemt")),
    FieldSpec("note", QT_TRANSLATE_NOOP("ImportField", "Merknad"),
              "bolig", _long_text,
              ("merknad", "merknader", "kommentar", "kommentarer", "notat", "anmerkning",
               "note", "notes", "ovriginformasjon", "øvrig informasjon", "merknad/kommentar",
               "kommentar/merknad", "merknader/kommentarer", "anm", "anm.")),
    # --- the building -----------------------------------------------------------------------
    FieldSpec("street_address", QT_TRANSLATE_NOOP("ImportField", "Adresse"),
              "bygg", v.parse_text,
              ("adresse", "gateadresse", "boligadresse", "adr", "adr.", "address",
               "street address", "gate og nr", "gateadr"),
              QT_TRANSLATE_NOOP("ImportField", "Gatenavn og husnummer, f.eks. «Thorvald Meyers "
                                               "gate 12B»")),
    FieldSpec("street_name", QT_TRANSLATE_NOOP("ImportField", "Gatenavn"),
              "hjelpefelt", v.parse_text,
              ("gatenavn", "gate", "veinavn", "vegnavn", "street name", "street"),
              QT_TRANSLATE_NOOP("ImportField", "Sammen med husnummer og husbokstav blir det "
                                               "adressen (Kobo)")),
    FieldSpec("house_number", QT_TRANSLATE_NOOP("ImportField", "Husnummer"),
              "hjelpefelt", _house_number,
              ("husnummer", "husnr", "house number")),
    FieldSpec("house_letter", QT_TRANSLATE_NOOP("ImportField", "Husbokstav"),
              "hjelpefelt", _letter,
              ("husbokstav", "bokstav", "house letter")),
    FieldSpec("postcode", QT_TRANSLATE_NOOP("ImportField", "Postnummer"),
              "bygg", v.parse_postcode,
              ("postnummer", "postnr", "post nr", "postkode", "zip", "postal code", "postcode")),
    FieldSpec("municipality", QT_TRANSLATE_NOOP("ImportField", "Kommunenummer"),
              "hjelpefelt", v.parse_municipality,
              ("kommunenummer", "kommunenr", "knr", "kommune"),
              QT_TRANSLATE_NOOP("ImportField", "Kontrolleres: må være 0301 Oslo")),
    FieldSpec("matrikkel", QT_TRANSLATE_NOOP("ImportField", "Gnr/bnr/fnr/snr"),
              "hjelpefelt", v.parse_matrikkel_cell,
              ("matrikkel", "matrikkelnummer", "matrikkelnr", "gnr/bnr", "gnrbnr",
               "gnr/bnr/fnr/snr", "gnr/bnr/fnr", "g/b/f/s", "gbnr", "gnr bnr", "gnr./bnr."),
              QT_TRANSLATE_NOOP("ImportField", "Hele matrikkelnummeret i én kolonne: «208/112» "
                                               "eller «208/112/0/3»")),
    FieldSpec("gnr", QT_TRANSLATE_NOOP("ImportField", "Gårdsnummer"),
              "bygg", _gnr,
              ("gnr", "gårdsnummer", "gårdsnr")),
    FieldSpec("bnr", QT_TRANSLATE_NOOP("ImportField", "Bruksnummer"),
              "bygg", _bnr,
              ("bnr", "bruksnummer", "bruksnr")),
    FieldSpec("fnr", QT_TRANSLATE_NOOP("ImportField", "Festenummer"),
              "bygg", _fnr,
              ("fnr", "festenummer", "festenr")),
    FieldSpec("snr", QT_TRANSLATE_NOOP("ImportField", "Seksjonsnummer"),
              "bygg", _snr,
              ("snr", "seksjonsnummer", "seksjonsnr", "seksjon")),
    FieldSpec("owner_kind", QT_TRANSLATE_NOOP("ImportField", "Eier av bygget"),
              "bygg", _enum(OwnerKind),
              ("eier", "gårdeier", "bygningseier", "eier av bygget", "owner", "eiertype"),
              enum=OwnerKind),
    FieldSpec("owner_name", QT_TRANSLATE_NOOP("ImportField", "Eier (navn)"),
              "bygg", v.parse_text,
              ("eiers navn", "eier navn", "navn eier", "gårdeiers navn", "owner name"),
              QT_TRANSLATE_NOOP("ImportField", "Eieren av bygget")),
    FieldSpec("owner_orgnr", QT_TRANSLATE_NOOP("ImportField", "Eiers org.nr."),
              "bygg", v.parse_orgnr,
              ("eiers orgnr", "eier orgnr", "orgnr eier", "owner orgnr")),
    FieldSpec("built_year", QT_TRANSLATE_NOOP("ImportField", "Byggeår"),
              "bygg", _year,
              ("byggeår", "byggår", "oppført", "built")),
    # --- the agreement ------------------------------------------------------------------------
    FieldSpec("agreement_reference", QT_TRANSLATE_NOOP("ImportField", "Avtalenummer"),
              "avtale", _reference,
              ("avtalenr", "avtalenummer", "avtale", "avtale nr", "avtalereferanse",
               "kontraktsnr", "kontraktnr", "kontraktsnummer", "kontrakt", "avtale-id",
               "agreement reference", "agreement"),
              QT_TRANSLATE_NOOP("ImportField", "Rader med samme avtalenummer deler én avtale")),
    FieldSpec("agreement_kind", QT_TRANSLATE_NOOP("ImportField", "Avtaletype"),
              "avtale", _enum(AgreementKind),
              ("avtaletype", "type avtale", "kontraktstype", "agreement kind"),
              QT_TRANSLATE_NOOP("ImportField", "Innleieavtale eller tilvisningsavtale; utledes av "
                                               "disposisjonsformen ellers"),
              enum=AgreementKind),
    FieldSpec("landlord_name", QT_TRANSLATE_NOOP("ImportField", "Utleier"),
              "avtale", v.parse_text,
              ("utleier", "utleiers navn", "utleier navn", "huseier", "landlord",
               "utleier/eier"),
              QT_TRANSLATE_NOOP("ImportField", "Selskapet (eller eieren) kommunen leier av")),
    FieldSpec("landlord_orgnr", QT_TRANSLATE_NOOP("ImportField", "Utleiers org.nr."),
              "avtale", v.parse_orgnr,
              ("org.nr", "orgnr", "org nr", "organisasjonsnummer", "utleiers orgnr",
               "orgnr utleier", "landlord orgnr")),
    FieldSpec("agreement_start", QT_TRANSLATE_NOOP("ImportField", "Avtale fra"),
              "avtale", v.parse_date,
              ("fra", "fra dato", "fradato", "avtale fra", "avtalestart", "startdato",
               "start", "gyldig fra", "leie fra", "innleid fra", "avtale start",
               "kontrakt start", "kontraktstart", "kontraktsstart", "kontrakt fra",
               "kontraktsdato", "avtalestartdato", "løper fra")),
    FieldSpec("agreement_end", QT_TRANSLATE_NOOP("ImportField", "Avtale til"),
              "avtale", v.parse_date,
              ("til", "til dato", "tildato", "avtale til", "avtaleslutt", "sluttdato",
               "slutt", "utløper", "utløpsdato", "gyldig til", "leie til", "avtale slutt",
               "kontrakt slutt", "kontraktslutt", "kontraktsslutt", "kontrakt til",
               "kontrakt utløper", "utløp", "avtaleslutt dato", "løper til"),
              QT_TRANSLATE_NOOP("ImportField", "Tomt betyr tidsubestemt")),
    FieldSpec("monthly_rent", QT_TRANSLATE_NOOP("ImportField", "Leie per måned"),
              "avtale", _rent,
              ("leie pr mnd", "leie pr. mnd.", "leie per måned", "leie per mnd",
               "månedlig leie", "innleiepris", "leiebeløp", "innleie", "kommunens leie",
               "monthly rent"),
              QT_TRANSLATE_NOOP("ImportField", "Det kommunen betaler utleier per måned. Samme "
                                               "beløp på alle radene i en avtale: avtalens sum; "
                                               "ulike beløp: hver boligs kostnad, og summen blir "
                                               "avtalens")),
    FieldSpec("lease_cost", QT_TRANSLATE_NOOP("ImportField", "Leie per bolig"),
              "avtale", _rent,
              ("leie per bolig", "innleiepris per bolig", "kostnad per bolig",
               "leie pr bolig", "lease cost"),
              QT_TRANSLATE_NOOP("ImportField", "Det kommunen betaler for denne boligen; avtalens "
                                               "sum er summen")),
    FieldSpec("notice_months", QT_TRANSLATE_NOOP("ImportField", "Oppsigelsestid (mnd)"),
              "avtale", _notice,
              ("oppsigelsestid", "oppsigelse mnd", "oppsigelsestid mnd")),
    FieldSpec("last_reviewed", QT_TRANSLATE_NOOP("ImportField", "Sist gjennomgått"),
              "avtale", v.parse_date,
              ("sist gjennomgått", "gjennomgått", "sist vurdert", "siste gjennomgang",
               "last reviewed")),
    FieldSpec("project_total_dwellings", QT_TRANSLATE_NOOP("ImportField", "Boliger i prosjektet"),
              "avtale", _project,
              ("boliger i prosjektet", "antall boliger i prosjektet", "prosjektets boliger"),
              QT_TRANSLATE_NOOP("ImportField", "Tilvisning: hele prosjektets antall boliger (40 "
                                               "%-regelen)")),
    # --- maintenance ----------------------------------------------------------------------------
    FieldSpec("interior_responsible", QT_TRANSLATE_NOOP("ImportField", "Indre vedlikehold"),
              "vedlikehold", _enum(ResponsibleParty),
              ("indre vedlikehold", "indre", "vedlikehold indre", "ansvar indre",
               "innvendig vedlikehold", "interior responsible"),
              QT_TRANSLATE_NOOP("ImportField", "Hvem vedlikeholder boligen innvendig"),
              enum=ResponsibleParty),
    FieldSpec("exterior_responsible", QT_TRANSLATE_NOOP("ImportField", "Ytre vedlikehold"),
              "vedlikehold", _enum(ResponsibleParty),
              ("ytre vedlikehold", "ytre", "vedlikehold ytre", "ansvar ytre",
               "utvendig vedlikehold", "exterior responsible"),
              QT_TRANSLATE_NOOP("ImportField", "Hvem vedlikeholder bygget utvendig"),
              enum=ResponsibleParty),
    FieldSpec("technical_responsible", QT_TRANSLATE_NOOP("ImportField", "Tekniske anlegg"),
              "vedlikehold", _enum(ResponsibleParty),
              ("tekniske anlegg", "teknisk", "vedlikehold tekniske anlegg",
               "technical responsible"),
              enum=ResponsibleParty),
    FieldSpec("outdoor_responsible", QT_TRANSLATE_NOOP("ImportField", "Uteområder"),
              "vedlikehold", _enum(ResponsibleParty),
              ("uteområder", "uteområde", "vedlikehold uteområder", "outdoor responsible"),
              enum=ResponsibleParty),
)

FIELD_BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
# The groups' names as shown (translated when read); the keys stay what FieldSpec.group says.
GROUP_LABELS = Labels("ImportField", {
    "bolig": QT_TRANSLATE_NOOP("ImportField", "bolig"),
    "bygg": QT_TRANSLATE_NOOP("ImportField", "bygg"),
    "avtale": QT_TRANSLATE_NOOP("ImportField", "avtale"),
    "vedlikehold": QT_TRANSLATE_NOOP("ImportField", "vedlikehold"),
    "hjelpefelt": QT_TRANSLATE_NOOP("ImportField", "hjelpefelt"),
})

# Fields whose presence on a row means the row carries an agreement.
AGREEMENT_FIELDS = ("agreement_kind", "landlord_name", "landlord_orgnr", "agreement_start",
                    "agreement_end", "monthly_rent", "notice_months", "last_reviewed",
                    "project_total_dwellings", "lease_cost")
# maintenance field → (scope, target): interior belongs to the dwelling, the rest to the building.
RESPONSIBILITY_FIELDS = {
    "interior_responsible": ("interior", "dwelling"),
    "exterior_responsible": ("exterior", "property"),
    "technical_responsible": ("technical", "property"),
    "outdoor_responsible": ("outdoor", "property"),
}


@cache
def synonym_index() -> dict[str, str]:
    """Folded header → field name (field names, and the labels in every language: an export
    in either language, or with field names, imports back)."""
    out: dict[str, str] = {}
    for f in FIELDS:
        for name in (f.name, f.label, *f.synonyms):
            out.setdefault(v.fold(name), f.name)
    for f in FIELDS:  # after the synonyms: an English label never takes a bokmål header
        for name in translations(CONTEXT, f.label):
            out.setdefault(v.fold(name), f.name)
    return out


def list_fields_text() -> str:
    """The field table printed by ``boligreg import --list-fields`` (in the chosen language;
    field names, values and header synonyms as they are)."""
    heads = (translate("ImportField", "felt"), translate("ImportField", "navn"),
             translate("ImportField", "type"),
             translate("ImportField", "overskrifter som gjenkjennes"))
    lines = [
        translate("ImportField", "Felt som kan importeres (bruk feltnavnet i koblingsfilen):"),
        "",
        f"{heads[0]:<24} {heads[1]:<24} {heads[2]:<22} {heads[3]}",
    ]
    group = None
    for f in FIELDS:
        if f.group != group:
            group = f.group
            lines.append(f"-- {GROUP_LABELS.get(group, group)} " + "-" * 60)
        kind = f.kind if len(f.kind) <= 22 else translate("ImportField", "valg (se under)")
        lines.append(f"{f.name:<24} {f.title:<24} {kind:<22} {', '.join(f.synonyms[:5])}")
        if f.help:
            lines.append(f"{'':<24} {f.description}")
        if f.enum is not None:
            lines.append(f"{'':<24} " + translate("ImportField", "verdier: {values}").format(
                values=", ".join(m.value for m in f.enum)))
    lines += [
        "",
        translate("ImportField", "Koblingsfil (JSON):"),
        '  {"columns": {"<overskrift i filen>": "<felt>"},',
        '   "values": {"<felt>": {"<verdi i filen>": "<verdi>"}}}',
        translate("ImportField", 'Feltet "" betyr at kolonnen ikke skal importeres.'),
    ]
    return "\n".join(lines)
