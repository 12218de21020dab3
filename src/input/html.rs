//! HTML input: the text of a saved page as a reader copies it. Scripts, styles, navigation,
//! headers, footers, forms, comment sections, share bars and "related" lists go; block
//! elements (paragraphs, headings, list items, table rows, line breaks) end lines.

use super::html_tree::{read_capped, MAX_DEPTH, MAX_FORMATTING};
use crate::decode::{decode, Decoded};
use crate::error::DecodeProblem;
use crate::hint::{Hint, HEADLINE, ITEM, LEAD, LINK, MAX_LEVEL, QUOTE};
use crate::model::Warning;
use crate::origin::Origin;
use crate::text::is_terminator;
use encoding_rs::Encoding;
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
    let (read, cut, stated) = read_capped(&source);
    let (text, hints, origin) = tidy(&read);
    let warnings = if cut {
        vec![Warning { page: None,
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
        origin,
        stated,
    })
}

/// What the reader needs to know of an element.
pub(super) struct Tag<'a> {
    /// The local name, e.g. `p`.
    pub name: &'a str,
    /// Whether its class or id names page chrome, outside an article (`[0]`) and inside one
    /// (`[1]`, where a header is the article's own).
    pub chrome: [bool; 2],
    /// For a `<form>`: whether it holds text blocks ([`is_text_block`]); `None` while its
    /// content is still coming (it is then read, and its text taken back at its end if no
    /// text block was met in it).
    pub holds_text: Option<bool>,
}

/// An element being read: what to write when it ends.
struct Open {
    block: bool,
    /// A `b` or `strong` that starts a line, and where its text starts: a subtitle line of
    /// its own if short, or the run-in lead of its paragraph if it ends a sentence.
    bold_at_line_start: Option<usize>,
    /// Characters of text read inside, counted to 31.
    chars: usize,
    /// Whether the last child read was a link.
    after_link: bool,
    /// For `h1`–`h6`: the level and where in the text its line starts.
    heading: Option<(u8, usize)>,
    /// For a `<blockquote>`: where its text starts (its lines are a quotation).
    quote: Option<usize>,
    /// Whether it is an `<article>` or `<main>`.
    article: bool,
    /// Whether it is a link (`<a>`).
    link: bool,
    /// For an `<li>`: where its text starts and what text was read in it.
    item: Option<Item>,
    /// For a `<ul>` or `<ol>`: its items read so far.
    list: Option<Box<List>>,
    /// A form read before it is known to hold text: the length of the text, the headings
    /// and the lines' sources when it started, to go back to if it holds none.
    tentative: Option<(usize, usize, usize)>,
    /// For such a form: whether a text block was met inside it.
    holds_text: bool,
    /// A table read while content may still be put before it (html5ever moves text and
    /// elements misplaced in a table out in front of it): the text and headings before it,
    /// put aside while its own text is written, joined again when it ends.
    before: Option<Box<Written>>,
}

/// What was read of a list item: where its text starts, whether some of it is a link's
/// and whether some is not.
#[derive(Clone, Copy)]
struct Item {
    start: usize,
    linked: bool,
    plain: bool,
}

/// A list's items read so far: where each starts, and whether all of them are links alone.
struct List {
    starts: Vec<usize>,
    all_links: bool,
    /// The starts of the items that hold text of their own (no link alone).
    plain: Vec<usize>,
    /// Whether the list stands in the article (inside `<article>` or `<main>`, or under
    /// the headline): a sidebar's or a footer's list is no part of the outline.
    in_article: bool,
}

/// A list of this many items or more, each a link and nothing else, is a list of links
/// (related news, a sidebar's ranking, navigation): one link alone may be an attachment.
const LINK_LIST_MIN: usize = 2;

/// Text written, the headings met in it (level, where its text starts), and where lines of
/// it came from (where a line's text starts, the line of the page it was read from; a line
/// from the page's line of the line above is not noted).
#[derive(Default)]
pub(super) struct Written {
    pub out: String,
    pub headings: Vec<(u8, usize)>,
    pub lines: Vec<(usize, u32)>,
}

/// The article text of a page, read element by element in document order: each element is
/// started, its content read, and ended. The order and the decisions are those of a walk
/// over the finished tree; [`read_capped`] calls these as parts of the tree become final.
pub(super) struct Reader {
    written: Written,
    /// The elements being read, innermost last; the outermost is the page's `<body>`.
    open: Vec<Open>,
    /// Open `<article>` and `<main>` elements.
    articles: usize,
    /// Whether the page's first `<h1>` was read: a block classed `header` after it is the
    /// article's own header (its date and source), as inside an `<article>`.
    headline_read: bool,
    /// Open forms read before they are known to hold text, in which no text block was met
    /// yet.
    undecided: usize,
}

impl Reader {
    pub fn new(capacity: usize) -> Reader {
        Reader {
            written: Written {
                out: String::with_capacity(capacity),
                headings: Vec::new(),
                lines: Vec::new(),
            },
            open: Vec::new(),
            articles: 0,
            headline_read: false,
            undecided: 0,
        }
    }

    /// Starts reading the page's root (its `<body>`); false when its content is no article
    /// text.
    pub fn root(&mut self, tag: &Tag) -> bool {
        self.start(tag, false)
    }

    /// Starts reading a child of the element being read: true when its content is to be
    /// read next (and [`Reader::end`] called after it), false when it is left out. `apart`
    /// is for a table whose text is kept apart ([`Open::before`]): content may still be
    /// put before it, so it counts as the last child read (no link) only when it ends.
    pub fn element(&mut self, tag: &Tag, apart: bool) -> bool {
        if is_text_block(tag.name) {
            self.met_text_block();
        }
        if tag.name == "br" {
            self.written.out.push('\n');
            return false;
        }
        let parent = self.open.last_mut().expect("an element is open");
        // Links side by side are a list of links (breadcrumbs, related news): a line each.
        let link = tag.name == "a";
        if link && parent.after_link {
            self.written.out.push('\n');
        }
        if !apart {
            parent.after_link = link;
        }
        self.start(tag, apart)
    }

    /// Starts reading an element: false when its content is no article text. Inside an
    /// `<article>` or `<main>`, a `<header>` is the article's own (its headline, byline,
    /// date).
    fn start(&mut self, tag: &Tag, apart: bool) -> bool {
        let name = tag.name;
        let in_article = self.articles > 0 || self.headline_read;
        // `c:import`, `jsp:include` and the like are server-side tags saved with the page.
        let server_tag = name.contains(':');
        let article_header = in_article && name == "header";
        if server_tag
            || (SKIPPED_TAGS.contains(&name) && !article_header)
            || tag.chrome[usize::from(in_article)]
            || (name == "form" && tag.holds_text == Some(false))
        {
            return false;
        }
        let tentative = (name == "form" && tag.holds_text.is_none()).then_some((
            self.written.out.len(),
            self.written.headings.len(),
            self.written.lines.len(),
        ));
        self.undecided += usize::from(tentative.is_some());
        let before = apart.then(|| Box::new(std::mem::take(&mut self.written)));
        let out = &mut self.written.out;
        let line_start = out.is_empty() || out.ends_with('\n');
        let block = BLOCK_TAGS.contains(&name);
        if block {
            out.push('\n');
        }
        // A table's cells after the first of their row are parted by a tab: a row reads as
        // one, never as a heading run into its numbers.
        if matches!(name, "td" | "th") && !line_start {
            out.truncate(out.trim_end_matches(' ').len());
            out.push('\t');
        }
        let article = matches!(name, "article" | "main");
        self.articles += usize::from(article);
        self.open.push(Open {
            block,
            bold_at_line_start: (line_start && matches!(name, "b" | "strong")).then_some(out.len()),
            chars: 0,
            after_link: false,
            heading: heading_level(name).map(|level| (level, out.len())),
            quote: (name == "blockquote").then_some(out.len()),
            article,
            link: name == "a",
            item: (name == "li").then_some(Item {
                start: out.len(),
                linked: false,
                plain: false,
            }),
            list: matches!(name, "ul" | "ol").then(|| {
                Box::new(List {
                    starts: Vec::new(),
                    all_links: true,
                    plain: Vec::new(),
                    in_article,
                })
            }),
            tentative,
            holds_text: false,
            before,
        });
        true
    }

    /// Reads a text node that starts on line `line` of the page.
    pub fn text(&mut self, text: &str, line: u32) {
        if !text.trim().is_empty() {
            self.open.last_mut().expect("an element is open").after_link = false;
            // Inside a list item: whether the text is a link's (an `<a>` between the item
            // and the text). The walk stops at the item or a list (depth is capped).
            let mut linked = false;
            for open in self.open.iter_mut().rev() {
                linked |= open.link;
                if let Some(item) = &mut open.item {
                    item.linked |= linked;
                    item.plain |= !linked;
                    break;
                }
                if open.list.is_some() {
                    break;
                }
            }
        }
        let parent = self.open.last_mut().expect("an element is open");
        parent.chars = (parent.chars + text.chars().take(31).count()).min(31);
        push_text(&mut self.written, text, line);
    }

    /// Ends the element read last.
    pub fn end(&mut self) {
        let done = self.open.pop().expect("an element is open");
        let written = &mut self.written;
        if let Some((len, headings, lines)) = done.tentative {
            if !done.holds_text {
                // A form that held no text block: a search box or a login, left out.
                self.undecided -= 1;
                written.out.truncate(len);
                written.headings.truncate(headings);
                written.lines.truncate(lines);
                return;
            }
        }
        if let (Some(h), 1..) = (done.heading, done.chars) {
            self.headline_read |= h.0 == 1;
            written.headings.push(h);
        }
        if done.article {
            self.articles -= 1;
        }
        // A quotation's lines, each marked: someone else's words.
        if let Some(start) = done.quote {
            let out = &written.out;
            let mut at = start;
            for line in out[start..].split_inclusive('\n') {
                if !line.trim().is_empty() {
                    written.headings.push((QUOTE, at));
                }
                at += line.len();
            }
        }
        // An item tells its list whether it is a link alone; a list of links alone marks
        // its items' lines.
        if let Some(item) = done.item {
            if let Some(list) = self.open.last_mut().and_then(|o| o.list.as_mut()) {
                list.starts.push(item.start);
                list.all_links &= item.linked && !item.plain;
                if item.plain && !item.linked {
                    list.plain.push(item.start);
                }
            }
        }
        if let Some(list) = done.list {
            if list.all_links && list.starts.len() >= LINK_LIST_MIN {
                written
                    .headings
                    .extend(list.starts.iter().map(|&start| (LINK, start)));
            } else if list.in_article {
                // A list of text in the article: its items, the bullets or numbers the
                // page draws for them left out of the text.
                written
                    .headings
                    .extend(list.plain.iter().map(|&start| (ITEM, start)));
            }
        }
        let apart = done.before.is_some();
        if let Some(before) = done.before {
            let own = std::mem::replace(written, *before);
            let at = written.out.len();
            written.out.push_str(&own.out);
            written.headings.extend(
                own.headings
                    .into_iter()
                    .map(|(level, start)| (level, at + start)),
            );
            written.lines.extend(
                own.lines
                    .into_iter()
                    .map(|(start, line)| (at + start, line)),
            );
        }
        let out = &mut written.out;
        if done.block {
            out.push('\n');
        }
        // A short bold run that starts a source line is a subtitle line of its own; one that
        // ends in a colon is a label that runs on (`<b>记者：</b>请问……`, `<b>答：</b>`).
        // (Spaces only are looked past: a page of empty paragraphs ends in a million line
        // breaks.)
        let label = || out.trim_end_matches([' ', '\t']).ends_with(['：', ':']);
        if let Some(start) = done
            .bold_at_line_start
            .filter(|_| done.chars <= 30 && !label())
        {
            // One that closes a sentence (`<strong>规划引领，绘好蓝图。</strong>县里……`) is
            // its paragraph's run-in lead, as the format shows it: the line runs on.
            if out.trim_end_matches([' ', '\t']).ends_with(is_terminator) {
                written.headings.push((LEAD, start));
            } else {
                out.push('\n');
            }
        }
        if let Some(parent) = self.open.last_mut() {
            parent.chars = (parent.chars + done.chars).min(31);
            if apart {
                parent.after_link = false;
            }
        }
    }

    /// Notes that a table left out, whose text would have been kept apart, has ended: it
    /// counts as the last child read (no link) only now.
    pub fn skipped_apart(&mut self) {
        if let Some(parent) = self.open.last_mut() {
            parent.after_link = false;
        }
    }

    /// Notes a text block ([`is_text_block`]) met inside the elements being read, whether
    /// read or left out: the forms around it hold text.
    pub fn met_text_block(&mut self) {
        if self.undecided == 0 {
            return;
        }
        for open in self.open.iter_mut().rev() {
            if open.tentative.is_some() && !open.holds_text {
                open.holds_text = true;
                self.undecided -= 1;
                if self.undecided == 0 {
                    break;
                }
            }
        }
    }

    /// Whether a form being read is not yet known to hold text: content left out unread
    /// is then to be looked through for text blocks ([`Reader::met_text_block`]).
    pub fn wants_text_blocks(&self) -> bool {
        self.undecided > 0
    }

    /// How many elements are being read.
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// Reads, through `read`, content that html5ever put before the table read at `depth`
    /// (the value of [`Reader::depth`] just after it started) while that table's text is
    /// kept apart: written after the text before the table, in the context of its parent.
    pub fn before_table(&mut self, depth: usize, read: impl FnOnce(&mut Reader)) {
        let mut inner = self.open.split_off(depth - 1);
        let before = inner[0].before.as_mut().expect("a table read apart");
        std::mem::swap(&mut self.written, before);
        let articles = inner.iter().filter(|o| o.article).count();
        let undecided = inner
            .iter()
            .filter(|o| o.tentative.is_some() && !o.holds_text)
            .count();
        self.articles -= articles;
        self.undecided -= undecided;
        read(self);
        self.articles += articles;
        self.undecided += undecided;
        let before = inner[0].before.as_mut().expect("a table read apart");
        std::mem::swap(&mut self.written, before);
        self.open.append(&mut inner);
    }

    /// The text read, and where the headings in it start; nothing when the page's root
    /// turned out to be no article text (`keep` false).
    pub fn finish(self, keep: bool) -> Written {
        if keep {
            self.written
        } else {
            Written::default()
        }
    }
}

/// The level of a heading element: `h1` is 1, … `h6` is 6.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0').filter(|&l| l <= MAX_LEVEL),
        _ => None,
    }
}

/// Elements that show a form holds the page's text (ASP.NET pages wrap the whole body in
/// one `<form>`) rather than a search box or a login: a paragraph, heading, table or line
/// break inside it.
pub(super) fn is_text_block(name: &str) -> bool {
    matches!(name, "p" | "br" | "table" | "article") || heading_level(name).is_some()
}

/// Appends text with HTML's white-space rule: runs of ASCII white space are one space.
/// (A no-break or ideographic space is text and stays.) A line break between two lines of
/// text in one text node stays a line break: CMS pages hold plain text that way and show it
/// with `white-space: pre-line`. `line` is the line of the page the text starts on: each
/// line of `out` it starts is noted with its own line of the page.
fn push_text(written: &mut Written, text: &str, mut line: u32) {
    let out = &mut written.out;
    let mut last_space = out.ends_with([' ', '\n']);
    let mut seen_text = false;
    for c in text.chars() {
        if c == '\n' {
            line = line.saturating_add(1);
        }
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
            // A line from the page's line the last one came from needs no note: it is
            // taken to be from there (a table of many rows on one line of the page).
            if (out.is_empty() || out.ends_with('\n'))
                && written.lines.last().is_none_or(|&(_, at)| at != line)
            {
                written.lines.push((out.len(), line));
            }
            out.push(c);
            last_space = false;
            seen_text = true;
        }
    }
}

/// Tells whether a class or id names page chrome. Inside an article, a header is the
/// article's own (`post__header`).
pub(super) fn is_chrome(value: Option<&str>, in_article: bool) -> bool {
    value.is_some_and(|v| {
        let v = v.to_ascii_lowercase();
        v.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .any(|word| CHROME_WORDS.contains(&word) && !(in_article && word == "header"))
            || CHROME_WORDS
                .iter()
                .any(|w| w.contains('-') && v.contains(w))
    })
}

/// Trims each line and keeps at most one blank line between paragraphs. The page's
/// headings come back as hints on the lines of the tidied text, the page's first `h1` as
/// its [`HEADLINE`]; and for each line, the line of the page it was read from.
fn tidy(written: &Written) -> (String, Vec<Hint>, Origin) {
    let (text, headings) = (&written.out, &written.headings);
    let mut sources = written.lines.iter().peekable();
    let mut origin = Origin::new();
    let mut source = 1;
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
        // The line's source: the first noted in it, else the last noted before it.
        let mut first = None;
        while let Some(&&(start, at)) = sources.peek() {
            if start > end {
                break;
            }
            first.get_or_insert(at);
            source = at;
            sources.next();
        }
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
        origin.note(line_no, first.unwrap_or(source) as usize);
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
    (out, hints, origin)
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
        // The directive's line breaks stay, so that lines keep their numbers.
        let directive = &rest[start..start + end + 2];
        out.extend(std::iter::repeat_n('\n', directive.matches('\n').count()));
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
    fn a_header_block_after_the_headline_is_the_articles_own() {
        let page = "<html><head><meta name=\"PublishDate\" content=\"2025-06-06 18:42\">\
                    <meta name=\"source\" content=\"某某网\"></head><body>\
                    <div class=\"header\"><a href=\"/\">首页</a></div>\
                    <h1>标题</h1><div class=\"header-cont\"><p>来源：某某日报</p></div>\
                    <p>正文。</p><div class=\"footer\">关于我们</div></body></html>";
        let d = to_text(page.as_bytes(), None).unwrap();
        assert_eq!(d.text, "标题\n\n来源：某某日报\n\n正文。\n");
        assert_eq!(d.stated.date.as_deref(), Some("2025-06-06 18:42"));
        assert_eq!(d.stated.source.as_deref(), Some("某某网"));
        // The text's own source outranks the page's; the date it lacks comes from the page.
        let (mut doc, _) = crate::parse::parse_hinted(&d.text, &d.hints, false);
        d.complete(&mut doc);
        assert_eq!(doc.meta.source.as_deref(), Some("某某日报"));
        assert_eq!(doc.meta.date.as_deref(), Some("2025-06-06"));
    }

    #[test]
    fn a_page_states_its_writer_when_the_text_names_none() {
        let page = |author: &str| {
            format!(
                "<html><head><meta name=\"author\" content=\"{author}\"></head>\
                 <body><h1>标题</h1><p>正文。</p></body></html>"
            )
        };
        let author_of = |page: String| {
            let d = to_text(page.as_bytes(), None).unwrap();
            let (mut doc, _) = crate::parse::parse_hinted(&d.text, &d.hints, false);
            d.complete(&mut doc);
            doc.meta.author
        };
        assert_eq!(author_of(page("王  明")), ["王明"]);
        // A site's or a unit's name stated as the writer is no person's.
        assert!(author_of(page("某某网")).is_empty());
        assert!(author_of(page("新浪财经")).is_empty());
        assert!(author_of(page("Some Site Editor")).is_empty());
        // The byline in the text outranks the page's.
        let bylined = "<html><head><meta name=\"author\" content=\"王明\"></head>\
                       <body><h1>标题</h1><p>作者：李华</p><p>正文。</p></body></html>";
        assert_eq!(author_of(bylined.to_string()), ["李华"]);
    }

    #[test]
    fn a_bold_label_ending_in_a_colon_runs_on() {
        let page = "<body><p><strong>某某日报记者：</strong>请问今年如何安排？</p>\
                    <p><b>答：</b>主要有三项。</p><p><b>一、总体要求</b>全文如下。</p></body>";
        let d = to_text(page.as_bytes(), None).unwrap();
        assert_eq!(
            d.text,
            "某某日报记者：请问今年如何安排？\n\n答：主要有三项。\n\n一、总体要求\n全文如下。\n"
        );
    }

    #[test]
    fn each_line_names_the_page_line_it_was_read_from() {
        let page = "<html><head><title>页</title></head>\n<body>\n<div class=\"nav\">首页</div>\n\
                    <h1>标题</h1>\n<%@ page\n  x %>\n<p>第一段\n  第二行</p><p>同一行的第二段</p>\n\
                    <form><input></form>\n<table><tr><td>甲</td>\n<td>乙</td></tr>\n\
                    <tr><td>丙</td></tr></table>\n<p><b>一、</b>加粗开头</p></body></html>";
        let d = to_text(page.as_bytes(), None).unwrap();
        let lines: Vec<(usize, &str)> = d
            .text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
            .map(|(k, l)| (d.source_line(k + 1), l))
            .collect();
        assert_eq!(
            lines,
            [
                (4, "标题"),
                (7, "第一段"),
                (8, "第二行"),
                (8, "同一行的第二段"),
                // A table row is a line, its cells parted by tabs; a short bold run
                // starting a line, a line of its own.
                (10, "甲\t乙"),
                (12, "丙"),
                (13, "一、"),
                (13, "加粗开头"),
            ],
            "{}",
            d.text
        );
    }

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
