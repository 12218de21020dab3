// The page of `outline serve`: send the pasted text or the chosen file to /api/parse,
// show the map (drawn here from the JSON outline, laid out as the project's SVG is, its
// branches folding), the outline as a folding tree, the metadata and the warnings, and
// offer every format for download. No framework, nothing from elsewhere.
"use strict";

const WORDS = {
  "zh-CN": {
    heading: "提纲：文章变思维导图", paste: "在此粘贴文章……",
    drop: "或把文件拖到这里、点击选择（.txt 任意编码、.docx、.pdf、.html、.md）",
    depth: "层级", all: "全部", bodies: "包含正文", notes: "正文作为子节点", go: "生成提纲",
    outline: "提纲", switch: "English", working: "正在生成……", done: "完成",
    empty: "请先粘贴文章或选择文件", chosen: "已选择：",
    tooLarge: "文档太大：超过 {max} 字节的上限",
    unsupported: "不支持的文件格式", undecodable: "无法读取的文档", badRequest: "请求有误",
    busy: "服务繁忙或超时，请稍后再试", failed: "出错了",
    author: "作者", affiliation: "单位", source: "来源", date: "日期", editors: "编辑", column: "栏目",
    explain: "逐行说明：每一行如何归类、为什么",
    warnings: "警告", download: "下载", lead: "导语", closing: "结语", showBody: "点击标题显示正文",
    map: "思维导图", foldAll: "全部折叠", unfoldAll: "全部展开",
    mapHint: "点击圆圈折叠或展开分支，点击节点显示正文；也可用 Tab、方向键、回车或空格",
    noText: "（无正文）", fold: "折叠", unfold: "展开",
  },
  en: {
    heading: "tigang: an article into a mind map", paste: "Paste an article here…",
    drop: "or drop a file here, or click to choose (.txt in any encoding, .docx, .pdf, .html, .md)",
    depth: "Depth", all: "all", bodies: "Bodies", notes: "Bodies as child nodes", go: "Make the outline",
    outline: "Outline", switch: "中文", working: "Working…", done: "Done",
    empty: "Paste an article or choose a file first", chosen: "Chosen: ",
    tooLarge: "The document is too large: over the limit of {max} bytes",
    unsupported: "Unsupported file format", undecodable: "Unreadable document", badRequest: "Bad request",
    busy: "The server is busy or timed out: try again", failed: "Something went wrong",
    author: "Author", affiliation: "Affiliation", source: "Source", date: "Date", editors: "Editors", column: "Column",
    explain: "Line by line: how each line was read, and why",
    warnings: "Warnings", download: "Download", lead: "Lead", closing: "Closing", showBody: "click a title for its text",
    map: "Mind map", foldAll: "Fold all", unfoldAll: "Unfold all",
    mapHint: "Click a circle to fold or unfold its branch, a node for its text; or Tab, the arrow keys, Enter or Space",
    noText: "(no text)", fold: "Fold", unfold: "Unfold",
  },
};

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const maxBytes = Number(root.dataset.maxBytes || 0);
let lang = root.lang === "en" ? "en" : "zh-CN";
let file = null;      // the chosen file, if any
let formats = [];     // from /api/formats
let last = null;      // the source and the options of the last outline shown

function w(key, vars) {
  let text = WORDS[lang][key] || key;
  for (const [k, v] of Object.entries(vars || {})) text = text.replace(`{${k}}`, v);
  return text;
}

function applyWords() {
  root.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = w(el.dataset.t);
  for (const el of document.querySelectorAll("[data-t-placeholder]")) el.placeholder = w(el.dataset.tPlaceholder);
  $("lang-switch").textContent = w("switch");
  if (file) $("chosen").textContent = w("chosen") + file.name;
  if (last) {
    showMeta(last.doc);
    drawMap();
    if (picked) showBody(picked);
    else $("map-body-text").textContent = w("mapHint");
  }
}

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function choose(f) {
  file = f || null;
  $("chosen").textContent = file ? w("chosen") + file.name : "";
}

// What to send: the chosen file (by name), else the pasted text.
function source() {
  if (file) return { body: file, name: file.name };
  const text = $("text").value;
  if (!text.trim()) return null;
  return { body: new Blob([text], { type: "text/plain;charset=utf-8" }), name: null };
}

function query(format, src) {
  const q = new URLSearchParams({ format });
  if (src.name) q.set("name", src.name);
  const depth = $("depth").value;
  if (depth) q.set("depth", depth);
  if (!$("bodies").checked) q.set("no_body", "true");
  if ($("notes").checked) q.set("notes_as_children", "true");
  return q;
}

// Posts the source for one format; throws an Error with the words for a refusal.
async function post(format, src, q) {
  if (maxBytes && src.body.size > maxBytes) throw new Error(w("tooLarge", { max: maxBytes }));
  const res = await fetch(`/api/parse?${q || query(format, src)}`, { method: "POST", body: src.body });
  if (res.ok) return res;
  let detail = "";
  try { detail = (await res.json()).error || ""; } catch (_) { /* not JSON */ }
  const key = { 400: "badRequest", 413: "tooLarge", 415: "unsupported", 422: "undecodable", 503: "busy" }[res.status] || "failed";
  throw new Error(`${w(key, { max: maxBytes })} (${res.status})${detail ? ": " + detail : ""}`);
}

async function submit(ev) {
  ev.preventDefault();
  const src = source();
  if (!src) { status(w("empty"), true); return; }
  status(w("working"));
  try {
    const doc = await (await post("json", src)).json();
    last = { src, q: query("json", src), doc };
    showMeta(doc);
    showMap(doc);
    showTree(doc);
    showDownloads();
    $("explain").hidden = true;
    $("result").hidden = false;
    status(w("done"));
  } catch (e) {
    status(e.message, true);
  }
}

// ---- The map: drawn here from the JSON outline, as `outline parse -f svg` lays it out (a
// left-to-right tree, one column per level, long titles wrapped, each top-level branch in
// its colour, curved links), with a circle on every node that has children to fold or
// unfold its branch, and a node's text below the map on click. An ARIA tree: Tab reaches
// it, the arrow keys move, Enter or Space folds and unfolds.

const SVG_NS = "http://www.w3.org/2000/svg";
// The measures of src/render/svg.rs: pixels a text column (a CJK character is two), the
// line, the padding, the gaps, the margin, and the columns a line holds (fewer at the root).
const COLUMN = 7.5, LINE = 19, PAD_X = 9, PAD_Y = 6, GAP_X = 46, GAP_Y = 10, MARGIN = 16;
const TOGGLE_R = 7, TOGGLE_GAP = 3;
const PALETTE = ["#e8590c", "#1971c2", "#2f9e44", "#9c36b5", "#c2255c", "#0c8599", "#f08c00", "#5c940d"];
// More nodes than this and the map opens with the branches below the top level folded.
const OPEN_AT_MOST = 300;

let tree = null;          // the map's nodes: { id, text, body, kids, depth, colour, parent }
let byId = new Map();     // id → node
let folded = new Set();   // ids of folded nodes
let current = null;       // the id of the node that Tab reaches (a roving tabindex)
let picked = null;        // the node whose text shows below the map

// Display columns of a character, as unicode-width counts them (East Asian wide: two).
function colsOf(c) {
  const cp = c.codePointAt(0);
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

// `text` in lines of at most `cols` columns, and the widest of them.
function wrapText(text, cols) {
  const lines = [""];
  let width = 0, widest = 0;
  for (const c of text) {
    if (/\p{Cc}/u.test(c)) continue;
    const w = colsOf(c);
    if (width + w > cols && width > 0) { lines.push(""); width = 0; }
    lines[lines.length - 1] += c;
    width += w;
    widest = Math.max(widest, width);
  }
  return { lines, widest };
}

// Marker and title as the SVG shows them: a space after `第一章` or `●` or `2.1`, none after `一、`.
function display(n) {
  const m = n.marker || "", t = n.title || "";
  if (!m || !t) return m + t;
  const lastChar = [...m].pop();
  const law = m.startsWith("第") && !/[，,、：:]$/.test(m);
  const symbol = !(/[\p{L}\p{N}]/u.test(lastChar) || "、）).．，,：:—】".includes(lastChar));
  const bare = n.kind === "heading" && /^[一二三四五六七八九十百千万零〇两壹贰叁肆伍陆柒捌玖拾]+$/.test(m);
  const digit = /[0-9０-９]/.test(lastChar);
  return law || symbol || bare || digit ? `${m} ${t}` : m + t;
}

function mapNode(n, id, depth, colour, parent, text, body) {
  const node = { id, text, body, depth, colour, parent, kids: [] };
  const { lines, widest } = wrapText(text, depth === 0 ? 28 : 36);
  node.lines = lines;
  node.w = widest * COLUMN + 2 * PAD_X;
  node.h = lines.length * LINE + 2 * PAD_Y;
  byId.set(id, node);
  (n.children || []).forEach((k, i) => {
    const texts = [k.body, k.tail].filter(Boolean).join("\n");
    node.kids.push(mapNode(k, `${id}.${i}`, depth + 1, depth === 0 ? i : colour, node, display(k), texts));
  });
  return node;
}

function showMap(doc) {
  byId = new Map();
  const rootBody = [...(doc.lead || []), ...[].concat(doc.tail || [])].join("\n");
  tree = mapNode(doc, "0", 0, null, null, doc.title || "提纲", rootBody);
  folded = new Set();
  if (byId.size > OPEN_AT_MOST) {
    for (const n of byId.values()) if (n.depth >= 1 && n.kids.length) folded.add(n.id);
  }
  current = tree.id;
  picked = null;
  $("map-body-title").textContent = "";
  $("map-body-text").textContent = w("mapHint");
  $("map-body-text").className = "none";
  drawMap();
}

const shown = (n) => (folded.has(n.id) ? [] : n.kids);

// Places `n` and its shown subtree from `top`; returns the height it takes (svg.rs's `place`).
function place(n, top) {
  const kids = shown(n);
  if (!kids.length) { n.y = top + n.h / 2; return n.h + GAP_Y; }
  let y = top, first = null, lastY = top;
  for (const k of kids) {
    y += place(k, y);
    if (first === null) first = k.y;
    lastY = k.y;
  }
  const span = y - top;
  n.y = (first + lastY) / 2;
  if (n.h + GAP_Y > span) {
    const shift = (n.h + GAP_Y - span) / 2;
    const down = (m) => { m.y += shift; shown(m).forEach(down); };
    down(n);
    return n.h + GAP_Y;
  }
  return span;
}

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  return e;
}

// Fill, stroke, ink and weight of a node (svg.rs's `colours`).
function colours(n) {
  if (n.colour === null) return ["#343a40", "#343a40", "#ffffff", "bold"];
  const c = PALETTE[n.colour % PALETTE.length];
  return n.depth === 1 ? [c, c, "#ffffff", "bold"] : ["#ffffff", c, "#212529", "normal"];
}

// Lays the shown nodes out again and draws them; keeps the focus on the node that had it.
function drawMap() {
  if (!tree) return;
  const map = $("map");
  const hadFocus = map.contains(document.activeElement);
  const widths = [];
  const measure = (n) => {
    widths[n.depth] = Math.max(widths[n.depth] || 0, n.w + (n.kids.length ? 2 * TOGGLE_R + TOGGLE_GAP : 0));
    shown(n).forEach(measure);
  };
  measure(tree);
  const xs = [MARGIN];
  for (const wd of widths) xs.push(xs[xs.length - 1] + wd + GAP_X);
  const height = Math.max(place(tree, MARGIN) - GAP_Y + 2 * MARGIN, 2 * MARGIN + 20);
  const width = xs[widths.length - 1] + widths[widths.length - 1] + MARGIN;
  const svg = svgEl("svg", {
    width: Math.ceil(width), height: Math.ceil(height), viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
    "font-size": "14", role: "tree", "aria-label": `${w("map")}: ${tree.text}`,
  });
  svg.append(svgEl("rect", { width: "100%", height: "100%", fill: "#f8f9fa", "aria-hidden": "true" }));
  const draw = (n, into, pos, size) => {
    const [fill, stroke, ink, weight] = colours(n);
    const x = xs[n.depth], top = n.y - n.h / 2;
    const g = svgEl("g", {
      role: "treeitem", "data-id": n.id, "aria-label": n.text, "aria-level": n.depth + 1,
      "aria-posinset": pos, "aria-setsize": size, "aria-describedby": "map-body", tabindex: "-1",
    });
    if (n.id === (picked && picked.id)) g.classList.add("selected");
    const kids = shown(n);
    const from = x + n.w + (n.kids.length ? 2 * TOGGLE_R + TOGGLE_GAP : 0);
    for (const k of kids) {
      const x2 = xs[k.depth], mx = (from + x2) / 2;
      g.append(svgEl("path", {
        class: "link", d: `M${from.toFixed(1)} ${n.y.toFixed(1)} C${mx.toFixed(1)} ${n.y.toFixed(1)} ${mx.toFixed(1)} ${k.y.toFixed(1)} ${x2.toFixed(1)} ${k.y.toFixed(1)}`,
        fill: "none", stroke: PALETTE[k.colour % PALETTE.length], "stroke-width": "2", "aria-hidden": "true",
      }));
    }
    g.append(svgEl("rect", {
      class: "box", x: x.toFixed(1), y: top.toFixed(1), width: n.w.toFixed(1), height: n.h.toFixed(1),
      rx: "6", fill, stroke, "aria-hidden": "true",
    }));
    n.lines.forEach((line, i) => {
      const t = svgEl("text", {
        class: "box", x: (x + PAD_X).toFixed(1), y: (top + PAD_Y + LINE * (i + 0.75)).toFixed(1),
        fill: ink, "font-weight": weight, "aria-hidden": "true",
      });
      t.textContent = line;
      g.append(t);
    });
    if (n.kids.length) {
      const open = !folded.has(n.id);
      g.setAttribute("aria-expanded", String(open));
      const cx = x + n.w + TOGGLE_GAP + TOGGLE_R;
      const toggle = svgEl("g", { class: "toggle", "aria-hidden": "true" });
      const tip = svgEl("title");
      tip.textContent = `${w(open ? "fold" : "unfold")} (${n.kids.length})`;
      toggle.append(tip, svgEl("circle", { cx: cx.toFixed(1), cy: n.y.toFixed(1), r: TOGGLE_R, fill: open ? "#ffffff" : stroke, stroke, "stroke-width": "1.5" }));
      const sign = open ? "#495057" : "#ffffff";
      toggle.append(svgEl("line", { x1: (cx - 3.5).toFixed(1), y1: n.y.toFixed(1), x2: (cx + 3.5).toFixed(1), y2: n.y.toFixed(1), stroke: sign, "stroke-width": "1.5" }));
      if (!open) toggle.append(svgEl("line", { x1: cx.toFixed(1), y1: (n.y - 3.5).toFixed(1), x2: cx.toFixed(1), y2: (n.y + 3.5).toFixed(1), stroke: sign, "stroke-width": "1.5" }));
      g.append(toggle);
    }
    if (kids.length) {
      const group = svgEl("g", { role: "group" });
      kids.forEach((k, i) => draw(k, group, i + 1, kids.length));
      g.append(group);
    }
    into.append(g);
  };
  draw(tree, svg, 1, 1);
  map.replaceChildren(svg);
  // The node Tab reaches: the current one, or the nearest shown one above it.
  let n = byId.get(current) || tree;
  for (let p = n.parent; p; p = p.parent) if (folded.has(p.id)) n = p;
  current = n.id;
  const item = itemOf(n);
  item.tabIndex = 0;
  if (hadFocus) item.focus({ preventScroll: true });
}

const itemOf = (n) => $("map").querySelector(`[role=treeitem][data-id="${n.id}"]`);
const nodeOf = (item) => byId.get(item.dataset.id);

// Makes `item` the one Tab reaches, and shows its node's text below the map.
function focusItem(item, move) {
  const n = nodeOf(item);
  if (!n) return;
  for (const other of $("map").querySelectorAll("[role=treeitem][tabindex='0']")) if (other !== item) other.tabIndex = -1;
  item.tabIndex = 0;
  current = n.id;
  if (move) item.focus();
  showBody(n);
}

function showBody(n) {
  picked = n;
  for (const s of $("map").querySelectorAll(".selected")) s.classList.remove("selected");
  const item = itemOf(n);
  if (item) item.classList.add("selected");
  $("map-body-title").textContent = n.text;
  $("map-body-text").textContent = n.body || w("noText");
  $("map-body-text").className = n.body ? "" : "none";
}

function toggle(n, open) {
  if (!n.kids.length) return;
  const fold = open === undefined ? !folded.has(n.id) : !open;
  if (fold) folded.add(n.id); else folded.delete(n.id);
  current = n.id;
  drawMap();
}

// Folds every branch below the root, or unfolds them all.
function foldAll(fold) {
  if (!tree) return;
  folded = new Set();
  if (fold) for (const n of byId.values()) if (n.depth >= 1 && n.kids.length) folded.add(n.id);
  drawMap();
}

function mapClick(ev) {
  const item = ev.target.closest("[role=treeitem]");
  if (!item) return;
  const n = nodeOf(item);
  if (ev.target.closest(".toggle")) {
    toggle(n);
    itemOf(n).focus({ preventScroll: true });
  } else if (ev.target.closest(".box")) {
    focusItem(item, true);
  }
}

function mapKey(ev) {
  const item = ev.target.closest && ev.target.closest("[role=treeitem]");
  if (!item) return;
  const n = nodeOf(item);
  const items = [...$("map").querySelectorAll("[role=treeitem]")];
  const at = items.indexOf(item);
  const go = (target) => { if (target) focusItem(target, true); };
  switch (ev.key) {
    case "Enter": case " ":
      if (n.kids.length) toggle(n); else showBody(n);
      break;
    case "ArrowDown": go(items[at + 1]); break;
    case "ArrowUp": go(items[at - 1]); break;
    case "Home": go(items[0]); break;
    case "End": go(items[items.length - 1]); break;
    case "ArrowRight":
      if (n.kids.length && folded.has(n.id)) toggle(n, true);
      else if (shown(n).length) go(itemOf(n.kids[0]));
      break;
    case "ArrowLeft":
      if (shown(n).length) toggle(n, false);
      else if (n.parent) go(itemOf(n.parent));
      break;
    default: return;
  }
  ev.preventDefault();
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function showMeta(doc) {
  $("title").textContent = doc.title || "";
  const meta = doc.meta || {};
  const rows = [];
  for (const key of ["column", "author", "affiliation", "source", "date", "editors"]) {
    let value = meta[key];
    if (Array.isArray(value)) value = value.join("、");
    if (key === "date" && value && meta.time) value += " " + meta.time;
    if (value) rows.push(el("dt", null, w(key)), el("dd", "meta-" + key, value));
  }
  $("meta").replaceChildren(...rows);
  const warnings = (doc.warnings || []).map((x) => el("li", null, `${x.page ? `p.${x.page}:` : ""}${x.line}: ${x.message}`));
  $("warnings").replaceChildren(...warnings);
  const dl = $("downloads");
  for (const b of dl.querySelectorAll("button")) b.title = w("download") + " ." + b.dataset.ext;
}

// A node: a <details> when it has children (folding them), its title clickable for its text.
function node(n) {
  const label = el("span", "title", n.title || "");
  const head = [];
  if (n.marker) head.push(el("span", "marker", n.marker));
  head.push(label);
  const texts = [n.body, n.tail].filter(Boolean);
  const body = texts.length ? el("div", "body", texts.join("\n")) : null;
  if (body) body.hidden = true;
  label.addEventListener("click", (ev) => {
    ev.preventDefault();
    if (body) body.hidden = !body.hidden;
  });
  const kids = n.children || [];
  if (!kids.length) {
    const leaf = el("div", "leaf node");
    leaf.append(...head);
    if (body) leaf.append(body);
    return leaf;
  }
  const d = el("details", "node");
  d.open = true;
  const s = el("summary");
  s.append(...head);
  d.append(s);
  if (body) d.append(body);
  for (const k of kids) d.append(node(k));
  return d;
}

function showTree(doc) {
  const parts = [];
  if (doc.lead && doc.lead.length) parts.push(node({ title: w("lead"), body: doc.lead.join("\n") }));
  for (const n of doc.children || []) parts.push(node(n));
  if (doc.tail && doc.tail.length) parts.push(node({ title: w("closing"), body: [].concat(doc.tail).join("\n") }));
  $("tree").replaceChildren(...parts);
}

function showDownloads() {
  const buttons = formats.map((f) => {
    const b = el("button", "download", "." + f.extension);
    b.type = "button";
    b.dataset.format = f.name;
    b.dataset.ext = f.extension;
    b.title = w("download") + " ." + f.extension;
    b.addEventListener("click", () => download(f));
    return b;
  });
  $("downloads").replaceChildren(...buttons);
}

// The file name the server gives: `filename*=UTF-8''…`.
function fileName(res, f) {
  const cd = res.headers.get("Content-Disposition") || "";
  const m = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  return m ? decodeURIComponent(m[1]) : "outline." + f.extension;
}

async function download(f) {
  if (!last) return;
  try {
    const q = new URLSearchParams(last.q);
    q.set("format", f.name);
    const res = await post(f.name, last.src, q);
    const blob = await res.blob();
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName(res, f);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  } catch (e) {
    status(e.message, true);
  }
}

// How each line was classified (`outline parse --explain`), on demand.
async function explain() {
  if (!last) return;
  const pre = $("explain");
  if (!pre.hidden) { pre.hidden = true; return; }
  try {
    const q = new URLSearchParams(last.q);
    q.set("format", "text");
    q.set("explain", "true");
    const res = await post("text", last.src, q);
    pre.textContent = await res.text();
    pre.hidden = false;
  } catch (e) {
    status(e.message, true);
  }
}

function init() {
  $("explain-btn").addEventListener("click", explain);
  $("fold-all").addEventListener("click", () => foldAll(true));
  $("unfold-all").addEventListener("click", () => foldAll(false));
  const map = $("map");
  map.addEventListener("click", mapClick);
  map.addEventListener("keydown", mapKey);
  map.addEventListener("focusin", (ev) => {
    const item = ev.target.closest && ev.target.closest("[role=treeitem]");
    if (item) focusItem(item, false);
  });
  $("form").addEventListener("submit", submit);
  $("file").addEventListener("change", () => choose($("file").files[0]));
  $("text").addEventListener("input", () => { if (file) { choose(null); $("file").value = ""; } });
  const drop = $("drop");
  drop.addEventListener("dragover", (ev) => { ev.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (ev) => {
    ev.preventDefault();
    drop.classList.remove("over");
    if (ev.dataTransfer.files.length) {
      // The picker no longer shows what is chosen: cleared, so that picking again is a change.
      $("file").value = "";
      choose(ev.dataTransfer.files[0]);
    }
  });
  $("lang-switch").addEventListener("click", () => {
    lang = lang === "en" ? "zh-CN" : "en";
    applyWords();
  });
  fetch("/api/formats").then((r) => r.json()).then((list) => { formats = list; });
  applyWords();
}

init();
