"""A real PDF with uppdrag written as a list, rendered here by WeasyPrint and
extracted end to end: titles, statuses and dates are read, and the rows of a
budget table in the same document give no assignment."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from delar_extract.model import Report, TableKind
from delar_extract.model.vocab import AssignmentStatusValue
from delar_extract.pipeline import extract

# Invented content in the genre's vocabulary; the budget table's first column
# holds words that look like fields, to show that table rows are never read as items.
HTML = """<html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm }
body { font-family: sans-serif; font-size: 10pt }
h1 { font-size: 18pt } h2 { font-size: 14pt }
table { border-collapse: collapse } td, th { border: 1px solid #000; padding: 3pt }
</style></head><body>
<h1>Verksamhetsberättelse 2025 Fritidsnämnden</h1>
<h2>Ekonomi</h2>
<p>Nämnden redovisar ett litet överskott mot budget.</p>
<table>
<tr><th>Mnkr</th><th>Budget 2025</th><th>Utfall 2025</th><th>Avvikelse</th></tr>
<tr><td>Status: Pågår</td><td>120</td><td>125</td><td>5</td></tr>
<tr><td>Slutdatum 2025-12-31</td><td>-118</td><td>-119</td><td>-1</td></tr>
<tr><td>Summa</td><td>2</td><td>6</td><td>4</td></tr>
</table>
<h2>Uppdrag från kommunfullmäktige</h2>
<p><b>Uppdrag 1: Utreda en ny simhall i norra stadsdelen</b></p>
<p>Status: Pågår<br/>Slutdatum: 2025-12-31<br/>Återrapportering: Tertial 2</p>
<p>Utredningen har kommit igång och redovisas för nämnden i november.</p>
<ul>
<li><b>KF 2024-05 Ta fram en plan för spontanidrott</b><br/>Status: Ej påbörjad<br/>
Klart: 2026-06-30<br/>Ansvarig: Fritidschef</li>
<li><b>Förlänga öppettiderna i fritidsgårdarna</b><br/>Status: Genomförd<br/>
Slutdatum: 2025-06-30</li>
</ul>
<p><b>Digitalisera bokningen av idrottshallar.</b> Status: Försenad. Slutdatum: 2025-09-30.</p>
<h2>Personal</h2>
<p>Sjukfrånvaron har minskat under året.</p>
</body></html>"""


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    weasyprint = pytest.importorskip("weasyprint")
    path = tmp_path_factory.mktemp("lists") / "fritidsnamnden_2025.pdf"
    weasyprint.HTML(string=HTML).write_pdf(path)
    return path


@pytest.fixture(scope="module")
def report(pdf: Path) -> Report:
    return extract(pdf)


def test_list_form_uppdrag_are_read_from_a_real_pdf(report: Report) -> None:
    found = [
        (a.title, a.status.status if a.status else None, a.due_date) for a in report.assignments
    ]
    assert found == [
        (
            "Utreda en ny simhall i norra stadsdelen",
            AssignmentStatusValue.ONGOING,
            datetime.date(2025, 12, 31),
        ),
        (
            "Ta fram en plan för spontanidrott",
            AssignmentStatusValue.NOT_STARTED,
            datetime.date(2026, 6, 30),
        ),
        (
            "Förlänga öppettiderna i fritidsgårdarna",
            AssignmentStatusValue.COMPLETED,
            datetime.date(2025, 6, 30),
        ),
        (
            "Digitalisera bokningen av idrottshallar",
            AssignmentStatusValue.DELAYED,
            datetime.date(2025, 9, 30),
        ),
    ]
    first, second = report.assignments[:2]
    assert (first.ref, first.periodicity) == ("Uppdrag 1", "Tertial 2")
    assert first.comment == "Utredningen har kommit igång och redovisas för nämnden i november."
    assert (second.ref, second.responsible) == ("KF 2024-05", "Fritidschef")
    assert {a.issuer for a in report.assignments} == {"kommunfullmäktige"}


def test_the_budget_table_of_the_same_pdf_gives_no_assignment(report: Report) -> None:
    (table,) = report.tables
    assert table.kind not in (TableKind.ASSIGNMENTS, TableKind.UNKNOWN)
    assert [r.label for r in table.rows][:2] == ["Status: Pågår", "Slutdatum 2025-12-31"]
    titles = {a.title for a in report.assignments}
    assert not any(label.startswith(("Status", "Slutdatum")) for label in titles)
    assert report.goals == []
