//! The outline as plain serde data: `Document`, `Meta`, `Node` and what was dropped.
//!
//! A node's texts borrow from the parsed text where they are slices of it (nearly always),
//! so that parsing copies no text; [`Document::into_owned`] detaches a document from it.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU32;

/// A whole parsed document, e.g. a 求是网评 article with its byline and four sections.
///
/// ```
/// let doc = tigang::parse("关于做好工作的通知\n\n现将有关事项通知如下。\n\n一、总体要求\n");
/// assert_eq!(doc.title.as_deref(), Some("关于做好工作的通知"));
/// assert_eq!(doc.lead, ["现将有关事项通知如下。"]);
/// assert_eq!(doc.children[0].text(), "一、总体要求");
/// // The texts borrow from the input; `into_owned` lets the document outlive it.
/// let owned: tigang::Document<'static> = doc.into_owned();
/// assert!(owned.warnings.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Document<'a> {
    /// The title line without a column prefix, e.g. `树牢“四种理念”坚定深化组织工作改革`.
    pub title: Option<String>,
    /// Column, source, date, author and editors read from the head and tail lines.
    pub meta: Meta,
    /// Paragraphs before the first node (the lead), one string per paragraph (borrowed
    /// from the parsed text, as a node's texts are: a text of a million lines outside every
    /// node had copied each into a string of its own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<Cow<'a, str>>,
    /// The top-level nodes of the outline.
    pub children: Vec<Node<'a>>,
    /// Top-level paragraphs after the last node, one string per paragraph.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tail: Vec<Cow<'a, str>>,
    /// Lines kept out of the outline (page furniture, bylines, editors), with the reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<Dropped>,
    /// Things a reader should check: numbering gaps and repeats, counts that do not match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Document<'_> {
    /// Copies what the document borrows from the parsed text, so that it can outlive it.
    pub fn into_owned(self) -> Document<'static> {
        Document {
            title: self.title,
            meta: self.meta,
            lead: self.lead.into_iter().map(owned).collect(),
            children: self.children.into_iter().map(Node::into_owned).collect(),
            tail: self.tail.into_iter().map(owned).collect(),
            dropped: self.dropped,
            warnings: self.warnings,
        }
    }

    /// Gives every line number the document holds (nodes, dropped lines, warnings) as `to`
    /// maps it: from lines of the text read to lines of the file it came from. Pages are
    /// left as they are.
    pub fn map_lines(&mut self, to: impl Fn(usize) -> usize) {
        self.each_place(|p| p.line = to(p.line));
    }

    /// Gives every line number the document holds a place as `to` maps it: from lines of
    /// the text read to a page of a PDF and a line on it. What already has a page (a
    /// warning the reader placed itself, e.g. on a scanned page) keeps its place.
    pub fn place_lines(&mut self, to: impl Fn(usize) -> Place) {
        self.each_place(|p| {
            if p.page.is_none() {
                *p = to(p.line);
            }
        });
    }

    /// Calls `f` with the place of every node, dropped line and warning, and writes back
    /// what it leaves there.
    fn each_place(&mut self, mut f: impl FnMut(&mut Place)) {
        let mut apply = |page: &mut Option<NonZeroU32>, line: &mut usize| {
            let mut place = Place {
                page: *page,
                line: *line,
            };
            f(&mut place);
            (*page, *line) = (place.page, place.line);
        };
        let mut stack: Vec<&mut Node> = self.children.iter_mut().collect();
        while let Some(node) = stack.pop() {
            apply(&mut node.page, &mut node.line);
            stack.extend(node.children.iter_mut());
        }
        for d in &mut self.dropped {
            apply(&mut d.page, &mut d.line);
        }
        for w in &mut self.warnings {
            apply(&mut w.page, &mut w.line);
        }
    }

    /// Lists every piece of text the document holds, once each: the title line as written,
    /// the lead, each node in tree order (marker, title, the sentence end, body, children,
    /// tail), the top-level tail, then the dropped lines (furniture and metadata) by line.
    ///
    /// The outline part (everything before the dropped lines) is in document order, and
    /// together the pieces hold every non-blank character of the parsed text exactly once.
    pub fn text_spans(&self) -> Vec<&str> {
        let mut out = self.outline_spans();
        out.extend(self.dropped.iter().map(|d| d.text.as_str()));
        out
    }

    /// The topic that maps (OPML, FreeMind, XMind, the HTML page, the text tree) show
    /// before the first node: `导语`, with the lead's paragraphs as its body; `None`
    /// without a lead. Its line is the first node's (the lead ends just above it), or 1.
    ///
    /// Why a topic and not the root's note: OPML has no root outline to carry a note (its
    /// `head/title` becomes XMind's central topic and 幕布's document name), and a topic is
    /// what every importer shows, in document order: 导语, the sections, 结语 — the opening,
    /// body and close (总—分—总) that readers of Chinese articles look for, under the names
    /// news writing gives them. Every map format does the same, so that a map looks alike
    /// whichever way it came into XMind.
    pub fn lead_topic(&self) -> Option<Node<'_>> {
        let at = self.children.first().map_or(Place::line(1), Node::place);
        made_topic(LEAD_TOPIC, &self.lead, at)
    }

    /// The topic that maps show after the last node: `结语`, with the closing paragraphs
    /// (the top-level tail) as its body; `None` without them. Its line is that of the last
    /// node in document order (the paragraphs come after it), or 1. A topic of its own, and
    /// not a part of the root's or the last node's note, so that it comes after every
    /// section, where the article has it, and is seen as the close of the whole article.
    pub fn closing_topic(&self) -> Option<Node<'_>> {
        let mut last = self.children.last();
        let mut at = Place::line(1);
        while let Some(n) = last {
            at = n.place();
            last = n.children.last();
        }
        made_topic(CLOSING_TOPIC, &self.tail, at)
    }

    /// The top-level topics of a map: the lead topic (`导语`), the nodes, and the closing
    /// topic (`结语`), in document order.
    pub fn topics(&self) -> Topics<'_> {
        Topics {
            lead: self.lead_topic(),
            nodes: &self.children,
            closing: self.closing_topic(),
        }
    }

    /// Lists the text of the outline alone, in document order: the title line as written,
    /// the lead, each node in tree order, and the top-level tail.
    pub fn outline_spans(&self) -> Vec<&str> {
        let mut out = Vec::new();
        if let Some(raw) = self.meta.title_line.as_deref().or(self.title.as_deref()) {
            out.push(raw);
        }
        out.extend(self.lead.iter().map(|p| &**p));
        for node in &self.children {
            node.text_spans(&mut out);
        }
        out.extend(self.tail.iter().map(|p| &**p));
        out
    }
}

/// The title of the topic that carries the lead in a map (see [`Document::lead_topic`]).
pub const LEAD_TOPIC: &str = "导语";

/// The title of the topic that carries the closing paragraphs in a map (see
/// [`Document::closing_topic`]).
pub const CLOSING_TOPIC: &str = "结语";

/// Where something stands in the input file: a line, or for a PDF a page and a line on
/// it, e.g. `12`, `p.3:12`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Place {
    /// The 1-based page of a PDF; `None` for inputs without pages.
    pub page: Option<NonZeroU32>,
    /// The 1-based line: of the file, or of the page when there is one.
    pub line: usize,
}

impl Place {
    /// The line `line` of a file without pages.
    pub fn line(line: usize) -> Place {
        Place { page: None, line }
    }
}

/// Writes `12` for a line, `p.3:12` for line 12 of page 3; width and alignment apply.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Padded as a whole, so that `{:>9}` lines places up.
        match self.page {
            Some(page) => f.pad(&format!("p.{page}:{}", self.line)),
            None => f.pad(&self.line.to_string()),
        }
    }
}

/// A topic made for paragraphs outside every node: `title`, the paragraphs as its body.
fn made_topic<'d>(
    title: &'static str,
    paragraphs: &'d [Cow<'_, str>],
    at: Place,
) -> Option<Node<'d>> {
    let body = match paragraphs {
        [] => return None,
        [one] => Cow::Borrowed(&**one),
        more => Cow::Owned(more.join("\n")),
    };
    let mut node = Node::new(
        NodeKind::Note,
        Cow::Borrowed(""),
        None,
        Cow::Borrowed(title),
        at.line,
    );
    node.page = at.page;
    node.set_body(body);
    Some(node)
}

/// The top-level topics of a map, in document order: `导语`, the nodes, `结语` (see
/// [`Document::topics`]).
#[derive(Debug, Clone)]
pub struct Topics<'d> {
    /// The lead as a topic, when there is a lead.
    pub lead: Option<Node<'d>>,
    /// The document's nodes.
    pub nodes: &'d [Node<'d>],
    /// The closing paragraphs as a topic, when there are any.
    pub closing: Option<Node<'d>>,
}

impl<'d> Topics<'d> {
    /// The topics in document order.
    pub fn iter(&self) -> impl Iterator<Item = &Node<'d>> + '_ {
        self.lead.iter().chain(self.nodes).chain(&self.closing)
    }

    /// How many topics there are.
    pub fn len(&self) -> usize {
        self.nodes.len() + usize::from(self.lead.is_some()) + usize::from(self.closing.is_some())
    }

    /// Tells whether there are none: no lead, no node, no closing paragraph.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A text as one that borrows nothing.
fn owned(t: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(t.into_owned())
}

impl Node<'_> {
    /// Copies what the node and those under it borrow from the parsed text.
    pub fn into_owned(self) -> Node<'static> {
        let own = owned;
        Node {
            kind: self.kind,
            marker: own(self.marker),
            number: self.number,
            title: own(self.title),
            line: self.line,
            page: self.page,
            children: self.children.into_iter().map(Node::into_owned).collect(),
            rare: self.rare.map(|r| {
                Box::new(Rare {
                    frame: own(r.frame),
                    end: own(r.end),
                    body: own(r.body),
                    tail: own(r.tail),
                })
            }),
        }
    }

    fn text_spans<'s>(&'s self, out: &mut Vec<&'s str>) {
        out.extend([
            self.frame(),
            &self.marker,
            &self.title,
            self.end(),
            self.body(),
        ]);
        for child in &self.children {
            child.text_spans(out);
        }
        out.push(self.tail());
    }
}

/// Facts about the document read from its head and tail, e.g. `来源:求是网 2017年07月27日 09:30`.
///
/// ```
/// let doc = tigang::parse("求是网评:树牢两种理念\n\n一、要树牢“以人为本”理念\n");
/// assert_eq!(doc.meta.column.as_deref(), Some("求是网评"));
/// assert!(doc.meta.author.is_empty());
/// ```
#[derive(Debug, Clone, Default, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Meta {
    /// The title line(s) exactly as written, when the title was normalised from them
    /// (a column taken off, a footnote mark or site name removed, two lines joined).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_line: Option<String>,
    /// A column prefix or tag taken off the title, e.g. `求是网评` or `人民要论`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The personal authors, e.g. `["李刚"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub author: Vec<String>,
    /// The authors' unit, e.g. `中共筠连县委组织部`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// The publisher, e.g. `求是网` from `来源:求是网`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The document's own date as `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The time of day given with the date, as `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Editors named in `编辑:` / `责任编辑:` lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub editors: Vec<String>,
    /// The document number of an official document, e.g. `国办发〔2024〕12号`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// The issuing body signed under the text, e.g. `某市人民政府办公室`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// A news agency's dateline opening the text, e.g. `新华社北京3月16日电`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// The original title from a non-empty `原标题:` line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_title: Option<String>,
    /// Whether `date` is the date a paper was written or printed (`成文日期`, `印发日期`),
    /// which a publication date read later replaces. Not written out.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub date_written: bool,
}

/// Two metas are equal when what they say is: `date_written`, a note for the reading and
/// never written out, is left out, so that a document read back from its JSON or YAML
/// equals the one written.
impl PartialEq for Meta {
    fn eq(&self, other: &Self) -> bool {
        let Meta {
            title_line,
            column,
            author,
            affiliation,
            source,
            date,
            time,
            editors,
            doc_number,
            issuer,
            dateline,
            original_title,
            date_written: _,
        } = self;
        *title_line == other.title_line
            && *column == other.column
            && *author == other.author
            && *affiliation == other.affiliation
            && *source == other.source
            && *date == other.date
            && *time == other.time
            && *editors == other.editors
            && *doc_number == other.doc_number
            && *issuer == other.issuer
            && *dateline == other.dateline
            && *original_title == other.original_title
    }
}

/// What made a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A numbered heading on a line of its own, e.g. `一、总体要求` or `第一章 适用范围`.
    Heading,
    /// A numbered paragraph whose first sentence is its title, e.g. `第一条 为了……，制定本法。`.
    RunIn,
    /// A point enumerated inside a paragraph, e.g. `一要深化理念改革。`.
    Inline,
    /// A bulleted line, e.g. `● 项目引进实现新突破`.
    Bullet,
    /// An unnumbered subtitle or run-in lead used in parallel, e.g. `初见山城，相逢江畔`.
    Subtitle,
    /// A body turned into a node of its own by `--notes-as-children`, or a topic made for
    /// the lead (`导语`) or the closing paragraphs (`结语`), see [`Document::topics`].
    Note,
}

impl NodeKind {
    /// The kind's name as JSON writes it, e.g. `run_in`.
    pub fn name(self) -> &'static str {
        match self {
            NodeKind::Heading => "heading",
            NodeKind::RunIn => "run_in",
            NodeKind::Inline => "inline",
            NodeKind::Bullet => "bullet",
            NodeKind::Subtitle => "subtitle",
            NodeKind::Note => "note",
        }
    }
}

/// One entry of the outline, e.g. the section `三、保障措施` or the point `一要深化理念改革`.
///
/// Serialized (and described by the schema) as `NodeFields` lays it out. The texts most
/// nodes leave empty (frame, end, body, tail) sit behind one pointer, read and set through
/// methods: a document of a million short sections holds a million nodes, and four empty
/// texts inline were 96 of a node's 192 bytes.
///
/// ```
/// use tigang::NodeKind;
/// let doc = tigang::parse("关于做好工作的通知\n\n一、总体要求\n\n（一）抓好落实。要按时完成。\n");
/// let section = &doc.children[0];
/// assert_eq!((section.kind, section.number, section.line), (NodeKind::Heading, Some(1), 3));
/// let item = &section.children[0];
/// assert_eq!(item.marker, "（一）");
/// assert_eq!(item.title, "抓好落实");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "NodeFields<'a>")]
pub struct Node<'a> {
    /// What made it a node.
    pub kind: NodeKind,
    /// The marker exactly as written, e.g. `"三、"`, `"（二）"`, `"一要"`; empty for a subtitle.
    pub marker: Cow<'a, str>,
    /// The number the marker carries (`3` for `三、`); absent for bullets and subtitles.
    pub number: Option<u32>,
    /// The heading text after the marker, up to the first `。！？；`.
    pub title: Cow<'a, str>,
    /// The 1-based line of the input file where the node starts (for a Word document, the
    /// number of its paragraph; for a PDF, the line on its page).
    pub line: usize,
    /// The 1-based page of a PDF the node starts on; `None` for inputs without pages.
    pub page: Option<NonZeroU32>,
    /// The nodes under this one.
    pub children: Vec<Node<'a>>,
    /// Frame, end, body and tail; `None` while all four are empty (never `Some` of four
    /// empty texts, so that equal nodes compare equal).
    rare: Option<Box<Rare<'a>>>,
}

/// The texts of a node that are empty in most nodes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Rare<'a> {
    frame: Cow<'a, str>,
    end: Cow<'a, str>,
    body: Cow<'a, str>,
    tail: Cow<'a, str>,
}

impl Rare<'_> {
    fn is_empty(&self) -> bool {
        self.frame.is_empty() && self.end.is_empty() && self.body.is_empty() && self.tail.is_empty()
    }
}

// A node as JSON and YAML write it, field by field in this order (its doc is the schema's
// description of a node, hence the same as `Node`'s first line).
/// One entry of the outline, e.g. the section `三、保障措施` or the point `一要深化理念改革`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename = "Node")]
pub struct NodeFields<'a> {
    /// What made it a node.
    pub kind: NodeKind,
    /// Words before the lead that report it rather than head it, e.g. `文章指出，` before
    /// `认识要进一步到位。`: kept, in place, out of the title.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub frame: Cow<'a, str>,
    /// The marker exactly as written, e.g. `"三、"`, `"（二）"`, `"一要"`; empty for a subtitle.
    pub marker: Cow<'a, str>,
    /// The number the marker carries (`3` for `三、`); absent for bullets and subtitles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The heading text after the marker, up to the first `。！？；`.
    pub title: Cow<'a, str>,
    /// The `。！？；` that ended the title, when the text ran on after it.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub end: Cow<'a, str>,
    /// The text that belongs to this node and to none of its children, before them.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub body: Cow<'a, str>,
    /// Text of this node that comes after its children, e.g. a closing paragraph after a
    /// series of points.
    #[serde(default, skip_serializing_if = "is_empty")]
    pub tail: Cow<'a, str>,
    /// The 1-based page of a PDF the node starts on; absent for inputs without pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<NonZeroU32>,
    /// The 1-based line of the input file where the node starts (for a Word document, the
    /// number of its paragraph; for a PDF, the line on its page).
    pub line: usize,
    /// The nodes under this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node<'a>>,
}

impl<'a> From<NodeFields<'a>> for Node<'a> {
    fn from(f: NodeFields<'a>) -> Self {
        let mut node = Node::new(f.kind, f.marker, f.number, f.title, f.line);
        node.page = f.page;
        node.children = f.children;
        node.set_frame(f.frame);
        node.set_end(f.end);
        node.set_body(f.body);
        node.set_tail(f.tail);
        node
    }
}

/// Written field by field as `NodeFields` derives it, without building one: a copy of
/// every node would undo what keeping the rare texts apart saved.
impl Serialize for Node<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let optional = [self.frame(), self.end(), self.body(), self.tail()]
            .iter()
            .filter(|t| !t.is_empty())
            .count()
            + usize::from(self.number.is_some())
            + usize::from(self.page.is_some())
            + usize::from(!self.children.is_empty());
        let mut st = s.serialize_struct("Node", 4 + optional)?;
        st.serialize_field("kind", &self.kind)?;
        nonempty(&mut st, "frame", self.frame())?;
        st.serialize_field("marker", &self.marker)?;
        match self.number {
            Some(n) => st.serialize_field("number", &n)?,
            None => st.skip_field("number")?,
        }
        st.serialize_field("title", &self.title)?;
        nonempty(&mut st, "end", self.end())?;
        nonempty(&mut st, "body", self.body())?;
        nonempty(&mut st, "tail", self.tail())?;
        match self.page {
            Some(p) => st.serialize_field("page", &p)?,
            None => st.skip_field("page")?,
        }
        st.serialize_field("line", &self.line)?;
        if self.children.is_empty() {
            st.skip_field("children")?;
        } else {
            st.serialize_field("children", &self.children)?;
        }
        st.end()
    }
}

/// Writes a text field, or skips it when empty (`skip_serializing_if = "is_empty"`).
fn nonempty<S: serde::ser::SerializeStruct>(
    st: &mut S,
    key: &'static str,
    text: &str,
) -> Result<(), S::Error> {
    if text.is_empty() {
        st.skip_field(key)
    } else {
        st.serialize_field(key, text)
    }
}

/// The schema of a node is that of the fields it is written as.
#[cfg(feature = "schema")]
impl JsonSchema for Node<'_> {
    fn schema_name() -> Cow<'static, str> {
        NodeFields::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        NodeFields::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        NodeFields::json_schema(generator)
    }
}

/// For `skip_serializing_if`: an empty text is left out.
#[allow(clippy::ptr_arg)] // serde hands over the field as it is typed
fn is_empty(s: &Cow<'_, str>) -> bool {
    s.is_empty()
}

/// The empty text, for the rare texts of a node that has none.
const NONE: &Cow<'static, str> = &Cow::Borrowed("");

impl<'a> Node<'a> {
    /// A node without children, frame, end, body or tail.
    pub fn new(
        kind: NodeKind,
        marker: Cow<'a, str>,
        number: Option<u32>,
        title: Cow<'a, str>,
        line: usize,
    ) -> Self {
        Node {
            kind,
            marker,
            number,
            title,
            line,
            page: None,
            children: Vec::new(),
            rare: None,
        }
    }

    /// Where the node starts in the input file: its page (of a PDF) and line.
    pub fn place(&self) -> Place {
        Place {
            page: self.page,
            line: self.line,
        }
    }

    /// Words before the lead that report it rather than head it, e.g. `文章指出，` before
    /// `认识要进一步到位。`: kept, in place, out of the title.
    pub fn frame(&self) -> &str {
        self.frame_text()
    }

    /// The `。！？；` that ended the title, when the text ran on after it.
    pub fn end(&self) -> &str {
        self.end_text()
    }

    /// The text that belongs to this node and to none of its children, before them.
    pub fn body(&self) -> &str {
        self.body_text()
    }

    /// Text of this node that comes after its children, e.g. a closing paragraph after a
    /// series of points.
    pub fn tail(&self) -> &str {
        self.tail_text()
    }

    /// The frame as held: borrowed from the parsed text or owned.
    pub(crate) fn frame_text(&self) -> &Cow<'a, str> {
        self.rare.as_ref().map_or(NONE, |r| &r.frame)
    }

    /// The sentence end as held: borrowed from the parsed text or owned.
    pub(crate) fn end_text(&self) -> &Cow<'a, str> {
        self.rare.as_ref().map_or(NONE, |r| &r.end)
    }

    /// The body as held: borrowed from the parsed text or owned.
    pub(crate) fn body_text(&self) -> &Cow<'a, str> {
        self.rare.as_ref().map_or(NONE, |r| &r.body)
    }

    /// The tail as held: borrowed from the parsed text or owned.
    pub(crate) fn tail_text(&self) -> &Cow<'a, str> {
        self.rare.as_ref().map_or(NONE, |r| &r.tail)
    }

    /// Sets the frame (see [`Node::frame`]).
    pub fn set_frame(&mut self, text: Cow<'a, str>) {
        self.set(text, |r| &mut r.frame);
    }

    /// Sets the sentence end (see [`Node::end`]).
    pub fn set_end(&mut self, text: Cow<'a, str>) {
        self.set(text, |r| &mut r.end);
    }

    /// Sets the body (see [`Node::body`]).
    pub fn set_body(&mut self, text: Cow<'a, str>) {
        self.set(text, |r| &mut r.body);
    }

    /// Sets the tail (see [`Node::tail`]).
    pub fn set_tail(&mut self, text: Cow<'a, str>) {
        self.set(text, |r| &mut r.tail);
    }

    /// Appends a line to the body: `text` alone when the body is empty, else after a
    /// line break.
    pub fn push_body_line(&mut self, text: Cow<'a, str>) {
        if text.is_empty() {
            return;
        }
        let rare = self.rare.get_or_insert_with(Box::default);
        if rare.body.is_empty() {
            rare.body = text;
        } else {
            let body = rare.body.to_mut();
            body.push('\n');
            body.push_str(&text);
        }
    }

    fn set(
        &mut self,
        text: Cow<'a, str>,
        field: for<'r> fn(&'r mut Rare<'a>) -> &'r mut Cow<'a, str>,
    ) {
        match &mut self.rare {
            None if text.is_empty() => {}
            None => {
                let mut rare = Box::<Rare>::default();
                *field(&mut rare) = text;
                self.rare = Some(rare);
            }
            Some(rare) => {
                *field(rare) = text;
                if rare.is_empty() {
                    self.rare = None;
                }
            }
        }
    }

    /// Returns the node's text before its children: the frame that opened its paragraph
    /// (`文章指出，`), run into the body. Borrowed when there is no frame.
    pub fn opening(&self) -> Cow<'_, str> {
        match (self.frame(), self.body()) {
            ("", body) => Cow::Borrowed(body),
            (frame, "") => Cow::Borrowed(frame),
            (frame, body) => Cow::Owned(format!("{frame}{body}")),
        }
    }

    /// Returns the note that renderers show with the node: every word of the node that its
    /// label (marker and title) leaves out, the title's closing stop aside. That is the
    /// opening (frame and body), then the tail on a line of its own: in document order but
    /// for the frame, which comes before the title in the text. Borrowed when only one of
    /// the three is there.
    pub fn note(&self) -> Cow<'_, str> {
        match (self.opening(), self.tail()) {
            (opening, "") => opening,
            (opening, tail) if opening.is_empty() => Cow::Borrowed(tail),
            (opening, tail) => Cow::Owned(format!("{opening}\n{tail}")),
        }
    }

    /// Returns the marker and title together, as a reader sees them: `一、总体要求`.
    pub fn text(&self) -> String {
        format!("{}{}", self.marker, self.title)
    }

    /// Returns marker and title for display, with a space after a marker that needs one
    /// to be read (`第一章 适用范围`, `● 要点`), and none after `一、` or `（一）`.
    pub fn display(&self) -> String {
        if self.display_spaced() {
            format!("{} {}", self.marker, self.title)
        } else {
            self.text()
        }
    }

    /// Tells whether [`Node::display`] puts a space between marker and title.
    pub fn display_spaced(&self) -> bool {
        let last = self.marker.chars().last();
        let law =
            self.marker.starts_with('第') && !self.marker.ends_with(['，', ',', '、', '：', ':']);
        // (Ideographs are letters: settled before the Unicode tables are asked.)
        let symbol = last.is_some_and(|c| {
            !(crate::text::is_cjk(c)
                || c.is_alphanumeric()
                || matches!(
                    c,
                    '、' | '）' | ')' | '.' | '．' | '，' | ',' | '：' | ':' | '—' | '】'
                ))
        });
        let bare_numeral = self.kind == NodeKind::Heading
            && !self.marker.is_empty()
            && self
                .marker
                .chars()
                .all(crate::scan::numeral::is_cn_numeral_char);
        // `2.1 背景`, `材料1 某某`, `Ⅱ 研究过程`: a number run into the title would read as
        // one (`Ⅱ研究` as a grade's).
        let digit = last.is_some_and(|c| {
            crate::scan::numeral::is_any_digit(c) || crate::scan::numeral::is_upper_roman(c)
        });
        // `案例一 某公司虚假宣传案`: a word's number run into the name would read as one
        // (`案例一某公司`).
        let word_numeral = self.kind == NodeKind::Heading
            && !bare_numeral
            && last.is_some_and(crate::scan::numeral::is_cn_numeral_char);
        // `第一阶段（准备阶段）`: a bracket parts marker and title by itself.
        let bracketed = self.title.starts_with(['（', '(']);
        (law || symbol || bare_numeral || digit || word_numeral)
            && !self.title.is_empty()
            && !bracketed
    }
}

/// A line kept out of the outline, e.g. `扫一扫 手机阅读` (furniture) or `编辑:黄佐春` (editors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Dropped {
    /// The 1-based page of a PDF the line is on; absent for inputs without pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<NonZeroU32>,
    /// The 1-based line of the input file (for a Word document, the paragraph's number;
    /// for a PDF, the line on its page).
    pub line: usize,
    /// The line as written, trimmed.
    pub text: String,
    /// Why it is not in the outline, e.g. `furniture: app download`, `meta: source, date`.
    pub reason: String,
}

/// A remark about the numbering or the counts, e.g. `一、二、四、` has a gap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Warning {
    /// The 1-based page of a PDF it concerns; absent for inputs without pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<NonZeroU32>,
    /// The 1-based line of the input file it concerns (for Word, the paragraph's number;
    /// for a PDF, the line on its page).
    pub line: usize,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Warning {
    /// A warning about line `line` of the text.
    pub fn new(line: usize, message: String) -> Warning {
        Warning {
            page: None,
            line,
            message,
        }
    }

    /// Where it stands in the input file: its page (of a PDF) and line.
    pub fn place(&self) -> Place {
        Place {
            page: self.page,
            line: self.line,
        }
    }
}

impl Dropped {
    /// Where the line stands in the input file: its page (of a PDF) and line.
    pub fn place(&self) -> Place {
        Place {
            page: self.page,
            line: self.line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fields a node is written as, built the long way, for comparison.
    fn fields<'a>(n: &Node<'a>) -> NodeFields<'a> {
        NodeFields {
            kind: n.kind,
            frame: n.frame_text().clone(),
            marker: n.marker.clone(),
            number: n.number,
            title: n.title.clone(),
            end: n.end_text().clone(),
            body: n.body_text().clone(),
            tail: n.tail_text().clone(),
            page: n.page,
            line: n.line,
            children: n.children.clone(),
        }
    }

    fn sample(k: usize) -> Node<'static> {
        let mut n = Node::new(
            NodeKind::RunIn,
            "一、".into(),
            (k % 2 == 0).then_some(k as u32),
            "甲".into(),
            k,
        );
        n.set_frame(if k & 1 != 0 { "文章指出，" } else { "" }.into());
        n.set_end(if k & 2 != 0 { "。" } else { "" }.into());
        n.set_body(if k & 4 != 0 { "正文" } else { "" }.into());
        n.set_tail(if k & 8 != 0 { "结尾" } else { "" }.into());
        if k & 16 != 0 {
            n.children = vec![sample(k - 16)];
        }
        n.page = NonZeroU32::new((k % 3) as u32);
        n
    }

    #[test]
    fn a_node_is_written_as_its_fields_derive_it() {
        for k in 0..32 {
            let n = sample(k);
            let want = fields(&n);
            assert_eq!(
                serde_json::to_string_pretty(&n).unwrap(),
                serde_json::to_string_pretty(&want).unwrap()
            );
            assert_eq!(
                serde_saphyr::to_string(&n).unwrap(),
                serde_saphyr::to_string(&want).unwrap()
            );
            let back: Node = serde_json::from_str(&serde_json::to_string(&n).unwrap()).unwrap();
            assert_eq!(back, n);
        }
    }

    #[test]
    fn a_node_stays_small() {
        // A million sections are a million nodes: 192 bytes each with the rare texts
        // inline, 104 with them behind a pointer (a PDF's page fits in the padding).
        assert!(std::mem::size_of::<Node>() <= 104);
    }

    #[test]
    fn places_are_lines_or_pages_and_lines() {
        assert_eq!(Place::line(12).to_string(), "12");
        let p = Place {
            page: NonZeroU32::new(3),
            line: 12,
        };
        assert_eq!(p.to_string(), "p.3:12");
        assert_eq!(format!("{p:>8}|{:>3}", Place::line(5)), "  p.3:12|  5");
        assert!(Place::line(40) < p, "by page first");
    }

    #[test]
    fn emptied_rare_texts_leave_no_box() {
        let mut n = sample(4);
        n.set_body("".into());
        let mut want = Node::new(NodeKind::RunIn, "一、".into(), Some(4), "甲".into(), 4);
        want.page = NonZeroU32::new(1);
        assert_eq!(n, want);
        assert!(n.rare.is_none());
    }
}
