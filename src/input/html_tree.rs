//! The tree of a web page, built by html5ever with its nesting capped: between the tokenizer
//! and the tree builder, the tags of elements nested past [`MAX_DEPTH`] (or formatting
//! elements past [`MAX_FORMATTING`]) are left out, their text kept, so that a page of any
//! depth is read in linear time and walked in bounded depth.

use super::html::BLOCK_TAGS;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, LocalName, QualName, TokenizerResult};
use scraper::{Html, HtmlTreeSink};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

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

/// Parses a page as html5ever does, leaving out the start and end tags of elements nested
/// past [`MAX_DEPTH`] or [`MAX_FORMATTING`] (a block element's tag becomes a line break);
/// tells whether any were left out.
pub(super) fn parse_capped(source: &str) -> (Html, bool) {
    let sink = DepthSink {
        html: HtmlTreeSink::new(Html::new_document()),
        depths: RefCell::default(),
        current: Cell::default(),
    };
    let filter = DepthFilter {
        builder: TreeBuilder::new(sink, TreeBuilderOpts::default()),
        left_out: RefCell::default(),
        cut: Cell::new(false),
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
    let cut = tokenizer.sink.cut.get();
    (tokenizer.sink.builder.sink.html.finish(), cut)
}

/// A node of the tree being built.
type Handle = <HtmlTreeSink as TreeSink>::Handle;

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

/// Formatting elements: html5ever keeps a list of them to open again after a block.
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

/// scraper's tree sink, which also follows how deep the tree builder's current node is.
struct DepthSink {
    html: HtmlTreeSink,
    depths: RefCell<HashMap<Handle, Depth>>,
    /// The depth of the node the builder last put something into or popped back to.
    current: Cell<Depth>,
}

impl DepthSink {
    fn depth(&self, node: &Handle) -> Depth {
        self.depths.borrow().get(node).copied().unwrap_or_default()
    }

    /// Notes that `child` went into `parent`.
    fn placed(&self, parent: Depth, child: &NodeOrText<Handle>) {
        match child {
            NodeOrText::AppendNode(node) => {
                let mut depths = self.depths.borrow_mut();
                if let Some(d) = depths.get_mut(node) {
                    *d = parent.below(*d);
                    self.current.set(*d);
                }
            }
            NodeOrText::AppendText(_) => self.current.set(parent),
        }
    }
}

impl TreeSink for DepthSink {
    type Handle = Handle;
    type Output = Html;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.html.finish()
    }
    fn parse_error(&self, msg: Cow<'static, str>) {
        self.html.parse_error(msg)
    }
    fn get_document(&self) -> Handle {
        self.html.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.html.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let is_formatting = is_formatting(&name.local);
        let node = self.html.create_element(name, attrs, flags);
        let own = Depth {
            is_formatting,
            ..Depth::default()
        };
        self.depths.borrow_mut().insert(node, own);
        node
    }
    fn create_comment(&self, text: StrTendril) -> Handle {
        self.html.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.html.create_pi(target, data)
    }
    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.placed(self.depth(parent), &child);
        self.html.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        self.placed(self.depth(element).above(), &child);
        self.html
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.html
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn mark_script_already_started(&self, node: &Handle) {
        self.html.mark_script_already_started(node)
    }
    fn pop(&self, node: &Handle) {
        self.current.set(self.depth(node).above());
        self.html.pop(node)
    }
    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.html.get_template_contents(target)
    }
    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.html.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.html.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.placed(self.depth(sibling).above(), &new_node);
        self.html.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.html.add_attrs_if_missing(target, attrs)
    }
    fn associate_with_form(
        &self,
        target: &Handle,
        form: &Handle,
        nodes: (&Handle, Option<&Handle>),
    ) {
        self.html.associate_with_form(target, form, nodes)
    }
    fn remove_from_parent(&self, target: &Handle) {
        self.html.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.html.reparent_children(node, new_parent)
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.html.is_mathml_annotation_xml_integration_point(handle)
    }
    fn set_current_line(&self, line_number: u64) {
        self.html.set_current_line(line_number)
    }
    fn allow_declarative_shadow_roots(&self, intended_parent: &Handle) -> bool {
        self.html.allow_declarative_shadow_roots(intended_parent)
    }
    fn attach_declarative_shadow(
        &self,
        location: &Handle,
        template: &Handle,
        attrs: &[Attribute],
    ) -> bool {
        self.html
            .attach_declarative_shadow(location, template, attrs)
    }
    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.html.maybe_clone_an_option_into_selectedcontent(option)
    }
}

/// Stands between html5ever's tokenizer and its tree builder, leaving out the tags of
/// elements nested too deep.
struct DepthFilter {
    builder: TreeBuilder<Handle, DepthSink>,
    /// Start tags left out, by name, whose end tags are left out too.
    left_out: RefCell<HashMap<LocalName, usize>>,
    /// Whether any tag was left out.
    cut: Cell<bool>,
}

impl DepthFilter {
    /// Tells whether a tag goes to the tree builder.
    fn keeps(&self, tag: &Tag) -> bool {
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
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        match token {
            Token::TagToken(ref tag) if !self.keeps(tag) => {
                if !BLOCK_TAGS.contains(&&*tag.name) {
                    return TokenSinkResult::Continue;
                }
                // A block element left out still ends a line.
                let br = Tag {
                    kind: TagKind::StartTag,
                    name: LocalName::from("br"),
                    self_closing: false,
                    attrs: Vec::new(),
                    had_duplicate_attributes: false,
                };
                self.builder.process_token(Token::TagToken(br), line_number)
            }
            token => self.builder.process_token(token, line_number),
        }
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}
