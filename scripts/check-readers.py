#!/usr/bin/env python3
"""Opens every sample's output in every format with the real readers.

- xmllint --noout on OPML, FreeMind and SVG;
- Python's `opml` package and `pandoc -f opml` on OPML: the same topics and notes as the JSON
  (the lead and the closing paragraphs as the notes of the topics 导语 and 结语 first and last),
  and pandoc shows the lead and the closing paragraphs;
- PyYAML on YAML: it must read back equal to the JSON (every scalar a string as in JSON);
- `xmindparser` on .xmind: same titles, notes and nesting as the JSON (导语 and 结语 too);
- markmap-cli renders the Markdown; mermaid-cli renders the Mermaid to PNG;
- headless Chromium screenshots the SVG and the HTML page; the PNGs must not be blank;
- Pillow opens the PNG output: its size is the SVG's viewBox at twice the scale (the tree's
  size), and it is not blank;
- a document written to inject a Mermaid directive (theme CSS) and an <img> into the diagram
  is drawn by mermaid-cli: the SVG must hold neither (issue 13).

Usage: check-readers.py BIN SAMPLES_DIR [--quick]   (--quick skips the browser checks)
Prints each reader's version, a line per sample, and 'N passed, N failed'.
"""
import collections, importlib.metadata, json, math, os, re, subprocess, sys, tempfile, unicodedata

import opml
import yaml
from PIL import Image
from xmindparser import xmind_to_dict

HERE = os.path.dirname(os.path.abspath(__file__))
BIN_DIR = os.path.join(HERE, 'readers', 'node_modules', '.bin')
PUPPETEER = os.path.join(HERE, 'readers', 'puppeteer.json')
CHROMIUM = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--hide-scrollbars']
FORMATS = {'json': 'json', 'yaml': 'yaml', 'opml': 'opml', 'markdown': 'md', 'mermaid': 'mmd',
           'freemind': 'mm', 'xmind': 'xmind', 'svg': 'svg', 'png': 'png', 'html': 'html', 'text': 'txt'}
# Device pixels a CSS pixel of the SVG in the PNG output (src/render/png.rs, SCALE).
PNG_SCALE = 2


def norm(s):
    """Letters and digits only, as the scorer compares texts."""
    return ''.join(c for c in unicodedata.normalize('NFKC', s or '') if unicodedata.category(c)[0] in 'LN')


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kw)


def versions():
    out = []
    for cmd in (['xmllint', '--version'], ['pandoc', '--version'], ['chromium', '--version'],
                [os.path.join(BIN_DIR, 'mmdc'), '--version'], [os.path.join(BIN_DIR, 'markmap'), '--version']):
        try:
            r = run(cmd)
            text = (r.stdout or r.stderr).strip().splitlines()
            out.append(f'{os.path.basename(cmd[0])}: {text[0] if text else "?"}')
        except Exception as e:  # a missing reader shows here and fails its checks below
            out.append(f'{os.path.basename(cmd[0])}: not available ({e})')
    for dist in ('opml', 'PyYAML', 'xmindparser', 'pillow'):
        out.append(f'python {dist}: {importlib.metadata.version(dist)}')
    return out


def tree(nodes):
    return [(norm(n['marker'] + n['title']), note(n), tree(n.get('children', []))) for n in nodes]


def topics(doc):
    """A map's top-level topics: 导语 with the lead, the nodes, 结语 with the closing paragraphs."""
    lead = [(norm('导语'), '\n'.join(doc['lead']), [])] if doc.get('lead') else []
    closing = [(norm('结语'), '\n'.join(doc['tail']), [])] if doc.get('tail') else []
    return lead + tree(doc['children']) + closing


def note(n):
    """What renderers show as a node's note: its frame run into its body, then its tail."""
    opening = n.get('frame', '') + n.get('body', '')
    return '\n'.join(t for t in (opening, n.get('tail', '')) if t)


def opml_tree(outlines):
    return [(norm(o.text), getattr(o, '_note', ''), opml_tree(o)) for o in outlines]


def xmind_tree(topics):
    return [(norm(t['title']), t.get('note', ''), xmind_tree(t.get('topics', []))) for t in topics or []]


def not_blank(png):
    """The picture has drawing on it: enough pixels away from the background colour."""
    img = Image.open(png).convert('RGB')
    img.thumbnail((400, 400))
    raw = img.tobytes()
    px = [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]
    bg = collections.Counter(px).most_common(1)[0][0]
    ink = sum(1 for p in px if sum(abs(a - b) for a, b in zip(p, bg)) > 60)
    return ink > len(px) // 200


def png_problems(png, svg):
    """Pillow reads the PNG output: the SVG's size at PNG_SCALE, and not blank."""
    m = re.search(r'viewBox="0 0 ([0-9.]+) ([0-9.]+)"', open(svg, encoding='utf-8').read())
    want = tuple(math.ceil(float(v) * PNG_SCALE) for v in m.groups())
    try:
        with Image.open(png) as img:
            img.verify()
        with Image.open(png) as img:
            fmt, size = img.format, img.size
    except Exception as e:
        return [f'Pillow png: {e}']
    problems = []
    if fmt != 'PNG':
        problems.append(f'Pillow png: read as {fmt}')
    if size != want:
        problems.append(f'Pillow png: {size[0]}x{size[1]} pixels, the SVG at {PNG_SCALE}x is {want[0]}x{want[1]}')
    if not not_blank(png):
        problems.append('Pillow png: blank picture')
    return problems


def check(binary, src, tmp, quick):
    """Returns the list of problems with one sample."""
    problems = []
    name = os.path.basename(src)
    out = {}
    for fmt, ext in FORMATS.items():
        out[fmt] = os.path.join(tmp, f'{name}.{ext}')
        r = run([binary, 'parse', src, '-q', '-o', out[fmt]])
        if r.returncode != 0:
            problems.append(f'{fmt}: exit {r.returncode}: {r.stderr.strip()}')
            return problems
    doc = json.load(open(out['json'], encoding='utf-8'))
    want = topics(doc)
    for fmt in ('opml', 'freemind', 'svg'):
        r = run(['xmllint', '--noout', out[fmt]])
        if r.returncode != 0:
            problems.append(f'xmllint {fmt}: {r.stderr.strip()[:200]}')
    o = opml.parse(out['opml'])
    if opml_tree(o) != want:
        problems.append('opml package: different outline or notes')
    r = run(['pandoc', '-f', 'opml', '-t', 'plain', out['opml']])
    if r.returncode != 0:
        problems.append(f'pandoc -f opml: {r.stderr.strip()[:200]}')
    elif want and want[0][0] not in norm(r.stdout):
        problems.append('pandoc -f opml: first node missing')
    elif any(norm(p) not in norm(r.stdout) for p in doc.get('lead', []) + doc.get('tail', [])):
        problems.append('pandoc -f opml: the lead or the closing paragraphs missing')
    if yaml.safe_load(open(out['yaml'], encoding='utf-8')) != doc:
        problems.append('PyYAML: YAML differs from JSON')
    sheet = xmind_to_dict(out['xmind'])[0]['topic']
    if xmind_tree(sheet.get('topics')) != want:
        problems.append('xmindparser: titles, notes or nesting differ')
    problems += png_problems(out['png'], out['svg'])
    if quick:
        return problems
    html = os.path.join(tmp, f'{name}.markmap.html')
    r = run([os.path.join(BIN_DIR, 'markmap'), '--no-open', '--offline', '-o', html, out['markdown']])
    if r.returncode != 0 or not os.path.exists(html):
        problems.append(f'markmap: {r.stderr.strip()[:200]}')
    png = os.path.join(tmp, f'{name}.mermaid.png')
    r = run([os.path.join(BIN_DIR, 'mmdc'), '-q', '-i', out['mermaid'], '-o', png, '-p', PUPPETEER])
    if r.returncode != 0 or not os.path.exists(png) or not not_blank(png):
        problems.append(f'mermaid-cli: {(r.stderr or "blank picture").strip()[:200]}')
    for fmt in ('svg', 'html'):
        png = os.path.join(tmp, f'{name}.{fmt}.png')
        r = run(CHROMIUM + [f'--user-data-dir={tmp}/chromium', f'--screenshot={png}', '--window-size=1200,900',
                            'file://' + out[fmt]])
        if not os.path.exists(png) or not not_blank(png):
            problems.append(f'chromium {fmt}: blank or no screenshot ({r.stderr.strip()[-200:]})')
    return problems


MARK = 'injectedbytest'
HOSTILE = (
    '标题\n\n一、甲\n\n正文。\n\n'
    "二、%%{init: {'theme':'forest','themeCSS':'." + MARK + "{fill:red}'}}%%乙\n\n正文。\n\n"
    '三、<img src=x onerror=alert(1)>丙\n\n正文。\n'
)


def mermaid_injection(binary, tmp):
    """Draws a hostile document's Mermaid with mermaid-cli; returns the problems."""
    src = os.path.join(tmp, 'hostile-mermaid.txt')
    mmd = os.path.join(tmp, 'hostile-mermaid.mmd')
    svg = os.path.join(tmp, 'hostile-mermaid.svg')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(HOSTILE)
    r = run([binary, 'parse', src, '-q', '-o', mmd])
    if r.returncode != 0:
        return [f'outline: exit {r.returncode}: {r.stderr.strip()}']
    r = run([os.path.join(BIN_DIR, 'mmdc'), '-q', '-i', mmd, '-o', svg, '-p', PUPPETEER])
    if r.returncode != 0 or not os.path.exists(svg):
        return [f'mermaid-cli: {r.stderr.strip()[:200]}']
    text = open(svg, encoding='utf-8').read()
    problems = []
    if any(MARK in style for style in re.findall(r'<style[^>]*>(.*?)</style>', text, re.S)):
        problems.append('the theme CSS of a directive in the text reached the SVG')
    if '<img' in text:
        problems.append('an <img> in the text reached the SVG')
    if 'onerror' not in text:
        problems.append('the text of the third node is missing')
    return problems


def main():
    binary, samples = sys.argv[1], sys.argv[2]
    quick = '--quick' in sys.argv
    for v in versions():
        print('reader', v)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(samples)):
            if not name.endswith('.txt'):
                continue
            problems = check(binary, os.path.join(samples, name), tmp, quick)
            if problems:
                failed += 1
                print(f'FAIL {name}: ' + '; '.join(problems))
            else:
                passed += 1
                print(f'ok   {name}')
        if not quick:
            problems = mermaid_injection(binary, tmp)
            if problems:
                failed += 1
                print('FAIL mermaid injection: ' + '; '.join(problems))
            else:
                passed += 1
                print('ok   mermaid injection')
    print(f'{passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
