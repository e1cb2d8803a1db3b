"""Prose in cells and sections: paragraphs, bullets and line breaks kept."""

from __future__ import annotations

from delar_extract.parsers.prose import join_text, lines_to_text
from tests.parsers.builders import line


def test_paragraphs_by_gap_and_bullets_one_per_line() -> None:
    lines = [
        line("Uppdraget består av ett antal delaktiviteter som har", 50, 100),
        line("genomförts under året.", 50, 112),
        line("• Inriktningen är presenterad i arbetsutskotten för", 56, 130),
        line("förvaltningarna.", 64, 142),
        line("o Pågående: kartläggning.", 64, 154),
        line("• Workshop genomförd.", 56, 166),
    ]
    assert lines_to_text(lines) == (
        "Uppdraget består av ett antal delaktiviteter som har genomförts under året.\n\n"
        "• Inriktningen är presenterad i arbetsutskotten för förvaltningarna.\n"
        "o Pågående: kartläggning.\n"
        "• Workshop genomförd."
    )


def test_a_sentence_that_ends_short_of_the_edge_breaks_the_line() -> None:
    lines = [
        line("Förtydligande: data går ej att ta fram för RKs medarbetare", 50, 100),
        line("specifikt.", 50, 112),
        line("2025: året visar en positiv trend.", 50, 124),
    ]
    assert lines_to_text(lines) == (
        "Förtydligande: data går ej att ta fram för RKs medarbetare specifikt.\n"
        "2025: året visar en positiv trend."
    )


def test_a_dash_inside_a_sentence_is_no_bullet() -> None:
    lines = [
        line("Utbildningen ges till alla chefer – både med och utan", 50, 100),
        line("– i att leda arbetet.", 50, 112),
    ]
    assert lines_to_text(lines) == (
        "Utbildningen ges till alla chefer – både med och utan – i att leda arbetet."
    )


def test_paragraph_across_a_page_break_after_a_finished_sentence() -> None:
    lines = [
        line("Intresset för de olika programmen är mycket stort och ökar", 50, 700),
        line("fortfarande.", 50, 712, page=1),
        line("Ett internt stödmaterial är framtaget.", 50, 80, page=2),
    ]
    assert lines_to_text(lines) == (
        "Intresset för de olika programmen är mycket stort och ökar fortfarande.\n\n"
        "Ett internt stödmaterial är framtaget."
    )


def test_titles_join_wrapped_lines_and_keep_compound_hyphens() -> None:
    lines = [line("Andel inköp i e-", 50, 100), line("handel, hållbarhet/", 50, 112)]
    lines.append(line("ekonomi, hälso- och sjukvård", 50, 124))
    assert join_text(lines) == "Andel inköp i e-handel, hållbarhet/ekonomi, hälso- och sjukvård"
