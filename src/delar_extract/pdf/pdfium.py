"""Thin, fast access to the PDFium calls the pdf stage makes per character or object.

pypdfium2's bindings convert every handle through typed pointers; the calls
made once per character are the stage's cost, so they get private prototypes
that take and return plain integers (addresses), which are also hashable keys.
Coordinates: :func:`display_matrix` maps PDF user space to the page as
displayed, origin top-left, y down, the way pdfplumber (pdfminer) reports it.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c
from pypdfium2_raw import bindings

Matrix = tuple[float, float, float, float, float, float]

_LIB = bindings._libs["pdfium"]
_P = ctypes.c_void_p
_F = ctypes.c_float
_D = ctypes.c_double


def _prototype(name: str, restype: Any, *argtypes: Any) -> Any:
    """A private copy of a PDFium function (``lib[name]`` makes a new object, so
    pypdfium2's own prototypes are left alone)."""
    function = _LIB[name]
    function.argtypes = list(argtypes)
    function.restype = restype
    return function


count_chars = _prototype("FPDFText_CountChars", ctypes.c_int, _P)
get_text = _prototype("FPDFText_GetText", ctypes.c_int, _P, ctypes.c_int, ctypes.c_int, _P)
get_unicode = _prototype("FPDFText_GetUnicode", ctypes.c_uint, _P, ctypes.c_int)
is_generated = _prototype("FPDFText_IsGenerated", ctypes.c_int, _P, ctypes.c_int)
get_loose_box = _prototype(
    "FPDFText_GetLooseCharBox", ctypes.c_int, _P, ctypes.c_int, ctypes.POINTER(pdfium_c.FS_RECTF)
)
get_char_origin = _prototype(
    "FPDFText_GetCharOrigin", ctypes.c_int, _P, ctypes.c_int, ctypes.POINTER(_D), ctypes.POINTER(_D)
)
glyph_width = _prototype(
    "FPDFFont_GetGlyphWidth", ctypes.c_int, _P, ctypes.c_uint, _F, ctypes.POINTER(_F)
)
font_descent = _prototype("FPDFFont_GetDescent", ctypes.c_int, _P, _F, ctypes.POINTER(_F))
get_text_object = _prototype("FPDFText_GetTextObject", _P, _P, ctypes.c_int)
get_font_size = _prototype("FPDFText_GetFontSize", ctypes.c_double, _P, ctypes.c_int)
get_char_matrix = _prototype(
    "FPDFText_GetMatrix", ctypes.c_int, _P, ctypes.c_int, ctypes.POINTER(pdfium_c.FS_MATRIX)
)
text_object_font = _prototype("FPDFTextObj_GetFont", _P, _P)
font_name = _prototype("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
font_flags = _prototype("FPDFFont_GetFlags", ctypes.c_int, _P)
font_weight = _prototype("FPDFFont_GetWeight", ctypes.c_int, _P)
fill_color = _prototype(
    "FPDFPageObj_GetFillColor",
    ctypes.c_int,
    _P,
    *(ctypes.POINTER(ctypes.c_uint),) * 4,
)
stroke_color = _prototype(
    "FPDFPageObj_GetStrokeColor",
    ctypes.c_int,
    _P,
    *(ctypes.POINTER(ctypes.c_uint),) * 4,
)
count_objects = _prototype("FPDFPage_CountObjects", ctypes.c_int, _P)
get_object = _prototype("FPDFPage_GetObject", _P, _P, ctypes.c_int)
form_count_objects = _prototype("FPDFFormObj_CountObjects", ctypes.c_int, _P)
form_get_object = _prototype("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
object_type = _prototype("FPDFPageObj_GetType", ctypes.c_int, _P)
object_matrix = _prototype(
    "FPDFPageObj_GetMatrix", ctypes.c_int, _P, ctypes.POINTER(pdfium_c.FS_MATRIX)
)
object_bounds = _prototype("FPDFPageObj_GetBounds", ctypes.c_int, _P, *(ctypes.POINTER(_F),) * 4)
object_mcid = _prototype("FPDFPageObj_GetMarkedContentID", ctypes.c_int, _P)
count_marks = _prototype("FPDFPageObj_CountMarks", ctypes.c_int, _P)
get_mark = _prototype("FPDFPageObj_GetMark", _P, _P, ctypes.c_ulong)
mark_string = _prototype(
    "FPDFPageObjMark_GetParamStringValue",
    ctypes.c_int,
    _P,
    ctypes.c_char_p,
    _P,
    ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong),
)
path_count_segments = _prototype("FPDFPath_CountSegments", ctypes.c_int, _P)
path_get_segment = _prototype("FPDFPath_GetPathSegment", _P, _P, ctypes.c_int)
path_draw_mode = _prototype(
    "FPDFPath_GetDrawMode",
    ctypes.c_int,
    _P,
    ctypes.POINTER(ctypes.c_int),
    ctypes.POINTER(ctypes.c_int),
)
segment_point = _prototype(
    "FPDFPathSegment_GetPoint", ctypes.c_int, _P, ctypes.POINTER(_F), ctypes.POINTER(_F)
)
segment_type = _prototype("FPDFPathSegment_GetType", ctypes.c_int, _P)
segment_close = _prototype("FPDFPathSegment_GetClose", ctypes.c_int, _P)
image_pixel_size = _prototype(
    "FPDFImageObj_GetImagePixelSize",
    ctypes.c_int,
    _P,
    ctypes.POINTER(ctypes.c_uint),
    ctypes.POINTER(ctypes.c_uint),
)

OBJ_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT
OBJ_PATH = pdfium_c.FPDF_PAGEOBJ_PATH
OBJ_IMAGE = pdfium_c.FPDF_PAGEOBJ_IMAGE
OBJ_FORM = pdfium_c.FPDF_PAGEOBJ_FORM
SEG_MOVETO = pdfium_c.FPDF_SEGMENT_MOVETO
SEG_LINETO = pdfium_c.FPDF_SEGMENT_LINETO
SEG_BEZIERTO = pdfium_c.FPDF_SEGMENT_BEZIERTO


def address(handle: Any) -> int:
    """The address of a pypdfium2 raw handle, for the private prototypes."""
    return int(ctypes.cast(handle, ctypes.c_void_p).value or 0)


def multiply(m1: Matrix, m2: Matrix) -> Matrix:
    """``m1`` then ``m2`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = m1
    a2, b2, c2, d2, e2, f2 = m2
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def device_matrix(rotation: int, mediabox: tuple[float, float, float, float]) -> Matrix:
    """User space to pdfminer's device space: the page rotated, y up."""
    x0, y0, x1, y1 = mediabox
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def flip_matrix(rotation: int, mediabox: tuple[float, float, float, float]) -> Matrix:
    """Device space to display space (y down), with pdfplumber's offsets for a
    media box that does not start at the origin."""
    x0, y0, x1, y1 = mediabox
    if rotation in (90, 270):
        height, left, top = x1 - x0, y0, -x0
    else:
        height, left, top = y1 - y0, x0, -y0
    return (1.0, 0.0, 0.0, -1.0, left, height + top)


def page_bbox(
    rotation: int, mediabox: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """The page's box in display space, as pdfplumber's ``page.bbox``."""
    _, _, _, _, e, f = flip_matrix(rotation, mediabox)
    x0, y0, x1, y1 = mediabox
    width, height = (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)
    return e, f - height, e + width, f


def rgba(getter: Any, handle: int) -> tuple[int, int, int] | None:
    """A page object's fill or stroke colour as 0..255 RGB, None when it has none."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not getter(handle, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return None
    return r.value, g.value, b.value


def hex_color(rgb: tuple[int, int, int] | None) -> str | None:
    if rgb is None:
        return None
    return f"#{rgb[0]:02X}{rgb[1]:02X}{rgb[2]:02X}"


def matrix_of(handle: int) -> Matrix:
    m = pdfium_c.FS_MATRIX()
    if not object_matrix(handle, ctypes.byref(m)):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def name_of_font(font: int) -> str:
    if not font:
        return ""
    buffer = ctypes.create_string_buffer(256)
    length = font_name(font, buffer, 256)
    if length > 256:
        buffer = ctypes.create_string_buffer(length)
        length = font_name(font, buffer, length)
    return buffer.raw[: max(0, length - 1)].decode("utf-8", "replace")
