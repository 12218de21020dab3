//! Markdown input: headings, paragraphs, list items and quotes become lines of text, as a
//! reader copies them; front matter, rules, images and HTML tags go.
//!
//! pulldown-cmark holds the tree of whatever it is given, and a paragraph of 2.8 million
//! lines made a tree of a gigabyte. So it is given a window of the text at a time
//! ([`WINDOW`]): the blocks that end inside the window are read, and the next window starts
//! at the last block, which may go on past it. A paragraph that does not end inside a
//! window is cut at a line where no inline markup can reach across ([`Marks`]), and read
//! a part at a time. Reference links are resolved against the definitions of the whole
//! text. What is read is what a parse of the whole text gives.

use crate::hint::Hint;
use crate::origin::Origin;
use pulldown_cmark::{BrokenLink, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::ops::Range;
use unicase::UniCase;

/// The text given to pulldown-cmark at a time, at the least: doubled while a single block
/// (a list, a quote) does not end inside it.
const WINDOW: usize = 64 * 1024;

/// Turns Markdown into plain text, one block a line, with a hint for each heading but the
/// title (the first `#`), and for each line of the text the line of `md` it was read from.
/// A kicker heading above the `#` title gets the title above it too, as on a newspaper
/// page, so that it reads as a kicker.
pub fn to_text(md: &str) -> (String, Vec<Hint>, Origin) {
    let FrontMatter {
        title: front_title,
        body,
        ..
    } = front_matter(md);
    let attrs = states_heading_attributes(body);
    // Definitions can follow their uses: they are gathered first, when there can be any.
    let mut labels = HashSet::new();
    if body.contains("]:") {
        read_blocks(body, &HashSet::new(), attrs, &mut |piece| {
            for (label, def) in piece.definitions.drain(..) {
                if def.end <= piece.done {
                    labels.insert(UniCase::new(label));
                }
            }
        });
    }
    let mut writer = Writer::new(body.len(), md);
    read_blocks(body, &labels, attrs, &mut |piece| writer.piece(piece));
    let (text, hints, origin) = writer.finish(front_title);
    let (text, hints, origin) = glued_headings(md, text, hints, origin);
    container_titles(text, hints, origin)
}

/// `##第一章 总则`: a heading whose marks its writer did not part from its words, which
/// Markdown reads as a paragraph. Its marks are taken off and it is hinted at its level,
/// where the Markdown line itself opens with them (not an escaped `\#`, a table's `#`
/// column or a code block's comment). Looked at once the text is whole, so that no offset
/// taken while writing it moves.
fn glued_headings(
    md: &str,
    text: String,
    mut hints: Vec<Hint>,
    origin: Origin,
) -> (String, Vec<Hint>, Origin) {
    if !text.contains('#') {
        return (text, hints, origin);
    }
    let source: Vec<&str> = md.lines().collect();
    let verbatim: Vec<usize> = hints
        .iter()
        .filter(|h| h.level == crate::hint::VERBATIM)
        .map(|h| h.line)
        .collect();
    let mut kept = String::with_capacity(text.len());
    let mut found = Vec::new();
    for (k, line) in text.split_inclusive('\n').enumerate() {
        let no = k + 1;
        let glued = line.starts_with('#')
            && line
                .trim_start_matches('#')
                .starts_with(|c: char| !c.is_ascii() && !c.is_whitespace())
            && verbatim.binary_search(&no).is_err()
            && origin
                .source_line(no)
                .checked_sub(1)
                .and_then(|i| source.get(i))
                .is_some_and(|l| l.trim_start().starts_with('#'));
        match glued
            .then(|| crate::hint::atx_heading(line.trim_end()))
            .flatten()
        {
            Some((level, words)) => {
                found.push(Hint { line: no, level });
                kept.push_str(words);
                kept.push_str(&line[line.trim_end().len()..]);
            }
            None => kept.push_str(line),
        }
    }
    if found.is_empty() {
        return (text, hints, origin);
    }
    hints.extend(found);
    hints.sort_by_key(|h| h.line);
    (kept, hints, origin)
}

/// The kind and the title of a static-site tool's container (`:::tip 单一题高分`, `::: info
/// 宣传、培训`, as VuePress, VitePress and Docusaurus write a boxed note): the words after the
/// fence's kind, when there are any.
fn container_title(line: &str) -> Option<(&str, &str)> {
    let rest = line
        .trim()
        .strip_prefix(":::")?
        .trim_start_matches(':')
        .trim_start();
    let kind_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let title = rest[kind_end..].trim();
    (kind_end > 0 && rest[kind_end..].starts_with(char::is_whitespace) && !title.is_empty())
        .then_some((&rest[..kind_end], title))
}

/// Containers that are a page's widgets, not boxed notes: a folding block (`::: details
/// 目录`, most often the contents), tabs, a group of code samples.
const WIDGET_KINDS: &[&str] = &["details", "tabs", "code-group"];

/// Tells whether a line inside a container is text a reader reads: words, not a bare link
/// (`<http://……>`), a fence or nothing (an image's line is empty once its tag is gone).
fn box_text(line: &str) -> bool {
    let t = line.trim();
    let link = t.starts_with("http") || t.starts_with('<') && t.ends_with('>');
    !(t.starts_with(":::") || link) && t.chars().any(char::is_alphanumeric)
}

/// The fewest boxed notes with titles that make their titles headings: one alone is a
/// lone label (a box captioned `题干中涉及宗旨、追求等：`), as one unnumbered heading is.
const BOXES_MIN: usize = 2;

/// Boxed notes' titles head what the boxes hold, where two or more boxes with titles hold
/// text: each is a heading a level below the last heading the format stated above it (or of
/// the second level, under the title, where none stands above), its fence and kind taken
/// off. A fence without a title (`:::`, `:::tip`), a widget's (`::: details 目录`) and the
/// fence of a box that holds no text (an image, a link) stay, as the page's markup. Looked
/// at once the text is whole, as [`glued_headings`] does.
fn container_titles(
    text: String,
    mut hints: Vec<Hint>,
    origin: Origin,
) -> (String, Vec<Hint>, Origin) {
    if !text.contains(":::") {
        return (text, hints, origin);
    }
    let verbatim: HashSet<usize> = hints
        .iter()
        .filter(|h| h.level == crate::hint::VERBATIM)
        .map(|h| h.line)
        .collect();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    // The boxes with titles that hold text, by line number (1-based).
    let boxes: Vec<usize> = (0..lines.len())
        .filter(|&k| !verbatim.contains(&(k + 1)))
        .filter(|&k| {
            container_title(lines[k]).is_some_and(|(kind, _)| !WIDGET_KINDS.contains(&kind))
        })
        .filter(|&k| {
            lines[k + 1..]
                .iter()
                .take_while(|l| !l.trim_start().starts_with(":::"))
                .any(|l| box_text(l))
        })
        .map(|k| k + 1)
        .collect();
    if boxes.len() < BOXES_MIN {
        return (text, hints, origin);
    }
    let mut stated: Vec<(usize, u8)> = hints
        .iter()
        .filter(|h| (1..=crate::hint::MAX_LEVEL).contains(&h.level))
        .map(|h| (h.line, h.level))
        .collect();
    stated.sort_unstable();
    let mut kept = String::with_capacity(text.len());
    for (k, line) in lines.iter().enumerate() {
        let no = k + 1;
        match container_title(line).filter(|_| boxes.binary_search(&no).is_ok()) {
            Some((_, title)) => {
                let above = stated.partition_point(|&(l, _)| l < no);
                let level = above
                    .checked_sub(1)
                    .map_or(2, |i| stated[i].1 + 1)
                    .min(crate::hint::MAX_LEVEL);
                hints.push(Hint { line: no, level });
                kept.push_str(title);
                kept.push_str(&line[line.trim_end().len()..]);
            }
            None => kept.push_str(line),
        }
    }
    hints.sort_by_key(|h| h.line);
    (kept, hints, origin)
}

/// The text in a block of its own length, when the block it grew in is a good deal larger
/// (it is held while the whole document is parsed; 2.8 million lines of `*a`: 17 MB for
/// 8). Copied, not shrunk: mimalloc leaves a block in place when asked to shrink it by half
/// or less.
fn fitted(text: String) -> String {
    if text.capacity() - text.len() > text.len() / 8 {
        text.as_str().to_owned()
    } else {
        text
    }
}

/// A part of the text read in one go: the events of the blocks that ended in a window.
struct Piece<'a> {
    /// The window's text, which the events' ranges index.
    text: &'a str,
    events: Vec<(Event<'a>, Range<usize>)>,
    /// The reference definitions of the window: labels and where they stand.
    definitions: Vec<(String, Range<usize>)>,
    /// Where the part read ends in the window: what follows (definitions too) is read
    /// again in the next window.
    done: usize,
    /// Whether the first block goes on a paragraph cut at the end of the last piece.
    continues: bool,
    /// Whether the last block is a paragraph cut here (its events end with its last line
    /// above the cut), to go on in the next piece.
    cut: bool,
}

/// Parses `text` with the tables and strikethrough of GFM, resolving reference links whose
/// label is defined elsewhere in the document (`labels`).
/// `events` is a vector to fill (used again from window to window: fresh memory is dear).
fn parse<'a>(
    text: &'a str,
    labels: &HashSet<UniCase<String>>,
    attrs: bool,
    mut events: Vec<(Event<'a>, Range<usize>)>,
) -> Piece<'a> {
    let known = |link: BrokenLink<'a>| {
        labels
            .contains(&UniCase::new(link.reference.to_string()))
            .then(|| (CowStr::from(""), CowStr::from("")))
    };
    let mut options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    if attrs {
        options |= Options::ENABLE_HEADING_ATTRIBUTES;
    }
    let mut parser =
        Parser::new_with_broken_link_callback(text, options, Some(known)).into_offset_iter();
    events.clear();
    events.extend(parser.by_ref());
    let definitions = parser
        .reference_definitions()
        .iter()
        .map(|(label, def)| (label.to_string(), def.span.clone()))
        .collect();
    Piece {
        text,
        events,
        definitions,
        done: text.len(),
        continues: false,
        cut: false,
    }
}

/// Where the blocks at the top level start: the index of their first event and the start
/// of their source.
fn top_level(events: &[(Event, Range<usize>)]) -> Vec<(usize, usize)> {
    let mut depth = 0usize;
    let mut starts = Vec::new();
    for (i, (event, range)) in events.iter().enumerate() {
        match event {
            Event::End(_) => depth -= 1,
            _ => {
                if depth == 0 {
                    starts.push((i, range.start));
                }
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
            }
        }
    }
    starts
}

/// Reads `body` a window at a time, handing each final part to `read`.
fn read_blocks<'a>(
    body: &'a str,
    labels: &HashSet<UniCase<String>>,
    attrs: bool,
    read: &mut dyn FnMut(&mut Piece<'a>),
) {
    let mut events = Vec::new();
    let mut pos = 0;
    let mut size = WINDOW;
    // A paragraph cut at `pos`: what may reach across its lines, from its start.
    let mut cut: Option<Marks> = None;
    // The same for a paragraph starting at `pos` not cut yet (kept while the window grows).
    let mut scanned: Option<(usize, Marks)> = None;
    while pos < body.len() {
        let end = line_end(body, pos + size);
        let mut piece = parse(&body[pos..end], labels, attrs, std::mem::take(&mut events));
        piece.continues = cut.is_some();
        let last = end == body.len();
        let tops = top_level(&piece.events);
        if last || tops.len() >= 2 {
            if !last {
                let (first_event, start) = *tops.last().expect("two blocks");
                // Reference definitions just above the block open the paragraph it may be
                // part of (a line of HTML under them goes on that paragraph): they are read
                // again with it.
                let above = piece.events[first_event - 1].1.end;
                let mut start = line_start(piece.text, start);
                while start > above {
                    let line = line_start(piece.text, start - 1);
                    if line < above || piece.text[line..start].trim().is_empty() {
                        break;
                    }
                    start = line;
                }
                piece.events.truncate(first_event);
                piece.done = start;
                pos += start;
            } else {
                pos = end;
            }
            read(&mut piece);
            events = piece.events;
            cut = None;
            size = WINDOW;
            continue;
        }
        // One block, which may go on past the window: a paragraph is cut at a line inside
        // it; anything else is read with a window twice as large.
        let paragraph = matches!(
            piece.events.first(),
            Some((Event::Start(Tag::Paragraph), _))
        );
        let runs_on = piece
            .events
            .last()
            .is_some_and(|(_, r)| r.end >= line_start(piece.text, piece.text.len() - 1));
        if paragraph && runs_on {
            // Its first line of text (blank lines or reference definitions may stand above).
            let first_line = pos + piece.events[0].1.start;
            let marks = match cut.take() {
                Some(marks) => marks,
                None => match scanned.take() {
                    Some((at, marks)) if at == pos => marks,
                    _ => Marks::scan(body, line_start(body, first_line)),
                },
            };
            if let Some(at) = marks.cut_in(body, first_line, end) {
                // The lines above the cut read as in the whole text (no markup reaches
                // across it); the line break at the cut is written when the paragraph goes
                // on.
                let cut_at = line_start(body, at) - pos;
                let above = piece.events.iter().take_while(|(_, r)| r.start < cut_at);
                let above = above.count();
                piece.events.truncate(above);
                while let Some((Event::SoftBreak | Event::HardBreak, _)) = piece.events.last() {
                    piece.events.pop();
                }
                piece.cut = true;
                piece.done = cut_at;
                read(&mut piece);
                events = piece.events;
                pos = at;
                cut = Some(marks);
                size = WINDOW;
                continue;
            }
            if piece.continues {
                cut = Some(marks);
            } else {
                scanned = Some((pos, marks));
            }
        }
        events = piece.events;
        size *= 2;
    }
}

/// The end of the line that holds byte `at` (past its line feed), or the end of `text`.
fn line_end(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i + 1)
}

/// The start of the line that holds byte `at`.
fn line_start(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1)
}

/// Inline markup that can reach across the lines of a paragraph, by kind: emphasis and
/// strikethrough (`*`, `_`, `~`), links and images, code spans, HTML and autolinks.
const KINDS: usize = 6;

/// Where, in a paragraph, markup of each kind could first open and last close (a superset
/// of what CommonMark would take as such: a run of `*` not followed by white space may
/// open, one not preceded by it may close, and so on). A cut between two lines is exact
/// when no kind could open above it and close below it.
struct Marks {
    /// The first place markup of each kind could open, and the last it could close.
    opens: [usize; KINDS],
    closes: [usize; KINDS],
}

impl Marks {
    /// Scans the paragraph that starts at `start`, as far as the next blank line (it ends
    /// there at the latest).
    fn scan(body: &str, start: usize) -> Marks {
        let mut marks = Marks {
            opens: [usize::MAX; KINDS],
            closes: [0; KINDS],
        };
        let bytes = body.as_bytes();
        let mut line = start;
        while line < bytes.len() {
            let end = line_end(body, line);
            let text = &bytes[line..end];
            if text.iter().all(u8::is_ascii_whitespace) {
                break;
            }
            for (i, &b) in text.iter().enumerate() {
                let at = line + i;
                let before = if i == 0 { b'\n' } else { text[i - 1] };
                let after = text.get(i + 1).copied().unwrap_or(b'\n');
                let kind = match b {
                    b'*' => 0,
                    b'_' => 1,
                    b'~' => 2,
                    b'[' | b']' | b')' => 3,
                    b'`' => 4,
                    b'<' | b'>' => 5,
                    _ => continue,
                };
                let (open, close) = match b {
                    b'*' | b'_' | b'~' => (
                        !after.is_ascii_whitespace() && after != b,
                        !before.is_ascii_whitespace() && before != b,
                    ),
                    b'[' | b'<' => (true, false),
                    b']' | b')' | b'>' => (false, true),
                    _ => (true, true),
                };
                if open {
                    marks.opens[kind] = marks.opens[kind].min(at);
                }
                if close {
                    marks.closes[kind] = at;
                }
            }
            line = end;
        }
        marks
    }

    /// A line of the paragraph in `[from, to)`, past its first, at which to cut it: where
    /// pulldown-cmark, given the text from there on, starts a paragraph of the same lines
    /// (its first character starts no other block and no table), the line above ends in no
    /// hard break (`\`), and no markup reaches across. Returns where the line's text starts.
    fn cut_in(&self, body: &str, from: usize, to: usize) -> Option<usize> {
        let mut line = line_start(body, to - 1);
        let middle = from + (to - from) / 2;
        while line > from.max(middle) {
            let end = line_end(body, line);
            let text = &body[line..end];
            // pulldown-cmark strips spaces and tabs before a paragraph's line; other white
            // space (U+3000, an indent in Chinese) is text.
            let text = text.trim_start_matches([' ', '\t']);
            let at = end - text.len();
            let above = body[..line - 1].trim_end_matches('\r');
            if !above.ends_with('\\')
                && !text.contains('|')
                && starts_paragraph(text)
                && (0..KINDS).all(|k| self.opens[k] >= at || self.closes[k] < at)
            {
                return Some(at);
            }
            line = line_start(body, line - 1);
        }
        None
    }
}

/// Whether a line (past its spaces and tabs) starts a paragraph, and no other block, however
/// it is read: it opens with a letter, an ideograph or other non-ASCII text, or with `*`,
/// `_`, `+` or `-` right before text (no list item, rule or underline).
fn starts_paragraph(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if !c.is_ascii() => true,
        Some(c) if c.is_ascii_alphabetic() => true,
        Some(c @ ('*' | '_' | '+' | '-')) => {
            chars.next().is_some_and(|n| !n.is_whitespace() && n != c)
        }
        _ => false,
    }
}

/// Writes the text of the events, one block a line.
/// A bold run that opens a paragraph is a run-in lead at most this many characters long.
const BOLD_LEAD_MAX: usize = 40;

/// Tells whether a paragraph's text opens with a bold run followed by more text: `bold` is
/// where a bold run that opens it ends, when Markdown read one (`**推行服务圈标准**。建议……`);
/// a literal `**…**` opening it counts too (`**推行服务圈标准。**建议……` is no emphasis under
/// CommonMark's flanking rules, though every reader of Chinese Markdown shows it so).
fn bold_lead(para: &str, bold: Option<usize>) -> bool {
    let end = match bold {
        Some(end) if end <= para.len() => Some(end),
        _ => para
            .strip_prefix("**")
            .and_then(|rest| rest.find("**"))
            .map(|k| k + 4),
    };
    end.is_some_and(|end| {
        let lead = para[..end].trim_matches('*');
        let after = para[end..].trim();
        // (A bold label, `**摘　要：**`, heads a field, not a point.)
        !lead.is_empty()
            && !lead.trim_end().ends_with(['：', ':'])
            && crate::text::count_to(lead, BOLD_LEAD_MAX + 1) <= BOLD_LEAD_MAX
            && !after.is_empty()
            && !lead.contains('\n')
    })
}

struct Writer<'m> {
    out: String,
    /// Where each heading but the title starts in `out`, with its level.
    headings: Vec<(usize, u8)>,
    /// Ordered lists: the next number of each open list, `None` for bullets.
    lists: Vec<Option<u64>>,
    /// For each open list, how far its first item's marker is indented in the source
    /// (columns, a tab to the next multiple of 4, quote marks not counted), and whether its
    /// last item was read as nested under the one above it.
    list_indents: Vec<(Option<usize>, bool)>,
    /// Where the first level-1 heading starts and ends in `out`.
    h1: Option<(usize, usize)>,
    /// How many level-1 headings the text has: the first is the headline only when alone.
    h1s: usize,
    /// The papers the text names in title marks, read up to `sent_read` in `out`.
    sent: crate::title::SentPapers,
    sent_read: usize,
    /// Whether the last `#` heading was a sent paper's title, not counted among them.
    sent_h1: bool,
    /// Whether the first `#` heading is a sent paper's title.
    first_sent: bool,
    /// Whether only headings came before the first level-1 heading.
    only_headings: bool,
    in_h1: bool,
    /// Where the `#` heading being written starts, while one is.
    h1_at: Option<usize>,
    /// Inside a code block: its lines are verbatim.
    in_code: bool,
    /// How many quotation blocks (`>`) are open around the text being written.
    quotes: usize,
    /// For a paragraph cut into pieces: where it starts in `out`, and `only_headings` before
    /// it (it may yet turn out a setext heading).
    cut: Option<(usize, bool)>,
    /// Where each line of `out` was read from.
    origin: Source<'m>,
    /// Inside a paragraph: where its text starts in `out`, and where a bold run that opens
    /// it ends (a run-in lead as the format shows it: `**推行服务圈标准。**建议……`).
    para: Option<(usize, Option<usize>)>,
    /// The list items open, innermost last: where each starts in `out` and what it holds.
    items: Vec<ItemLinks>,
    /// For each open list, its items read so far: where each starts in `out`, and whether it
    /// only links to a place in the document.
    list_items: Vec<Vec<(usize, bool)>>,
    /// Inside a link: its text is the link's.
    in_link: bool,
}

/// What a list item holds, to tell an entry of a table of contents: a link to a place in
/// the document (`#…`), and anything else (text, a link elsewhere).
struct ItemLinks {
    start: usize,
    anchor: bool,
    other: bool,
}

/// The fewest items of a list of links within the document that make it a table of
/// contents: one such link is a cross-reference.
const CONTENTS_MIN: usize = 2;

/// How much deeper than its list's first item (columns) an item whose written number is
/// not the list's next must stand to be read as nested under the item above (and the items
/// after it at that depth with it): a tab, or two spaces (the least indent by which writers
/// nest; one space is a slip of the hand).
const NESTED_INDENT_MIN: usize = 2;

/// The column of the first character of the line holding `at` that is neither a space
/// nor a quote mark `>`: where a list item's marker stands as written (a tab reaches the
/// next multiple of 4).
fn source_indent(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut col = 0;
    for c in text[line_start..].chars() {
        match c {
            '\t' => col = (col / 4 + 1) * 4,
            ' ' | '>' | '\u{3000}' => col += 1,
            _ => break,
        }
    }
    col
}

/// For each line written, the line of the Markdown it was read from.
struct Source<'m> {
    /// The whole Markdown, which the pieces' texts are slices of.
    md: &'m str,
    /// A place in `md` and its line (1-based), to count lines from.
    at: (usize, u32),
    /// By line of `out`, its line in `md`.
    lines: Origin,
    /// How far `out` was looked at for line breaks, and the line breaks in it.
    counted: (usize, usize),
}

impl Source<'_> {
    /// The line of `md` that holds byte `offset` of `text`, a slice of it.
    fn line_of(&mut self, text: &str, offset: usize) -> u32 {
        let to = (text.as_ptr() as usize)
            .saturating_sub(self.md.as_ptr() as usize)
            .saturating_add(offset)
            .min(self.md.len());
        let (from, line) = self.at;
        let breaks = |a: usize, b: usize| {
            let n = line_breaks(&self.md.as_bytes()[a..b]);
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        let line = if to >= from {
            line.saturating_add(breaks(from, to))
        } else {
            line.saturating_sub(breaks(to, from))
        };
        self.at = (to, line);
        line
    }

    /// Notes where the text written into `out` since byte `before` came from: its lines
    /// that start with text, from the line of `md` holding byte `offset` of `text` on.
    fn wrote(&mut self, out: &str, before: usize, text: &str, offset: usize) {
        if out.len() <= before {
            return;
        }
        // Spaces at the end may have been taken off since (they hold no line break).
        let (counted, mut breaks) = self.counted;
        let counted = counted.min(before);
        breaks += line_breaks(&out.as_bytes()[counted..before]);
        let mut first: Option<u32> = None;
        let mut line_start = before == 0 || out.as_bytes()[before - 1] == b'\n';
        let mut since_first = 0u32;
        for &c in &out.as_bytes()[before..] {
            if c == b'\n' {
                if first.is_some() {
                    since_first += 1;
                }
                breaks += 1;
                line_start = true;
                continue;
            }
            if line_start {
                let line = match first {
                    Some(line) => line.saturating_add(since_first),
                    None => *first.insert(self.line_of(text, offset)),
                };
                self.lines.note(breaks + 1, line as usize);
                line_start = false;
            }
        }
        self.counted = (out.len(), breaks);
    }
}

impl Source<'_> {
    /// Forgets what was written into `out` from byte `at` on, which is about to be taken
    /// back (an image's alt text).
    fn taken_back(&mut self, out: &str, at: usize) {
        let (counted, breaks) = self.counted;
        if counted > at {
            let gone = line_breaks(&out.as_bytes()[at..counted.min(out.len())]);
            let breaks = breaks - gone;
            self.lines.forget_after(breaks + 1);
            self.counted = (at, breaks);
        }
    }
}

impl<'m> Writer<'m> {
    fn new(capacity: usize, md: &'m str) -> Writer<'m> {
        Writer {
            origin: Source {
                md,
                at: (0, 1),
                lines: Origin::new(),
                counted: (0, 0),
            },
            out: String::with_capacity(capacity),
            headings: Vec::new(),
            lists: Vec::new(),
            list_indents: Vec::new(),
            h1: None,
            h1s: 0,
            sent: Default::default(),
            sent_read: 0,
            sent_h1: false,
            first_sent: false,
            only_headings: true,
            in_h1: false,
            h1_at: None,
            in_code: false,
            quotes: 0,
            cut: None,
            para: None,
            items: Vec::new(),
            list_items: Vec::new(),
            in_link: false,
        }
    }

    /// Writes a piece: a paragraph cut at its start goes on (its start is the line break
    /// between its lines), one cut at its end stays open.
    fn piece(&mut self, piece: &mut Piece) {
        let mut first = 0;
        let mut cut = None;
        if piece.continues {
            let (start, only_headings) = self.cut.take().expect("a cut paragraph");
            cut = Some((start, only_headings));
            if let Some((Event::Start(tag), _)) = piece.events.first() {
                if let Tag::Heading { level, .. } = tag {
                    // The paragraph was a setext heading all along.
                    self.only_headings = only_headings;
                    self.h1s += usize::from(*level == HeadingLevel::H1);
                    if *level == HeadingLevel::H1 {
                        self.h1_at = Some(start);
                    }
                    if *level == HeadingLevel::H1 && self.h1.is_none() {
                        self.h1 = Some((start, start));
                        self.in_h1 = true;
                    } else {
                        self.headings.push((start, *level as u8));
                    }
                }
                first = 1;
                self.out.push('\n');
            }
        }
        if piece.cut {
            self.cut = Some(cut.unwrap_or((self.out.len(), self.only_headings)));
        }
        let text = piece.text;
        for (event, range) in piece.events.drain(..).skip(first) {
            self.event(event, text, range);
        }
    }

    /// Writes one event, noting where its lines came from; `range` is where the Markdown it
    /// stands for is in `text`.
    fn event(&mut self, event: Event, text: &str, range: Range<usize>) {
        // An event may first take off spaces at the end (`block_break`): what is new is
        // looked at from before them.
        let before = self.out.trim_end_matches([' ', '\t']).len();
        let start = range.start;
        self.write(event, text, range);
        self.origin.wrote(&self.out, before, text, start);
    }

    /// Writes one event; `range` is where the Markdown it stands for is in `text`.
    fn write(&mut self, event: Event, text: &str, range: Range<usize>) {
        let out = &mut self.out;
        match &event {
            Event::Start(Tag::CodeBlock(_)) => self.in_code = true,
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            _ => {}
        }
        match event {
            Event::Start(Tag::Item) => {
                block_break(out);
                self.items.push(ItemLinks {
                    start: out.len(),
                    anchor: false,
                    other: false,
                });
                if self.h1.is_none() {
                    self.only_headings = false;
                }
                let depth = self.lists.len();
                match self.lists.last_mut() {
                    Some(Some(n)) => {
                        // A numbered list inside another list's item: its depth is a hint,
                        // as its `1.` again does not tell it.
                        if depth >= 2 {
                            let level = crate::hint::NESTED
                                + u8::try_from(depth)
                                    .unwrap_or(u8::MAX)
                                    .min(crate::hint::NESTED_MAX);
                            self.headings.push((out.len(), level));
                        }
                        // The number as counted (`1.` `1.` `1.` numbers a list 1, 2, 3);
                        // but after an item that took lines in lazily (`四、……` under
                        // `2. ……` with no blank line), the number as written: its `1.` opens
                        // a list of its own, which Markdown joined to the one above.
                        let lazy_above = self
                            .list_items
                            .last()
                            .and_then(|items| items.last())
                            .is_some_and(|&(at, _)| out[at..].trim_end().contains('\n'));
                        let written = text[range.clone()].trim_start();
                        let digits = written.bytes().take_while(u8::is_ascii_digit).count();
                        let written = written[..digits].parse::<u64>().ok();
                        // An item indented deeper than its list's first, numbered anew
                        // (`> 2. ……` then `> \t1. ……`: too little indent for Markdown to
                        // nest it, which the writer meant): a nested item, as written.
                        let indent = source_indent(text, range.start);
                        let mut nested = None;
                        if let Some((first, run)) = self.list_indents.last_mut() {
                            let deeper = indent >= *first.get_or_insert(indent) + NESTED_INDENT_MIN;
                            nested = written.filter(|&w| deeper && (w != *n || *run));
                            *run = nested.is_some();
                        }
                        match nested {
                            Some(w) => {
                                let level = crate::hint::NESTED
                                    + u8::try_from(depth + 1)
                                        .unwrap_or(u8::MAX)
                                        .min(crate::hint::NESTED_MAX);
                                self.headings.push((out.len(), level));
                                out.push_str(&format!("{w}. "));
                            }
                            _ => {
                                // (The count goes on from the number written.)
                                if let Some(w) = written.filter(|_| lazy_above) {
                                    *n = w;
                                }
                                out.push_str(&format!("{n}. "));
                                *n += 1;
                            }
                        }
                    }
                    // The bullet as written (`*`, `-`, `+`), so a note `* 这是……` stays one;
                    // nested lists as a page shows them (disc, circle, square), so that their
                    // items stay below the item they are under.
                    _ => {
                        let bullet = text[range]
                            .trim_start()
                            .chars()
                            .next()
                            .filter(|c| matches!(c, '*' | '-' | '+'));
                        out.push_str(match depth {
                            0 | 1 if bullet == Some('*') => "* ",
                            0 | 1 => "• ",
                            2 => "◦ ",
                            _ => "▪ ",
                        });
                    }
                }
            }
            Event::Start(Tag::List(start)) => {
                self.lists.push(start);
                self.list_indents.push((None, false));
                self.list_items.push(Vec::new());
            }
            Event::End(TagEnd::Item) => {
                if let (Some(item), Some(list)) = (self.items.pop(), self.list_items.last_mut()) {
                    list.push((item.start, item.anchor && !item.other));
                }
            }
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
                self.list_indents.pop();
                // A list whose items each only link to a place in the document is its table
                // of contents.
                let items = self.list_items.pop().unwrap_or_default();
                if items.len() >= CONTENTS_MIN && items.iter().all(|&(_, anchor)| anchor) {
                    self.headings
                        .extend(items.iter().map(|&(at, _)| (at, crate::hint::CONTENTS)));
                }
                block_break(out);
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some(item) = self.items.last_mut() {
                    if dest_url.starts_with('#') {
                        item.anchor = true;
                    } else {
                        item.other = true;
                    }
                }
                self.in_link = true;
            }
            Event::End(TagEnd::Link) => self.in_link = false,
            Event::Start(Tag::Heading { level, .. }) => {
                block_break(out);
                self.h1s += usize::from(level == HeadingLevel::H1);
                // A sent paper's `#` title before another `#` heading is one of several
                // parts: counted again.
                if level == HeadingLevel::H1 && std::mem::take(&mut self.sent_h1) {
                    self.h1s += 1;
                }
                if level == HeadingLevel::H1 {
                    self.h1_at = Some(out.len());
                }
                if level == HeadingLevel::H1 && self.h1.is_none() {
                    self.h1 = Some((out.len(), out.len()));
                    self.in_h1 = true;
                } else {
                    self.headings.push((out.len(), level as u8));
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                // A `#` heading of no Chinese words (`# Work-Notes`, a repository's name over
                // the notes it holds, `# References` at the end) is no headline of a Chinese
                // text: it is not counted among them, and a later one may be the headline.
                let h1_at = self.h1_at.take();
                let latin =
                    h1_at.filter(|&at| !out[at.min(out.len())..].chars().any(crate::text::is_cjk));
                // Nor is the title of the paper the text above sends (`现将《某某方案》印发给
                // 你们` over `# 某某方案`): the appended paper's, under the notice's headline.
                let sent = h1_at.zip(self.h1).is_some_and(|(at, (start, _))| {
                    let at = at.min(out.len());
                    // (The text above read once, as the headings are met.)
                    self.sent
                        .read(&out[self.sent_read.min(at)..at], self.sent_read);
                    self.sent_read = at;
                    let sent = self.sent.sends(&out[at..], at);
                    // (A first `#` heading that is a sent paper's title too: two papers
                    // sent, each a part under its title, none left out of the count.)
                    self.first_sent |= sent && at == start;
                    sent && at > start && !self.first_sent
                });
                if latin.is_some() || sent {
                    self.h1s -= 1;
                }
                self.sent_h1 |= sent;
                if self.in_h1 {
                    if let Some((start, _)) = self.h1 {
                        self.h1 = Some((start, out.len()));
                        if latin.is_some() {
                            self.h1 = None;
                            self.headings.push((start, 1));
                        }
                    }
                    self.in_h1 = false;
                }
                block_break(out);
            }
            Event::Start(
                tag @ (Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::TableRow
                | Tag::TableHead),
            ) => {
                if self.h1.is_none() {
                    self.only_headings = false;
                }
                if !out.ends_with("• ") && !out.ends_with("* ") && !out.ends_with(". ") {
                    block_break(out);
                }
                if matches!(tag, Tag::Paragraph) {
                    self.para = Some((out.len(), None));
                    if self.quotes > 0 {
                        self.headings.push((out.len(), crate::hint::QUOTE));
                    }
                }
                self.quotes += usize::from(matches!(tag, Tag::BlockQuote(_)));
            }
            Event::Start(Tag::Strong) => {
                if let Some((start, None)) = self.para {
                    if start == out.len() {
                        self.para = Some((start, Some(usize::MAX)));
                    }
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some((start, Some(usize::MAX))) = self.para {
                    self.para = Some((start, Some(out.len())));
                }
            }
            Event::End(
                tag_end @ (TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead),
            ) => {
                if matches!(tag_end, TagEnd::BlockQuote(_)) {
                    self.quotes = self.quotes.saturating_sub(1);
                }
                if let (TagEnd::Paragraph, Some((start, bold))) = (&tag_end, self.para.take()) {
                    if bold_lead(&out[start..], bold.map(|end| end - start)) {
                        self.headings.push((start, crate::hint::LEAD));
                    }
                }
                block_break(out);
            }
            Event::Start(Tag::Image { .. }) => out.push('\u{0}'),
            Event::End(TagEnd::Image) => {
                // An image's alt text is no part of the article.
                if let Some(at) = out.rfind('\u{0}') {
                    self.origin.taken_back(out, at);
                    out.truncate(at);
                }
            }
            // A row's cells after the first are parted by a tab, as an HTML table's are: a
            // row reads as one line that no rule takes for a heading.
            Event::Start(Tag::TableCell) if !(out.is_empty() || out.ends_with('\n')) => {
                out.push('\t')
            }
            // A code block's lines are verbatim (`一、` in an example is no section).
            Event::Text(t) if self.in_code => {
                for piece in t.split_inclusive('\n') {
                    if out.is_empty() || out.ends_with('\n') {
                        self.headings.push((out.len(), crate::hint::VERBATIM));
                    }
                    out.push_str(piece);
                }
            }
            // A task's box (`- [x] 完成……`) as the ballot box a page shows, ticked or not:
            // its state is kept, and the item's words start after it.
            Event::TaskListMarker(done) => out.push_str(if done { "☑ " } else { "☐ " }),
            Event::Text(t) | Event::Code(t) => {
                if !self.in_link && !t.trim().is_empty() {
                    if let Some(item) = self.items.last_mut() {
                        item.other = true;
                    }
                }
                push_spaced(out, &t);
            }
            // Raw HTML shows its text, its character references as the page shows them
            // (`&emsp;` a wide space, `&amp;` an ampersand).
            Event::Html(h) | Event::InlineHtml(h) => {
                push_spaced(out, &html_escape::decode_html_entities(&strip_tags(&h)))
            }
            Event::SoftBreak | Event::HardBreak => {
                out.push('\n');
                // Every line of a quoted paragraph is the quotation's: each that opens with
                // its `>` (a line taken in lazily, without it, is the writer's again).
                let quoted_line = text
                    .get(range.end..)
                    .is_some_and(|next| next.trim_start_matches([' ', '\t']).starts_with('>'));
                if self.quotes > 0 && self.para.is_some() && quoted_line {
                    self.headings.push((out.len(), crate::hint::QUOTE));
                }
            }
            _ => {}
        }
    }

    /// The text written, with the headings' hints by line.
    fn finish(self, front_title: Option<(String, u32)>) -> (String, Vec<Hint>, Origin) {
        let Writer {
            mut out,
            mut headings,
            h1,
            only_headings,
            origin,
            h1s,
            ..
        } = self;
        let mut origin = origin.lines;
        out.retain(|c| c != '\u{0}');
        // Lines are counted now: what follows moves bytes within lines, or adds whole lines
        // above all of them.
        let kicker = h1.is_some_and(|(start, _)| start > 0) && only_headings;
        if let (true, Some((start, _))) = (kicker, h1) {
            // Headings above the title are its kicker, no part of the outline.
            headings.retain(|&(at, _)| at > start);
        }
        // A table of contents' entries are noted when their list ends, after the entries of
        // the lists nested in it: in the order of the text again.
        headings.sort_by_key(|&(at, _)| at);
        let mut hints = Vec::with_capacity(headings.len());
        let (mut line, mut at) = (1, 0);
        for (start, level) in headings {
            let start = start.min(out.len());
            line += line_breaks(&out.as_bytes()[at..start]);
            at = start;
            hints.push(Hint { line, level });
        }
        let shift = |hints: Vec<Hint>, by: usize| {
            hints
                .into_iter()
                .map(|h| Hint {
                    line: h.line + by,
                    ..h
                })
                .collect()
        };
        // `**重点。**一是` is no emphasis under CommonMark's flanking rules (punctuation
        // inside, a letter outside), as often in Chinese: the stars are markup all the same.
        if out.contains("**") {
            out = out.replace("**", "");
        }
        // The first `#` heading is the document's headline, as a page's first `<h1>` is,
        // when it is the only one (`# 某书` over `# 读《某书》有感` leaves the choice to the
        // head); under a kicker it is moved to the first line, below.
        if let (Some((start, _)), false, 1) = (h1, kicker, h1s) {
            let start = start.min(out.len());
            let line = 1 + line_breaks(&out.as_bytes()[..start]);
            hints.push(Hint {
                line,
                level: crate::hint::HEADLINE,
            });
        }
        // Several `#` headings and no title in the front matter: the first is a heading of
        // its level as the others are; the head weighs whether it is the title.
        if let (Some((start, _)), true, None) = (h1, h1s >= 2 && !kicker, &front_title) {
            let start = start.min(out.len());
            let line = 1 + line_breaks(&out.as_bytes()[..start]);
            hints.push(Hint { line, level: 1 });
            hints.sort_by_key(|h| h.line);
        }
        if let (true, Some((title, at))) = (h1.is_none() || h1s >= 2, front_title) {
            // The page's title lives only in the front matter (its `#` headings, if it has
            // several, are its sections): it leads the text, as on the page.
            let mut hints = hints;
            if let Some((start, _)) = h1 {
                let start = start.min(out.len());
                let line = 1 + line_breaks(&out.as_bytes()[..start]);
                hints.push(Hint { line, level: 1 });
                hints.sort_by_key(|h| h.line);
            }
            origin.lines_above(2, at as usize);
            return (format!("{title}\n\n{out}"), shift(hints, 2), origin);
        }
        match h1 {
            Some((start, end)) if kicker => {
                let end = end.min(out.len());
                let title = out[start..end].trim().to_string();
                let before = out[..start].to_string();
                let line = line_breaks(&out.as_bytes()[..start]);
                let at = origin.source_line(line + 1);
                origin.lines_above(2, at);
                // As a newspaper page shows it (and as a reader copies it): title, kicker,
                // title.
                let text = format!("{title}\n\n{before}{}", &out[start..]);
                let mut hints: Vec<Hint> = shift(hints, 2);
                hints.insert(
                    0,
                    Hint {
                        line: 1,
                        level: crate::hint::HEADLINE,
                    },
                );
                (text, hints, origin)
            }
            _ => {
                hints.sort_by_key(|h| h.line);
                (fitted(out), hints, origin)
            }
        }
    }
}

/// The line breaks in `bytes`.
fn line_breaks(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// Ends the current block with a blank line, once.
fn block_break(out: &mut String) {
    let trimmed = out.trim_end_matches([' ', '\t']).len();
    out.truncate(trimmed);
    if out.is_empty() || out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

/// What a note's front matter states about it outside its text: its date (`date:
/// 2019-09-26 03:08:39`) and its writer (`author: 李刚`), the outline's where the text
/// names none.
pub fn stated(md: &str) -> crate::decode::Stated {
    let front = front_matter(md);
    crate::decode::Stated {
        date: front.date,
        author: front.author,
        signed: true,
        ..Default::default()
    }
}

/// A YAML front matter block's fields that the outline takes, and the Markdown after it.
struct FrontMatter<'m> {
    /// The `title:` value and its line.
    title: Option<(String, u32)>,
    /// The `date:` value.
    date: Option<String>,
    /// The `author:` value.
    author: Option<String>,
    body: &'m str,
}

/// Splits off a YAML front matter block (`---` … `---`) at the very start, reading its
/// `title:`, `date:` and `author:`; without a closed block, no fields and the whole Markdown.
fn front_matter(md: &str) -> FrontMatter<'_> {
    let none = FrontMatter {
        title: None,
        date: None,
        author: None,
        body: md,
    };
    let trimmed = md.trim_start_matches(['\n', '\r', '\u{feff}']);
    let Some(rest) = trimmed
        .strip_prefix("---\n")
        .or_else(|| trimmed.strip_prefix("---\r\n"))
    else {
        return none;
    };
    let mut offset = 0;
    let (mut title, mut date, mut author) = (None, None, None);
    // The date a note was published or made, under the names other tools give it
    // (`publishDate:`, `pubDate:`, `published:`, an Obsidian note's `created:`): taken when
    // no `date:` is stated.
    let mut other_date: Option<(usize, String)> = None;
    // The line `rest` starts on: below the opening `---` and the line breaks above it.
    let first = 2 + md[..md.len() - trimmed.len()].matches('\n').count();
    let value_of = |line: &str, key: &str| {
        let value = line
            .strip_prefix(key)?
            .trim()
            .trim_matches(['"', '\''])
            .trim();
        (!value.is_empty()).then(|| value.to_string())
    };
    for (n, line) in rest.split_inclusive('\n').enumerate() {
        offset += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return FrontMatter {
                title,
                date: date.or(other_date.map(|(_, d)| d)),
                author,
                body: &rest[offset..],
            };
        }
        if let Some(value) = value_of(line, "title:") {
            title = Some((value, u32::try_from(first + n).unwrap_or(u32::MAX)));
        }
        if let Some(value) = value_of(line, "date:") {
            date = Some(value);
        }
        // (Earlier names in the list first: a note's publication before its making.)
        for (rank, key) in OTHER_DATE_KEYS.iter().enumerate() {
            if let Some(value) = value_of(line, key) {
                if other_date.as_ref().is_none_or(|(r, _)| rank < *r) {
                    other_date = Some((rank, value));
                }
            }
        }
        if let Some(value) = value_of(line, "author:") {
            author = Some(value);
        }
    }
    none
}

/// Tells whether a Markdown text gives its headings attributes, as the attribute
/// extensions of static-site tools write them (`## 第一章 总则{align="center"}`,
/// `# 标题 {#id}`, `## 节 {.class}`): then a heading's closing `{…}` is no words of it. Braces
/// of another shape (`## 一、集合{1,2,3}`) are the heading's words.
fn states_heading_attributes(md: &str) -> bool {
    md.lines().any(|line| {
        let line = line.trim_end();
        if !line.starts_with('#') || !line.ends_with('}') {
            return false;
        }
        let Some(open) = line.rfind('{') else {
            return false;
        };
        let block = line[open + 1..line.len() - 1].trim();
        block.starts_with(['#', '.'])
            || block.split_whitespace().next().is_some_and(|first| {
                first.split_once('=').is_some_and(|(key, _)| {
                    !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                })
            })
    })
}

/// Writes `text`, a carriage return in it (`&#13;`, which a page shows as a space) as a
/// space: a line of the text ends only where the Markdown breaks it, so that the lines
/// keep the numbers of the lines they were read from.
fn push_spaced(out: &mut String, text: &str) {
    if text.contains('\r') {
        out.push_str(&text.replace('\r', " "));
    } else {
        out.push_str(text);
    }
}

/// Front matter keys that date a note when no `date:` does, the better first.
const OTHER_DATE_KEYS: &[&str] = &[
    "publishDate:",
    "pubDate:",
    "published:",
    "created:",
    "created time:",
    "created_at:",
];

/// Removes HTML tags, keeping the text between them.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of the text with the lines of the Markdown they were read from.
    fn sourced(md: &str) -> Vec<(u32, String)> {
        let (text, _, origin) = to_text(md);
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.is_empty())
            .map(|(k, l)| (origin.source_line(k + 1) as u32, l.to_string()))
            .collect()
    }

    #[test]
    fn each_line_names_the_markdown_line_it_was_read_from() {
        let md = "---\ntitle: 前言\n---\n\n# 标题\n\n导语第一行\n导语第二行。\n\n## 一、总体要求\n\n\
                  - 项目一\n- 项目二\n\n```\n一、示例\n二、示例\n```\n\n| 甲 | 乙 |\n| - | - |\n| 丙 | 丁 |\n\n\
                  图![说明\n文字](a.png)后\n\n1. 第一项。\n";
        let at = |n: u32, l: &str| (n, l.to_string());
        assert_eq!(
            sourced(md),
            [
                at(5, "标题"),
                at(7, "导语第一行"),
                at(8, "导语第二行。"),
                at(10, "一、总体要求"),
                at(12, "• 项目一"),
                at(13, "• 项目二"),
                at(16, "一、示例"),
                at(17, "二、示例"),
                at(20, "甲\t乙"),
                at(22, "丙\t丁"),
                at(24, "图后"),
                at(27, "1. 第一项。"),
            ]
        );
    }

    #[test]
    fn a_title_put_above_the_text_names_its_own_line() {
        // From the front matter (line 3), and from a `#` under a kicker (line 3).
        let front = sourced("---\nauthor: 某\ntitle: 前言\n---\n正文。\n");
        assert_eq!(front[0], (3, "前言".to_string()));
        assert_eq!(front[1], (5, "正文。".to_string()));
        let kicker = sourced("### 理论热词\n\n# 标题\n\n正文。\n");
        assert_eq!(kicker[0], (3, "标题".to_string()));
        assert_eq!(kicker[1], (1, "理论热词".to_string()));
    }

    #[test]
    fn lines_stay_right_across_windows() {
        // Past a window, in a paragraph cut in pieces and in a list read as one block.
        let mut md = String::new();
        for n in 0..3000 {
            md.push_str(&format!("第{n}行文字内容较长一些以便越过窗口的界限。\n"));
        }
        md.push('\n');
        for n in 0..3000 {
            md.push_str(&format!("- 项目{n}\n"));
        }
        let lines = sourced(&md);
        assert_eq!(lines.len(), 6000);
        for (k, (at, line)) in lines.iter().enumerate() {
            let expected = if k < 3000 { k + 1 } else { k + 2 };
            assert_eq!(*at as usize, expected, "{line}");
        }
    }

    #[test]
    fn front_matter_states_the_date() {
        let md = "---\ntitle: '读后感'\ndate: 2019-09-26 03:08:39\ntags:\n- cn\n---\n\n正文。\n";
        assert_eq!(stated(md).date.as_deref(), Some("2019-09-26 03:08:39"));
        assert_eq!(stated("date: 2019-09-26\n\n正文。\n").date, None);
        assert_eq!(stated("---\ndate: 2019-09-26\n正文没有结束标记").date, None);
        // Other tools' names for it, when no `date:` is stated: publication before making.
        let md = "---\nupdated: 2024-04-13T12:54\ncreated: 2023-12-12T10:07\n---\n\n正文。\n";
        assert_eq!(stated(md).date.as_deref(), Some("2023-12-12T10:07"));
        let md = "---\ncreated: 2023-12-12\npubDate: 2024-01-05\n---\n\n正文。\n";
        assert_eq!(stated(md).date.as_deref(), Some("2024-01-05"));
        let md = "---\ncreated: 2023-12-12\ndate: 2024-02-01\n---\n\n正文。\n";
        assert_eq!(stated(md).date.as_deref(), Some("2024-02-01"));
    }

    #[test]
    fn front_matter_states_the_writer() {
        let md = "---\nicon: stamp\nauthor: 王明\ndate: 2020-09-17\n---\n\n# 标题\n\n正文。\n";
        assert_eq!(stated(md).author.as_deref(), Some("王明"));
        assert_eq!(stated("author: 王明\n\n正文。\n").author, None);
    }

    #[test]
    fn glued_heading_marks_are_taken_off_only_where_the_markdown_has_them() {
        // A glued `#` heading under a kicker: read once the text is whole (this had sliced
        // inside a character).
        let (text, hints, _) = to_text("## #专题\n\n# 标题\n\n##第一章 总则\n\n正文。\n");
        assert!(text.contains("标题"), "{text}");
        assert!(text.contains("\n第一章 总则\n"), "{text}");
        assert!(hints.iter().any(|h| h.level == 2), "{hints:?}");
        // A code block's comment, a table's `#` column and an escaped `\#` keep their marks.
        let (text, _, _) = to_text(
            "# 说明\n\n```sh\n# 安装依赖\n```\n\n| # | 名称 |\n|---|---|\n| 1 | 甲 |\n\n\\#话题\n",
        );
        assert!(text.contains("# 安装依赖"), "{text}");
        assert!(text.contains("#\t名称"), "{text}");
        assert!(text.contains("#话题"), "{text}");
    }

    #[test]
    fn a_list_written_one_one_one_is_counted() {
        let (text, _, _) = to_text("1. 甲事项。\n1. 乙事项。\n1. 丙事项。\n");
        assert_eq!(text, "1. 甲事项。\n\n2. 乙事项。\n\n3. 丙事项。\n\n");
    }

    #[test]
    fn container_titles_are_read_past_the_fence_and_kind() {
        assert_eq!(
            container_title(":::tip 单一题高分"),
            Some(("tip", "单一题高分"))
        );
        assert_eq!(
            container_title("::: info 宣传、培训 "),
            Some(("info", "宣传、培训"))
        );
        assert_eq!(container_title(":::"), None);
        assert_eq!(container_title(":::tip"), None);
        assert_eq!(container_title("在文中写 ::: tip 即可"), None);
        // Two boxes with text: their titles are headings under the `##` above them.
        let (text, hints, _) = to_text(
            "# 笔记\n\n## 对策\n\n:::tip 方向一\n- 加强宣传\n:::\n\n:::info 方向二\n- 完善制度\n:::\n",
        );
        assert!(
            text.contains("方向一\n") && !text.contains(":::tip"),
            "{text}"
        );
        let line = |w: &str| text.lines().position(|l| l == w).map(|k| k + 1);
        assert!(hints.contains(&Hint {
            line: line("方向一").unwrap(),
            level: 3
        }));
        assert!(hints.contains(&Hint {
            line: line("方向二").unwrap(),
            level: 3
        }));
    }

    #[test]
    fn headings_lists_and_paragraphs_become_lines() {
        let md = "---\ntitle: x\n---\n\n# 标题\n\n> 作者 某某\n\n## 一、总体要求\n\n正文**加粗**。\n\n- 甲\n- 乙\n\n1. 子\n2. 丑\n";
        assert_eq!(
            to_text(md).0,
            "标题\n\n作者 某某\n\n一、总体要求\n\n正文加粗。\n\n• 甲\n\n• 乙\n\n1. 子\n\n2. 丑\n\n"
        );
    }

    #[test]
    fn headings_give_hints_by_line_the_title_as_headline() {
        let (text, hints, _) =
            to_text("# 标题\n\n## 工作背景\n\n正文。\n\n### 细节\n\n## 下一步\n");
        let line = |n: usize| text.lines().nth(n - 1).unwrap();
        assert_eq!(
            hints,
            [
                Hint {
                    line: 1,
                    level: crate::hint::HEADLINE
                },
                Hint { line: 3, level: 2 },
                Hint { line: 7, level: 3 },
                Hint { line: 9, level: 2 }
            ]
        );
        assert_eq!((line(3), line(7), line(9)), ("工作背景", "细节", "下一步"));
    }

    #[test]
    fn a_quotation_block_marks_its_paragraphs() {
        let (text, hints, _) = to_text("# 题\n\n正文。\n\n> 引文一。\n>\n> 引文二。\n\n正文二。\n");
        let quoted: Vec<&str> = hints
            .iter()
            .filter(|h| h.level == crate::hint::QUOTE)
            .map(|h| text.lines().nth(h.line - 1).unwrap())
            .collect();
        assert_eq!(quoted, ["引文一。", "引文二。"]);
    }

    #[test]
    fn a_code_block_is_verbatim_and_makes_no_nodes() {
        let md = "# 公文层次笔记\n\n## 层次序数\n\n示例如下：\n\n```text\n一、总体要求\n（一）指导思想\n1. 坚持问题导向\n```\n\n## 常见错误\n\n混用序数。\n";
        let (text, hints, _) = to_text(md);
        let verbatim: Vec<&str> = hints
            .iter()
            .filter(|h| h.level == crate::hint::VERBATIM)
            .map(|h| text.lines().nth(h.line - 1).unwrap())
            .collect();
        assert_eq!(
            verbatim,
            ["一、总体要求", "（一）指导思想", "1. 坚持问题导向"]
        );
        let (doc, _) = crate::parse::parse_hinted(&text, &hints, false);
        let titles: Vec<String> = doc.children.iter().map(|n| n.text()).collect();
        assert_eq!(titles, ["层次序数", "常见错误"]);
        assert!(doc.children.iter().all(|n| n.children.is_empty()));
    }

    #[test]
    fn nested_bullets_are_written_as_a_page_shows_them() {
        let (text, _, _) = to_text("- 甲\n  - 乙\n    - 丙\n- 丁\n");
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["• 甲", "◦ 乙", "▪ 丙", "• 丁"]);
        let (doc, _) = crate::parse::parse_hinted(&text, &[], false);
        let tree: Vec<(String, usize)> = doc
            .children
            .iter()
            .map(|n| (n.text(), n.children.len()))
            .collect();
        assert_eq!(tree, [("•甲".to_string(), 1), ("•丁".to_string(), 0)]);
    }

    #[test]
    fn two_level_one_headings_leave_the_headline_to_the_head() {
        let (_, hints, _) = to_text("# 某书\n\n# 读《某书》有感\n\n正文。\n");
        assert!(
            hints.iter().all(|h| h.level != crate::hint::HEADLINE),
            "{hints:?}"
        );
    }

    #[test]
    fn a_kicker_gives_no_hint_and_the_lines_move_down() {
        let (text, hints, _) = to_text("### 理论热词\n\n# 标题\n\n## 一\n");
        let headline = Hint {
            line: 1,
            level: crate::hint::HEADLINE,
        };
        assert_eq!(hints, [headline, Hint { line: 7, level: 2 }]);
        assert_eq!(text.lines().nth(6), Some("一"));
    }

    #[test]
    fn a_kicker_above_the_title_moves_below_it() {
        assert_eq!(
            to_text("### 理论热词\n\n# 标题\n\n正文。\n").0,
            "标题\n\n理论热词\n\n标题\n\n正文。\n\n"
        );
    }

    #[test]
    fn bold_that_commonmark_misses_is_still_markup() {
        assert_eq!(to_text("**重点。**一是甲。\n").0, "重点。一是甲。\n\n");
    }

    #[test]
    fn bold_runs_opening_paragraphs_are_leads() {
        let lead = |md: &str| {
            to_text(md)
                .1
                .iter()
                .filter(|h| h.level == crate::hint::LEAD)
                .map(|h| h.line)
                .collect::<Vec<_>>()
        };
        // Emphasis CommonMark reads, and stars it leaves as text (`**甲。**乙`).
        assert_eq!(
            lead("# 题\n\n**审题要拆成三问**：问什么。\n\n**找要点**：逐句看。\n"),
            [3, 5]
        );
        assert_eq!(lead("# 题\n\n**推行标准。**建议编制规划。\n"), [3]);
        // A bold label with its colon inside, or a paragraph all bold, is no lead.
        assert!(lead("# 题\n\n**摘要：**数字技术。\n").is_empty());
        assert!(lead("# 题\n\n**聚焦小切口**\n").is_empty());
    }

    #[test]
    fn star_bullets_stay_stars() {
        assert_eq!(to_text("* 这是某某写的。\n").0, "* 这是某某写的。\n\n");
    }

    #[test]
    fn html_and_images_leave_their_text_only() {
        assert_eq!(
            to_text("<center>=====</center>\n\n![图](a.png)文字\n").0,
            "=====\n\n文字\n\n"
        );
    }
}
