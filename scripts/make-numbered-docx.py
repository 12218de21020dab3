#!/usr/bin/env python3
"""Writes samples/word-auto-numbering.docx: a Word document whose headings carry Word's
*automatic* numbering (numbering.xml), in the forms Chinese offices use:
level 0 `%1、` chineseCounting, level 1 `（%1）` chineseCounting, level 2 `%1.` decimal,
plus a second list restarted with a startOverride, and a paragraph style that carries
numbering (as Chinese templates' 标题 styles do). Its plain-text twin is
samples/word-auto-numbering.txt: the same document as a reader sees it.

Usage: make-numbered-docx.py OUT.docx
"""
import sys, zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

# (style or None, numId or None, ilvl, text)
PARAS = [
    (None, None, 0, '关于加强机关档案工作的实施意见'),
    (None, None, 0, '为进一步规范机关档案管理，提高档案工作水平，结合实际，提出如下意见。'),
    ('Heading1Numbered', None, 0, '总体要求'),
    (None, '1', 1, '指导思想'),
    (None, None, 0, '坚持依法治档，统筹推进档案资源建设和利用。'),
    (None, '1', 1, '工作目标'),
    (None, '1', 2, '档案收集齐全完整。'),
    (None, '1', 2, '档案管理规范有序。'),
    ('Heading1Numbered', None, 0, '主要任务'),
    (None, '1', 1, '健全档案工作制度'),
    (None, None, 0, '各单位要建立档案收集、整理、保管和利用制度。'),
    (None, '1', 1, '推进档案信息化'),
    ('Heading1Numbered', None, 0, '保障措施'),
    (None, '2', 0, '加强组织领导。'),
    (None, '2', 0, '强化监督检查。'),
]

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>'''

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:styleId="Heading1Numbered"><w:name w:val="标题 1"/>
<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>'''


def para(style, num, ilvl, text):
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    ppr = f'<w:pPr>{ppr}</w:pPr>' if ppr else ''
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def main():
    body = ''.join(para(*p) for p in PARAS)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '</Relationships>')
    with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in [('[Content_Types].xml', content_types), ('_rels/.rels', rels),
                           ('word/_rels/document.xml.rels', doc_rels), ('word/document.xml', document),
                           ('word/numbering.xml', NUMBERING), ('word/styles.xml', STYLES)]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == '__main__':
    main()
