//! The tree of a web page as html5ever builds it, held only until its text is read.
//!
//! Between the tokenizer and the tree builder, the tags of elements nested past
//! [`MAX_DEPTH`] (or formatting elements past [`MAX_FORMATTING`]) are left out, their text
//! kept, so that a page of any depth is read in linear time and walked in bounded depth.
//!
//! The tree builder puts its nodes into a small tree of our own ([`Tree`]), and as parts of
//! it become final they are read in document order ([`Reader`]) and let go: what is held is
//! the text and the part of the page still open, not the page's whole tree (6 MB of `<p>`
//! made two million elements).
//!
//! A part is final when html5ever can no longer change it. It changes the tree only around
//! the nodes it still holds (`TreeBuilder::trace_handles`: the open elements, the active
//! formatting elements, the head and form pointers): it appends to the current node; it puts
//! what is misplaced in a table just before that table (foster parenting); and, for misnested
//! formatting such as `<b><p>x</b>y`, it moves an open element that sits below an open
//! formatting element, wraps that element's content in a copy of the formatting element,
//! and copies formatting elements in between (the adoption agency). So:
//! - an element that neither is nor holds a node html5ever holds is final;
//! - a text is final once something follows it, unless that is a table still held (fostered
//!   text joins the text before the table);
//! - an element html5ever holds is read into (its start read, its final children read and let
//!   go) unless it comes after a formatting element in html5ever's list: it may yet be
//!   moved; then reading waits there;
//! - a table html5ever holds is read into with its text kept apart ([`Reader::element`]'s
//!   `apart`), and what is put before it is read when final and written before that text.
//!
//! A form not yet known to hold text (a paragraph, heading, table or line break: a page's
//! own form, not a search box) is read all the same, and its text taken back at its end if
//! none was met in it.
//!
//! Everything else waits, and at the end of the page everything is final. The reading order
//! and every decision are those of a walk over the finished tree. What waits is held: a
//! page whose content sits under an open formatting element (`<b><div>` around the whole
//! page) or under one html5ever keeps in its list while nothing but empty paragraphs
//! follow is held whole, at about 80 bytes a node.

use super::html::{is_chrome, is_text_block, Reader, Tag, Written, BLOCK_TAGS};
use crate::decode::Stated;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag as TagToken, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, Tracer, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{ns, Attribute, LocalName, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::{HashMap, HashSet};

/// Elements kept open at once (a page's own nesting is far below): the start tags of
/// deeper ones are left out, their text kept. html5ever's scope checks walk the open
/// elements, so an unbounded depth made the parse quadratic.
pub(super) const MAX_DEPTH: u32 = 256;

/// Formatting elements (`b`, `font`; `span` is none) kept open at once. html5ever opens them
/// all again in every paragraph that follows until they close, and checks each text against
/// their list: unbounded, that made the parse quadratic and a page of short paragraphs cost
/// a thousand times its size. Their tags do not change the text (a short bold run at the
/// start of a line aside), so few are kept.
pub(super) const MAX_FORMATTING: u32 = 8;

/// Nodes made between two looks for what is final, at the least.
const FLUSH_EVERY: usize = 4096;

/// Parses a page as html5ever does, leaving out the start and end tags of elements nested
/// past [`MAX_DEPTH`] or [`MAX_FORMATTING`] (a block element's tag becomes a line break),
/// and reads its article text; tells whether any tags were left out.
pub(super) fn read_capped(source: &str) -> (Written, bool, Stated) {
    let sink = Sink {
        tree: RefCell::new(Tree::new()),
        current: Cell::default(),
        line: Cell::new(1),
        stated: RefCell::default(),
    };
    let filter = DepthFilter {
        builder: TreeBuilder::new(sink, TreeBuilderOpts::default()),
        left_out: RefCell::default(),
        cut: Cell::new(false),
        frontier: RefCell::new(Frontier::new(source.len() / 2)),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let queue = BufferQueue::default();
    // Fed a mebibyte at a time: a tendril holds at most 4 GB.
    let mut rest = source;
    while !rest.is_empty() {
        let mut at = rest.len().min(1 << 20);
        while !rest.is_char_boundary(at) {
            at -= 1;
        }
        queue.push_back(StrTendril::from_slice(&rest[..at]));
        rest = &rest[at..];
        // A script's end or a `<meta charset>` pauses the tokenizer: the charset was read
        // before, and scripts are not run.
        while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    }
    tokenizer.end();
    let filter = tokenizer.sink;
    filter.flush(true);
    let cut = filter.cut.get();
    let stated = filter.builder.sink.stated.take();
    let written = filter.frontier.into_inner().finish();
    (written, cut, stated)
}

/// The `<meta>` names (or properties) that state a page's publication date, and its
/// publisher, as news and government sites set them (compared without case).
const DATE_METAS: &[&str] = &[
    "publishdate",
    "pubdate",
    "publishtime",
    "firstpublishedtime",
    "article:published_time",
];
const SOURCE_METAS: &[&str] = &["source", "contentsource"];
/// `<meta>` names that state the writer (`author`, Open Graph's `article:author`); a
/// site's name there is no person's and is left.
const AUTHOR_METAS: &[&str] = &["author", "article:author"];

/// Notes what a `<meta>` element with `attrs` states: the first date and source met.
fn stated_by(attrs: &[Attribute], stated: &mut Stated) {
    let value = |key: &str| {
        attrs
            .iter()
            .find(|a| a.name.prefix.is_none() && a.name.ns == ns!() && &*a.name.local == key)
            .map(|a| a.value.trim())
    };
    let (Some(name), Some(content)) = (
        value("name").or_else(|| value("property")),
        value("content"),
    ) else {
        return;
    };
    if content.is_empty() {
        return;
    }
    let name = name.to_ascii_lowercase();
    if DATE_METAS.contains(&name.as_str()) {
        stated.date.get_or_insert_with(|| content.to_string());
    } else if SOURCE_METAS.contains(&name.as_str()) {
        stated.source.get_or_insert_with(|| content.to_string());
    } else if AUTHOR_METAS.contains(&name.as_str()) {
        stated.author.get_or_insert_with(|| content.to_string());
    }
}

/// A node's place in [`Tree::nodes`]: the tree builder's handle.
type Id = u32;

/// No node: the end of a list of children, or a node without a parent.
const NONE: Id = Id::MAX;

/// The document node.
const DOCUMENT: Id = 0;

/// How deep a node sits: elements and formatting elements above it, itself included.
#[derive(Debug, Clone, Copy, Default)]
struct Depth {
    elements: u32,
    formatting: u32,
    /// Whether the node itself is a formatting element.
    is_formatting: bool,
}

impl Depth {
    /// The depth of a child `child` (its own `is_formatting` set) under this node.
    fn below(self, child: Depth) -> Depth {
        Depth {
            elements: self.elements.saturating_add(1),
            formatting: self
                .formatting
                .saturating_add(u32::from(child.is_formatting)),
            is_formatting: child.is_formatting,
        }
    }

    /// The depth of this node's parent.
    fn above(self) -> Depth {
        Depth {
            elements: self.elements.saturating_sub(1),
            formatting: self
                .formatting
                .saturating_sub(u32::from(self.is_formatting)),
            is_formatting: false,
        }
    }
}

/// Formatting elements: html5ever keeps a list of them to open again after a block (`a`
/// too, which is not counted here: its tags are kept at any depth).
fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// A node of the tree, linked to its parent, its first and last children and its siblings.
struct Node {
    parent: Id,
    first: Id,
    last: Id,
    prev: Id,
    next: Id,
    /// The look for what is final in which this node was last found to be, or to hold, a
    /// node html5ever holds.
    live: u32,
    data: Data,
}

enum Data {
    Document,
    Element(Element),
    /// A text and the line of the page it starts on.
    Text(String, u32),
    /// A comment or a processing instruction: nothing to read.
    Other,
    /// A template's content, its first child (never read: templates are left out).
    Fragment,
    /// A place let go, to be used again.
    Free,
}

/// What is kept of an element.
struct Element {
    name: QualName,
    depth: Depth,
    /// Whether its class, and its id, name page chrome (`Tag::chrome`); `None` when it has
    /// none.
    class: Option<[bool; 2]>,
    id: Option<[bool; 2]>,
}

impl Element {
    /// What the reader needs to know of it; `holds_text` is for a form.
    fn tag(&self, holds_text: Option<bool>) -> Tag<'_> {
        let [a, b] = self.class.unwrap_or_default();
        let [c, d] = self.id.unwrap_or_default();
        Tag {
            name: &self.name.local,
            chrome: [a || c, b || d],
            holds_text,
        }
    }
}

/// The chrome bits of a class or id value: outside an article and inside one.
fn chrome(value: &str) -> [bool; 2] {
    [is_chrome(Some(value), false), is_chrome(Some(value), true)]
}

/// The nodes, in places used again once let go.
struct Tree {
    nodes: Vec<Node>,
    free: Vec<Id>,
    /// Each template's content.
    contents: HashMap<Id, Id>,
}

impl Tree {
    fn new() -> Tree {
        let mut tree = Tree {
            nodes: Vec::new(),
            free: Vec::new(),
            contents: HashMap::new(),
        };
        tree.make(Data::Document);
        tree
    }

    /// Nodes in use.
    fn len(&self) -> usize {
        self.nodes.len() - self.free.len()
    }

    fn make(&mut self, data: Data) -> Id {
        let node = Node {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            live: 0,
            data,
        };
        match self.free.pop() {
            Some(id) => {
                self.nodes[id as usize] = node;
                id
            }
            None => {
                self.nodes.push(node);
                Id::try_from(self.nodes.len() - 1).expect("fewer than 4 billion nodes")
            }
        }
    }

    fn node(&self, id: Id) -> &Node {
        &self.nodes[id as usize]
    }

    fn node_mut(&mut self, id: Id) -> &mut Node {
        &mut self.nodes[id as usize]
    }

    fn element(&self, id: Id) -> Option<&Element> {
        match &self.node(id).data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    fn element_mut(&mut self, id: Id) -> Option<&mut Element> {
        match &mut self.node_mut(id).data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    fn is_named(&self, id: Id, name: &str) -> bool {
        self.element(id).is_some_and(|e| &*e.name.local == name)
    }

    /// Takes a node out of its parent's children.
    fn detach(&mut self, id: Id) {
        let Node {
            parent, prev, next, ..
        } = *self.node(id);
        if parent == NONE {
            return;
        }
        match prev {
            NONE => self.node_mut(parent).first = next,
            p => self.node_mut(p).next = next,
        }
        match next {
            NONE => self.node_mut(parent).last = prev,
            n => self.node_mut(n).prev = prev,
        }
        let node = self.node_mut(id);
        node.parent = NONE;
        node.prev = NONE;
        node.next = NONE;
    }

    /// Puts a node (taken out of where it was) as the last child of `parent`.
    fn append(&mut self, parent: Id, id: Id) {
        self.detach(id);
        let last = self.node(parent).last;
        match last {
            NONE => self.node_mut(parent).first = id,
            l => self.node_mut(l).next = id,
        }
        let node = self.node_mut(id);
        node.parent = parent;
        node.prev = last;
        self.node_mut(parent).last = id;
    }

    /// Puts a node (taken out of where it was) just before `sibling`, which has a parent.
    fn insert_before(&mut self, sibling: Id, id: Id) {
        self.detach(id);
        let Node { parent, prev, .. } = *self.node(sibling);
        match prev {
            NONE => self.node_mut(parent).first = id,
            p => self.node_mut(p).next = id,
        }
        let node = self.node_mut(id);
        node.parent = parent;
        node.prev = prev;
        node.next = sibling;
        self.node_mut(sibling).prev = id;
    }

    /// Adds text after the child `after` of `parent` (`NONE`: as its first child), joined to
    /// `after` when that is a text; `line` is the line of the page it starts on.
    fn add_text(&mut self, parent: Id, after: Id, text: &str, line: u32) {
        if after != NONE {
            if let Data::Text(t, _) = &mut self.node_mut(after).data {
                t.push_str(text);
                return;
            }
        }
        let id = self.make(Data::Text(text.to_string(), line));
        let next = if after == NONE {
            self.node(parent).first
        } else {
            self.node(after).next
        };
        match next {
            NONE => self.append(parent, id),
            next => self.insert_before(next, id),
        }
    }

    /// Whether an element in a final node, or the node itself, is a text block
    /// ([`is_text_block`]).
    fn holds_text_block(&self, root: Id) -> bool {
        let mut stack = vec![root];
        while let Some(at) = stack.pop() {
            if self
                .element(at)
                .is_some_and(|e| is_text_block(&e.name.local))
            {
                return true;
            }
            let mut child = self.node(at).first;
            while child != NONE {
                stack.push(child);
                child = self.node(child).next;
            }
        }
        false
    }

    /// Lets go of a node and everything inside it.
    fn free(&mut self, id: Id) {
        self.detach(id);
        if self.node(id).first == NONE {
            // Most nodes let go are leaves, or let go of one by one.
            self.let_go(id);
            return;
        }
        let mut stack = vec![id];
        while let Some(at) = stack.pop() {
            let mut child = self.node(at).first;
            while child != NONE {
                stack.push(child);
                child = self.node(child).next;
            }
            self.let_go(at);
        }
    }

    /// Marks a place free.
    fn let_go(&mut self, id: Id) {
        if self.contents.contains_key(&id) {
            self.contents.remove(&id);
        }
        self.node_mut(id).data = Data::Free;
        self.free.push(id);
    }
}

impl std::ops::Index<Id> for Tree {
    type Output = Node;
    fn index(&self, id: Id) -> &Node {
        self.node(id)
    }
}

/// Collects the nodes html5ever holds, in the order it names them: the open elements from
/// the root down, then the active formatting elements, then the head and form pointers.
struct Held(RefCell<Vec<Id>>);

impl Tracer for Held {
    type Handle = Id;

    fn trace_handle(&self, node: &Id) {
        self.0.borrow_mut().push(*node);
    }
}

/// The tree builder's sink: builds the [`Tree`] and follows how deep the builder's current
/// node is.
struct Sink {
    tree: RefCell<Tree>,
    /// The depth of the node the builder last put something into or popped back to.
    current: Cell<Depth>,
    /// The line of the page the token being built starts on.
    line: Cell<u32>,
    /// The date and source the page's `<meta>` tags state.
    stated: RefCell<Stated>,
}

impl Sink {
    fn depth(&self, node: Id) -> Depth {
        self.tree
            .borrow()
            .element(node)
            .map(|e| e.depth)
            .unwrap_or_default()
    }

    /// Notes that `child` goes into a parent at depth `parent`.
    fn placing(&self, parent: Depth, child: &NodeOrText<Id>) {
        match child {
            NodeOrText::AppendNode(node) => {
                if let Some(e) = self.tree.borrow_mut().element_mut(*node) {
                    e.depth = parent.below(e.depth);
                    self.current.set(e.depth);
                }
            }
            NodeOrText::AppendText(_) => self.current.set(parent),
        }
    }

    fn append_raw(&self, parent: Id, child: NodeOrText<Id>) {
        let mut tree = self.tree.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => tree.append(parent, id),
            NodeOrText::AppendText(text) => {
                let last = tree[parent].last;
                tree.add_text(parent, last, &text, self.line.get());
            }
        }
    }

    fn insert_before_raw(&self, sibling: Id, child: NodeOrText<Id>) {
        let mut tree = self.tree.borrow_mut();
        if let NodeOrText::AppendNode(id) = child {
            tree.detach(id);
        }
        let parent = tree[sibling].parent;
        if parent == NONE {
            return;
        }
        match child {
            NodeOrText::AppendNode(id) => tree.insert_before(sibling, id),
            NodeOrText::AppendText(text) => {
                let prev = tree[sibling].prev;
                tree.add_text(parent, prev, &text, self.line.get());
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = Id;
    type Output = ();
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) {}

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Id {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a Id) -> Ref<'a, QualName> {
        Ref::map(self.tree.borrow(), |tree| {
            &tree
                .element(*target)
                .expect("html5ever names elements only")
                .name
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> Id {
        if &*name.local == "meta" {
            stated_by(&attrs, &mut self.stated.borrow_mut());
        }
        let attr = |local: &str| {
            attrs
                .iter()
                .find(|a| a.name.prefix.is_none() && a.name.ns == ns!() && &*a.name.local == local)
                .map(|a| chrome(&a.value))
        };
        let element = Element {
            depth: Depth {
                is_formatting: is_formatting(&name.local),
                ..Depth::default()
            },
            class: attr("class"),
            id: attr("id"),
            name,
        };
        let template = element.name.ns == ns!(html) && &*element.name.local == "template";
        let mut tree = self.tree.borrow_mut();
        let id = tree.make(Data::Element(element));
        if template {
            let contents = tree.make(Data::Fragment);
            tree.append(id, contents);
            tree.contents.insert(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> Id {
        self.tree.borrow_mut().make(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Id {
        self.tree.borrow_mut().make(Data::Other)
    }

    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        self.placing(self.depth(*parent), &child);
        self.append_raw(*parent, child);
    }

    fn append_based_on_parent_node(&self, element: &Id, prev_element: &Id, child: NodeOrText<Id>) {
        self.placing(self.depth(*element).above(), &child);
        if self.tree.borrow()[*element].parent != NONE {
            self.insert_before_raw(*element, child);
        } else {
            self.append_raw(*prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn pop(&self, node: &Id) {
        self.current.set(self.depth(*node).above());
    }

    fn get_template_contents(&self, target: &Id) -> Id {
        self.tree.borrow().contents[target]
    }

    fn same_node(&self, x: &Id, y: &Id) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Id, new_node: NodeOrText<Id>) {
        self.placing(self.depth(*sibling).above(), &new_node);
        self.insert_before_raw(*sibling, new_node);
    }

    /// A second `<html>` or `<body>` tag adds its attributes.
    fn add_attrs_if_missing(&self, target: &Id, attrs: Vec<Attribute>) {
        let mut tree = self.tree.borrow_mut();
        let Some(element) = tree.element_mut(*target) else {
            return;
        };
        for a in attrs {
            if a.name.prefix.is_some() || a.name.ns != ns!() {
                continue;
            }
            match &*a.name.local {
                "class" if element.class.is_none() => element.class = Some(chrome(&a.value)),
                "id" if element.id.is_none() => element.id = Some(chrome(&a.value)),
                _ => {}
            }
        }
    }

    fn remove_from_parent(&self, target: &Id) {
        self.tree.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        let mut tree = self.tree.borrow_mut();
        while tree[*node].first != NONE {
            let child = tree[*node].first;
            tree.append(*new_parent, child);
        }
    }
}

/// Stands between html5ever's tokenizer and its tree builder: leaves out the tags of
/// elements nested too deep, and reads what has become final every few thousand nodes.
struct DepthFilter {
    builder: TreeBuilder<Id, Sink>,
    /// Start tags left out, by name, whose end tags are left out too.
    left_out: RefCell<HashMap<LocalName, usize>>,
    /// Whether any tag was left out.
    cut: Cell<bool>,
    frontier: RefCell<Frontier>,
}

impl DepthFilter {
    /// Tells whether a tag goes to the tree builder.
    fn keeps(&self, tag: &TagToken) -> bool {
        let name: &str = &tag.name;
        let mut left_out = self.left_out.borrow_mut();
        match tag.kind {
            TagKind::StartTag => {
                // Void elements add no depth; text elements hold no tags; these are one each.
                if NEVER_NESTED.contains(&name) {
                    return true;
                }
                let at = self.builder.sink.current.get();
                if at.elements < MAX_DEPTH
                    && !(is_formatting(name) && at.formatting >= MAX_FORMATTING)
                {
                    return true;
                }
                *left_out.entry(tag.name.clone()).or_default() += 1;
                self.cut.set(true);
                false
            }
            TagKind::EndTag => match left_out.get_mut(&tag.name) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            },
        }
    }

    /// Reads what has become final and lets it go; at the `end` of the page, everything.
    fn flush(&self, end: bool) {
        let held = Held(RefCell::default());
        if !end {
            self.builder.trace_handles(&held);
        }
        let mut tree = self.builder.sink.tree.borrow_mut();
        self.frontier
            .borrow_mut()
            .advance(&mut tree, &held.0.into_inner());
    }
}

/// Start tags that never make the tree deeper: void elements, elements whose content is
/// text (a tag in it is text too), and the document's own.
const NEVER_NESTED: &[&str] = &[
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "keygen",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "html",
    "head",
    "body",
];

impl TokenSink for DepthFilter {
    type Handle = Id;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Id> {
        // The tokenizer numbers a run of characters by the line it ends on.
        let breaks = match &token {
            Token::CharacterTokens(text) => text.matches('\n').count() as u64,
            _ => 0,
        };
        let line = u32::try_from(line_number.saturating_sub(breaks)).unwrap_or(u32::MAX);
        self.builder.sink.line.set(line);
        let result = match token {
            Token::TagToken(ref tag) if !self.keeps(tag) => {
                if !BLOCK_TAGS.contains(&&*tag.name) {
                    return TokenSinkResult::Continue;
                }
                // A block element left out still ends a line.
                let br = TagToken {
                    kind: TagKind::StartTag,
                    name: LocalName::from("br"),
                    self_closing: false,
                    attrs: Vec::new(),
                    had_duplicate_attributes: false,
                };
                self.builder.process_token(Token::TagToken(br), line_number)
            }
            token => self.builder.process_token(token, line_number),
        };
        let made = self.builder.sink.tree.borrow().len();
        if made >= self.frontier.borrow().next_flush {
            self.flush(false);
            let left = self.builder.sink.tree.borrow().len();
            self.frontier.borrow_mut().next_flush = (2 * left).max(left + FLUSH_EVERY);
        }
        result
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// An element on the way from the page's `<body>` down to where reading stands.
struct Entry {
    node: Id,
    /// Whether its content is read: it and every element above it were.
    read: bool,
    /// For an element left out, whether the one above it is read.
    parent_read: bool,
    /// For a table html5ever held when reading reached it: content may be put before it,
    /// so its text is kept apart (when read: [`Reader::depth`] just after it started).
    apart: Option<usize>,
}

/// Where reading stands: it has read everything before a point in document order, and
/// stands in the elements on the way down to that point.
struct Frontier {
    reader: Reader,
    path: Vec<Entry>,
    /// Whether reading has reached the page's `<body>`.
    rooted: bool,
    /// Whether the `<body>`, once read, is the page's article text: still in the page, and
    /// not (through attributes a second `<body>` tag added) page chrome.
    keep: bool,
    /// The number of the last look for what is final.
    look: u32,
    /// The number of nodes at which to look again.
    next_flush: usize,
}

/// What a look finds html5ever holding.
struct Look<'a> {
    number: u32,
    /// Held elements that may yet be moved (they come after a formatting element in
    /// html5ever's list).
    moving: &'a HashSet<Id>,
}

impl Look<'_> {
    /// Whether a node is, or holds, a node html5ever holds.
    fn live(&self, tree: &Tree, id: Id) -> bool {
        tree[id].live == self.number
    }

    /// Whether a node is to be kept: it is live, or it is the content of a live template
    /// (html5ever finds it through the template).
    fn holds(&self, tree: &Tree, id: Id) -> bool {
        self.live(tree, id)
            || (matches!(tree[id].data, Data::Fragment) && self.live(tree, tree[id].parent))
    }

    /// Whether a text may still grow: it is last in an element html5ever holds (or in the
    /// content of a template it holds), or before a table html5ever holds.
    fn growing(&self, tree: &Tree, text: Id) -> bool {
        match tree[text].next {
            NONE => self.holds(tree, tree[text].parent),
            next => self.live(tree, next) && tree.is_named(next, "table"),
        }
    }
}

impl Frontier {
    fn new(capacity: usize) -> Frontier {
        Frontier {
            reader: Reader::new(capacity),
            path: Vec::new(),
            rooted: false,
            keep: false,
            look: 0,
            next_flush: FLUSH_EVERY,
        }
    }

    /// The text read.
    fn finish(self) -> Written {
        debug_assert!(self.path.is_empty(), "the whole page was read");
        let keep = self.keep && self.path.is_empty();
        self.reader.finish(keep)
    }

    /// Reads everything that has become final, given the nodes html5ever holds (`held`, in
    /// its order; none at the end of the page), and lets it go.
    fn advance(&mut self, tree: &mut Tree, held: &[Id]) {
        self.look += 1;
        let number = self.look;
        let mut seen = HashSet::new();
        let mut moving = HashSet::new();
        let mut formatting = false;
        for &id in held {
            if !seen.insert(id) {
                continue;
            }
            if formatting {
                moving.insert(id);
            }
            formatting |= tree
                .element(id)
                .is_some_and(|e| e.depth.is_formatting || &*e.name.local == "a");
            let mut at = id;
            while at != NONE && tree[at].live != number {
                tree.node_mut(at).live = number;
                at = tree[at].parent;
            }
        }
        let look = Look {
            number,
            moving: &moving,
        };
        self.let_go_outside_body(tree, &look);
        if !self.rooted {
            let Some(body) = body(tree) else {
                return;
            };
            self.rooted = true;
            let element = tree.element(body).expect("an element");
            let read = self.reader.root(&element.tag(None));
            self.path.push(Entry {
                node: body,
                read,
                parent_read: false,
                apart: None,
            });
        }
        self.put_before_tables(tree, &look);
        self.read_on(tree, &look);
    }

    /// Lets go of what is final outside the `<body>` (the head, comments): never read.
    fn let_go_outside_body(&self, tree: &mut Tree, look: &Look) {
        let body = self.path.first().map(|e| e.node).or_else(|| body(tree));
        // The body and the elements around it (the root element) stay.
        let mut around = Vec::new();
        let mut at = body.unwrap_or(NONE);
        while at != NONE {
            around.push(at);
            at = tree[at].parent;
        }
        let mut stack = vec![DOCUMENT];
        while let Some(at) = stack.pop() {
            let mut child = tree[at].first;
            while child != NONE {
                let next = tree[child].next;
                if Some(child) == body {
                    // Read, not let go.
                } else if around.contains(&child) || look.holds(tree, child) {
                    stack.push(child);
                } else {
                    tree.free(child);
                }
                child = next;
            }
        }
    }

    /// Reads what html5ever put before the tables whose text is kept apart, where final.
    fn put_before_tables(&mut self, tree: &mut Tree, look: &Look) {
        for i in 1..self.path.len() {
            let Some(depth) = self.path[i].apart else {
                continue;
            };
            let (table, table_read) = (self.path[i].node, self.path[i].read);
            let (parent, parent_read) = (self.path[i - 1].node, self.path[i - 1].read);
            loop {
                let first = tree[parent].first;
                if first == table || first == NONE || !final_here(tree, look, first) {
                    break;
                }
                if parent_read {
                    let read = |reader: &mut Reader| read_whole(tree, reader, first);
                    if table_read {
                        self.reader.before_table(depth, read);
                    } else {
                        read(&mut self.reader);
                    }
                } else if self.reader.wants_text_blocks() && tree.holds_text_block(first) {
                    self.reader.met_text_block();
                }
                tree.free(first);
            }
        }
    }

    /// Reads on from where reading stands, in document order, as far as the tree is final.
    fn read_on(&mut self, tree: &mut Tree, look: &Look) {
        while let Some(top) = self.path.last() {
            let node = top.node;
            let child = tree[node].first;
            if child == NONE {
                let pending = self.path.len() > 1
                    && top.apart.is_some()
                    && tree[tree[node].parent].first != node;
                if look.holds(tree, node) || pending {
                    return;
                }
                let done = self.path.pop().expect("an element");
                if done.read {
                    self.reader.end();
                } else if done.apart.is_some() && done.parent_read {
                    self.reader.skipped_apart();
                }
                if self.path.is_empty() {
                    // The body: read to its end.
                    let chrome = tree.element(node).is_some_and(|e| e.tag(None).chrome[0]);
                    self.keep = tree[node].parent != NONE && !chrome;
                    return;
                }
                tree.free(node);
                continue;
            }
            if !final_here(tree, look, child) {
                let mut child = child;
                if look.growing(tree, child) && tree[child].next != NONE {
                    // Text put before a table that html5ever holds: read into the table,
                    // the text written before it once final ([`Self::put_before_tables`]).
                    child = tree[child].next;
                }
                if !look.live(tree, child) || look.moving.contains(&child) {
                    return;
                }
                // An element html5ever holds, not to be moved (or a template's content,
                // never read): read into it.
                let read = top.read;
                let table = tree.is_named(child, "table");
                let entered = match tree.element(child) {
                    Some(e) if read => self.reader.element(&e.tag(None), table),
                    Some(e) if is_text_block(&e.name.local) => {
                        self.reader.met_text_block();
                        false
                    }
                    _ => false,
                };
                self.path.push(Entry {
                    node: child,
                    read: entered,
                    parent_read: read,
                    apart: table.then(|| self.reader.depth()),
                });
                continue;
            }
            if top.read {
                read_whole(tree, &mut self.reader, child);
            } else if self.reader.wants_text_blocks() && tree.holds_text_block(child) {
                self.reader.met_text_block();
            }
            tree.free(child);
        }
    }
}

/// Whether a child of an element being read is final: a text that can no longer grow, an
/// element that neither is nor holds a node html5ever holds, or anything else.
fn final_here(tree: &Tree, look: &Look, id: Id) -> bool {
    match tree[id].data {
        Data::Text(..) => !look.growing(tree, id),
        Data::Element(_) | Data::Fragment => !look.holds(tree, id),
        _ => true,
    }
}

/// The page's `<body>`: the first `body` element in the document's root element.
fn body(tree: &Tree) -> Option<Id> {
    let children = |id: Id| {
        let some = |c: Id| (c != NONE).then_some(c);
        std::iter::successors(some(tree[id].first), move |&c| some(tree[c].next))
    };
    let root = children(DOCUMENT).find(|&c| tree.element(c).is_some())?;
    children(root).find(|&c| tree.is_named(c, "body"))
}

/// Reads a final node and everything inside it, walking without recursion.
fn read_whole(tree: &Tree, reader: &mut Reader, root: Id) {
    if !read_node(tree, reader, root) {
        return;
    }
    if tree[root].first == NONE {
        reader.end();
        return;
    }
    let mut open = vec![root];
    let mut next = tree[root].first;
    while let Some(&parent) = open.last() {
        if next == NONE {
            open.pop();
            reader.end();
            next = if open.is_empty() {
                NONE
            } else {
                tree[parent].next
            };
            continue;
        }
        let node = next;
        next = tree[node].next;
        if read_node(tree, reader, node) {
            open.push(node);
            next = tree[node].first;
        }
    }
}

/// Reads a final node: its text, or an element's start; true when the element's content is
/// to be read next. The text blocks in an element left out still count for the forms
/// around it.
fn read_node(tree: &Tree, reader: &mut Reader, id: Id) -> bool {
    match &tree[id].data {
        Data::Text(text, line) => {
            reader.text(text, *line);
            false
        }
        Data::Element(e) => {
            let form = &*e.name.local == "form";
            let holds_text = form.then(|| tree.holds_text_block(id));
            let read = reader.element(&e.tag(holds_text), false);
            if !read && reader.wants_text_blocks() && holds_text.unwrap_or(true) {
                let mut child = tree[id].first;
                while child != NONE && reader.wants_text_blocks() {
                    if tree.holds_text_block(child) {
                        reader.met_text_block();
                    }
                    child = tree[child].next;
                }
            }
            read
        }
        _ => false,
    }
}
