"""Characters of a page from PDFium, and words built from them the way pdfplumber builds them.

The whole page's text comes in one call; per character only its loose box,
its origin and its text object are asked for (three cheap calls).  Font,
size, matrix and colour are read once per text object, advance widths once
per font and character.  Boxes are in display space (origin top-left, y down)
and are pdfminer's: a glyph's box spans its advance width from its origin and,
vertically, ``size`` up from the font's descent.

Words follow pdfplumber's ``extract_words(x_tolerance=3, y_tolerance=3,
extra_attrs=["fontname", "size"])``: runs of consecutive characters with one
font, size and orientation are cut into lines (tops within 3 pt), each line is
read in x order, and a word ends at white space (any ``str.isspace`` character,
so also no-break and narrow no-break spaces, as pdfplumber does), at a gap of
more than 3 pt, or when a character steps back or changes line.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Final, NamedTuple

import pypdfium2.raw as pdfium_c

from delar_extract.pdf import pdfium
from delar_extract.pdf.objects import Box, Word
from delar_extract.pdf.pdfium import Matrix

X_TOLERANCE = 3.0
Y_TOLERANCE = 3.0
_SPECIAL = frozenset("\x00\x02\ufffe")
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_EXPAND = str.maketrans(_LIGATURES)
_HAS_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")


class TextStyle(NamedTuple):
    """What one text object says of all its characters."""

    font: int  # the font's handle: characters of one font resource group together
    font_name: str
    font_size: float  # in text space
    matrix: Matrix  # the characters' text-to-user matrix, without translation
    descent: float  # the font's descent per unit of font size (negative)
    simple: bool  # upright and unskewed in user space: boxes from origin and advance
    upright: bool  # as displayed (pdfminer's test)
    size: float  # pdfminer's size: the glyph box's height as displayed
    color: str | None
    bold: bool


# A character: (text, x0, top, x1, bottom, size, style); plain tuples, since a
# page has thousands and this is the stage's hot loop.
Char = tuple[str, float, float, float, float, float, TextStyle]
TEXT: Final = 0
X0: Final = 1
TOP: Final = 2
X1: Final = 3
BOTTOM: Final = 4
SIZE: Final = 5
STYLE: Final = 6


_SURROGATE = re.compile("[\ud800-\udfff]")


def unicode_char(code: int) -> str:
    """The character of a code point PDFium reports; U+FFFD for one that
    cannot be written as UTF-8 (a lone surrogate from a damaged font map)."""
    return "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def _page_text(textpage: int, count: int) -> str:
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = pdfium.get_text(textpage, 0, count, buffer)
    return buffer.raw[: max(0, written - 1) * 2].decode("utf-16-le", "replace")


def _style(
    textpage: int, index: int, obj: int, device: Matrix, is_bold: Callable[[str], object]
) -> TextStyle:
    font = pdfium.text_object_font(obj) or 0
    name = pdfium.name_of_font(font)
    m = pdfium_c.FS_MATRIX()
    pdfium.get_char_matrix(textpage, index, ctypes.byref(m))
    matrix = (m.a, m.b, m.c, m.d, 0.0, 0.0)
    a, b, c, d, _, _ = pdfium.multiply(matrix, device)
    font_size = pdfium.get_font_size(textpage, index)
    descent = ctypes.c_float()
    if not font or not pdfium.font_descent(font, 1.0, ctypes.byref(descent)):
        descent.value = 0.0
    # pdfminer: upright when the glyph is neither mirrored nor turned.
    upright = a * d > 0 and b * c <= 0
    size = font_size * (abs(d) if upright else (c * c + d * d) ** 0.5)
    simple = m.b == 0 and m.c == 0 and m.a > 0 and m.d > 0 and font_size > 0
    return TextStyle(
        font,
        name,
        font_size,
        matrix,
        descent.value,
        simple,
        upright,
        size,
        pdfium.hex_color(pdfium.rgba(pdfium.fill_color, obj)),
        bool(is_bold(name)),
    )


def _blank_origins(page: int) -> list[tuple[float, float]]:
    """Origins (user space) of the page's ink-less text objects, sorted by x.

    PDFium's text page leaves out a text object that draws only a space (its
    bounds have no area) and makes a space of its own in its place; Chromium
    draws each glyph with its own ``Tj``, so its spaces are such objects.
    Form XObjects' objects are left out (their bounds are in the form's space)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    found = []
    for index in range(pdfium.count_objects(page)):
        obj = pdfium.get_object(page, index)
        if (
            obj
            and pdfium.object_type(obj) == pdfium.OBJ_TEXT
            and pdfium.object_bounds(obj, *refs)
            and right.value - left.value < 0.001
            and top.value - bottom.value < 0.001
        ):
            found.append((left.value, bottom.value))
    found.sort()
    return found


def _blank_between(blanks: list[tuple[float, float]], x0: float, x1: float, y: float) -> bool:
    """Whether an ink-less text object stands after ``x0`` and up to ``x1`` on baseline ``y``."""
    start = bisect.bisect_right(blanks, (x0, float("inf")))
    for bx, by in blanks[start:]:
        if bx > x1 + 0.01:
            return False
        if abs(by - y) < 0.5:
            return True
    return False


def read_chars(
    textpage: int,
    device: Matrix,
    flip: Matrix,
    is_bold: Callable[[str], object],
    page: int = 0,
) -> list[Char]:
    """The page's characters in content order, PDFium's generated spaces and
    line breaks left out; ``is_bold(font_name)`` says whether a font is bold.

    PDFium's loose box is the union of the advance and the glyph's ink, so a
    glyph that overhangs (J, f, italics) would be wider than pdfminer's box;
    the box is rebuilt from the origin and the font's advance width, and the
    loose box only checks it.  ``page`` (the page's handle, 0 for none) lets a
    space glyph PDFium re-made be told from one it made for a gap."""
    count = pdfium.count_chars(textpage)
    if count <= 0:
        return []
    text = _page_text(textpage, count)
    per_char = len(text) != count  # characters beyond the BMP take two UTF-16 units
    da, db, dc, dd, de, df = pdfium.multiply(device, flip)
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ox_ref, oy_ref = ctypes.byref(ox), ctypes.byref(oy)
    out_width = ctypes.c_float()
    widths: dict[tuple[int, str], float] = {}
    styles: dict[int, TextStyle] = {}
    get_text_object = pdfium.get_text_object
    get_loose_box = pdfium.get_loose_box
    get_char_origin = pdfium.get_char_origin
    chars: list[Char] = []
    append = chars.append
    last_obj = -1
    last_key: tuple[float, ...] = ()
    style: TextStyle | None = None
    font = 0
    simple = upright = False
    h_scale = v_scale = descent = size = 0.0
    pending_space: float | None = None
    blanks: list[tuple[float, float]] | None = None
    ligature: tuple[int, int, float] | None = None
    along_x = da > 0 and abs(db) < 1e-9  # display x runs along an upright line
    last_x = float("-inf")
    for i in range(count):
        ch = unicode_char(pdfium.get_unicode(textpage, i)) if per_char else text[i]
        if ch in _SPECIAL or ch.isspace():
            if pdfium.is_generated(textpage, i):
                # PDFium's own spaces (for a gap) sit at the next glyph's
                # origin and are dropped: the gap rule decides, as in pdfminer.
                # A space of the content that PDFium re-made sits elsewhere
                # and ends the word, as pdfminer's real space does.
                if ch == " ":
                    get_loose_box(textpage, i, rect_ref)
                    pending_space = rect.left
                continue
            if ch in _SPECIAL:  # PDFium's marks for a hyphen at a line end
                code = pdfium.get_unicode(textpage, i)
                ch = "-" if code in (0, 2, 0xFFFE) else unicode_char(code)
        obj = get_text_object(textpage, i)
        if obj is None:
            continue
        if obj != last_obj:
            style = styles.get(obj)
            if style is None:
                style = styles[obj] = _style(textpage, i, obj, device, is_bold)
            last_obj = obj
            font, simple, upright, size = style.font, style.simple, style.upright, style.size
            h_scale = style.font_size * style.matrix[0]
            v_scale = style.font_size * style.matrix[3]
            descent = style.descent * v_scale
        get_loose_box(textpage, i, rect_ref)
        get_char_origin(textpage, i, ox_ref, oy_ref)
        left, bottom_, right, top_ = rect.left, rect.bottom, rect.right, rect.top
        x, y = ox.value, oy.value
        if pending_space is not None:
            if chars and chars[-1][TEXT] != " ":
                # Off the next origin, or where a space-only text object stood:
                # PDFium's own space for a gap between two objects sits at the
                # previous origin plus its advance (unscaled), which can land on
                # the next origin by chance.
                real = abs(pending_space - x) > 0.01
                if not real and page:
                    if blanks is None:
                        blanks = _blank_origins(page)
                    real = _blank_between(blanks, last_x, x, y)
                if real:
                    append((" ", *chars[-1][1:]))
            pending_space = None
        # A ligature's characters share the glyph's origin. PDFium gives them
        # one box (WeasyPrint) or splits the glyph's box between them (Skia,
        # "fl" as f and l of half width each): either way they are one glyph.
        key = (x, y)
        merge = key == last_key and chars and chars[-1][STYLE].font == font
        last_key = key
        last_x = x
        if simple:
            loose_width = right - x
            unit = widths.get((font, ch))
            if unit is None:
                # PDFium finds the character code from the Unicode value.
                ok = len(ch) == 1 and pdfium.glyph_width(
                    font, ord(ch), 1.0, ctypes.byref(out_width)
                )
                unit = widths[(font, ch)] = float(out_width.value) if ok else -1.0
            width = unit * h_scale
            if merge or width <= 0 or width > loose_width + 0.02:
                width = loose_width if loose_width > 0 else right - left
            bottom_ = y + descent
            left, right, top_ = x, x + width, bottom_ + v_scale
        # The box's corners in display space; x and y swap on rotated pages.
        xa = da * left + dc * bottom_ + de
        ya = db * left + dd * bottom_ + df
        xb = da * right + dc * top_ + de
        yb = db * right + dd * top_ + df
        x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
        t, b = (ya, yb) if ya <= yb else (yb, ya)
        char_size = size
        if upright:
            # PDFium's loose box spans ascent to descent; pdfminer's spans
            # ``size`` from the descent.
            t = b - size
        else:
            char_size = b - t if abs(db) < 0.5 else x1 - x0
        if merge:
            # One glyph, several characters (a ligature): pdfminer has one char.
            p = chars[-1]
            chars[-1] = (p[TEXT] + ch, p[X0], p[TOP], max(p[X1], x1), p[BOTTOM], p[SIZE], p[STYLE])
            ligature = (len(chars) - 1, font, y) if simple and upright and along_x else None
            continue
        if ligature is not None:
            # Skia's split boxes cover the ligature's ink, not its advance (the
            # glyph's right side bearing is left out): the glyph reaches the
            # next glyph's origin, if that follows within a side bearing.
            index, lig_font, lig_y = ligature
            p = chars[index]
            if lig_font == font and lig_y == y and p[X1] < x0 < p[X1] + 0.15 * p[SIZE]:
                chars[index] = (p[TEXT], p[X0], p[TOP], x0, p[BOTTOM], p[SIZE], p[STYLE])
            ligature = None
        assert style is not None
        append((ch, x0, t, x1, b, char_size, style))
    return chars


def _cluster(values: Sequence[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's ``make_cluster_dict``: sorted distinct values, a new cluster
    wherever the step to the previous value exceeds ``tolerance``."""
    index: dict[float, int] = {}
    cluster = -1
    last: float | None = None
    for value in sorted(set(values)):
        if last is None or value > last + tolerance:
            cluster += 1
        index[value] = cluster
        last = value
    return index


def _to_word(chars: list[Char]) -> Word:
    first = chars[0]
    style = first[STYLE]
    # One transposition instead of a pass per field (the stage's second loop).
    texts, x0s, tops, x1s, bottoms, _, _ = zip(*chars, strict=True)
    text = "".join(texts)
    if _HAS_LIGATURE.search(text):
        text = text.translate(_EXPAND)
    return Word(
        text=text,
        box=Box(min(x0s), min(tops), max(x1s), max(bottoms)),
        font=style.font_name,
        size=round(first[SIZE], 2),
        bold=style.bold,
        color=style.color,
    )


def _runs(chars: list[Char]) -> Iterator[list[Char]]:
    """Consecutive characters of one orientation, font and size (pdfplumber
    groups by ``upright`` and its ``extra_attrs``)."""
    run: list[Char] = []
    key: tuple[bool, int, float] | None = None
    last_style: TextStyle | None = None
    for char in chars:
        style = char[STYLE]
        if style is not last_style or not style.upright:
            # An upright glyph's size is its text object's; a turned one's varies.
            k = (style.upright, style.font, round(char[SIZE], 6))
            last_style = style
            if k != key:
                if run:
                    yield run
                run, key = [], k
        run.append(char)
    if run:
        yield run


def _lines(run: list[Char], upright: bool) -> list[list[Char]]:
    """One run cut into lines (tops within Y_TOLERANCE; lefts for turned text),
    each read along the line; pdfplumber's clustering and stable sorts."""
    positions = [c[TOP] for c in run] if upright else [c[X0] for c in run]
    clusters = _cluster(positions, Y_TOLERANCE if upright else X_TOLERANCE)
    by_line: dict[int, list[Char]] = {}
    for char, position in zip(run, positions, strict=True):
        by_line.setdefault(clusters[position], []).append(char)
    along = itemgetter(X0) if upright else itemgetter(TOP, BOTTOM)
    lines = []
    for index in sorted(by_line):
        line = by_line[index]
        line.sort(key=along)
        lines.append(line)
    return lines


def chars_to_words(chars: list[Char]) -> list[Word]:
    """Words as pdfplumber's ``extract_words`` makes them (see the module doc)."""
    words: list[Word] = []
    for run in _runs(chars):
        upright = run[0][STYLE].upright
        for line in _lines(run, upright):
            current: list[Char] = []
            prev: Char | None = None
            for char in line:
                if char[TEXT].isspace():
                    if current:
                        words.append(_to_word(current))
                    current, prev = [], None
                    continue
                if prev is not None:
                    if upright:
                        new = (
                            char[X0] < prev[X0]
                            or char[X0] > prev[X1] + X_TOLERANCE
                            or abs(char[TOP] - prev[TOP]) > Y_TOLERANCE
                        )
                    else:
                        new = (
                            char[TOP] < prev[TOP]
                            or char[TOP] > prev[BOTTOM] + Y_TOLERANCE
                            or abs(char[X0] - prev[X0]) > X_TOLERANCE
                        )
                    if new:
                        words.append(_to_word(current))
                        current = []
                current.append(char)
                prev = char
            if current:
                words.append(_to_word(current))
    return words
