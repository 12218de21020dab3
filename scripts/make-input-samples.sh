#!/usr/bin/env bash
# Rebuilds the Word samples from the text and Markdown samples with the real tools that
# people use, as they were made (the .docx files are committed; run this to remake them):
# - samples/libreoffice-notice.docx: LibreOffice Writer saving notice-sections-items.txt;
# - samples/pandoc-commentary.docx: pandoc converting markdown-commentary.md (its ordered
#   and bulleted lists become Word's automatic numbering);
# - samples/word-auto-numbering.docx: hand-written WordprocessingML with Chinese counting
#   numbering (scripts/make-numbered-docx.py).
# Needs: libreoffice-writer (Debian), pandoc (Debian), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
cp samples/notice-sections-items.txt "$tmp/libreoffice-notice.txt"
(cd "$tmp" && soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx libreoffice-notice.txt >/dev/null)
cp "$tmp/libreoffice-notice.docx" samples/
pandoc -f markdown samples/markdown-commentary.md -o samples/pandoc-commentary.docx
python3 scripts/make-numbered-docx.py samples/word-auto-numbering.docx
rm -rf "$tmp"
