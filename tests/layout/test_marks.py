"""Status-like drawings become marks attached to their cell or line (hand-built pages)."""

from __future__ import annotations

from dataclasses import replace

from delar_extract.layout.marks import cell_marks, line_marks, marks_below
from delar_extract.layout.objects import LayoutDocument, MarkShape
from delar_extract.model import Document, ReportType, TableKind
from delar_extract.model.vocab import AssessmentStatus, Basis
from delar_extract.normalize.statuses import default_assessment_palette
from delar_extract.parsers.classify import layout_to_claims
from delar_extract.parsers.goals import GoalParser, GoalResult
from delar_extract.parsers.indicators import (
    list_to_indicators,
    table_to_columns,
    table_to_indicators,
)
from delar_extract.parsers.legend import LegendParser, Legends
from delar_extract.parsers.status_marks import read_assessment
from delar_extract.pdf.objects import Box, Image, Rect, Shape, Word
from tests.parsers.builders import content, document, dot, fill, grid, icon, line

PALETTE = default_assessment_palette()
DOC = Document(report_type=ReportType.DELARSRAPPORT)
HEADER = ["Indikator", "Utfall 2025", "Måluppfyllelse"]
EDGES = [50.0, 250.0, 330.0, 410.0]
STATUS_CELL = Box(330, 140, 410, 180)  # the first body row's status cell (grid's geometry)


def _goals(layout: LayoutDocument) -> GoalResult:
    return GoalParser().parse(layout, layout_to_claims(layout, DOC))


def _legends(layout: LayoutDocument) -> Legends:
    """The palettes of ``layout`` as the pipeline reads them: legend tables claimed first."""
    claims = layout_to_claims(layout, DOC)
    return LegendParser().parse(layout, claims.of(TableKind.LEGEND))


def _indicator_table(status: str | list[str] = "") -> list[list[str | list[str]]]:
    return [HEADER, ["Andel nöjda invånare", "82 %", status or []]]


def test_a_filled_vector_circle_beside_a_label_is_its_mark() -> None:
    label = line("Andel nöjda invånare", 70, 200)
    layout = document([content(shapes=[dot(56, 200.5, "#3AA655")])], [[label]])
    marks = line_marks(layout, label)
    assert [(m.shape, m.color, m.rgb, m.line) for m in marks] == [
        (MarkShape.CIRCLE, "#3AA655", (0x3A, 0xA6, 0x55), label.box)
    ]
    assessment, _ = read_assessment(None, marks, PALETTE, 1, label.text)
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (AssessmentStatus.FULFILLED, Basis.COLOR)


def test_a_square_instead_of_a_label_gives_the_status() -> None:
    table = grid(_indicator_table(), EDGES)
    square = Rect(Box(366, 156, 374, 164), "#D7263D", None)
    layout = document([content(rects=[square])], tables=[table])
    marks = cell_marks(layout, table.rows[1][2])
    assert [(m.shape, m.cell) for m in marks] == [(MarkShape.SQUARE, STATUS_CELL)]
    columns = table_to_columns(table)
    assert columns is not None
    (_, indicator), *_ = table_to_indicators(layout, table, columns, PALETTE).items
    assert indicator.assessment is not None
    assert indicator.assessment.status == AssessmentStatus.NOT_FULFILLED


def test_a_glyph_in_a_shade_only_the_legend_explains() -> None:
    # The legend: blue met, purple partly, brown not.  A darker brown "●" is
    # "partly" to the default palette (it is near orange), "not" to the legend.
    legend = {"Målet uppfylls helt": "#1F6FB2", "Målet uppfylls delvis": "#8E44AD"}
    legend["Målet uppfylls inte"] = "#8B4513"
    table = grid([["Status", "Färg"], *([label, []] for label in legend)], [50.0, 200.0, 260.0])
    swatches = [
        fill(Box(200, 140 + 40 * i, 260, 180 + 40 * i), color)
        for i, color in enumerate(legend.values())
    ]
    item = line("● Antal vårdskador", 70, 400)
    glyph = Word("●", item.words[0].box, "Font", 10, False, "#7A3E14")
    page = content(rects=swatches, words=[glyph])
    layout = document([page], [[item]], tables=[table])
    marks = line_marks(layout, item)
    assert [m.shape for m in marks] == [MarkShape.GLYPH]
    palette = _legends(layout).assessment
    assessment, _ = read_assessment(None, marks, palette, 1, item.text)
    assert assessment is not None and assessment.status == AssessmentStatus.NOT_FULFILLED
    assert PALETTE.status_of("#7A3E14") == "partially_fulfilled"
    # A shade further from the legend's blue than a default colour may be still
    # reads as blue: the legend's own colours reach further.
    assert PALETTE.status_of("#5B6FE0") is None
    assert palette.status_of("#5B6FE0") == "fulfilled"


def test_a_cell_fill_is_a_mark_row_shading_and_pale_tints_are_not() -> None:
    table = grid(_indicator_table(), EDGES)
    layout = document([content(rects=[fill(STATUS_CELL, "#F2C500")])], tables=[table])
    marks = cell_marks(layout, table.rows[1][2])
    assert [(m.shape, m.color, m.box) for m in marks] == [(MarkShape.FILL, "#F2C500", STATUS_CELL)]
    shaded = [fill(c.box, "#F2C500") for c in table.rows[1] if c is not None]
    layout = document([content(rects=shaded)], tables=[table])
    assert cell_marks(layout, table.rows[1][2]) == []
    layout = document([content(rects=[fill(STATUS_CELL, "#EEF2F7")])], tables=[table])
    assert cell_marks(layout, table.rows[1][2]) == []
    assert [m.color for m in cell_marks(layout, table.rows[1][2], swatch=True)] == ["#EEF2F7"]


def test_a_legend_whose_rows_are_painted_whole_still_explains_its_colours() -> None:
    legend = {"Målet uppfylls helt": "#1F6FB2", "Målet uppfylls delvis": "#8E44AD"}
    table = grid([["Status", "Färg"], *([label, []] for label in legend)], [50.0, 200.0, 260.0])
    painted = zip(table.rows[1:], legend.values(), strict=True)
    rects = [fill(c.box, color) for row, color in painted for c in row if c is not None]
    layout = document([content(rects=rects)], tables=[table])
    assert _legends(layout).assessment.status_of("#9B4FBA") == "partially_fulfilled"


def test_a_cell_sized_rectangle_is_the_fill_not_a_square() -> None:
    # A small status cell painted by a rectangle of mark size: one fill mark.
    table = grid(_indicator_table(), [50.0, 250.0, 330.0, 360.0], height=20)
    status = Box(330, 120, 360, 140)
    layout = document([content(rects=[fill(status, "#3AA655")])], tables=[table])
    assert [m.shape for m in cell_marks(layout, table.rows[1][2])] == [MarkShape.FILL]


def test_an_image_with_alt_text_reads_through_the_vocabulary() -> None:
    table = grid(_indicator_table("Bedömning:"), EDGES)
    badge = icon(390, 143, None, alt="Delvis uppfyllt")  # right of the cell's text
    layout = document([content(images=[badge])], tables=[table])
    status = table.rows[1][2]
    marks = cell_marks(layout, status)
    assert [(m.shape, m.alt) for m in marks] == [(MarkShape.ICON, "Delvis uppfyllt")]
    assert status is not None and marks[0].line == status.lines[0].box
    assessment, _ = read_assessment(None, marks, PALETTE, 1, "x")
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (
        AssessmentStatus.PARTIALLY_FULFILLED,
        Basis.ALT_TEXT,
    )


def test_a_path_too_big_to_be_a_mark_is_none() -> None:
    label = line("Andel nöjda invånare", 70, 200)
    blob = Shape(Box(10, 190, 68, 248), "#3AA655", None, curved=True)
    chart = Image(Box(70, 215, 320, 325), 900, 400, "#3AA655")
    layout = document([content(shapes=[blob], images=[chart])], [[label]])
    assert layout.pages[0].marks == []
    assert line_marks(layout, label) == []


def test_a_triangle_is_a_path_and_a_polygon_no_circle() -> None:
    label = line("Sjukfrånvaro", 70, 200)
    triangle = Shape(Box(56, 200.5, 65, 209.5), "#D7263D", None, curved=False)
    layout = document([content(shapes=[triangle])], [[label]])
    assert [m.shape for m in line_marks(layout, label)] == [MarkShape.PATH]


def test_the_reach_beside_a_line_scales_with_its_font_size() -> None:
    # 30 pt left of the text: within four ems of 10 pt type, not of 6 pt type.
    body = line("Andel nöjda invånare", 100, 200)
    small = line("Andel nöjda invånare", 100, 200, size=6)
    page = content(shapes=[dot(66, 200.5, "#3AA655")])
    assert len(line_marks(document([page], [[body]]), body)) == 1
    assert line_marks(document([page], [[small]]), small) == []


def test_a_mark_under_a_heading_belongs_to_it_unless_a_table_is_between() -> None:
    heading = line("Mål 2. Attraktiv arbetsgivare", 50, 100, size=14, bold=True)
    page = content(shapes=[dot(52, 122, "#F2C500")])
    layout = document([page], [[heading]])
    assert [m.below for m in marks_below(layout, heading)] == [heading.box]
    table = grid([["Indikator", "Utfall"], ["Sjukfrånvaro", "6 %"]], [50.0, 200.0, 300.0], top=116)
    low = content(shapes=[dot(52, 220, "#F2C500")])
    assert marks_below(document([low], [[heading]], tables=[table]), heading) == []


def test_a_mark_on_a_goal_headings_row_is_its_status_but_no_evidence_of_a_goal() -> None:
    heading = line("Mål 1. Trygg och tillgänglig vård", 50, 100, size=12, bold=True)
    plain = line("Ekonomi", 50, 200, size=12, bold=True)
    lines = [heading, line("Vården har blivit mer tillgänglig.", 50, 130), plain]
    lines.append(line("Kostnaderna ökade under året.", 50, 230))
    after_heading = heading.box.x1 + 6
    page = content(shapes=[dot(after_heading, 101.5, "#3AA655"), dot(30, 201.5, "#D7263D")])
    result = _goals(document([page], [lines]))
    assert [g.title for g in result.goals] == [heading.text]
    assessment = result.goals[0].assessment
    assert assessment is not None
    assert (assessment.status, assessment.basis) == (AssessmentStatus.FULFILLED, Basis.COLOR)


def test_a_mark_in_a_table_but_in_no_cell_is_no_status_of_the_heading_above() -> None:
    heading = line("Mål 2. Attraktiv arbetsgivare", 50, 100, size=14, bold=True)
    table = grid([["Indikator", "Utfall"], ["Sjukfrånvaro", "6 %"]], [50.0, 200.0, 300.0], top=116)
    table.boxes[1] = Box(50, 116, 400, 196)  # wider than its cells: a column with no text
    layout = document([content(shapes=[dot(350, 170, "#F2C500")])], [[heading]], tables=[table])
    (mark,) = layout.pages[0].marks
    assert (mark.cell, mark.line, mark.below) == (None, None, None)


def test_a_mark_far_right_on_a_lines_row_is_no_status_of_the_heading_above() -> None:
    heading = line("Mål 2. Attraktiv arbetsgivare", 50, 100, size=14, bold=True)
    item = line("Sjukfrånvaro", 50, 130)
    layout = document([content(shapes=[dot(500, 130.5, "#F2C500")])], [[heading, item]])
    (mark,) = layout.pages[0].marks
    assert (mark.line, mark.below) == (None, None)


def test_a_mark_right_after_a_list_item_is_its_status() -> None:
    items = [line("Andel nöjda invånare", 70, 200), line("Sjukfrånvaro", 70, 215)]
    dots = [dot(items[0].box.x1 + 8, 200.5, "#3AA655"), dot(items[1].box.x1 + 8, 215.5, "#D7263D")]
    layout = document([content(shapes=dots)], [items])
    parsed = list_to_indicators(layout, items, PALETTE)
    statuses = [(i.name, i.assessment.status if i.assessment else None) for _, i in parsed.items]
    assert statuses == [
        ("Andel nöjda invånare", AssessmentStatus.FULFILLED),
        ("Sjukfrånvaro", AssessmentStatus.NOT_FULFILLED),
    ]


def test_a_legend_line_of_marks_and_labels_explains_the_colours() -> None:
    legend = line("● Uppfyllt ● Delvis uppfyllt ● Ej uppfyllt", 50, 60)
    colours = iter(["#1F6FB2", "#8E44AD", "#8B4513"])
    glyphs = [replace(w, color=next(colours)) for w in legend.words if w.text == "●"]
    item = line("Antal vårdskador", 70, 200)
    page = content(words=glyphs, shapes=[dot(56, 200.5, "#7A3E14")])
    layout = document([page], [[legend, item]])
    palette = _legends(layout).assessment
    assert palette.from_legend
    assessment, _ = read_assessment(None, line_marks(layout, item), palette, 1, item.text)
    assert assessment is not None and assessment.status == AssessmentStatus.NOT_FULFILLED
    # One mark and label is no legend: a goal's status line looks like that.
    single = line("● Delvis uppfyllt", 50, 60)
    page = content(words=[replace(single.words[0], color="#8E44AD")])
    assert not _legends(document([page], [[single]])).assessment.from_legend


def test_lines_of_one_mark_and_label_each_are_a_legend() -> None:
    texts = ["■ Målet uppfylls helt", "■ Målet uppfylls delvis", "■ Målet uppfylls inte"]
    lines = [line(text, 50, 60 + 14 * i) for i, text in enumerate(texts)]
    colours = ["#1F6FB2", "#8E44AD", "#8B4513"]
    glyphs = [replace(ln.words[0], color=c) for ln, c in zip(lines, colours, strict=True)]
    layout = document([content(words=glyphs)], [lines])
    palette = _legends(layout).assessment
    assert palette.status_of("#7A3E14") == "not_fulfilled"
    assert palette.status_of("#9B4FBA") == "partially_fulfilled"


def test_an_unnamed_column_of_marks_is_the_status_column() -> None:
    rows: list[list[str | list[str]]] = [["Indikator", "Utfall 2025", []]]
    rows += [["Andel nöjda invånare", "82 %", []], ["Sjukfrånvaro", "6 %", []]]
    table = grid(rows, EDGES)
    dots = [dot(365, 155, "#3AA655"), dot(365, 195, "#D7263D")]
    layout = document([content(shapes=dots)], tables=[table])
    columns = table_to_columns(table)
    assert columns is not None and columns.get("status") is None
    parsed = table_to_indicators(layout, table, columns, PALETTE)
    statuses = [i.assessment.status if i.assessment else None for _, i in parsed.items]
    assert statuses == [AssessmentStatus.FULFILLED, AssessmentStatus.NOT_FULFILLED]


def test_a_line_read_out_of_a_table_row_takes_the_mark_of_its_text_free_cell() -> None:
    """A list ruled as a table: its row's line takes the status drawn in the row's
    empty cell before it; the same line running out of the table's box does not."""
    table = grid([["Status", "Uppdrag"], [[], "Minska resekostnader"]], [50.0, 100.0, 400.0])
    row_line = table.rows[1][1].lines[0]  # type: ignore[union-attr]
    wide = line("Minska resekostnader med femton procent jämfört med året före 2023", 103, 143)
    layout = document([content(shapes=[dot(70, 150, "#3AA655")])], tables=[table])
    (mark,) = line_marks(layout, row_line)
    assert (mark.cell, mark.line) == (table.rows[1][0].box, None)  # type: ignore[union-attr]
    assert wide.box.x1 > table.boxes[1].x1 + 1
    assert line_marks(layout, wide) == []


def test_the_layout_gathers_each_pages_table_boxes() -> None:
    first = grid([["Indikator", "Utfall"], ["Sjukfrånvaro", "6 %"]], [50.0, 200.0, 300.0])
    second = grid([["Konto", "Budget"]], [50.0, 200.0, 300.0], top=300, page=2)
    second.boxes[3] = Box(50, 60, 300, 140)  # continued on page 3
    layout = document([content(1), content(2), content(3)], tables=[first, second])
    assert layout.table_boxes == {
        1: (first.boxes[1],),
        2: (second.boxes[2],),
        3: (second.boxes[3],),
    }
