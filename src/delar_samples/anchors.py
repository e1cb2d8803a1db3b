"""Where the renderer placed each piece of data: the pages of the expected JSON.

While rendering, :class:`AnchorRegistry` hands out a deterministic HTML id for
a spec object (a heading, a goal, an assignment row, a table ...) and the
renderer emits an empty ``<a id>`` at the object's start and, for blocks, at
its end.  After layout, WeasyPrint reports on which page each id landed
(``page.anchors``); :class:`Placements` answers "which page" per object.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AnchorRegistry:
    """Deterministic ids for spec objects, in the order they are rendered."""

    ids: dict[int, str] = field(default_factory=dict)
    _keep: list[object] = field(default_factory=list)  # keeps id() of objects stable
    _emitted: set[str] = field(default_factory=set)

    def key(self, obj: object) -> str:
        """The HTML id of ``obj`` (the same object always gets the same id)."""
        if id(obj) not in self.ids:
            self.ids[id(obj)] = f"a{len(self.ids) + 1}"
            self._keep.append(obj)
        return self.ids[id(obj)]

    def start(self, obj: object) -> str:
        """An empty anchor to put where ``obj`` starts (only where it is first drawn:
        a goal shown in a summary table and again in its own section starts at the first)."""
        return self._emit(self.key(obj))

    def end(self, obj: object) -> str:
        """An empty anchor to put where ``obj`` ends."""
        return self._emit(f"{self.key(obj)}-end")

    def _emit(self, anchor: str) -> str:
        if anchor in self._emitted:
            return ""
        self._emitted.add(anchor)
        return f'<a class="anchor" id="{anchor}"></a>'


@dataclass
class Placements:
    """Pages (1-based) of the anchors of a rendered document."""

    registry: AnchorRegistry
    pages: dict[str, int]
    producer: str | None = None

    def _page(self, anchor: str) -> int | None:
        return self.pages.get(anchor)

    def start_page(self, obj: object) -> int:
        """Page where ``obj`` starts; objects that were never anchored raise KeyError."""
        key = self.registry.ids.get(id(obj))
        if key is None:
            raise KeyError(f"{type(obj).__name__} was not anchored by the renderer")
        page = self._page(key)
        if page is None:
            raise KeyError(f"anchor {key} of {type(obj).__name__} is on no page")
        return page

    def end_page(self, obj: object) -> int:
        """Page where ``obj`` ends (its start page when it has no end anchor)."""
        key = self.registry.ids.get(id(obj))
        if key is not None and (page := self._page(f"{key}-end")) is not None:
            return page
        return self.start_page(obj)
