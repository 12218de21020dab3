#!/usr/bin/env python3
"""Checks the outputs with real readers: every sample through `outline`, then
xmllint on the OPML, Python's `opml` package on the OPML, and PyYAML on the YAML
(which must read back equal to the JSON: every scalar a string or number as in JSON).

Usage: check-readers.py BIN SAMPLES_DIR
"""
import json, os, subprocess, sys, tempfile, unicodedata

import opml
import yaml


def main():
    binary, samples = sys.argv[1], sys.argv[2]
    failures = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in sorted(os.listdir(samples)):
            if not name.endswith('.txt'):
                continue
            src = os.path.join(samples, name)
            outs = {}
            for fmt in ('json', 'yaml', 'opml'):
                path = os.path.join(tmp, f'{name}.{fmt}')
                subprocess.run([binary, 'parse', src, '-q', '-o', path], check=True)
                outs[fmt] = path
            doc = json.load(open(outs['json'], encoding='utf-8'))
            lint = subprocess.run(['xmllint', '--noout', outs['opml']], capture_output=True, text=True)
            if lint.returncode != 0:
                print(f'FAIL {name}: xmllint: {lint.stderr.strip()}'); failures += 1
            o = opml.parse(outs['opml'])
            if [norm(x.text) for x in o] != [norm(n['marker'] + n['title']) for n in doc['children']]:
                print(f'FAIL {name}: opml top-level texts differ'); failures += 1
            if count(o) != count_json(doc['children']):
                print(f'FAIL {name}: opml node count differs'); failures += 1
            y = yaml.safe_load(open(outs['yaml'], encoding='utf-8'))
            if y != doc:
                print(f'FAIL {name}: YAML read by PyYAML differs from JSON'); failures += 1
            checked += 1
            print(f'ok   {name}: {len(doc["children"])} top-level, {count_json(doc["children"])} nodes')
    print(f'{checked - failures} passed, {failures} failed')
    sys.exit(1 if failures else 0)


def norm(s):
    """Letters and digits only, as the scorer compares texts."""
    return ''.join(c for c in unicodedata.normalize('NFKC', s or '') if unicodedata.category(c)[0] in 'LN')


def count(outline):
    return sum(1 + count(x) for x in outline)


def count_json(nodes):
    return sum(1 + count_json(n.get('children', [])) for n in nodes)


if __name__ == '__main__':
    main()
