//! HTML input: the text of a saved page as a reader copies it. Scripts, styles, navigation,
//! headers, footers, forms, comment sections, share bars and "related" lists go; block
//! elements (paragraphs, headings, list items, table rows, line breaks) end lines.

use super::html_tree::{parse_capped, MAX_DEPTH, MAX_FORMATTING};
use crate::decode::{decode, Decoded};
use crate::error::DecodeProblem;
use crate::hint::{Hint, HEADLINE, MAX_LEVEL};
use crate::model::Warning;
use ego_tree::NodeRef;
use encoding_rs::Encoding;
use scraper::node::Element;
use scraper::{ElementRef, Node};
use std::borrow::Cow;

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside",
    "button", "select", "textarea", "svg", "canvas", "video", "audio", "head", "title", "meta",
    "link",
];

/// Words in a class or id that mark page chrome rather than the article.
const CHROME_WORDS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "header",
    "comment",
    "related",
    "share",
    "breadcrumb",
    "sidebar",
    "recommend",
    "login",
    "toolbar",
    "copyright",
    "advert",
    "banner",
    "hot-news",
    "hotnews",
];

/// Elements that end a line before and after their text.
pub(super) const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "center",
    "figure",
    "figcaption",
    "hr",
    "address",
    "body",
];

/// Turns the bytes of a page into plain text.
pub fn to_text(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeProblem> {
    let decoded = match (forced, declared_charset(bytes)) {
        (Some(enc), _) => decode(bytes, Some(enc))?,
        (None, Some(enc)) => decode(bytes, Some(enc)).or_else(|_| decode(bytes, None))?,
        (None, None) => decode(bytes, None)?,
    };
    let source = strip_server_tags(&decoded.text);
    let (page, cut) = parse_capped(&source);
    let mut out = String::with_capacity(source.len() / 2);
    let body = page
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body")
        .unwrap_or_else(|| page.root_element());
    let headings = walk(body, &mut out);
    let (text, hints) = tidy(&out, &headings);
    let warnings = if cut {
        vec![Warning {
            line: 1,
            message: format!(
                "elements nested deeper than {MAX_DEPTH} (or {MAX_FORMATTING} formatting elements): \
                 the deeper tags are left out, their text kept"
            ),
        }]
    } else {
        Vec::new()
    };
    Ok(Decoded {
        text,
        encoding: decoded.encoding,
        hints,
        warnings,
    })
}

/// An element being read: what to write when it ends.
struct Open<'a> {
    node: NodeRef<'a, Node>,
    block: bool,
    /// A `b` or `strong` that starts a line: a subtitle line of its own if short.
    bold_at_line_start: bool,
    /// Characters of text read inside, counted to 31.
    chars: usize,
    /// Whether the last child read was a link.
    after_link: bool,
    /// For `h1`–`h6`: the level and where in the text its line starts.
    heading: Option<(u8, usize)>,
    /// Whether it is an `<article>` or `<main>`.
    article: bool,
}

/// Starts reading an element: `None` when its content is no article text. Inside an
/// `<article>` or `<main>`, a `<header>` is the article's own (its headline, byline, date).
fn enter<'a>(
    node: NodeRef<'a, Node>,
    el: &Element,
    in_article: bool,
    out: &mut String,
) -> Option<Open<'a>> {
    let name = el.name();
    // `c:import`, `jsp:include` and the like are server-side tags saved with the page.
    let server_tag = name.contains(':');
    let article_header = in_article && name == "header";
    if server_tag
        || (SKIPPED_TAGS.contains(&name) && !article_header)
        || is_chrome(el.attr("class"), in_article)
        || is_chrome(el.attr("id"), in_article)
        || (name == "form" && !holds_text_blocks(node))
    {
        return None;
    }
    let line_start = out.is_empty() || out.ends_with('\n');
    let block = BLOCK_TAGS.contains(&name);
    if block {
        out.push('\n');
    }
    Some(Open {
        node,
        block,
        bold_at_line_start: line_start && matches!(name, "b" | "strong"),
        chars: 0,
        after_link: false,
        heading: heading_level(name).map(|level| (level, out.len())),
        article: matches!(name, "article" | "main"),
    })
}

/// The level of a heading element: `h1` is 1, … `h6` is 6.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0').filter(|&l| l <= MAX_LEVEL),
        _ => None,
    }
}

/// Whether a form holds the page's text (ASP.NET pages wrap the whole body in one
/// `<form>`) rather than a search box or a login: a paragraph, heading, table or line
/// break inside it. Forms do not nest, so each element is looked at once.
fn holds_text_blocks(form: NodeRef<'_, Node>) -> bool {
    form.descendants().any(|n| {
        n.value().as_element().is_some_and(|e| {
            matches!(e.name(), "p" | "br" | "table" | "article")
                || heading_level(e.name()).is_some()
        })
    })
}

/// Ends reading an element.
fn leave(open: &Open, out: &mut String) {
    if open.block {
        out.push('\n');
    }
    // A short bold run that starts a source line is a subtitle line of its own.
    if open.bold_at_line_start && open.chars <= 30 {
        out.push('\n');
    }
}

/// Writes the article text under `root`, walking the tree without recursion; returns the
/// headings met (`h1`–`h6` with text), each as its level and where its text starts.
fn walk(root: ElementRef, out: &mut String) -> Vec<(u8, usize)> {
    let mut headings = Vec::new();
    // Open `<article>` and `<main>` elements.
    let mut articles = 0usize;
    let Some(first) = enter(*root, root.value(), false, out) else {
        return headings;
    };
    let mut open = vec![first];
    let mut next = root.first_child();
    while let Some(parent) = open.last_mut() {
        let Some(node) = next else {
            let done = open.pop().expect("an element is open");
            if let (Some(h), 1..) = (done.heading, done.chars) {
                headings.push(h);
            }
            if done.article {
                articles -= 1;
            }
            leave(&done, out);
            if let Some(parent) = open.last_mut() {
                parent.chars = (parent.chars + done.chars).min(31);
            }
            next = done.node.next_sibling();
            continue;
        };
        next = node.next_sibling();
        match node.value() {
            Node::Text(t) => {
                if !t.trim().is_empty() {
                    parent.after_link = false;
                }
                parent.chars = (parent.chars + t.chars().take(31).count()).min(31);
                push_text(out, t);
            }
            Node::Element(e) if e.name() == "br" => out.push('\n'),
            Node::Element(e) => {
                // Links side by side are a list of links (breadcrumbs, related news): a line each.
                let link = e.name() == "a";
                if link && parent.after_link {
                    out.push('\n');
                }
                parent.after_link = link;
                if let Some(element) = enter(node, e, articles > 0, out) {
                    articles += usize::from(element.article);
                    open.push(element);
                    next = node.first_child();
                }
            }
            _ => {}
        }
    }
    headings
}

/// Appends text with HTML's white-space rule: runs of ASCII white space are one space.
/// (A no-break or ideographic space is text and stays.) A line break between two lines of
/// text in one text node stays a line break: CMS pages hold plain text that way and show it
/// with `white-space: pre-line`.
fn push_text(out: &mut String, text: &str) {
    let mut last_space = out.ends_with([' ', '\n']);
    let mut seen_text = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if c == '\n' && seen_text {
                while out.ends_with(' ') {
                    out.pop();
                }
                if !out.ends_with('\n') {
                    out.push('\n');
                }
                last_space = true;
            } else if !last_space {
                out.push(' ');
                last_space = true;
            }
        } else {
            out.push(c);
            last_space = false;
            seen_text = true;
        }
    }
}

/// Tells whether a class or id names page chrome. Inside an article, a header is the
/// article's own (`post__header`).
fn is_chrome(value: Option<&str>, in_article: bool) -> bool {
    value.is_some_and(|v| {
        let v = v.to_ascii_lowercase();
        v.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .any(|word| CHROME_WORDS.contains(&word) && !(in_article && word == "header"))
            || CHROME_WORDS
                .iter()
                .any(|w| w.contains('-') && v.contains(w))
    })
}

/// Trims each line and keeps at most one blank line between paragraphs. `headings` are
/// the page's headings (level, where the text starts); they come back as hints on the
/// lines of the tidied text, the page's first `h1` as its [`HEADLINE`].
fn tidy(text: &str, headings: &[(u8, usize)]) -> (String, Vec<Hint>) {
    let mut starts: Vec<(usize, u8)> = headings.iter().map(|&(l, at)| (at, l)).collect();
    starts.sort_unstable();
    if let Some(k) = starts.iter().position(|&(_, l)| l == 1) {
        starts[k].1 = HEADLINE;
    }
    let mut starts = starts.into_iter().peekable();
    let mut hints = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    let mut line_no = 0;
    let mut at = 0;
    for raw in text.split('\n') {
        let end = at + raw.len();
        at = end + 1;
        let line = raw.trim_matches(|c: char| c == ' ' || c == '\t' || c == '\r');
        if line.is_empty() {
            if !blank {
                out.push('\n');
                line_no += 1;
                blank = true;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
        line_no += 1;
        blank = false;
        // A heading starts on the first line with text at or after its start.
        let mut level = None;
        while let Some(&(start, l)) = starts.peek() {
            if start > end {
                break;
            }
            level.get_or_insert(l);
            starts.next();
        }
        if let Some(level) = level {
            hints.push(Hint {
                line: line_no,
                level,
            });
        }
    }
    let trimmed = out.trim_end_matches('\n').len();
    out.truncate(trimmed);
    if !out.is_empty() {
        out.push('\n');
    }
    (out, hints)
}

/// Removes server-page directives such as `<%@ page … %>` that were saved with the page.
/// A `<%` never closed is no directive: it stays, and a browser shows it as text.
fn strip_server_tags(text: &str) -> Cow<'_, str> {
    if !text.contains("<%") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<%") {
        let Some(end) = rest[start..].find("%>") else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The charset a page declares in its first bytes: `<meta charset="gbk">` or
/// `content="text/html; charset=gb2312"`.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let value: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|&b| b == b'"' || b == b'\'')
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .collect();
    Encoding::for_label(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_goes_and_blocks_make_lines() {
        let page = r#"<html><head><title>t</title><script>x()</script></head><body>
<div class="nav">首页 新闻</div><h1>标题</h1><p>第一段，<b>加粗</b>文字。</p>
<div id="comment-list">评论</div><p>一、甲<br>二、乙</p><footer>版权</footer></body></html>"#;
        let text = to_text(page.as_bytes(), None).unwrap().text;
        assert_eq!(text, "标题\n\n第一段，加粗文字。\n\n一、甲\n二、乙\n");
    }

    #[test]
    fn plain_text_lines_and_bold_heads_stay_lines() {
        let page = "<div>各地：\n现将通知转发。\n<b>一、各地自查</b>\n各地要自查。\n</div>";
        assert_eq!(
            to_text(page.as_bytes(), None).unwrap().text,
            "各地：\n现将通知转发。\n一、各地自查\n各地要自查。\n"
        );
    }

    #[test]
    fn headings_give_hints_on_their_lines_the_first_h1_as_headline() {
        let page = "<h1>标题</h1><p>导语。</p><h2>\n  工作背景 </h2><p>正文。</p>\
                    <h3></h3><h3>细节</h3><p>甲。<br>乙。</p><h2>下一步</h2>";
        let d = to_text(page.as_bytes(), None).unwrap();
        assert_eq!(
            d.text,
            "标题\n\n导语。\n\n工作背景\n\n正文。\n\n细节\n\n甲。\n乙。\n\n下一步\n"
        );
        let at = |line, level| Hint { line, level };
        assert_eq!(d.hints, [at(1, HEADLINE), at(5, 2), at(9, 3), at(14, 2)]);
    }

    #[test]
    fn a_form_that_wraps_the_page_is_read_a_search_form_is_not() {
        let page = "<form><input name=q><button>搜索</button>站内搜索</form>\
                    <form id=form1><div><p>一、总体要求</p><p>正文。</p></div></form>";
        assert_eq!(
            to_text(page.as_bytes(), None).unwrap().text,
            "一、总体要求\n\n正文。\n"
        );
    }

    #[test]
    fn an_articles_own_header_is_read_the_pages_is_not() {
        let page = "<header class=header>网站首页</header><article>\
                    <header class=post__header><h1>标题</h1><p>2020-05-08</p></header>\
                    <p>正文。</p></article>";
        assert_eq!(
            to_text(page.as_bytes(), None).unwrap().text,
            "标题\n\n2020-05-08\n\n正文。\n"
        );
    }

    #[test]
    fn declared_charset_is_used() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<meta charset=\"gbk\"><p>一、总体要求</p>");
        let d = to_text(&bytes, None).unwrap();
        assert_eq!(d.text, "一、总体要求\n");
        assert_eq!(d.encoding, "GBK");
    }

    #[test]
    fn server_directives_are_removed() {
        assert_eq!(
            strip_server_tags("<%@ page x %>\n<p>正文</p>"),
            "\n<p>正文</p>"
        );
        assert_eq!(
            strip_server_tags("<p>甲</p><% x <p>乙</p>"),
            "<p>甲</p><% x <p>乙</p>"
        );
    }
}
