//! Classified lines to a tree. Levels follow the order in which marker families first
//! appear: a stack of open headings, where a family seen again pops back to its level and
//! the law divisions 编 > 章 > 节 > 条 keep their fixed order.

use crate::inline::{join_lines, part, Para};
use crate::model::{Node, NodeKind, Warning};
use crate::scan::marker::{line_marker, Family, Marker};
use crate::series::Restart;
use crate::subtitle::run_in_leads;
use crate::text::first_sentence;
use std::borrow::Cow;

/// The mark of each paragraph ([`Mark::of`], then settled), held as a 4-byte place a
/// paragraph and the marks themselves only where there are some: most paragraphs of most
/// texts have none, and a vector of `Option<Mark>` holds 24 bytes for each (2.8 million
/// lines of Markdown: 67 MB, against 11 MB and the few marks). Reads as a slice of
/// `Option<Mark>` does (`marks[i]`, `get`, `iter`); written through [`Marks::set`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    /// By paragraph, its place in `table`; 0 (the `None` there) for none.
    at: Vec<u32>,
    /// `None` first, then the marks in the order they were set (a place once given is
    /// kept, overwritten when the paragraph's mark changes).
    table: Vec<Option<Mark>>,
}

impl Default for Marks {
    fn default() -> Self {
        Marks::with_capacity(0)
    }
}

impl Marks {
    /// No marks, with room for `paragraphs`.
    pub fn with_capacity(paragraphs: usize) -> Marks {
        Marks {
            at: Vec::with_capacity(paragraphs),
            table: vec![None],
        }
    }

    /// Adds the mark of the next paragraph.
    pub fn push(&mut self, mark: Option<Mark>) {
        let place = match mark {
            None => 0,
            Some(_) => self.place_for(mark),
        };
        self.at.push(place);
    }

    /// A new place in the table, holding `mark`.
    fn place_for(&mut self, mark: Option<Mark>) -> u32 {
        // A place is 4 bytes: the table never holds 4 G marks (a paragraph is at least a
        // byte of a text held in memory, and a mark 24 bytes of it).
        let place = u32::try_from(self.table.len()).expect("fewer than 4 G marks");
        self.table.push(mark);
        place
    }

    /// Gives the table back what its growth left over, once every paragraph is in.
    pub fn fit(&mut self) {
        self.at.shrink_to_fit();
        self.table.shrink_to_fit();
    }

    /// Sets the mark of paragraph `i`.
    pub fn set(&mut self, i: usize, mark: Option<Mark>) {
        match (self.at[i], mark) {
            (0, None) => {}
            (0, Some(_)) => self.at[i] = self.place_for(mark),
            (place, _) => self.table[place as usize] = mark,
        }
    }

    /// The number of paragraphs.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    /// The mark of paragraph `i`, `None` past the end (as a slice's `get`).
    pub fn get(&self, i: usize) -> Option<&Option<Mark>> {
        self.at.get(i).map(|&place| &self.table[place as usize])
    }

    /// The marks of the paragraphs in `range`, in order.
    pub fn range(
        &self,
        range: impl std::slice::SliceIndex<[u32], Output = [u32]>,
    ) -> impl DoubleEndedIterator<Item = &Option<Mark>> + ExactSizeIterator + Clone + '_ {
        self.at[range]
            .iter()
            .map(|&place| &self.table[place as usize])
    }

    /// The marks of every paragraph, in order.
    pub fn iter(
        &self,
    ) -> impl DoubleEndedIterator<Item = &Option<Mark>> + ExactSizeIterator + Clone + '_ {
        self.range(..)
    }

    /// Takes the marks out, in order, the places of the ones there are with them: what the
    /// tree is built from, read from the front and given back as it is read.
    pub fn into_present(self) -> std::collections::VecDeque<(u32, Mark)> {
        let mut out = std::collections::VecDeque::new();
        out.reserve_exact(self.table.iter().flatten().count());
        for (i, &place) in self.at.iter().enumerate() {
            if let Some(m) = self.table[place as usize] {
                // 4 G paragraphs would be 128 GB of them.
                let i = u32::try_from(i).expect("fewer than 4 G paragraphs");
                out.push_back((i, m));
            }
        }
        out
    }
}

impl std::ops::Index<usize> for Marks {
    type Output = Option<Mark>;

    fn index(&self, i: usize) -> &Option<Mark> {
        &self.table[self.at[i] as usize]
    }
}

impl FromIterator<Option<Mark>> for Marks {
    fn from_iter<I: IntoIterator<Item = Option<Mark>>>(iter: I) -> Marks {
        let mut marks = Marks::default();
        for m in iter {
            marks.push(m);
        }
        marks
    }
}

/// One unit of the body: a line that opens with a marker, or a paragraph of text.
#[derive(Debug, Clone)]
pub enum Item<'a> {
    /// A line opening with a marker; it becomes a node if its number fits.
    Numbered {
        /// 1-based line number.
        line: usize,
        /// The marker's family.
        family: Family,
        /// The marker's number.
        number: Option<u32>,
        /// Whether space or punctuation follows the marker.
        separated: bool,
        /// The whole line, borrowed from the input (owned when lines were joined).
        text: Cow<'a, str>,
        /// Where the marker ends in `text`.
        marker_end: usize,
        /// Where the text after the marker starts in `text`.
        rest_start: usize,
        /// The heading level the format states for the line (`##` is 2); 0 where it
        /// states none.
        stated: u8,
        /// Whether its series starts again here at 1, and where it stands
        /// ([`crate::series::restarts`]).
        restart: Option<Restart>,
    },
    /// An unnumbered subtitle line, with the further lines of its block.
    Subtitle {
        /// 1-based line number.
        line: usize,
        /// The subtitle.
        title: Cow<'a, str>,
        /// The other lines of a multi-line subtitle block, kept as its body.
        extra: Vec<Para<'a>>,
        /// Whether it introduces a list (`目标是：`) rather than heading paragraphs.
        intro: bool,
        /// Whether it is a question line a level below the subtitles of another form.
        question: bool,
    },
    /// A paragraph of text.
    Para(Para<'a>),
}

/// What `line_marker` found at the start of a paragraph, as places in its text, so that
/// it can be kept while the paragraph moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// The marker's family.
    pub family: Family,
    /// The marker's number.
    pub number: Option<u32>,
    /// Whether space or punctuation follows the marker.
    pub separated: bool,
    /// Where the marker ends. (`u16`: one of these is held for every paragraph, and a
    /// marker is a few characters, at most a few hundred bytes for a decimal number of
    /// 255 parts; a longer one would be taken for none. 28 → 24 bytes a paragraph.)
    pub marker_end: u16,
    /// Where the text after it starts (`u32`: a marker's spacing is never 4 GB long).
    pub rest_start: u32,
}

impl Mark {
    /// Looks for the marker that opens `text`.
    pub fn of(text: &str) -> Option<Mark> {
        // Characters a copy lost before the marker (`?一、总则`, `??（一）……`: a bullet or an
        // emoji the encoding could not keep, a question mark or a replacement character
        // now) are read as part of it: no line of Chinese text opens with a question mark,
        // and the marker keeps them, as written.
        let body = text.trim_start_matches(['?', '？', '\u{FFFD}']);
        let lost = text.len() - body.len();
        let (m, rest) = line_marker(body)?;
        if lost > 0 && (m.number.is_none() || rest.is_empty()) {
            return None;
        }
        Some(Mark {
            family: m.family,
            number: m.number,
            separated: m.separated,
            marker_end: u16::try_from(lost + m.text.len()).ok()?,
            rest_start: u32::try_from(text.len() - rest.len()).ok()?,
        })
    }

    /// The mark of a heading without a marker of its own, the whole line its title: a
    /// heading the format states, a part the table of contents lists.
    pub fn whole_line(family: Family) -> Mark {
        Mark {
            family,
            number: None,
            separated: true,
            marker_end: 0,
            rest_start: 0,
        }
    }
}

impl<'a> Item<'a> {
    /// Makes the item for a paragraph: numbered when it opens with a marker.
    #[cfg(test)]
    pub fn from_para(p: Para<'a>) -> Item<'a> {
        let mark = Mark::of(&p.text);
        Item::marked(p, mark)
    }

    /// Makes the item for a paragraph whose marker was already looked for.
    pub fn marked(p: Para<'a>, mark: Option<Mark>) -> Item<'a> {
        match mark {
            None => Item::Para(p),
            Some(m) => Item::Numbered {
                line: p.line,
                family: m.family,
                number: m.number,
                separated: m.separated,
                text: p.text,
                marker_end: m.marker_end as usize,
                rest_start: m.rest_start as usize,
                stated: 0,
                restart: None,
            },
        }
    }

    /// The same item, stated by the format as a heading of `level` (0: not stated).
    pub fn stated(mut self, level: u8) -> Item<'a> {
        if let Item::Numbered { stated, .. } = &mut self {
            *stated = level;
        }
        self
    }

    /// The same item, where its series starts again at 1 on its level when `yes`
    /// ([`crate::series::restarts`]). (Told by the paragraph, not by its line: a line a
    /// copy ran several together on holds several items.)
    pub fn restarting(mut self, how: Option<Restart>) -> Item<'a> {
        if let Item::Numbered { restart, .. } = &mut self {
            *restart = how;
        }
        self
    }
}

/// The marker of lines that introduce a list.
const LIST_INTRO: Marker<'static> = Marker {
    family: Family::ListIntro,
    number: None,
    text: "",
    separated: true,
};

/// The marker of unnumbered subtitles.
const SUBTITLE: Marker<'static> = Marker {
    family: Family::Subtitle,
    number: None,
    text: "",
    separated: true,
};

/// The marker of question lines under a subtitle of another form.
const QUESTION: Marker<'static> = Marker {
    family: Family::Question,
    number: None,
    text: "",
    separated: true,
};

/// The tree with what was said about it.
#[derive(Debug, Default)]
pub struct Tree<'a> {
    /// Top-level text before the first node.
    pub lead: Vec<Cow<'a, str>>,
    /// Top-level text after the last node.
    pub tail: Vec<Cow<'a, str>>,
    /// Top-level nodes.
    pub children: Vec<Node<'a>>,
    /// Numbering gaps and repeats.
    pub warnings: Vec<Warning>,
    /// How each numbered line and each inline series was decided, by line (for `--explain`).
    pub notes: Vec<(usize, String)>,
}

/// An open node on the stack.
struct Frame<'a> {
    family: Option<Family>,
    number: u32,
    /// The heading level the format states for its line; 0 where it states none.
    stated: u8,
    node: Node<'a>,
    /// The further lines of a subtitle block: body text, never a lead or a point.
    intro: Vec<Cow<'a, str>>,
    paras: Vec<Para<'a>>,
    /// Whether a node closed under it had run-in leads: its later children's paragraphs
    /// that all open alike are read as theirs.
    led: bool,
}

impl Frame<'_> {
    fn root() -> Self {
        Frame {
            family: None,
            number: 0,
            stated: 0,
            node: Node::new(
                NodeKind::Heading,
                Cow::Borrowed(""),
                None,
                Cow::Borrowed(""),
                0,
            ),
            intro: Vec::new(),
            paras: Vec::new(),
            led: false,
        }
    }
}

/// The nesting state: the stack and the last number seen per family.
struct Nester<'a> {
    stack: Vec<Frame<'a>>,
    /// The last number taken per family, in the order the families came: a handful.
    last: Vec<(Family, u32)>,
    tree: Tree<'a>,
    explain: bool,
    /// What was warned, per kind of warning.
    told: Vec<Told>,
    /// The lines of paragraphs the format opens with a bold run (run-in leads it shows),
    /// in order.
    bold: Vec<usize>,
    /// The lines of paragraphs the format sets apart as quotations, in order: no points.
    quoted: Vec<usize>,
    /// The lines of the headings the format states that took the line under them in (a
    /// number alone, `## 三`, over its text): in order.
    taken_in: Vec<usize>,
    /// Whether most paragraphs under the document's headings open with a phrase-form lead
    /// (`农业基础不断夯实。……`): the document's way of writing its sections.
    phrase_form: bool,
    /// Whether the document numbers articles (`第一条`): its chapters hold them, and are no
    /// items of a list.
    articles: bool,
}

/// The warnings of one kind: how many are kept, how many left out, from which line.
struct Told {
    kind: &'static str,
    kept: usize,
    left_out: usize,
    first_left_out: usize,
}

/// The deepest an outline goes; deeper headings become siblings at this level, with a
/// warning. Each level needs a marker family of its own, so real documents stay far above.
pub const MAX_DEPTH: usize = 16;

/// Warnings of one kind past this many are counted, not kept: a document that repeats one
/// number a million times had held a million warnings (63 MB) and printed a million lines,
/// where a reader needs the first few and how many more there are.
pub const WARNINGS_OF_A_KIND: usize = 20;

/// A warning about a numbered line, its message written only when it is kept.
enum Said<'m> {
    /// `marker` follows `prev`, numbers missing between them.
    Gap { marker: &'m str, prev: u32, n: u32 },
    /// `marker` has the number of the line before it in its series.
    Repeat(&'m str),
    /// `marker` would go deeper than [`MAX_DEPTH`].
    Capped(&'m str),
}

impl Said<'_> {
    /// The kind, as the message starts: what the summary of those left out names.
    fn kind(&self) -> &'static str {
        match self {
            Said::Gap { .. } => "numbering gap",
            Said::Repeat(_) => "numbering repeat",
            Said::Capped(_) => "nesting capped",
        }
    }

    fn message(&self) -> String {
        match *self {
            Said::Gap { marker, prev, n } => {
                let missing = (prev + 1..n)
                    .map(|k| k.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                format!("numbering gap: {marker} follows {prev}; missing {missing}")
            }
            Said::Repeat(marker) => format!("numbering repeat: {marker} twice"),
            Said::Capped(marker) => {
                format!("nesting capped at {MAX_DEPTH} levels: {marker} made a sibling")
            }
        }
    }
}

/// The message that stands for the `more` warnings of `kind` left out, e.g.
/// `numbering repeat: … and 999980 more like it`.
pub fn more_like_it(kind: &str, more: usize) -> String {
    format!("{kind}: … and {more} more like it")
}

/// What to do with a numbered line.
enum Fit<'m> {
    /// Take it, popping the stack to this length first; maybe with a warning.
    Take {
        keep: usize,
        warning: Option<Said<'m>>,
    },
    /// Leave it as text, for this reason.
    Text(&'static str),
}

impl<'m> Fit<'m> {
    /// Where the format states the levels: a heading it states at `level` closes every
    /// open heading it states at that level or deeper, when either of the two has no
    /// marker of its own (`## 引言` then `## 一、……`: siblings, as their `##` say); and it
    /// closes the items it does not state as headings under its stated parent. Between
    /// two numbered headings their numbering decides, as in plain text.
    fn within_stated(self, stack: &[Frame], family: Family, level: u8) -> Fit<'m> {
        let Fit::Take { keep, warning } = self else {
            return self;
        };
        if level == 0 {
            return Fit::Take { keep, warning };
        }
        let unmarked = matches!(family, Family::Heading(_));
        let closes = stack.iter().skip(1).position(|f| {
            f.stated >= level && (unmarked || matches!(f.family, Some(Family::Heading(_))))
        });
        let keep = closes.map_or(keep, |q| keep.min(q + 1));
        // A heading it states goes under the nearest heading it states above its level:
        // the items of a list it does not state as headings (`1.` `2.` under `## 四、`)
        // close before it (`### 报名要求`, `### （一）报名` are no item's part).
        let parent = stack.iter().rposition(|f| f.stated > 0 && f.stated < level);
        let listed = parent.and_then(|p| {
            stack
                .iter()
                .skip(p + 1)
                .position(|f| f.stated == 0)
                .map(|q| p + 1 + q)
        });
        let keep = listed.map_or(keep, |q| keep.min(q));
        Fit::Take { keep, warning }
    }
}

/// The most characters of a heading's sentence that opens a paragraph set whole as a
/// heading (`一、加强组织领导。各单位要……。`); an exam question's first sentence, kept
/// whole with its task, runs longer.
const RUN_IN_HEADING_MAX: usize = 10;

/// Tells whether a frame is an item numbered below `一、` (`（一）` `1.` `（1）` `①`).
fn below_sections(f: &Frame) -> bool {
    matches!(
        f.family,
        Some(Family::CnParen | Family::Arabic | Family::ArabicParen | Family::Circled)
    )
}

/// Splits a numbered item that names its topic and then lists its points after a colon
/// (`关于某厂改制问题：一是……；二是……；三是……。`): the title is the topic, up to and with
/// its colon, and the points from the first are the body, where they are read as the
/// item's own series. `None` unless the first sentence holds a colon right before a first
/// point and the text after that sentence goes on with the second.
fn points_after_colon(text: &str) -> Option<(&str, &str, &str)> {
    let (first, _, rest) = first_sentence(text);
    // (Where the first sentence stands in `text`: it may start past what it trims.)
    let from = (first.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let colon = from + first.find(['：', ':'])?;
    let sep = text.get(colon..)?.chars().next().map_or(1, char::len_utf8);
    let points = text.get(colon + sep..)?;
    let one = crate::scan::point::point_marker(points).filter(|m| m.number == 1)?;
    let two = crate::scan::point::point_marker(rest.trim_start())?;
    (two.series == one.series && two.number == 2).then_some((
        text.get(..colon)?,
        text.get(colon..colon + sep)?,
        points,
    ))
}

/// Tells whether a line the format states as a heading is a paragraph: a short heading's
/// sentence, then sentences of text.
fn run_in_paragraph(text: &str) -> bool {
    let (first, _, rest) = first_sentence(text);
    crate::text::count_to(first, RUN_IN_HEADING_MAX + 1) <= RUN_IN_HEADING_MAX
        && !rest.trim().is_empty()
}

/// The most a number may pass the last of a series of the other kind (a stated heading's
/// after an item's, or an item's after a stated heading's) and still go on with it: the
/// gap a series may have (`三、` after `一、`).
const CROSS_GAP_MAX: u32 = 3;

impl<'a> Nester<'a> {
    /// Decides whether a numbered line is a node, and where it goes.
    /// `stated`: the heading level the format states for the line (0 for none).
    fn fit<'m>(&self, m: &Marker<'m>, stated: u8) -> Fit<'m> {
        // A heading the format states continues the headings it states, and a list's item
        // the items: `### 2.` after `### 1.` and the `1.` `2.` `3.` of a list under it are
        // two series, the list's starting anew under the heading. Across the two, a number
        // goes on only where it continues (`九、` as a plain line between `## 八、` and
        // `## 十、`: a heading the format failed to state).
        let n = m.number.unwrap_or(0);
        let of_kind = |f: &Frame| f.family == Some(m.family) && f.stated == stated;
        let continued =
            |f: &Frame| f.family == Some(m.family) && f.number < n && n <= f.number + CROSS_GAP_MAX;
        let at = |keep: &dyn Fn(&Frame) -> bool| self.stack.iter().rposition(keep);
        // The nearest of its series that it continues exactly (`4.` after the `1、` `2、`
        // under `3.`, of one numbering: it goes on with `3.`), else the nearest of its kind.
        let next_of = |f: &Frame| of_kind(f) && m.number.is_some() && f.number + 1 == n;
        let on_stack = at(&next_of)
            .or_else(|| at(&of_kind))
            .or_else(|| at(&continued));
        if let Some(p) = on_stack {
            // `第五条之一` is inserted after 第五条: it neither breaks nor advances the series.
            if m.number.is_none() || m.text.contains('之') {
                return Fit::Take {
                    keep: p,
                    warning: None,
                };
            }
            let prev = self.stack[p].number;
            let expected = prev + 1;
            return if n == expected {
                Fit::Take {
                    keep: p,
                    warning: None,
                }
            } else if !m.separated {
                Fit::Text("number does not continue its series (no space after an article marker)")
            } else if n > expected && n <= expected + 2 {
                Fit::Take {
                    keep: p,
                    warning: Some(Said::Gap {
                        marker: m.text,
                        prev,
                        n,
                    }),
                }
            } else if n == prev {
                Fit::Take {
                    keep: p,
                    warning: Some(Said::Repeat(m.text)),
                }
            } else {
                Fit::Text("number does not continue its series")
            };
        }
        // (A paper may number its sections from 0, its introduction's: `0 引言` `1 ……`.)
        let from_zero =
            n == 0 && m.family == Family::Decimal(1) && self.last_of(m.family).is_none();
        let continues = m.number.is_none()
            || n == 1
            || from_zero
            || self.last_of(m.family).is_some_and(|l| n == l + 1);
        // A heading the format states (`# 第九章 ……` of notes kept from one chapter) is a
        // heading wherever its numbering starts.
        let stated_heading = (1..=crate::hint::MAX_LEVEL).contains(&stated);
        if !continues && !stated_heading {
            return Fit::Text("a new series must start at 1");
        }
        if !m.separated && n != 1 && m.number.is_some() && self.last_of(m.family).is_none() {
            return Fit::Text("no space after an article marker");
        }
        // `一、` heads the official numbering (`一、` `（一）` `1.` `（1）`): it never goes
        // under a line of a lower rank, whichever came first (four cases `1.`–`4.`, then
        // the requirements `一、` `二、`), nor under a bulleted item or the line that
        // introduced the bullets (a list of those present, then the matters `一、` `二、`).
        // A section's numbered heading (`一、` `（一）`) goes under no introduction (`引言`
        // `前言`): it takes the introduction's place, beside it. (A conclusion may list its
        // own: `结论` over `（一）主要结论` `（二）对策建议`.)
        if matches!(m.family, Family::CnComma | Family::CnParen)
            && self.stack.len() > 1
            && self.stack.last().is_some_and(|f| {
                f.family == Some(Family::Subtitle) && crate::subtitle::is_intro(&f.node.title)
            })
        {
            return Fit::Take {
                keep: self.stack.len() - 1,
                warning: None,
            };
        }
        if m.family == Family::CnComma {
            let lower = |f: &Frame| {
                below_sections(f) || matches!(f.family, Some(Family::Bullet(_) | Family::ListIntro))
            };
            if let Some(q) = self.stack.iter().skip(1).position(lower) {
                return Fit::Take {
                    keep: q + 1,
                    warning: None,
                };
            }
        }
        let keep = match m.family.fixed_rank() {
            // A law division closes everything below the nearest division that outranks it;
            // a format's heading, everything below the nearest heading of a higher level.
            Some((set, rank)) => {
                let ranked = |f: &Frame| f.family.and_then(Family::fixed_rank);
                match self
                    .stack
                    .iter()
                    .rposition(|f| ranked(f).is_some_and(|(s, r)| s == set && r < rank))
                {
                    Some(q) => q + 1,
                    // Nothing outranks it: it closes the first division of its rank or
                    // below, and all that is open under it (a standard's appendix closes
                    // clause 5 and the list items under 5.2.3); and a list's items, which
                    // hold no division nor a heading the format states (a README's list of
                    // links, then its `## ` sections). A chapter (`第一章`) closes the items
                    // numbered below `一、` too (an introduction's `（一）` `1.` before a
                    // charter's chapters): a chapter is no list's item. (`第一部分，` may lead
                    // a paragraph of a list's item.)
                    None => {
                        // (Unless the item right above is a heading with nothing under it
                        // yet, no sentence, or introduces what follows with its colon:
                        // `（一）上册` over its chapters, `1.编纂体例` / `全志设以下各章：`.)
                        // (Only where the document numbers articles, which its chapters
                        // hold: a course's lectures or a thesis's chapters may stand under
                        // an item.)
                        let closes_items = m.family == Family::Chapter
                            && self.articles
                            && !self.stack.last().is_some_and(|top| {
                                below_sections(top)
                                    && (top.paras.is_empty()
                                        && top.node.children.is_empty()
                                        && top.node.end().is_empty()
                                        || top.paras.last().is_some_and(|p| {
                                            p.text.trim_end().ends_with(['：', ':'])
                                        }))
                            });
                        self.stack
                            .iter()
                            .skip(1)
                            .position(|f| {
                                ranked(f).is_some_and(|(s, r)| s == set && r >= rank)
                                    || matches!(
                                        f.family,
                                        Some(Family::Bullet(_) | Family::ListIntro)
                                    )
                                    || closes_items && below_sections(f)
                            })
                            .map_or(self.stack.len(), |q| q + 1)
                    }
                }
            }
            None => self.stack.len(),
        };
        // The stack holds the root too: `MAX_DEPTH` levels of nodes below it at most.
        if keep > MAX_DEPTH {
            return Fit::Take {
                keep: MAX_DEPTH,
                warning: Some(Said::Capped(m.text)),
            };
        }
        Fit::Take {
            keep,
            warning: None,
        }
    }

    /// Closes the top frame: finds its inline points and hangs it on its parent.
    fn pop(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        let Frame {
            mut node,
            mut paras,
            mut intro,
            family,
            ..
        } = frame;
        let sibling_led = self.stack.last().is_some_and(|f| f.led);
        // (A heading's frame: the root's text stands above every heading.)
        let phrase_form = self.phrase_form && !self.stack.is_empty();
        // A section under a heading of its own, not a law's article (whose paragraphs are
        // its clauses) nor a list's item: its parts may be cast in one form.
        let sectioned = family.is_some_and(|f| {
            f.law_rank().is_none() && !matches!(f, Family::Bullet(_) | Family::ListIntro)
        });
        // A part headed by its subject's words, a quotation whole (`“让更多人知道……”`), tells
        // a story: its paragraphs open with the story's sentences, no topics, unless they
        // are worded as pairs of one shape (`聚焦难点，精准发力。` `紧盯短板，补齐弱项。`).
        let told = family == Some(Family::Subtitle) && crate::subtitle::quoted_whole(&node.title);
        let leads = split_leads(
            &mut paras,
            &self.bold,
            &self.quoted,
            sibling_led,
            phrase_form,
            sectioned,
            told,
        );
        if !leads.is_empty() {
            if let Some(parent) = self.stack.last_mut() {
                parent.led = true;
            }
        }
        if let Some(first) = leads.first() {
            let n = leads.len();
            // (Leads that end at a colon are topics' labels, `了解现状：……`.)
            let labelled = first.end().starts_with(['：', ':']);
            self.note(first.line, || {
                if labelled {
                    format!("run-in leads: {n} parallel topic labels, each before a colon")
                } else {
                    format!("run-in leads: {n} parallel short first sentences")
                }
            });
        }
        let at = paras.first().map_or(node.line, |p| p.line);
        // (The text after a run-in heading's first sentence runs on from its line.)
        let runs_on = !node.end().is_empty() && paras.first().is_some_and(|p| p.line == node.line);
        let found = crate::inline::points_running_on(paras, runs_on, &self.quoted);
        for note in found.notes {
            self.note(at, || format!("inline series {note}"));
        }
        let mut children = found.nodes;
        let mut after = found.after;
        // Text after the points but before later children stays in order as the last
        // point's tail; with nothing after it, it is this node's own tail.
        let later_children = !leads.is_empty() || !node.children.is_empty();
        if !after.is_empty() && later_children {
            if let Some(last) = children.last_mut() {
                last.set_tail(join_lines(std::mem::take(&mut after)));
            }
        }
        if children.is_empty() && leads.is_empty() {
            // Most headings have no points or leads of their own: their children move,
            // uncopied.
            children = std::mem::take(&mut node.children);
        } else {
            children.reserve_exact(leads.len() + node.children.len());
            children.extend(leads);
            children.append(&mut node.children);
        }
        match self.stack.last_mut() {
            Some(parent) => {
                node.children = children;
                intro.extend(found.rest);
                node.set_body(join_lines(intro));
                node.set_tail(join_lines(after));
                parent.node.children.push(node);
            }
            None => {
                self.tree.lead = found.rest;
                self.tree.tail = after;
                self.tree.children = children;
            }
        }
    }

    /// Places a line that opens with marker `m` (the text after it starts at `rest_start`
    /// in `text`) as a node; returns `false` when it is not one, for the caller to put the
    /// line back as the text it was.
    // `&Cow`, not `&str`: a body cut from a borrowed line stays borrowed from the input.
    #[allow(clippy::ptr_arg)]
    fn push_numbered(
        &mut self,
        line: usize,
        m: Marker,
        text: &Cow<'a, str>,
        rest_start: usize,
        (stated, restart): (u8, Option<Restart>),
    ) -> bool {
        // A series started again (`一、` after `三、`, `二、` next) stands where the old one
        // stood: a sibling of its last number.
        // (A heading the format states starts again among the headings it states, not
        // among a list's items of the same numbering.)
        let restarted = restart.and_then(|how| {
            self.stack
                .iter()
                .rposition(|f| f.family == Some(m.family) && f.stated == stated)
                .map(|p| (p, how))
        });
        let fit = match restarted {
            // The old series goes on after the new run: the run is under its last item.
            Some((p, Restart::Under)) => {
                self.note(line, || {
                    format!(
                        "{}: starts its numbering again under the item above, whose series goes on after this run",
                        m.text
                    )
                });
                Fit::Take {
                    keep: p + 1,
                    warning: None,
                }
            }
            // Right under a heading of another kind, it opens that heading's own list; a
            // heading the format states stands where its level says.
            Some((p, Restart::Beside)) => Fit::Take {
                keep: match self.stack.last().is_some_and(|top| {
                    // (An item of its own series, with no text under it, is no heading
                    // over it unless it introduces it: `7. ……授权：` then `1、` `2、`.)
                    let introduces = top.node.title.trim_end().ends_with(['：', ':']);
                    !top.paras.is_empty()
                        || top.family == Some(m.family) && !introduces
                        || stated > 0
                }) {
                    true => p,
                    false => self.stack.len(),
                },
                warning: None,
            },
            // An essay's introduction or conclusion (`引言：……` `结语`) is a part beside its
            // numbered sections, never over them nor under the last: it stands at the top,
            // below the headings the format states.
            None if m.family == Family::Subtitle
                && stated == 0
                && crate::subtitle::is_bookend(text) =>
            {
                Fit::Take {
                    keep: 1 + self
                        .stack
                        .iter()
                        .skip(1)
                        .take_while(|f| f.stated > 0)
                        .count(),
                    warning: None,
                }
            }
            None => self.fit(&m, stated),
        };
        match fit.within_stated(&self.stack, m.family, stated) {
            Fit::Text(why) => {
                self.note(line, || format!("{}: not a node, {why}", m.text));
                false
            }
            Fit::Take { keep, warning } => {
                while self.stack.len() > keep.max(1) {
                    self.pop();
                }
                if let Some(w) = warning {
                    self.warn(line, &w);
                }
                // A subtitle is its whole line (a question keeps its `？`, a lead-in sentence
                // before it stays in it).
                // A tagged headline (`【某报】……！……`) is its whole line too, unless it runs
                // on into sentences of text.
                // A numbered line of questions only (`7.何时执行？有效期多长？`) heads its
                // answer as a question line does: whole.
                // A heading the format states (`### 1. ……。请谈谈……。`) is its whole line too;
                // but an article is a clause, whatever its markup (`### 第十一条` over its
                // text: the article's first sentence), and a number alone that took the
                // line under it in heads with that line's first sentence.
                let whole = (1..=crate::hint::MAX_LEVEL).contains(&stated)
                    && m.family != Family::Article
                    && self.taken_in.binary_search(&line).is_err()
                    // (A page that sets a whole paragraph in `<h4>`, a short heading's
                    // sentence and text after it, heads it with that sentence.)
                    && !run_in_paragraph(&text[rest_start..])
                    || match m.family {
                        Family::Subtitle
                        | Family::Question
                        | Family::Column
                        | Family::Heading(_) => true,
                        Family::Bullet('【') => !text.contains('。'),
                        _ => crate::subtitle::question_line(&text[rest_start..]),
                    };
                let (title, stop, body) = if whole {
                    (&text[rest_start..], "", "")
                } else {
                    points_after_colon(&text[rest_start..])
                        .unwrap_or_else(|| first_sentence(&text[rest_start..]))
                };
                let kind = match (m.family, body.is_empty()) {
                    (Family::Bullet(_), _) => NodeKind::Bullet,
                    (
                        Family::Subtitle | Family::Question | Family::Column | Family::ListIntro,
                        _,
                    ) => NodeKind::Subtitle,
                    (_, true) => NodeKind::Heading,
                    (_, false) => NodeKind::RunIn,
                };
                let depth = self.stack.len();
                self.note(line, || {
                    format!("{}: {} node at depth {depth}", m.text, kind.name())
                });
                // (A chapter that lost its number takes the next one: `第三章` may follow
                // it as the next.)
                let lost = (m.number.is_none() && m.family.law_rank().is_some())
                    .then(|| self.last_of(m.family).map(|l| l + 1))
                    .flatten();
                if let Some(n) = m.number.or(lost).filter(|_| !m.text.contains('之')) {
                    match self.last.iter_mut().find(|(f, _)| *f == m.family) {
                        Some(slot) => slot.1 = n,
                        None => self.last.push((m.family, n)),
                    }
                }
                let mut frame = Frame {
                    family: Some(m.family),
                    stated,
                    number: match (
                        m.text.contains('之'),
                        self.stack.iter().rfind(|f| f.family == Some(m.family)),
                    ) {
                        (true, Some(prev)) => prev.number,
                        _ => m.number.or(lost).unwrap_or(0),
                    },
                    node: Node::new(kind, part(text, m.text), m.number, part(text, title), line),
                    intro: Vec::new(),
                    paras: Vec::new(),
                    led: false,
                };
                frame.node.set_end(part(text, stop));
                if !body.is_empty() {
                    frame.paras.push(Para {
                        line,
                        text: part(text, body),
                    });
                }
                self.stack.push(frame);
                true
            }
        }
    }

    /// The last number taken in `family`.
    fn last_of(&self, family: Family) -> Option<u32> {
        self.last
            .iter()
            .find(|(f, _)| *f == family)
            .map(|&(_, n)| n)
    }

    /// Keeps a warning, or counts it once [`WARNINGS_OF_A_KIND`] of its kind are kept.
    fn warn(&mut self, line: usize, said: &Said) {
        let kind = said.kind();
        let told = match self.told.iter().position(|t| t.kind == kind) {
            Some(k) => &mut self.told[k],
            None => {
                self.told.push(Told {
                    kind,
                    kept: 0,
                    left_out: 0,
                    first_left_out: 0,
                });
                self.told.last_mut().expect("pushed above")
            }
        };
        if told.kept < WARNINGS_OF_A_KIND {
            told.kept += 1;
            self.tree.warnings.push(Warning::new(line, said.message()));
        } else {
            if told.left_out == 0 {
                told.first_left_out = line;
            }
            told.left_out += 1;
        }
    }

    /// Adds, for each kind of warning some of which were left out, one that says how many,
    /// at the line of the first left out.
    fn sum_up_warnings(&mut self) {
        let more = self.told.iter().filter(|t| t.left_out > 0);
        let summed: Vec<Warning> = more
            .map(|t| Warning::new(t.first_left_out, more_like_it(t.kind, t.left_out)))
            .collect();
        if !summed.is_empty() {
            self.tree.warnings.extend(summed);
            self.tree.warnings.sort_by_key(|w| w.line);
        }
    }

    /// Records how a line was decided, when explaining (the text is only built then).
    fn note(&mut self, line: usize, text: impl FnOnce() -> String) {
        if self.explain {
            self.tree.notes.push((line, text()));
        }
    }

    /// Puts a paragraph in the open node; one outside every node is handed back.
    fn place(&mut self, p: Para<'a>) -> Option<Para<'a>> {
        if self.stack.len() == 1 {
            return Some(p);
        }
        self.top().paras.push(p);
        None
    }

    fn top(&mut self) -> &mut Frame<'a> {
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }
}

/// Takes the paragraphs that open with parallel run-in leads (and those after each, up to
/// the next lead) out of `paras`, as nodes with their own inline points.
/// `sibling_led`: a node before it under the same parent had leads; `sectioned`: it is a
/// section under a heading of its own; `told`: a part of a story, whose leads must be
/// worded as pairs of one shape.
fn split_leads<'a>(
    paras: &mut Vec<Para<'a>>,
    bold: &[usize],
    quoted: &[usize],
    sibling_led: bool,
    phrase_form: bool,
    sectioned: bool,
    told: bool,
) -> Vec<Node<'a>> {
    // In increasing order.
    let mut leads = run_in_leads(paras, bold, sibling_led);
    if leads.is_empty() && phrase_form {
        leads = crate::subtitle::phrase_leads(paras);
    }
    if leads.is_empty() && sectioned {
        leads = crate::subtitle::opening_alike(paras);
    }
    if told {
        let firsts: Vec<&str> = leads
            .iter()
            .map(|l| first_sentence(&paras[l.at].text[l.frame..]).0)
            .collect();
        if !crate::subtitle::paired_alike(&firsts) {
            leads.clear();
        }
    }
    let at: Vec<usize> = leads.iter().map(|l| l.at).collect();
    let Some(&first) = at.first() else {
        return Vec::new();
    };
    let tail = paras.split_off(first);
    let mut nodes: Vec<Node<'a>> = Vec::new();
    let mut own: Vec<Vec<Para<'a>>> = Vec::new();
    for (k, p) in tail.into_iter().enumerate() {
        if let Ok(n) = at.binary_search(&(first + k)) {
            let f = leads[n].frame;
            let (title, stop, body) = match leads[n].to_colon {
                // A label the format shows in bold, ended by its colon: the rest is its body.
                true => {
                    let text = &p.text[f..];
                    let label = crate::subtitle::colon_label(first_sentence(text).0).unwrap_or("");
                    let colon = text[label.len()..].chars().next().map_or(0, char::len_utf8);
                    (
                        label,
                        &text[label.len()..label.len() + colon],
                        crate::text::trim(&text[label.len() + colon..]),
                    )
                }
                false => first_sentence(&p.text[f..]),
            };
            let mut node = Node::new(
                NodeKind::Subtitle,
                Cow::Borrowed(""),
                None,
                part(&p.text, title),
                p.line,
            );
            node.set_frame(part(&p.text, &p.text[..f]));
            node.set_end(part(&p.text, stop));
            nodes.push(node);
            own.push(Vec::new());
            if !body.is_empty() {
                own.last_mut().expect("pushed above").push(Para {
                    line: p.line,
                    text: part(&p.text, body),
                });
            }
        } else if let Some(last) = own.last_mut() {
            last.push(p);
        }
    }
    for (node, paras) in nodes.iter_mut().zip(own) {
        let found = crate::inline::points_running_on(paras, false, quoted);
        node.children = found.nodes;
        node.set_body(join_lines(found.rest));
        node.set_tail(join_lines(found.after));
    }
    nodes
}

/// Builds the tree from the body items, in order; with `explain`, notes how each numbered
/// line and inline series was decided.
#[cfg(test)]
pub fn nest(items: Vec<Item<'_>>, explain: bool) -> Tree<'_> {
    let mut n = Nest::new(explain);
    for item in items {
        n.push(item);
    }
    n.finish()
}

/// The tree being built, item by item (so that the items need not all be held at once).
pub struct Nest<'a>(Nester<'a>);

impl<'a> Nest<'a> {
    /// Starts an empty tree; with `explain`, notes are kept.
    #[cfg(test)]
    pub fn new(explain: bool) -> Self {
        Nest::with_room(explain, 0)
    }

    /// Starts an empty tree with room for `top` nodes at the top level (a hint: the
    /// numbered paragraphs and subtitles, of which the top level has at most as many). A
    /// document of many short sections had grown that vector a doubling at a time, each
    /// step a fresh copy of every node.
    pub fn with_room(explain: bool, top: usize) -> Self {
        let mut root = Frame::root();
        root.node.children.reserve_exact(top);
        Nest(Nester {
            explain,
            stack: vec![root],
            last: Vec::new(),
            tree: Tree::default(),
            told: Vec::new(),
            bold: Vec::new(),
            quoted: Vec::new(),
            taken_in: Vec::new(),
            phrase_form: false,
            articles: false,
        })
    }

    /// Takes the lines (in order) of paragraphs the format opens with a bold run: run-in
    /// leads as the format shows them ([`crate::hint::LEAD`]).
    pub fn with_bold_leads(mut self, lines: Vec<usize>) -> Self {
        self.0.bold = lines;
        self
    }

    /// Takes the lines (in order) of the headings the format states that took the line
    /// under them in: their text is that line's first sentence, not the whole paragraph.
    pub fn with_taken_in(mut self, lines: Vec<usize>) -> Self {
        self.0.taken_in = lines;
        self
    }

    /// Takes the lines (in order) of paragraphs the format sets apart as quotations
    /// ([`crate::hint::QUOTE`]): they hold no points.
    pub fn with_quotes(mut self, lines: Vec<usize>) -> Self {
        self.0.quoted = lines;
        self
    }

    /// Tells the tree that most paragraphs under the headings open with a phrase-form lead
    /// ([`crate::subtitle::phrase_lead`]): a section with two or more, the first paragraph
    /// one of them, has them as its leads.
    pub fn with_phrase_form(mut self, yes: bool) -> Self {
        self.0.phrase_form = yes;
        self
    }

    /// Tells the tree that the document numbers articles (`第一条`): its chapters hold them,
    /// and close the list items open before them.
    pub fn with_articles(mut self, yes: bool) -> Self {
        self.0.articles = yes;
        self
    }

    /// Takes up series the document starts in the middle ([`crate::series::excerpt_starts`]):
    /// each family's numbers continue from the one given.
    pub fn continuing(mut self, starts: Vec<(Family, u32)>) -> Self {
        self.0.last = starts;
        self
    }

    /// Places the next body item.
    #[cfg(test)]
    pub fn push(&mut self, item: Item<'a>) {
        if let Some(p) = self.push_keeping_top(item) {
            self.0.stack[0].paras.push(p);
        }
    }

    /// Places the next body item, except a paragraph that falls outside every node: that
    /// one is handed back, for the caller to keep in order and give to
    /// [`Nest::finish_with_top`]. The caller can keep them in the vector it reads the
    /// paragraphs from, so that a document of a million top-level lines does not hold its
    /// paragraphs twice (32 MB more, and a vector grown by doubling).
    pub fn push_keeping_top(&mut self, item: Item<'a>) -> Option<Para<'a>> {
        let n = &mut self.0;
        match item {
            Item::Numbered {
                line,
                family,
                number,
                separated,
                text,
                marker_end,
                rest_start,
                stated,
                restart,
            } => {
                let marker = Marker {
                    family,
                    number,
                    text: &text[..marker_end],
                    separated,
                };
                if n.push_numbered(line, marker, &text, rest_start, (stated, restart)) {
                    None
                } else {
                    n.place(Para { line, text })
                }
            }
            Item::Subtitle {
                line,
                title,
                extra,
                intro,
                question,
            } => {
                let marker = match (intro, question) {
                    (true, _) => LIST_INTRO,
                    (false, true) => QUESTION,
                    (false, false) => SUBTITLE,
                };
                let back = if n.push_numbered(line, marker, &title, 0, (0, None)) {
                    None
                } else {
                    n.place(Para { line, text: title })
                };
                n.top().intro.extend(extra.into_iter().map(|p| p.text));
                back
            }
            Item::Para(p) => n.place(p),
        }
    }

    /// Closes every open node and returns the tree.
    pub fn finish(mut self) -> Tree<'a> {
        while !self.0.stack.is_empty() {
            self.0.pop();
        }
        self.0.sum_up_warnings();
        self.0.tree
    }

    /// Closes every open node and returns the tree, with `top` the paragraphs
    /// [`Nest::push_keeping_top`] handed back, in the order it handed them.
    pub fn finish_with_top(mut self, top: Vec<Para<'a>>) -> Tree<'a> {
        let root = &mut self.0.stack[0].paras;
        debug_assert!(root.is_empty(), "`push` and `push_keeping_top` mixed");
        *root = top;
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nest_all(items: Vec<Item<'_>>) -> Tree<'_> {
        nest(items, true)
    }

    fn items<'a>(lines: &[&'a str]) -> Vec<Item<'a>> {
        Para::numbered(lines)
            .into_iter()
            .map(Item::from_para)
            .collect()
    }

    fn outline(nodes: &[Node], depth: usize, out: &mut Vec<String>) {
        for n in nodes {
            out.push(format!("{}{}", "  ".repeat(depth), n.text()));
            outline(&n.children, depth + 1, out);
        }
    }

    fn shape(lines: &[&'static str]) -> Vec<String> {
        let mut out = Vec::new();
        outline(&nest_all(items(lines)).children, 0, &mut out);
        out
    }

    #[test]
    fn a_mark_stays_small() {
        // One is held for every paragraph, marked or not.
        assert!(std::mem::size_of::<Option<Mark>>() <= 24);
    }

    #[test]
    fn families_nest_in_order_of_appearance() {
        let got = shape(&[
            "一、甲",
            "（一）子",
            "1.孙",
            "2.孙",
            "（二）子",
            "二、乙",
            "（一）子",
        ]);
        assert_eq!(
            got,
            vec![
                "一、甲",
                "  （一）子",
                "    1.孙",
                "    2.孙",
                "  （二）子",
                "二、乙",
                "  （一）子"
            ]
        );
    }

    #[test]
    fn law_divisions_keep_their_rank() {
        let got = shape(&[
            "第一章 适用范围",
            "第一条 甲。",
            "第二章 分则",
            "第一节 通则",
            "第二条 乙。",
            "（一）项",
        ]);
        assert_eq!(
            got,
            vec![
                "第一章适用范围",
                "  第一条甲",
                "第二章分则",
                "  第一节通则",
                "    第二条乙",
                "      （一）项"
            ]
        );
    }

    #[test]
    fn a_cross_reference_is_no_article() {
        let got = shape(&["第一条 甲。", "第十条规定的情形除外。", "第二条 乙。"]);
        assert_eq!(got, vec!["第一条甲", "第二条乙"]);
    }

    #[test]
    fn nesting_is_capped() {
        let bullets = [
            '●', '•', '◆', '◇', '■', '□', '▪', '▶', '▷', '►', '★', '☆', '○', '◎', '❖', '➢', '✔',
            '√',
        ];
        let lines: Vec<String> = bullets.iter().map(|b| format!("{b} 要点")).collect();
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let items = items(&texts);
        let tree = nest(items, false);
        fn depth(n: &[Node]) -> usize {
            n.iter().map(|c| 1 + depth(&c.children)).max().unwrap_or(0)
        }
        assert_eq!(depth(&tree.children), MAX_DEPTH);
        assert!(tree
            .warnings
            .iter()
            .any(|w| w.message.contains("nesting capped")));
    }

    #[test]
    fn numbering_gap_warns() {
        let tree = nest_all(items(&["一、甲", "二、乙", "四、丁"]));
        assert_eq!(tree.children.len(), 3);
        assert!(tree.warnings[0].message.contains("gap"));
    }

    #[test]
    fn warnings_of_a_kind_collapse_into_one_that_counts_the_rest() {
        let lines: Vec<String> = std::iter::once("一、甲".to_string())
            .chain((0..WARNINGS_OF_A_KIND + 5).map(|_| "一、甲".to_string()))
            .collect();
        let texts: Vec<&str> = lines.iter().map(String::as_str).collect();
        let tree = nest(items(&texts), false);
        assert_eq!(tree.children.len(), WARNINGS_OF_A_KIND + 6);
        assert_eq!(tree.warnings.len(), WARNINGS_OF_A_KIND + 1);
        let last = tree.warnings.last().expect("a summary");
        assert_eq!(last.message, "numbering repeat: … and 5 more like it");
        // At the first line left out: the 21st repeat is line 22.
        assert_eq!(last.line, WARNINGS_OF_A_KIND + 2);
    }

    #[test]
    fn paren_items_continue_across_sections() {
        let got = shape(&["一、甲", "（一）子", "（二）子", "二、乙", "（三）子"]);
        assert_eq!(
            got,
            vec!["一、甲", "  （一）子", "  （二）子", "二、乙", "  （三）子"]
        );
    }

    #[test]
    fn points_after_an_items_colon() {
        assert_eq!(
            points_after_colon("关于改制问题：一是职工安置；二是资金保障。"),
            Some(("关于改制问题", "：", "一是职工安置；二是资金保障。"))
        );
        // Text the first sentence trims before it (a byte-order mark) keeps the cut on a
        // character's edge.
        assert_eq!(
            points_after_colon("\u{feff}关于问题：一是甲；二是乙。"),
            Some(("\u{feff}关于问题", "：", "一是甲；二是乙。"))
        );
        assert_eq!(points_after_colon("\u{feff}一是:⑵"), None);
        // One point, or a second of another series, is no list.
        assert_eq!(points_after_colon("关于问题：一是甲。同时做好乙。"), None);
        assert_eq!(points_after_colon("关于问题：一是甲；第二，乙。"), None);
    }

    #[test]
    fn run_in_heading_keeps_its_body() {
        let tree = nest_all(items(&["一、学会“抓重点”。党委书记要学会。"]));
        assert_eq!(tree.children[0].title, "学会“抓重点”");
        assert_eq!(tree.children[0].kind, NodeKind::RunIn);
        assert_eq!(tree.children[0].body(), "党委书记要学会。");
    }
}
