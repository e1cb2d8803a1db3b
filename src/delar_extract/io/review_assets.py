"""Style and script of the review page, inlined into it (the page needs no network).

The script: click an entry in the side list or a box on a page to select the
item (its boxes get the class ``highlighted``, its entry ``selected``, and a card
with its details goes beside its first box); click the same spot again for the
box beneath; ``j`` / ``k`` step through the list; the filter searches labels and
details; the page's hash names the selected item, so a link can point at one.
"""

STYLE = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:13px/1.35 system-ui,sans-serif;color:#222}
body{display:flex}
nav#items{width:430px;min-width:300px;height:100vh;overflow:auto;border-right:1px solid #ccc;
  background:#fafafa;padding:0 8px 40px}
main#pages{flex:1;height:100vh;overflow:auto;background:#8a8f96;padding:12px}
header{position:sticky;top:0;background:#fafafa;padding:8px 0 6px;z-index:2;
  border-bottom:1px solid #ddd}
h1{font-size:15px;margin:0 0 2px;word-break:break-all}
h2{font-size:13px;margin:12px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:#555}
.facts,.help{margin:0 0 4px;color:#555}.help{font-size:11px}
.controls{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center;margin:4px 0}
#filter{width:100%;padding:3px 6px}
.toggle{display:inline-flex;align-items:center;gap:3px;font-size:12px}
.count{font-weight:normal;color:#888}.facts .bad{color:#b00000;font-weight:600}
ul{list-style:none;margin:0;padding:0}
.children{margin-left:14px;border-left:1px dotted #bbb;padding-left:4px}
.entry:not(.open)>.children{display:none}
.entry{margin:1px 0;padding-left:calc(var(--depth,0) * 14px);scroll-margin-top:160px}
.pick{all:unset;box-sizing:border-box;display:flex;gap:6px;align-items:baseline;width:100%;
  padding:3px 5px;border-radius:3px;cursor:pointer;border-left:4px solid var(--c,#999)}
.pick:hover{background:#eef}
.pick:focus-visible{outline:2px solid #36c}
.entry.flagged>.pick{border-left-color:#d62728;background:#fff0f0}
.entry.selected>.pick{background:#ffe97a}
.label{flex:1;overflow:hidden;text-overflow:ellipsis;display:-webkit-box;-webkit-line-clamp:2;
  -webkit-box-orient:vertical}
.status{font-size:11px;color:#444;white-space:nowrap}
.where,.more{font-size:11px;color:#777;white-space:nowrap}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;flex:none;
  border:1px solid #0003}
.swatch.none{background:repeating-linear-gradient(45deg,#fff 0 2px,#ccc 2px 4px)}
.details{display:none;margin:2px 0 6px 10px;padding:4px 6px;background:#fff;
  border:1px solid #ddd;border-radius:3px;font-size:12px}
.entry.selected>.details{display:grid;grid-template-columns:max-content 1fr;gap:1px 8px}
.details dt{color:#666}.details dd{margin:0;white-space:pre-wrap;word-break:break-word}
.details .bad{color:#b00000;font-weight:600}
.hidden{display:none}
.box.hidden.highlighted{display:block}
figure.page{margin:0 auto 16px;max-width:100%;background:#fff;box-shadow:0 1px 4px #0006}
.sheet{position:relative;width:100%}
.sheet img{position:absolute;inset:0;width:100%;height:100%;display:block;user-select:none}
figcaption{font-size:11px;color:#666;padding:2px 6px;border-top:1px solid #ddd}
.box{position:absolute;border:1.5px solid var(--c);cursor:pointer;border-radius:1px}
.box.kind-table{border-style:dashed}
.box.kind-cell,.box.kind-value{border-width:1px}
.box:hover{background:color-mix(in srgb,var(--c) 18%,transparent)}
.box.flagged{border-color:#d62728}
.box.highlighted{z-index:5;background:color-mix(in srgb,#ffd400 30%,transparent);
  outline:3px solid #ff2d95;outline-offset:2px;box-shadow:0 0 0 9999px #0000001c}
body.dim .box:not(.highlighted){opacity:.35}
.card{position:absolute;z-index:6;width:min(420px,96%);max-height:300px;overflow:auto;
  background:#fffef0;border:1px solid #c9b400;border-radius:4px;padding:5px 7px;font-size:12px;
  box-shadow:0 2px 8px #0005}
.card .details{display:grid;grid-template-columns:max-content 1fr;gap:1px 8px;margin:3px 0 0;
  padding:0;border:0;background:none}
"""

SCRIPT = """
(() => {
  const boxes = new Map();
  for (const b of document.querySelectorAll('.box')) {
    if (!boxes.has(b.dataset.item)) boxes.set(b.dataset.item, []);
    boxes.get(b.dataset.item).push(b);
  }
  const entries = new Map();
  for (const e of document.querySelectorAll('.entry')) entries.set(e.dataset.item, e);
  let current = null;
  // The item's details also go on the page, in a card beside its (first) box.
  function showCard(entry, box) {
    const card = document.createElement('div');
    card.className = 'card';
    const title = document.createElement('strong');
    title.textContent = entry.querySelector(':scope > .pick .label').textContent;
    card.append(title, entry.querySelector(':scope > .details').cloneNode(true));
    const top = parseFloat(box.style.top), height = parseFloat(box.style.height);
    card.style.left = `min(${box.style.left}, calc(100% - min(420px, 96%)))`;
    if (top + height > 65 && top > 100 - top - height)
      card.style.bottom = `calc(${100 - top}% + 6px)`;
    else card.style.top = `calc(${top + height}% + 6px)`;
    box.parentElement.append(card);
  }
  function clear() {
    for (const c of document.querySelectorAll('.card')) c.remove();
    for (const b of document.querySelectorAll('.highlighted')) b.classList.remove('highlighted');
    for (const e of document.querySelectorAll('.selected')) e.classList.remove('selected');
    document.body.classList.remove('dim');
  }
  function select(key, fromBox) {
    const entry = entries.get(key);
    if (!entry) return;
    const again = current === key;
    clear();
    current = key;
    entry.classList.add('selected');
    if (again && !fromBox) entry.classList.toggle('open'); else entry.classList.add('open');
    for (let p = entry.parentElement.closest('.entry'); p; p = p.parentElement.closest('.entry'))
      p.classList.add('open');
    const own = boxes.get(entry.dataset.target || key) || [];
    for (const b of own) b.classList.add('highlighted');
    if (own.length) { document.body.classList.add('dim'); showCard(entry, own[0]); }
    entry.scrollIntoView({block: 'nearest'});
    const page = document.getElementById('page-' + entry.dataset.page);
    if (!fromBox && own.length) own[0].scrollIntoView({block: 'center', inline: 'nearest'});
    else if (!fromBox && page) page.scrollIntoView({block: 'start'});
    history.replaceState(null, '', '#' + encodeURIComponent(key));
  }
  document.getElementById('items').addEventListener('click', ev => {
    const pick = ev.target.closest('.pick');
    if (pick) select(pick.parentElement.dataset.item, false);
  });
  // Boxes can lie on one another (an uppdrag inside its table row): clicking the
  // same spot again selects the next box under the pointer.
  document.getElementById('pages').addEventListener('click', ev => {
    if (ev.target.closest('.card')) return;
    // In document order, top first: the highlight's z-index must not reorder them.
    const under = document.elementsFromPoint(ev.clientX, ev.clientY)
      .filter(e => e.classList.contains('box') && e.offsetParent !== null)
      .sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1);
    const keys = [...new Set(under.map(b => b.dataset.item))];
    if (!keys.length) { clear(); current = null; return; }
    select(keys[(keys.indexOf(current) + 1) % keys.length], true);
  });
  for (const t of document.querySelectorAll('.toggle input[data-kind]')) {
    t.addEventListener('change', () => {
      for (const b of document.querySelectorAll('.box.kind-' + t.dataset.kind))
        b.classList.toggle('hidden', !t.checked);
    });
  }
  // An entry stays when its label or details hold the text (a number too), or when
  // one of its children does; then it opens.  Children first: reverse document order.
  const query = document.getElementById('filter');
  const onlyFlagged = document.getElementById('flagged-only');
  function filter() {
    const q = query.value.trim().toLowerCase(), flagged = onlyFlagged.checked, on = q || flagged;
    for (const e of [...entries.values()].reverse()) {
      const own = [':scope > .pick', ':scope > .details']
        .some(s => e.querySelector(s).textContent.toLowerCase().includes(q))
        && (!flagged || e.classList.contains('flagged'));
      const kids = e.querySelector(':scope > .children > .entry:not(.hidden)') !== null;
      e.classList.toggle('hidden', on && !own && !kids);
      if (on && kids) e.classList.add('open');
    }
  }
  query.addEventListener('input', filter);
  onlyFlagged.addEventListener('change', filter);
  document.addEventListener('keydown', ev => {
    if (ev.target.matches('input') || !'jk'.includes(ev.key) || ev.ctrlKey || ev.metaKey) return;
    const shown = [...document.querySelectorAll('.pick')].filter(p => p.offsetParent !== null);
    const at = shown.findIndex(p => p.parentElement.dataset.item === current);
    const next = shown[Math.max(0, Math.min(shown.length - 1, at + (ev.key === 'j' ? 1 : -1)))];
    if (next) { select(next.parentElement.dataset.item, false); next.focus({preventScroll: true}); }
  });
  const start = decodeURIComponent(location.hash.slice(1));
  if (start) select(start, false);
})();
"""
