//! SVG renderer: a mind-map picture drawn by us. A left-to-right tree: the title at the
//! left, one column per level, long titles wrapped, each top-level branch in its colour,
//! curved links. Widths come from unicode-width (CJK counts two columns); no external
//! fonts or assets.

use super::{io_err, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::io::{self, Write};
use unicode_width::UnicodeWidthChar;

/// Pixels per text column at the font size used (a CJK character is two columns).
const COLUMN: f64 = 7.5;
const FONT: f64 = 14.0;
const LINE: f64 = 19.0;
const PAD_X: f64 = 9.0;
const PAD_Y: f64 = 6.0;
const GAP_X: f64 = 46.0;
const GAP_Y: f64 = 10.0;
const MARGIN: f64 = 16.0;
/// Branch colours, one per top-level node in turn.
const PALETTE: [&str; 8] = [
    "#e8590c", "#1971c2", "#2f9e44", "#9c36b5", "#c2255c", "#0c8599", "#f08c00", "#5c940d",
];

/// A node laid out: its size and place, and where its subtree ends. The layout is a flat
/// list in document order (a node, then its subtree), so that a large outline costs a few
/// numbers a node; the wrapped lines are made again when the node is drawn.
struct Laid {
    /// The middle of the box, once placed.
    y: f64,
    /// The index just past this node's subtree.
    end: u32,
    /// Lines of text, and the widest in columns.
    lines: u32,
    cols: u16,
    depth: u16,
}

impl Laid {
    fn w(&self) -> f64 {
        f64::from(self.cols) * COLUMN + 2.0 * PAD_X
    }

    fn h(&self) -> f64 {
        f64::from(self.lines) * LINE + 2.0 * PAD_Y
    }

    fn depth(&self) -> usize {
        usize::from(self.depth)
    }

    fn end(&self) -> usize {
        self.end as usize
    }
}

/// Columns a line holds: fewer for the root, which is drawn larger.
fn columns(depth: usize) -> usize {
    if depth == 0 {
        28
    } else {
        36
    }
}

/// Wraps `text` into lines of at most `cols` display columns.
fn wrap(text: &str, cols: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut width = 0;
    for c in text.chars().filter(|c| !c.is_control()) {
        let w = c.width().unwrap_or(0);
        if width + w > cols && width > 0 {
            lines.push(String::new());
            width = 0;
        }
        lines.last_mut().expect("never empty").push(c);
        width += w;
    }
    lines
}

/// The lines [`wrap`] makes of `text` and the widest of them in columns, without making them.
fn measure(text: &str, cols: usize) -> (usize, usize) {
    let (mut lines, mut width, mut widest) = (1, 0, 0);
    for c in text.chars().filter(|c| !c.is_control()) {
        let w = c.width().unwrap_or(0);
        if width + w > cols && width > 0 {
            lines += 1;
            width = 0;
        }
        width += w;
        widest = widest.max(width);
    }
    (lines, widest)
}

/// Lays out a node with text `text` and its `children`, appended to `all` in document order.
fn build(all: &mut Vec<Laid>, text: &str, depth: usize, children: &[Node]) {
    let (lines, cols) = measure(text, columns(depth));
    let at = all.len();
    // (Nesting is capped far below u16; a line holds at most 36 columns; a node of more
    // than four thousand million lines or nodes cannot be held in memory anyway.)
    all.push(Laid {
        y: 0.0,
        end: 0,
        lines: u32::try_from(lines).unwrap_or(u32::MAX),
        cols: u16::try_from(cols).unwrap_or(u16::MAX),
        depth: u16::try_from(depth).unwrap_or(u16::MAX),
    });
    for c in children {
        build(all, &c.display(), depth + 1, &c.children);
    }
    all[at].end = u32::try_from(all.len()).unwrap_or(u32::MAX);
}

/// The indices of the children of the node at `at`.
fn children_of(all: &[Laid], at: usize) -> impl Iterator<Item = usize> + '_ {
    let end = all[at].end();
    let first = (at + 1 < end).then_some(at + 1);
    std::iter::successors(first, move |&k| {
        Some(all[k].end()).filter(|&next| next < end)
    })
}

/// Places the node at `at` and its subtree from `top`; returns the subtree's height.
fn place(all: &mut [Laid], at: usize, top: f64) -> f64 {
    if all[at].end() == at + 1 {
        all[at].y = top + all[at].h() / 2.0;
        return all[at].h() + GAP_Y;
    }
    let mut y = top;
    let (mut first, mut last) = (None, top);
    let mut k = at + 1;
    while k < all[at].end() {
        y += place(all, k, y);
        first.get_or_insert(all[k].y);
        last = all[k].y;
        k = all[k].end();
    }
    let span = y - top;
    let first = first.unwrap_or(top);
    all[at].y = (first + last) / 2.0;
    // A tall parent with few children needs room of its own.
    let h = all[at].h();
    if h + GAP_Y > span {
        let shift = (h + GAP_Y - span) / 2.0;
        let end = all[at].end();
        for n in &mut all[at..end] {
            n.y += shift;
        }
        return h + GAP_Y;
    }
    span
}

/// The colours of a node's branch: fill, stroke, text and weight.
fn colours(
    depth: usize,
    colour: Option<usize>,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match colour {
        None => ("#343a40", "#343a40", "#ffffff", "bold"),
        Some(i) if depth == 1 => (
            PALETTE[i % PALETTE.len()],
            PALETTE[i % PALETTE.len()],
            "#ffffff",
            "bold",
        ),
        Some(i) => ("#ffffff", PALETTE[i % PALETTE.len()], "#212529", "normal"),
    }
}

/// Writes the links from the node at `at` to its children, and theirs, in document order.
fn draw_links(
    all: &[Laid],
    xs: &[f64],
    at: usize,
    colour: Option<usize>,
    out: &mut impl Write,
) -> io::Result<()> {
    for (i, k) in children_of(all, at).enumerate() {
        let colour = colour.unwrap_or(i);
        let (n, c) = (&all[at], &all[k]);
        let stroke = PALETTE[colour % PALETTE.len()];
        let (x1, y1, x2, y2) = (xs[n.depth()] + n.w(), n.y, xs[c.depth()], c.y);
        let mx = (x1 + x2) / 2.0;
        writeln!(
            out,
            r#"<path d="M{x1:.1} {y1:.1} C{mx:.1} {y1:.1} {mx:.1} {y2:.1} {x2:.1} {y2:.1}" stroke="{stroke}"/>"#
        )?;
        draw_links(all, xs, k, Some(colour), out)?;
    }
    Ok(())
}

/// Writes the boxes of the subtree of `node` (laid out at `at`), children before parents.
fn draw_boxes(
    all: &[Laid],
    xs: &[f64],
    at: usize,
    text: &str,
    children: &[Node],
    colour: Option<usize>,
    out: &mut impl Write,
) -> io::Result<()> {
    for (i, (k, c)) in children_of(all, at).zip(children).enumerate() {
        let colour = Some(colour.unwrap_or(i));
        draw_boxes(all, xs, k, &c.display(), &c.children, colour, out)?;
    }
    let n = &all[at];
    let (fill, stroke, ink, weight) = colours(n.depth(), colour);
    let (x, top) = (xs[n.depth()], n.y - n.h() / 2.0);
    writeln!(
        out,
        r#"<rect x="{:.1}" y="{top:.1}" width="{:.1}" height="{:.1}" rx="6" fill="{fill}" stroke="{stroke}"/>"#,
        x,
        n.w(),
        n.h()
    )?;
    for (i, line) in wrap(text, columns(n.depth())).iter().enumerate() {
        let y = top + PAD_Y + LINE * (i as f64 + 0.75);
        write!(
            out,
            r#"<text x="{:.1}" y="{y:.1}" fill="{ink}" font-weight="{weight}">"#,
            x + PAD_X
        )?;
        xml::write_text(out, line)?;
        out.write_all(b"</text>\n")?;
    }
    Ok(())
}

/// The fonts the picture names, in the order a viewer tries them: CJK families of Linux
/// (fonts-noto-cjk), of Adobe's release, of macOS and of Windows. The PNG renderer looks
/// for these first.
#[cfg_attr(not(feature = "png"), allow(dead_code))]
pub(super) const CJK_FAMILIES: [&str; 4] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
];

/// The `font-family` of the picture: [`CJK_FAMILIES`], then the generic sans-serif.
const FONT_FAMILY: &str =
    "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/// The map laid out: the nodes in document order, the left edge of each column, and the
/// picture's size.
struct Layout {
    all: Vec<Laid>,
    xs: Vec<f64>,
    width: f64,
    height: f64,
}

/// Lays out the map of `doc`, its root the text `root`.
fn layout(doc: &Document, root: &str) -> Layout {
    let mut all = Vec::new();
    build(&mut all, root, 0, &doc.children);
    let mut widths: Vec<f64> = Vec::new();
    for n in &all {
        let d = n.depth();
        if widths.len() <= d {
            widths.resize(d + 1, 0.0);
        }
        widths[d] = widths[d].max(n.w());
    }
    let mut xs = vec![MARGIN];
    for w in &widths {
        let next = xs.last().copied().unwrap_or(MARGIN) + w + GAP_X;
        xs.push(next);
    }
    let height = place(&mut all, 0, MARGIN) - GAP_Y + 2.0 * MARGIN;
    let width = xs[widths.len() - 1] + widths[widths.len() - 1] + MARGIN;
    Layout {
        all,
        xs,
        width,
        height: height.max(2.0 * MARGIN + 20.0),
    }
}

/// The size of the picture of `doc` in CSS pixels (its `viewBox`, which writes it to
/// whole pixels), without drawing it.
pub(super) fn size(doc: &Document) -> (f64, f64) {
    let laid = layout(doc, super::root_text(doc));
    (laid.width, laid.height)
}

/// Writes the map as an SVG element (no XML declaration), streamed: the layout is a few
/// numbers a node, and the drawing goes straight to `out`.
pub fn write_svg(doc: &Document, out: &mut impl Write) -> io::Result<()> {
    let root = super::root_text(doc);
    let Layout {
        all,
        xs,
        width,
        height,
    } = layout(doc, root);
    write!(
        out,
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="{family}" font-size="{font}">"#,
            "\n<title>"
        ),
        w = width,
        h = height,
        family = FONT_FAMILY,
        font = FONT,
    )?;
    xml::write_text(out, root)?;
    out.write_all(
        concat!(
            "</title>\n",
            r##"<rect width="100%" height="100%" fill="#f8f9fa"/>"##,
            "\n<g fill=\"none\" stroke-width=\"2\">\n"
        )
        .as_bytes(),
    )?;
    draw_links(&all, &xs, 0, None, out)?;
    out.write_all(b"</g>\n<g>\n")?;
    draw_boxes(&all, &xs, 0, root, &doc.children, None, out)?;
    out.write_all(b"</g>\n</svg>\n")
}

/// Writes `doc` as an SVG picture.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .and_then(|()| write_svg(doc, &mut out))
        .and_then(|()| out.flush())
        .map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_counts_cjk_as_two_columns() {
        assert_eq!(wrap("一二三四五", 4), vec!["一二", "三四", "五"]);
        assert_eq!(wrap("abcdef", 4), vec!["abcd", "ef"]);
    }

    #[test]
    fn children_sit_right_of_their_parent() {
        let doc = crate::parse("标题\n\n一、甲\n\n（一）子\n\n二、乙\n");
        let mut svg = Vec::new();
        write_svg(&doc, &mut svg).unwrap();
        let svg = String::from_utf8(svg).unwrap();
        assert_eq!(svg.matches("<rect").count(), 1 + 4);
        assert_eq!(svg.matches("<path").count(), 3);
        let (w, h) = size(&doc);
        assert!(
            svg.contains(&format!(r#"viewBox="0 0 {w:.0} {h:.0}""#)),
            "{svg}"
        );
    }

    #[test]
    fn the_font_family_names_every_cjk_family_then_sans_serif() {
        let named: Vec<&str> = FONT_FAMILY
            .split(',')
            .map(|f| f.trim_matches('\''))
            .collect();
        assert_eq!(named[..CJK_FAMILIES.len()], CJK_FAMILIES);
        assert_eq!(named[CJK_FAMILIES.len()..], ["sans-serif"]);
    }
}
