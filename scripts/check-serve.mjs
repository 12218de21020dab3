// The page of `outline serve` in a real Chromium (Debian's, driven by puppeteer-core from
// scripts/readers/package-lock.json): paste the seed and see its map and outline, fold and
// unfold the map's branches (by mouse, by keyboard, all at once) and the outline's, open a
// node's text, switch to English, upload a Word file, download its XMind, paste 60 MB, and
// check that nothing is asked from any other server.
//
//   node scripts/check-serve.mjs [target/release/outline] [OUT_DIR]
//
// Screenshots go to OUT_DIR (target/check-serve by default); each must not be blank.
import { spawn, execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const require = createRequire(path.join(here, "readers", "package.json"));
const puppeteer = require("puppeteer-core");

const bin = path.resolve(process.argv[2] || path.join(repo, "target/release/outline"));
const out = path.resolve(process.argv[3] || path.join(repo, "target/check-serve"));
fs.mkdirSync(out, { recursive: true });
const seedPath = path.join(repo, "samples/qiushi-four-concepts.txt");
const docxPath = path.join(repo, "samples/word-auto-numbering.docx");

const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(what);
};

// The server, on a free port; the first line it prints has the address.
function startServer() {
  const child = spawn(bin, ["serve", "--port", "0", "--lang", "en"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout.on("data", (d) => {
      seen += d;
      const m = /http:\/\/[^\s]+/.exec(seen);
      if (m) resolve({ child, url: m[0] });
    });
    child.on("exit", (code) => reject(new Error(`outline serve exited ${code}`)));
    setTimeout(() => reject(new Error("outline serve printed no address in 5 s")), 5000);
  });
}

// A screenshot is blank when (nearly) every pixel is the colour of the first.
async function notBlank(browser, png) {
  const page = await browser.newPage();
  const share = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let other = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) other++;
    }
    return other / (d.length / 4);
  }, fs.readFileSync(png).toString("base64"));
  await page.close();
  return share;
}

async function shot(browser, page, name) {
  const file = path.join(out, name);
  await page.screenshot({ path: file, fullPage: false });
  const share = await notBlank(browser, file);
  check(share > 0.02, `screenshot ${name} is not blank (${(share * 100).toFixed(1)}% of pixels differ)`);
}

const { child, url } = await startServer();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "check-serve-"));
const downloads = path.join(profile, "downloads");
fs.mkdirSync(downloads);
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  userDataDir: path.join(profile, "chromium"),
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN,zh;q=0.9" });
  const foreign = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith("blob:") && !u.startsWith("data:")) foreign.push(u);
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  await page.goto(url, { waitUntil: "networkidle0" });
  check(await page.$eval("html", (h) => h.lang) === "zh-CN", "the page is in Chinese by default");
  check((await page.$eval("#go", (b) => b.textContent)) === "生成提纲", "the button says 生成提纲");

  // Paste the seed.
  const seed = fs.readFileSync(seedPath, "utf8");
  await page.$eval("#text", (t, v) => { t.value = v; t.dispatchEvent(new Event("input")); }, seed);
  await page.click("#go");
  await page.waitForSelector("#map svg[role=tree]", { timeout: 10000 });
  const mapShape = () => page.$eval("#map svg", (svg) => {
    const top = svg.querySelectorAll(":scope > [role=treeitem] > [role=group] > [role=treeitem]");
    return [...top].map((t) => t.querySelectorAll(":scope > [role=group] > [role=treeitem]").length);
  });
  const boxes = () => page.$$eval("#map rect.box", (r) => r.length);
  const expanded = (id) => page.$eval(`#map [data-id="${id}"]`, (g) => g.getAttribute("aria-expanded"));
  const shape = await mapShape();
  const all = await boxes();
  check(shape.length === 4 && shape.every((n) => n === 3) && all === 17,
    `the map shows 4 branches of 3 points, ${all} nodes with the root (${JSON.stringify(shape)})`);
  check(await expanded("0.0") === "true", "a branch of the map says it is expanded");
  // The map's lines are the lines of the CLI's picture (`-f svg`): the same titles, wrapped alike.
  const sameLines = () => page.evaluate(async () => {
    const text = document.getElementById("text").value;
    const res = await fetch("/api/parse?format=svg", { method: "POST", body: new Blob([text]) });
    const svg = new DOMParser().parseFromString(await res.text(), "image/svg+xml");
    const want = [...svg.querySelectorAll("text")].map((t) => t.textContent).sort();
    const got = [...document.querySelectorAll("#map text")].map((t) => t.textContent).sort();
    return [got.length, want.length, JSON.stringify(got) === JSON.stringify(want)];
  });
  const lines = await sameLines();
  check(lines[2], `the map's ${lines[0]} lines of text are the ${lines[1]} of the CLI's SVG`);
  const sections = await page.$$eval("#tree > details.node", (d) => d.map((x) => x.querySelectorAll(":scope > .node").length));
  check(sections.length === 4 && sections.every((n) => n === 3), `the outline has 4 sections of 3 points (${JSON.stringify(sections)})`);
  check((await page.$eval("#title", (t) => t.textContent)) === "树牢“四种理念”坚定深化组织工作改革", "the title is shown");
  check((await page.$eval("#meta", (m) => m.textContent)).includes("李刚"), "the metadata shows the author 李刚");
  check((await page.$$("#downloads button")).length === 12, "a download button for every format");
  await shot(browser, page, "seed-zh.png");

  // The map: fold the first branch by its circle; its 3 points leave the map, which is laid
  // out again; unfold it.
  const mapHeight = () => page.$eval("#map svg", (svg) => svg.height.baseVal.value);
  const tall = await mapHeight();
  await page.click('#map [data-id="0.0"] > .toggle circle');
  const foldedBoxes = await boxes();
  const foldedShape = await mapShape();
  const gone = await page.$$eval('#map [data-id^="0.0."]', (g) => g.length);
  const short = await mapHeight();
  check(foldedBoxes === 14 && gone === 0 && JSON.stringify(foldedShape) === "[0,3,3,3]" && await expanded("0.0") === "false",
    `a map branch folds on a click: ${foldedBoxes} nodes, ${JSON.stringify(foldedShape)}, aria-expanded false`);
  check(short < tall, `the map is laid out again, ${tall} px tall before, ${short} px folded`);
  await page.$eval("#map", (m) => m.scrollIntoView());
  await shot(browser, page, "map-folded.png");
  await page.click('#map [data-id="0.0"] > .toggle circle');
  check(await boxes() === 17 && await expanded("0.0") === "true" && await mapHeight() === tall,
    `and unfolds on a second (${await boxes()} nodes)`);

  // By keyboard: Tab from the buttons reaches the map, at the node last used (the branch
  // just unfolded); Home goes to the root, ArrowDown through the shown nodes in order (the
  // root, 一, its 3 points, 二); Enter folds, Space unfolds.
  await page.focus("#unfold-all");
  await page.keyboard.press("Tab");
  const tabbed = await page.evaluate(() => [document.activeElement.getAttribute("role"), document.activeElement.dataset.id]);
  check(tabbed[0] === "treeitem" && tabbed[1] === "0.0", `Tab reaches the map at the node last used (${tabbed})`);
  await page.keyboard.press("Home");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
  const onto = await page.evaluate(() => document.activeElement.dataset.id);
  await page.keyboard.press("Enter");
  const keyFolded = [await boxes(), await expanded("0.1"), await page.evaluate(() => document.activeElement.dataset.id)];
  await page.keyboard.press("Space");
  const keyOpen = [await boxes(), await expanded("0.1")];
  check(onto === "0.1" && keyFolded.join() === "14,false,0.1" && keyOpen.join() === "17,true",
    `by keyboard: ArrowDown to ${onto}, Enter folds (${keyFolded}), Space unfolds (${keyOpen})`);

  // A point's text below the map on a click.
  const hint = await page.$eval("#map-body-text", (b) => b.textContent);
  await page.click('#map [data-id="0.0.0"] > text');
  const mapBody = await page.$eval("#map-body-text", (b) => b.textContent);
  const mapBodyTitle = await page.$eval("#map-body-title", (b) => b.textContent);
  check(!hint.startsWith("要按照") && mapBody.startsWith("要按照") && mapBodyTitle === "一要深化理念改革",
    `a map node's text shows on a click (${mapBodyTitle}: ${mapBody.slice(0, 12)}…)`);

  // Fold all, then unfold all.
  await page.click("#fold-all");
  const foldedAll = [await boxes(), JSON.stringify(await mapShape()),
    await page.$$eval('#map [aria-level="2"]', (g) => g.every((x) => x.getAttribute("aria-expanded") === "false"))];
  await page.click("#unfold-all");
  const unfoldedAll = [await boxes(), JSON.stringify(await mapShape())];
  check(foldedAll.join() === "5,[0,0,0,0],true" && unfoldedAll.join() === "17,[3,3,3,3]",
    `fold all leaves the root and its 4 branches (${foldedAll}); unfold all shows ${unfoldedAll[0]} nodes again`);
  await page.$eval("#map", (m) => m.scrollIntoView());
  await shot(browser, page, "map-body.png");
  await page.evaluate(() => window.scrollTo(0, 0));

  // Fold the first branch of the outline: its points are hidden.
  await page.$eval("#tree > details.node > summary", (s) => s.click());
  const folded = await page.$eval("#tree > details.node", (d) => [d.open, d.querySelector(":scope > .node").checkVisibility()]);
  check(folded[0] === false && folded[1] === false, `a branch folds: its points are hidden (${folded})`);
  await page.$eval("#tree > details.node > summary", (s) => s.click());

  // Open a point's text.
  const point = "#tree > details.node:nth-of-type(1) > .node .title";
  const before = await page.$eval("#tree > details.node > .leaf .body", (b) => b.offsetParent === null);
  await page.click(point);
  const body = await page.$eval("#tree > details.node > .leaf .body", (b) => (b.offsetParent !== null ? b.textContent : null));
  check(before && body && body.startsWith("要按照"), `a point's text shows on click (${(body || "").slice(0, 12)}…)`);
  await shot(browser, page, "seed-body.png");

  // The explanation, line by line, on demand.
  await page.click("#explain-btn");
  await page.waitForFunction(() => !document.getElementById("explain").hidden, { timeout: 10000 });
  const why = await page.$eval("#explain", (p) => p.textContent);
  check(/→ /.test(why) && why.includes("树牢"), `the line-by-line explanation shows (${why.split("\n").length} lines)`);

  // A numbering gap: the warnings show.
  await page.$eval("#text", (t, v) => { t.value = v; t.dispatchEvent(new Event("input")); },
    fs.readFileSync(path.join(repo, "samples/numbering-gap-warning.txt"), "utf8"));
  await page.click("#go");
  await page.waitForFunction(() => document.getElementById("title").textContent === "抓好三个方面的工作", { timeout: 10000 });
  const warned = await page.$$eval("#warnings li", (li) => li.map((x) => x.textContent));
  check(warned.some((x) => x.includes("numbering gap")), `the warnings show (${warned.length}: ${warned[0] || ""})`);

  // English.
  await page.click("#lang-switch");
  check((await page.$eval("#go", (b) => b.textContent)) === "Make the outline", "the switch puts the page in English");
  check((await page.$eval("html", (h) => h.lang)) === "en", "and says so in <html lang>");
  const mapWords = [await page.$eval("#fold-all", (b) => b.textContent), await page.$eval("#map svg", (s) => s.getAttribute("aria-label"))];
  check(mapWords[0] === "Fold all" && mapWords[1].startsWith("Mind map"), `and the map's words too (${mapWords.join(" / ")})`);

  // A Word file.
  const want = JSON.parse(execFileSync(bin, ["parse", docxPath, "-q"], { encoding: "utf8" }));
  const input = await page.$("#file");
  await input.uploadFile(docxPath);
  await page.click("#go");
  await page.waitForFunction((t) => document.getElementById("title").textContent === t, { timeout: 10000 }, want.title);
  const markers = await page.$$eval("#tree > .node", (ns) => ns.map((n) => (n.querySelector(".marker") || {}).textContent || ""));
  const wantMarkers = [...((want.lead || []).length ? [""] : []), ...want.children.map((c) => c.marker), ...((want.tail || []).length ? [""] : [])];
  check(JSON.stringify(markers) === JSON.stringify(wantMarkers), `the Word file's outline: ${markers.filter(Boolean).join(" ")}`);
  const wordMap = await mapShape();
  check(JSON.stringify(wordMap) === JSON.stringify(want.children.map((c) => (c.children || []).length)),
    `and its map: ${wordMap.length} branches (${JSON.stringify(wordMap)})`);
  await shot(browser, page, "docx-en.png");

  // A GBK text file dropped on the drop zone: read as what it is.
  const gbkPath = path.join(repo, "samples/fullwidth-gbk.txt");
  const gbk = JSON.parse(execFileSync(bin, ["parse", gbkPath, "-q"], { encoding: "utf8" }));
  await page.evaluate((b64, name) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    document.getElementById("drop").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, fs.readFileSync(gbkPath).toString("base64"), "fullwidth-gbk.txt");
  await page.click("#go");
  await page.waitForFunction((t) => document.getElementById("title").textContent === t, { timeout: 10000 }, gbk.title);
  const gbkSections = await page.$$eval("#tree > details.node", (d) => d.length);
  check(gbkSections === gbk.children.filter((c) => (c.children || []).length).length, `a GBK file dropped on the page: ${gbk.title}, ${gbkSections} folding branch(es) as the CLI finds`);

  // Back to the Word file; download its XMind: a zip named after the title, holding the titles.
  const cdp = await page.createCDPSession();
  await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads, eventsEnabled: true });
  await input.uploadFile(docxPath);
  await page.click("#go");
  await page.waitForFunction((t) => document.getElementById("title").textContent === t, { timeout: 10000 }, want.title);
  await page.click('#downloads button[data-format="xmind"]');
  let saved = null;
  for (let i = 0; i < 100 && !saved; i++) {
    await new Promise((r) => setTimeout(r, 100));
    saved = fs.readdirSync(downloads).find((f) => f.endsWith(".xmind"));
  }
  check(saved === `${want.title}.xmind`, `the XMind is saved as ${saved}`);
  if (saved) {
    const zip = fs.readFileSync(path.join(downloads, saved));
    check(zip.subarray(0, 4).equals(Buffer.from("PK\x03\x04", "latin1")), "the XMind is a zip");
    const content = execFileSync("python3", ["-c",
      "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('content.json').decode())",
      path.join(downloads, saved)], { encoding: "utf8" });
    const titles = [want.title, ...want.children.map((c) => c.title)];
    const missing = titles.filter((t) => !content.includes(JSON.stringify(t).slice(1, -1)));
    check(missing.length === 0, `its content.json holds the map's titles${missing.length ? " but not " + missing.join(", ") : ""}`);
  }

  // 60 MB pasted: the size error, in the page's language.
  await page.$eval("#file", (f) => { f.value = ""; f.dispatchEvent(new Event("change")); });
  await page.$eval("#text", (t) => { t.value = "测".repeat(20_000_000); t.dispatchEvent(new Event("input")); });
  await page.click("#go");
  await page.waitForFunction(() => document.getElementById("status").className === "error", { timeout: 30000 });
  const said = await page.$eval("#status", (s) => s.textContent);
  check(/too large/.test(said), `60 MB pasted: ${said}`);
  await page.$eval("#text", (t) => { t.value = ""; });
  await shot(browser, page, "too-large-en.png");

  check(foreign.length === 0, `no request leaves the server${foreign.length ? ": " + foreign.join(" ") : ""}`);
  check(errors.length === 0, `no script or policy errors${errors.length ? ": " + errors.join(" | ") : ""}`);
} finally {
  await browser.close();
  child.kill();
  fs.rmSync(profile, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`check-serve: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log("check-serve: all good");
