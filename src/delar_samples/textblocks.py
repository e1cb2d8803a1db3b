"""HTML for prose-level pieces shared by all block renderers."""

from __future__ import annotations

from html import escape

from delar_samples.spec import Bullets


def esc(text: str | None) -> str:
    """Escape ``text`` for HTML, keeping explicit line breaks visible."""
    return escape(text or "").replace("\n", "<br>")


def bullets_html(bullets: Bullets) -> str:
    """Return a bullet list; level-1 items get the Word "o" marker and indent."""
    items = "".join(
        f'<li class="l{min(level, 2)}">{esc(text)}</li>' for level, text in bullets.items
    )
    return f'<ul class="bullets">{items}</ul>'


def rich_html(items: list[str | Bullets], para_class: str = "body") -> str:
    """Return paragraphs and bullet lists in order (analysis, cell comments)."""
    parts: list[str] = []
    for item in items:
        if isinstance(item, Bullets):
            parts.append(bullets_html(item))
        else:
            parts.append(f'<p class="{para_class}">{esc(item)}</p>')
    return "".join(parts)
