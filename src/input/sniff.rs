//! What a document's first bytes show it to be, for inputs whose name says nothing
//! (standard input, an unknown ending): a web page, a Word file, Markdown with front
//! matter, a PDF, a Word 97–2003 or WPS file.

use super::InputFormat;

/// The bytes that start a zip archive's first entry, as every `.docx` does.
const ZIP: &[u8] = b"PK\x03\x04";
/// The bytes that start a PDF.
const PDF: &[u8] = b"%PDF-";
/// The bytes that start an OLE2 compound file: Word 97–2003 `.doc`, WPS `.wps`, `.xls` …
const OLE2: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// How far a front matter's closing fence is looked for.
const HEAD: usize = 64 * 1024;

/// The binary formats told by their magic bytes whatever the file is called: a PDF
/// (`%PDF-`), an OLE2 compound file (Word 97–2003, WPS).
pub fn binary(bytes: &[u8]) -> Option<InputFormat> {
    if bytes.starts_with(PDF) {
        Some(InputFormat::Pdf)
    } else if bytes.starts_with(OLE2) {
        Some(InputFormat::Doc)
    } else {
        None
    }
}

/// Tags that a scraped text keeps from the page it was copied out of, by name.
const STRAY_TAGS: &[&str] = &[
    "p", "br", "div", "span", "strong", "b", "font", "td", "tr", "table", "li", "ul", "ol", "h1",
    "h2", "h3", "h4", "h5", "h6", "section", "img", "a", "em", "center",
];
/// Of them, the ones that end a line where they stand.
const LINE_TAGS: &[&str] = &[
    "p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
];
/// How many tags make a text a page's markup rather than a mention of a tag: three, one
/// a line's end. A text that names a tag says `<p>` once or twice; a scraped page ends
/// its paragraphs with them, line after line.
const STRAY_TAGS_NEEDED: usize = 3;

/// Tells whether a text (no page by its first tag) still carries the markup of the page it
/// was copied from: `</p><p style="…">` and `<br>` between its paragraphs. Such a text is
/// read as HTML, whose reader keeps its line breaks and takes the tags away.
pub fn tagged(bytes: &[u8]) -> bool {
    let head = head_text(bytes);
    let (mut tags, mut line_tags) = (0, 0);
    for (at, _) in head.match_indices('<') {
        let rest = head[at + 1..].trim_start_matches('/');
        let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let (name, after) = rest.split_at(name_len);
        let name = name.to_ascii_lowercase();
        let closes = after.starts_with(['>', '/', ' ', '\t', '\n', '\r']);
        if closes && STRAY_TAGS.contains(&name.as_str()) {
            tags += 1;
            if LINE_TAGS.contains(&name.as_str()) {
                line_tags += 1;
            }
            if tags >= STRAY_TAGS_NEEDED && line_tags > 0 {
                return true;
            }
        }
    }
    false
}

/// Tells what format the bytes are in when they show it: PDF and OLE2 magic are a PDF and
/// an old Word file, zip magic is Word, a page that
/// starts (after a byte-order mark, white space, an XML declaration or comments) with
/// `<!doctype html` or `<html` is HTML, a YAML front matter block (`---` … `---`) is
/// Markdown; `None` otherwise (plain text).
pub fn sniff(bytes: &[u8]) -> Option<InputFormat> {
    if let Some(format) = binary(bytes) {
        return Some(format);
    }
    if bytes.starts_with(ZIP) {
        return Some(InputFormat::Docx);
    }
    let head = head_text(bytes);
    let head = head.trim_start_matches('\u{feff}');
    if is_html(head) {
        Some(InputFormat::Html)
    } else if has_front_matter(head) {
        Some(InputFormat::Markdown)
    } else {
        None
    }
}

/// The first bytes as text, enough to see markup in: UTF-16 by its byte-order mark; any
/// other encoding we read is ASCII where markup is, so a lossy UTF-8 reading serves.
fn head_text(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(HEAD)];
    let utf16 = match head {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    match utf16 {
        Some(encoding) => encoding
            .decode_without_bom_handling(&head[2..])
            .0
            .into_owned(),
        None => String::from_utf8_lossy(head).into_owned(),
    }
}

/// Tells whether text starts as a web page: `<!doctype html` or `<html`, after white space,
/// an XML declaration and comments (a browser's `<!-- saved from url=… -->`).
fn is_html(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        let skipped = if starts_with_ignore_case(rest, "<?xml") {
            rest.find("?>").map(|end| &rest[end + 2..])
        } else if rest.starts_with("<!--") {
            rest.find("-->").map(|end| &rest[end + 3..])
        } else {
            break;
        };
        match skipped {
            Some(after) => rest = after.trim_start(),
            None => return false,
        }
    }
    let tag_ends = |after: &str| after.starts_with(|c: char| c == '>' || c.is_ascii_whitespace());
    (starts_with_ignore_case(rest, "<!doctype html") && tag_ends(&rest["<!doctype html".len()..]))
        || (starts_with_ignore_case(rest, "<html") && tag_ends(&rest["<html".len()..]))
}

/// Tells whether `text` starts with `prefix`, ASCII letters in any case.
fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Tells whether text starts with a YAML front matter block: a `---` line, lines of
/// `key: value` (or list items, indented lines, comments), and a closing `---` or `...`.
/// A text that merely opens with a rule has no such lines and stays text.
fn has_front_matter(text: &str) -> bool {
    let mut lines = text.trim_start_matches(['\r', '\n']).lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return false;
    }
    let mut keys = 0;
    for line in lines {
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return keys > 0;
        }
        if line.is_empty() || line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        match line.split_once(':') {
            Some((key, _)) if !key.is_empty() && !key.contains(char::is_whitespace) => keys += 1,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_pages_are_told_by_their_first_tag() {
        for page in [
            "<!DOCTYPE html>\n<html>",
            "  \r\n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
            "<html lang=\"zh-CN\">",
            "<HTML>",
            "<!-- saved from url=(0042)http://example.com/ -->\n<html>",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">",
        ] {
            assert_eq!(sniff(page.as_bytes()), Some(InputFormat::Html), "{page}");
        }
        for text in ["<htmlish>", "<!doctype opml>", "一、<html>", "<!-- no end"] {
            assert_eq!(sniff(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn byte_order_marks_are_looked_through() {
        let page = "<!DOCTYPE html><title>标题</title>";
        let utf8 = [b"\xEF\xBB\xBF".as_slice(), page.as_bytes()].concat();
        assert_eq!(sniff(&utf8), Some(InputFormat::Html));
        let mut le = vec![0xFF, 0xFE];
        le.extend(page.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(sniff(&le), Some(InputFormat::Html));
        let mut be = vec![0xFE, 0xFF];
        be.extend(page.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(sniff(&be), Some(InputFormat::Html));
    }

    #[test]
    fn a_text_with_a_pages_tags_left_in_is_told() {
        let scraped =
            "标题\n●作者</p><p style=\"text-indent: 2em\"> 第一段。<br>\n一、总体要求<br>\n";
        assert!(tagged(scraped.as_bytes()));
        assert!(tagged("甲。<BR/>乙。<br />丙。<br>".as_bytes()));
        for text in [
            "网页里的段落用 <p> 标签，换行用 <br> 标签。",
            "一、总体要求\n（一）指导思想\n",
            "若 a<b 且 b<c，则 a<c。<span>x</span>",
            "<b>加粗</b><em>强调</em>",
        ] {
            assert!(!tagged(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn zip_magic_is_word() {
        assert_eq!(sniff(b"PK\x03\x04\x14\x00"), Some(InputFormat::Docx));
        assert_eq!(sniff(b"PK"), None);
    }

    #[test]
    fn front_matter_is_markdown_and_a_rule_is_not() {
        let md = "---\ntitle: \"标题\"\ntags:\n  - 理论\ndate: 2025-01-01\n---\n\n正文。\n";
        assert_eq!(sniff(md.as_bytes()), Some(InputFormat::Markdown));
        assert_eq!(
            sniff(b"---\r\ntitle: x\r\n...\r\n"),
            Some(InputFormat::Markdown)
        );
        for text in [
            "---\n一、总体要求\n---\n",
            "---\n\n---\n",
            "---\ntitle: never closed\n",
            "----\ntitle: x\n----\n",
        ] {
            assert_eq!(sniff(text.as_bytes()), None, "{text}");
        }
    }

    #[test]
    fn pdf_and_ole2_are_told_by_magic() {
        assert_eq!(sniff(b"%PDF-1.7\n%\xe2\xe3"), Some(InputFormat::Pdf));
        assert_eq!(
            sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"),
            Some(InputFormat::Doc)
        );
        assert_eq!(binary("一、%PDF-".as_bytes()), None);
    }
}
