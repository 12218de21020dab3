// The page of `outline serve`: send the pasted text or the chosen file to /api/parse,
// show the map (the project's SVG), the outline as a folding tree, the metadata and the
// warnings, and offer every format for download. No framework, nothing from elsewhere.
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
  if (last) showMeta(last.doc);
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
    const [json, svg] = await Promise.all([post("json", src), post("svg", src)]);
    const doc = await json.json();
    last = { src, q: query("json", src), doc };
    showMap(await svg.text());
    showMeta(doc);
    showTree(doc);
    showDownloads();
    $("explain").hidden = true;
    $("result").hidden = false;
    status(w("done"));
  } catch (e) {
    status(e.message, true);
  }
}

// The SVG as a document of its own, its nodes imported: never parsed as HTML.
function showMap(text) {
  const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  $("map").replaceChildren(document.importNode(svg, true));
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
  const warnings = (doc.warnings || []).map((x) => el("li", null, `${x.line}: ${x.message}`));
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
