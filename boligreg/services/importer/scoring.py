"""Scores for every (column, field) pair, and the best assignment for the whole sheet (issue 15).

A column's score for a field comes from three things:

- the header's words: the whole header a known name of the field (1.0), the same once units
  and a parenthesis are taken off ("Areal (m²)", "Leie kr/mnd": 0.95), a known name as whole
  words inside a longer header ("Kontrakt start": 0.55–0.9 by how much of the header it
  covers), a close spelling (0.7–0.85) or a known name inside one long word (0.7);
- the units in the header (m², kr, mnd) that fit or do not fit the field's kind;
- what the values look like (dates, money, organisasjonsnummer with a right mod-11 digit,
  bruksenhetsnummer, ja/nei, postnummer): values that fit the field add a little, values that
  the field's parser refuses take a lot away. A column whose header says nothing but whose
  values are unmistakable (every value an orgnr or a bruksenhetsnummer) gets a low score.

:func:`assign` then picks, for the whole sheet at once, the pairs with the largest sum
(the Hungarian algorithm; ``scipy.optimize.linear_sum_assignment`` if scipy is installed, else
the small implementation here), so a word shared by several headers ("Kontrakt…") does not
decide alone.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ...i18n import QT_TRANSLATE_NOOP, Labels, translate, translations
from ..identifiers import check_orgnr, check_postcode, check_unit_number
from .fields import CONTEXT, FIELD_BY_NAME, FIELDS, FieldSpec
from .values import CellValueError, fold, parse_bool, parse_date, parse_decimal, show

THRESHOLD = 0.5  # below this a pair is not worth assigning
EXACT = 0.95  # at or above: the header alone decides ("gjenkjent")
DISTINCT_SAMPLE = 40  # distinct values of a column looked at per field

# words in a header that only say the unit
UNIT_WORDS = {"m2": "m²", "kvm": "m²", "kvadratmeter": "m²", "kr": "kr", "nok": "kr",
              "kroner": "kr", "mnd": "mnd", "maned": "mnd", "pr": "", "per": "", "i": "",
              "ar": "år", "dato": "dato", "ddmmaaaa": "dato", "ddmmyyyy": "dato"}
MONEY_UNITS = {"kr", "mnd"}

# kinds of values
DATE, MONEY, NUMBER, ORGNR, UNIT, BOOL, POSTCODE, TEXT = (
    "date", "money", "number", "orgnr", "unit", "bool", "postcode", "text")
KIND_NB = Labels("ImportMatch", {  # translated when read
    DATE: QT_TRANSLATE_NOOP("ImportMatch", "datoer"),
    MONEY: QT_TRANSLATE_NOOP("ImportMatch", "beløp"),
    NUMBER: QT_TRANSLATE_NOOP("ImportMatch", "tall"),
    ORGNR: QT_TRANSLATE_NOOP("ImportMatch", "organisasjonsnumre"),
    UNIT: QT_TRANSLATE_NOOP("ImportMatch", "bruksenhetsnumre"),
    BOOL: QT_TRANSLATE_NOOP("ImportMatch", "ja/nei"),
    POSTCODE: QT_TRANSLATE_NOOP("ImportMatch", "postnumre"),
    TEXT: QT_TRANSLATE_NOOP("ImportMatch", "tekst"),
})


def _pct(share: float) -> str:
    """0.72 → "72 %" (a space before the sign, as Norwegian and the window write it)."""
    return f"{share:.0%}".replace("%", " %")


def words(header: str) -> list[str]:
    """A header's words, folded: "Areal (m²)" → ["areal", "m2"], "Leie kr/mnd" → ["leie", "kr",
    "mnd"]."""
    text = header.casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in text)
    return text.split()


def strip_units(header: str) -> tuple[str, list[str], bool]:
    """The header without a parenthesis and unit words, folded; the units found; and whether
    the parenthesis held more than units ("Adresse (gate og nr.)")."""
    units: list[str] = []
    extra = False
    inner = re.findall(r"\(([^)]*)\)", header)
    for part in inner:
        units += [UNIT_WORDS[w] for w in words(part) if w in UNIT_WORDS and UNIT_WORDS[w]]
        extra = extra or any(w not in UNIT_WORDS for w in words(part))
    outer = re.sub(r"\([^)]*\)", " ", header)
    kept = []
    for w in words(outer):
        if w in UNIT_WORDS:
            if UNIT_WORDS[w]:
                units.append(UNIT_WORDS[w])
        else:
            kept.append(w)
    return "".join(kept), units, extra


def field_kind(spec: FieldSpec) -> str:
    """The kind of values a field takes."""
    name = spec.name
    if spec.parse is parse_date:
        return DATE
    if spec.parse is parse_bool:
        return BOOL
    if name in ("tenant_rent", "monthly_rent", "lease_cost"):
        return MONEY
    if name in ("area_m2", "rooms", "gnr", "bnr", "fnr", "snr", "built_year", "notice_months",
                "project_total_dwellings", "house_number"):
        return NUMBER
    if name in ("landlord_orgnr", "owner_orgnr"):
        return ORGNR
    if name == "unit_number":
        return UNIT
    if name == "postcode":
        return POSTCODE
    return TEXT


@cache
def _synonyms() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(folded, field, words, as written) for every name of every field (its label in every
    language too: exports write the English labels in English)."""
    out = []
    for f in FIELDS:
        english = translations(CONTEXT, f.label)[1:]
        for name in dict.fromkeys((f.name, f.label, *f.synonyms, *english)):
            key = fold(name)
            if key:
                out.append((key, f.name, tuple(words(name)), name))
    return out


@cache
def _exact_index() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for key, name, _w, written in _synonyms():
        out.setdefault(key, (name, written))
    return out


@dataclass
class HeaderScore:
    score: float
    reason: str


def header_scores(header: str) -> dict[str, HeaderScore]:
    """Field → how well the header's words name it (only fields above zero)."""
    out: dict[str, HeaderScore] = {}

    def offer(name: str, score: float, reason: str) -> None:
        if name not in out or out[name].score < score:
            out[name] = HeaderScore(round(score, 3), reason)

    key = fold(header)
    if not key:
        return out
    index = _exact_index()
    if key in index:
        name, written = index[key]
        offer(name, 1.0, translate("ImportMatch", "kjent overskrift")
              if fold(written) == key and written.casefold() == header.strip().casefold()
              else translate("ImportMatch", "kjent overskrift («{header}»)").format(
                  header=written))
    bare, units, extra = strip_units(header)
    if bare and bare != key and bare in index:
        name, written = index[bare]
        if extra:
            offer(name, 0.8, translate("ImportMatch", "«{header}» + tillegg i parentes").format(
                header=written))
        else:
            shown = translate("ImportMatch", " og ").join(dict.fromkeys(units)) or translate(
                "ImportMatch", "tillegg")
            offer(name, EXACT, translate("ImportMatch", "«{header}» + enhet {unit}").format(
                header=written, unit=shown))
    hw = [w for w in words(header) if w not in UNIT_WORDS]
    length = max(len(bare or key), 1)
    for syn_key, name, syn_words, written in _synonyms():
        if not syn_words or len(syn_words) > len(hw):
            continue
        n = len(syn_words)
        for i in range(len(hw) - n + 1):
            if tuple(hw[i:i + n]) == syn_words:
                cover = min(len(syn_key) / length, 1.0)
                offer(name, 0.55 + 0.35 * cover,
                      translate("ImportMatch", "ordet «{word}»").format(word=written))
                break
    long_keys = [(k, n, w) for k, n, _ws, w in _synonyms() if len(k) >= 5]
    for k, name, written in long_keys:
        if abs(len(k) - len(key)) > max(3, len(key) // 4):
            continue
        sm = difflib.SequenceMatcher(None, key, k)
        if sm.real_quick_ratio() < 0.84 or sm.quick_ratio() < 0.84:
            continue  # upper bounds first: most pairs are far apart
        ratio = sm.ratio()
        if ratio >= 0.84:
            offer(name, 0.85 * ratio,
                  translate("ImportMatch", "ligner «{header}»").format(header=written))
    for k, name, written in long_keys:
        if len(k) >= 6 and k in key and k != key:
            offer(name, 0.6 + 0.1 * min(len(k) / length, 1.0),
                  translate("ImportMatch", "inneholder «{header}»").format(header=written))
    for name, hs in list(out.items()):
        kind = field_kind(FIELD_BY_NAME[name])
        wrong_area = "m²" in units and name != "area_m2"
        if wrong_area or (MONEY_UNITS & set(units) and kind not in (MONEY, NUMBER)):
            hs.score = round(hs.score * 0.7, 3)
    return out


# --- what the values look like --------------------------------------------------------------


@dataclass
class Profile:
    """What a column's non-blank values look like (fractions of them)."""

    filled: int
    kinds: dict[str, float]
    examples: list[str]

    @property
    def main(self) -> str | None:
        """The kind most values share (at least 80 %), if any."""
        for kind in PRIORITY:  # the most specific kind first: an orgnr is also a number
            if self.kinds.get(kind, 0.0) >= 0.8:
                return kind
        return None

    def describe_nb(self) -> str:
        """E.g. "datoer (100 %), f.eks. «01.03.2021»"."""
        if not self.filled:
            return translate("ImportMatch", "tom kolonne")
        main = self.main
        what = f"{KIND_NB[main]} ({_pct(self.kinds[main])})" if main \
            else translate("ImportMatch", "blandet innhold")
        if self.examples:
            what += translate("ImportMatch", ", f.eks. {examples}").format(
                examples=", ".join(f"«{e}»" for e in self.examples[:2]))
        return what


PRIORITY = (ORGNR, UNIT, POSTCODE, DATE, BOOL, MONEY, NUMBER, TEXT)
_DATE_TEXT = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})")
_MONEY_TEXT = re.compile(r"^\s*(kr\.?\s*)?-?\d{1,3}([ .\u00a0]?\d{3})*(,\d{1,2})?\s*(kr|,-)?\s*$",
                         re.IGNORECASE)
_BOOL_WORDS = {"ja", "nei", "j", "n", "x", "yes", "no", "sann", "usann"}


def _is_date(x: Any) -> bool:
    if isinstance(x, date):
        return True
    if isinstance(x, str) and _DATE_TEXT.match(x):
        try:
            return parse_date(x) is not None
        except CellValueError:
            return True  # 31.02.2024: meant as a date
    return False


def _kinds_of(x: Any) -> set[str]:
    out: set[str] = set()
    if _is_date(x):
        return {DATE}
    if isinstance(x, bool):
        return {BOOL}
    text = show(x).strip()
    if text.casefold() in _BOOL_WORDS:
        out.add(BOOL)
    digits = text.replace(" ", "")
    if isinstance(x, int | float) or _MONEY_TEXT.match(text):
        try:
            number = parse_decimal(x)
        except CellValueError:
            number = None
        if number is not None:
            out.add(NUMBER)
            if number >= 500:
                out.add(MONEY)
    if digits.isdigit() and len(digits) == 9 and check_orgnr(digits) is None:
        out.add(ORGNR)
    if len(text) == 5 and text[0] in "HUKLhukl" and check_unit_number(text) is None:
        out.add(UNIT)
    if digits.isdigit() and len(digits) in (3, 4) and check_postcode(digits.zfill(4)) is None:
        out.add(POSTCODE)
    if not out:
        out.add(TEXT)
    return out


def profile(values: Sequence[Any]) -> Profile:
    """The profile of a column from a sample of its values."""
    filled = [x for x in values if x is not None and show(x).strip()]
    counts: dict[str, int] = {}
    for x in filled:
        for k in _kinds_of(x):
            counts[k] = counts.get(k, 0) + 1
    n = len(filled)
    kinds = {k: c / n for k, c in counts.items()} if n else {}
    examples = list(dict.fromkeys(show(x).strip()[:30] for x in filled))[:3]
    return Profile(n, kinds, examples)


def parse_share(values: Sequence[Any], parse: Callable[[Any], Any]) -> float | None:
    """The share of the column's distinct non-blank values the field's parser accepts."""
    distinct = list(dict.fromkeys(x for x in values if x is not None and show(x).strip()))
    distinct = distinct[:DISTINCT_SAMPLE]
    if not distinct:
        return None
    ok = 0
    for x in distinct:
        try:
            parse(x)
            ok += 1
        except CellValueError:
            pass
        except Exception:  # noqa: BLE001 - a score must never stop the import
            pass
    return ok / len(distinct)


def value_factor(spec: FieldSpec, prof: Profile, values: Sequence[Any]
                 ) -> tuple[float, float, str]:
    """(multiplier, bonus, reason) from the values for one field."""
    if not prof.filled:
        return 1.0, 0.0, ""
    kind = field_kind(spec)
    share = parse_share(values, spec.parse)
    main = prof.main
    fits = prof.kinds.get(kind, 0.0) if kind != TEXT else 0.0
    if kind == MONEY:
        fits = prof.kinds.get(MONEY, 0.0)
    if share is not None and share < 0.5:
        return 0.45, 0.0, translate("ImportMatch", "men bare {percent} av verdiene passer").format(
            percent=_pct(share))
    if kind == TEXT and main in (DATE, MONEY, ORGNR, BOOL) and spec.enum is None:
        return 0.6, 0.0, translate("ImportMatch", "men verdiene er {kind}").format(
            kind=KIND_NB[main])
    if kind != TEXT and fits >= 0.8:
        return 1.0, 0.1, f"{_pct(fits)} {KIND_NB[kind]}"
    if kind in (DATE, ORGNR, UNIT, BOOL) and fits < 0.3 and (share or 0) < 0.8:
        return 0.6, 0.0, translate("ImportMatch", "men verdiene er ikke {kind}").format(
            kind=KIND_NB[kind])
    return 1.0, 0.0, ""


# Fields a column may get from its values alone, with the score (the header said nothing).
VALUE_ONLY = {ORGNR: ("landlord_orgnr", 0.55), UNIT: ("unit_number", 0.6)}


@dataclass
class Candidate:
    field: str
    score: float
    reason: str
    header_score: float


def score_column(header: str, values: Sequence[Any], prof: Profile | None = None
                 ) -> dict[str, Candidate]:
    """Every field the column could go to, with its score and the reason in Norwegian."""
    prof = prof or profile(values)
    out: dict[str, Candidate] = {}
    for name, hs in header_scores(header).items():
        spec = FIELD_BY_NAME[name]
        mult, bonus, why = value_factor(spec, prof, values)
        if hs.score >= EXACT:  # a known header keeps its column: bad cells are reported
            mult = max(mult, 0.75)
        score = min(hs.score * mult + (bonus if hs.score >= THRESHOLD else 0.0), 1.0)
        reason = hs.reason + (f"; {why}" if why else "")
        out[name] = Candidate(name, round(score, 3), reason, hs.score)
    _enum_candidates(header, values, prof, out)
    main = prof.main
    if main in VALUE_ONLY and prof.kinds.get(main, 0) >= 0.9 and prof.filled >= 2:
        name, score = VALUE_ONLY[main]
        if name not in out or out[name].score < score:
            out[name] = Candidate(
                name, score, translate(
                    "ImportMatch", "ukjent overskrift, men verdiene er {kind} ({percent})").format(
                    kind=KIND_NB[main], percent=_pct(prof.kinds[main])), 0.0)
    return out


def _enum_candidates(header: str, values: Sequence[Any], prof: Profile,
                     out: dict[str, Candidate]) -> None:
    """A column whose words are the values of one kind of choice ("Innleid", "Eid" are
    disposisjonsform) may be that field even under an unknown header ("Disp.form"); more so
    when the header starts like one of the field's names (an abbreviation)."""
    if prof.filled < 2 or prof.kinds.get(TEXT, 0) < 0.9:
        return
    fits = [spec for spec in FIELDS if spec.enum is not None
            and (parse_share(values, spec.parse) or 0.0) >= 0.9]
    key = fold(header)

    def abbreviates(spec: FieldSpec) -> bool:
        names = [fold(n) for n in (spec.name, spec.label, *spec.synonyms)]
        return len(key) >= 3 and any(n.startswith(key[:4]) for n in names if len(n) > len(key))

    short = [spec for spec in fits if abbreviates(spec)]
    if len(short) == 1:
        spec = short[0]
        score = 0.7
        reason = translate("ImportMatch", "verdiene er valg for «{field}»; overskriften ser ut "
                                          "som en forkortelse").format(field=spec.title)
    elif len(fits) == 1:
        # "Boligbygg" is an owner and a maintainer: only values that fit one field tell
        spec = fits[0]
        score = 0.55
        reason = translate("ImportMatch", "verdiene er valg for «{field}»").format(
            field=spec.title)
    else:
        return
    if spec.name not in out or out[spec.name].score < score:
        out[spec.name] = Candidate(spec.name, score, reason, 0.0)


# --- the assignment ---------------------------------------------------------------------------


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of rows to columns (rows ≤ columns): the column of each row.

    The O(n²m) shortest-augmenting-path form of the Hungarian algorithm (Kuhn–Munkres with
    potentials)."""
    n = len(cost)
    m = len(cost[0]) if n else 0
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: the row (from 1) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            out[p[j] - 1] = j - 1
    return out


def linear_sum_assignment_max(score: list[list[float]]) -> list[tuple[int, int]]:
    """(row, column) pairs with the largest total score, each row and column used once."""
    if not score or not score[0]:
        return []
    n, m = len(score), len(score[0])
    try:  # scipy if the environment has it; the result is the same
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        transpose = n > m
        matrix = [list(r) for r in zip(*score, strict=True)] if transpose else score
        cols = _hungarian([[-x for x in row] for row in matrix])
        pairs = [(i, j) for i, j in enumerate(cols) if j >= 0]
        return [(j, i) for i, j in pairs] if transpose else pairs
    rows, cols = linear_sum_assignment(score, maximize=True)
    return list(zip(map(int, rows), map(int, cols), strict=True))


def assign(candidates: Sequence[dict[str, Candidate]],
           taken: set[str] | None = None) -> dict[int, Candidate]:
    """Column index → its candidate in the best assignment of the whole sheet.

    ``candidates[i]`` are column i's fields; fields in ``taken`` (given by a saved mapping)
    are not offered. Pairs below :data:`THRESHOLD` are never chosen."""
    taken = taken or set()
    fields = sorted({f for c in candidates for f, cand in c.items()
                     if f not in taken and cand.score >= THRESHOLD})
    if not fields:
        return {}
    col_of = {f: j for j, f in enumerate(fields)}
    matrix = [[0.0] * len(fields) for _ in candidates]
    for i, cands in enumerate(candidates):
        for f, cand in cands.items():
            if f in col_of and cand.score >= THRESHOLD:
                # a tiny tie-break: the leftmost column wins a field two score alike
                matrix[i][col_of[f]] = cand.score - i * 1e-6
    out: dict[int, Candidate] = {}
    for i, j in linear_sum_assignment_max(matrix):
        if matrix[i][j] > 0:
            out[i] = candidates[i][fields[j]]
    return out


def confidence_label(score: float) -> str:
    """"høy (100 %)", "middels (72 %)", "lav (55 %)"."""
    level = (translate("ImportMatch", "høy") if score >= 0.9
             else translate("ImportMatch", "middels") if score >= 0.7
             else translate("ImportMatch", "lav"))
    return f"{level} ({round(score * 100)} %)"
