//! HTML input: the text of a saved page as a reader copies it. Scripts, styles, navigation,
//! headers, footers, forms, comment sections, share bars and "related" lists go; block
//! elements (paragraphs, headings, list items, table rows, line breaks) end lines.

use crate::decode::{decode, Decoded};
use crate::error::DecodeProblem;
use crate::model::Warning;
use ego_tree::NodeRef;
use encoding_rs::Encoding;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, LocalName, QualName, TokenizerResult};
use scraper::node::Element;
use scraper::{ElementRef, Html, HtmlTreeSink, Node};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Elements whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "aside",
    "form", "button", "select", "textarea", "svg", "canvas", "video", "audio", "head", "title",
    "meta", "link",
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
const BLOCK_TAGS: &[&str] = &[
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

/// Elements kept open at once (a page's own nesting is far below): the start tags of
/// deeper ones are left out, their text kept. html5ever's scope checks walk the open
/// elements, so an unbounded depth made the parse quadratic.
const MAX_DEPTH: u32 = 256;

/// Formatting elements (`b`, `font`; `span` is none) kept open at once. html5ever opens them
/// all again in every paragraph that follows until they close, and checks each text against
/// their list: unbounded, that made the parse quadratic and a page of short paragraphs cost
/// a thousand times its size. Their tags do not change the text (a short bold run at the
/// start of a line aside), so few are kept.
const MAX_FORMATTING: u32 = 8;

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
    walk(body, &mut out);
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
        text: tidy(&out),
        encoding: decoded.encoding,
        warnings,
    })
}

/// Parses a page as html5ever does, leaving out the start and end tags of elements nested
/// past [`MAX_DEPTH`] or [`MAX_FORMATTING`] (a block element's tag becomes a line break);
/// tells whether any were left out.
fn parse_capped(source: &str) -> (Html, bool) {
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
}

/// Starts reading an element: `None` when its content is no article text.
fn enter<'a>(node: NodeRef<'a, Node>, el: &Element, out: &mut String) -> Option<Open<'a>> {
    let name = el.name();
    // `c:import`, `jsp:include` and the like are server-side tags saved with the page.
    let server_tag = name.contains(':');
    if server_tag
        || SKIPPED_TAGS.contains(&name)
        || is_chrome(el.attr("class"))
        || is_chrome(el.attr("id"))
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

/// Writes the article text under `root`, walking the tree without recursion.
fn walk(root: ElementRef, out: &mut String) {
    let Some(first) = enter(*root, root.value(), out) else {
        return;
    };
    let mut open = vec![first];
    let mut next = root.first_child();
    while let Some(parent) = open.last_mut() {
        let Some(node) = next else {
            let done = open.pop().expect("an element is open");
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
                if let Some(element) = enter(node, e, out) {
                    open.push(element);
                    next = node.first_child();
                }
            }
            _ => {}
        }
    }
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

/// Tells whether a class or id names page chrome.
fn is_chrome(value: Option<&str>) -> bool {
    value.is_some_and(|v| {
        let v = v.to_ascii_lowercase();
        v.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
            .any(|word| CHROME_WORDS.contains(&word))
            || CHROME_WORDS
                .iter()
                .any(|w| w.contains('-') && v.contains(w))
    })
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\t');
        if line.is_empty() {
            if !blank {
                out.push('\n');
                blank = true;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
    }
    let end = out.trim_end_matches('\n').len();
    out.truncate(end);
    if !out.is_empty() {
        out.push('\n');
    }
    out
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
