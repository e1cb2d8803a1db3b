"""Enumerations of the output contract (DESIGN.md §3).

These are the *normalised* values that land in the JSON; the words a document
prints for them live in :mod:`delar_extract.vocab` as data.
"""

from __future__ import annotations

from enum import StrEnum


class ReportType(StrEnum):
    """What kind of follow-up report the document is."""

    DELARSRAPPORT = "delarsrapport"
    ARSRAPPORT = "arsrapport"
    ARSREDOVISNING = "arsredovisning"
    VERKSAMHETSBERATTELSE = "verksamhetsberattelse"
    MANADSRAPPORT = "manadsrapport"
    PRESENTATION = "presentation"
    UNKNOWN = "unknown"


class AssessmentStatus(StrEnum):
    """How far a goal or indicator is met (or forecast to be met)."""

    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    NOT_FULFILLED = "not_fulfilled"
    NO_DATA = "no_data"
    NOT_ASSESSABLE = "not_assessable"


class AssignmentStatusValue(StrEnum):
    """Where an uppdrag or aktivitet stands."""

    NOT_STARTED = "not_started"
    ONGOING = "ongoing"
    ON_TRACK = "on_track"
    PARTIALLY_COMPLETED = "partially_completed"
    COMPLETED = "completed"
    COMPLETED_WITH_DEVIATION = "completed_with_deviation"
    DELAYED = "delayed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class Basis(StrEnum):
    """What a status was read from."""

    TEXT = "text"
    COLOR = "color"
    ALT_TEXT = "alt_text"
    TEXT_COLOR = "text+color"


class Trend(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    UNCHANGED = "unchanged"


class Direction(StrEnum):
    """Direction of a target printed as a word ("Öka", "Minska")."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


class GoalLevel(StrEnum):
    """The level of a goal in the documents' goal hierarchy."""

    MALOMRADE = "malomrade"
    REGIONMAL = "regionmal"
    DELMAL = "delmal"
    NAMNDMAL = "namndmal"
    FORVALTNINGSMAL = "forvaltningsmal"


class SectionKind(StrEnum):
    """What a section is about, from the heading vocabulary."""

    SAMMANFATTNING = "sammanfattning"
    FORVALTNINGSBERATTELSE = "forvaltningsberattelse"
    MALUPPFYLLELSE = "maluppfyllelse"
    UPPDRAG = "uppdrag"
    PERSONAL = "personal"
    EKONOMI = "ekonomi"
    DRIFTREDOVISNING = "driftredovisning"
    INVESTERINGAR = "investeringar"
    VERKSAMHET = "verksamhet"
    INTERN_KONTROLL = "intern_kontroll"
    TILLGANGLIGHET = "tillganglighet"
    UTVECKLING = "utveckling"
    OTHER = "other"


class TableKind(StrEnum):
    """What a table holds; ``unknown`` until a parser claims it."""

    UNKNOWN = "unknown"
    LEGEND = "legend"
    GOALS = "goals"
    INDICATORS = "indicators"
    ASSIGNMENTS = "assignments"
    RESULTAT = "resultat"
    DRIFTREDOVISNING = "driftredovisning"
    INVESTERINGAR = "investeringar"
    RESEKOSTNADER = "resekostnader"
    SJUKFRANVARO = "sjukfranvaro"
    PROGRAMBUDGET = "programbudget"
    INHYRD_PERSONAL = "inhyrd_personal"
    EFFEKTHEMTAGNING = "effekthemtagning"
    PENSION = "pension"
    OTHER = "other"


class Measure(StrEnum):
    """What a value column measures."""

    UTFALL = "utfall"
    BUDGET = "budget"
    AVVIKELSE = "avvikelse"
    PROGNOS = "prognos"
    PROGNOS_AVVIKELSE = "prognos_avvikelse"
    ANDEL = "andel"
    FORANDRING = "forandring"
    MAL = "mal"
    ANTAL = "antal"
    OTHER = "other"
