//! SVG renderer: a mind-map picture drawn by us. A left-to-right tree: the title at the
//! left, one column per level, long titles wrapped, each top-level branch in its colour,
//! curved links. Widths come from unicode-width (CJK counts two columns); no external
//! fonts or assets.

use super::{io_err, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::fmt::Write as _;
use std::io;
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

/// A node laid out: its wrapped lines, size and place.
struct Laid {
    lines: Vec<String>,
    w: f64,
    h: f64,
    x: f64,
    y: f64,
    depth: usize,
    colour: Option<usize>,
    children: Vec<Laid>,
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

fn laid(text: &str, depth: usize, colour: Option<usize>, children: Vec<Laid>) -> Laid {
    let lines = wrap(text, if depth == 0 { 28 } else { 36 });
    let cols = lines
        .iter()
        .map(|l| l.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>())
        .max()
        .unwrap_or(0);
    Laid {
        w: cols as f64 * COLUMN + 2.0 * PAD_X,
        h: lines.len() as f64 * LINE + 2.0 * PAD_Y,
        lines,
        x: 0.0,
        y: 0.0,
        depth,
        colour,
        children,
    }
}

fn build(node: &Node, depth: usize, colour: usize) -> Laid {
    let children = node
        .children
        .iter()
        .map(|c| build(c, depth + 1, colour))
        .collect();
    laid(&node.display(), depth, Some(colour), children)
}

/// Widest box per depth, to give each level its column.
fn column_widths(n: &Laid, widths: &mut Vec<f64>) {
    if widths.len() <= n.depth {
        widths.push(0.0);
    }
    widths[n.depth] = widths[n.depth].max(n.w);
    for c in &n.children {
        column_widths(c, widths);
    }
}

/// Places `n` and its subtree from `top`; returns the subtree's height.
fn place(n: &mut Laid, top: f64, xs: &[f64]) -> f64 {
    n.x = xs[n.depth];
    if n.children.is_empty() {
        n.y = top + n.h / 2.0;
        return n.h + GAP_Y;
    }
    let mut y = top;
    for c in &mut n.children {
        y += place(c, y, xs);
    }
    let span = y - top;
    let first = n.children.first().map_or(top, |c| c.y);
    let last = n.children.last().map_or(top, |c| c.y);
    n.y = (first + last) / 2.0;
    // A tall parent with few children needs room of its own.
    if n.h + GAP_Y > span {
        let shift = (n.h + GAP_Y - span) / 2.0;
        shift_down(n, shift);
        return n.h + GAP_Y;
    }
    span
}

fn shift_down(n: &mut Laid, dy: f64) {
    n.y += dy;
    for c in &mut n.children {
        shift_down(c, dy);
    }
}

/// Draws the links first (under the boxes), then the boxes.
fn draw(n: &Laid, links: &mut String, boxes: &mut String) {
    for c in &n.children {
        let colour = PALETTE[c.colour.unwrap_or(0) % PALETTE.len()];
        let (x1, y1, x2, y2) = (n.x + n.w, n.y, c.x, c.y);
        let mx = (x1 + x2) / 2.0;
        let _ = writeln!(
            links,
            r#"<path d="M{x1:.1} {y1:.1} C{mx:.1} {y1:.1} {mx:.1} {y2:.1} {x2:.1} {y2:.1}" stroke="{colour}"/>"#
        );
        draw(c, links, boxes);
    }
    let (fill, stroke, text, weight) = match n.colour {
        None => ("#343a40", "#343a40", "#ffffff", "bold"),
        Some(i) if n.depth == 1 => (
            PALETTE[i % PALETTE.len()],
            PALETTE[i % PALETTE.len()],
            "#ffffff",
            "bold",
        ),
        Some(i) => ("#ffffff", PALETTE[i % PALETTE.len()], "#212529", "normal"),
    };
    let top = n.y - n.h / 2.0;
    let _ = writeln!(
        boxes,
        r#"<rect x="{:.1}" y="{top:.1}" width="{:.1}" height="{:.1}" rx="6" fill="{fill}" stroke="{stroke}"/>"#,
        n.x, n.w, n.h
    );
    for (i, line) in n.lines.iter().enumerate() {
        let y = top + PAD_Y + LINE * (i as f64 + 0.75);
        let _ = writeln!(
            boxes,
            r#"<text x="{:.1}" y="{y:.1}" fill="{text}" font-weight="{weight}">{}</text>"#,
            n.x + PAD_X,
            xml::text(line)
        );
    }
}

/// Renders the map as an SVG document string.
pub fn svg_string(doc: &Document) -> String {
    let children = doc
        .children
        .iter()
        .enumerate()
        .map(|(i, n)| build(n, 1, i))
        .collect();
    let mut root = laid(super::root_text(doc), 0, None, children);
    let mut widths = Vec::new();
    column_widths(&root, &mut widths);
    let mut xs = vec![MARGIN];
    for w in &widths {
        let next = xs.last().copied().unwrap_or(MARGIN) + w + GAP_X;
        xs.push(next);
    }
    let height = place(&mut root, MARGIN, &xs) - GAP_Y + 2.0 * MARGIN;
    let width = xs[widths.len() - 1] + widths[widths.len() - 1] + MARGIN;
    let (mut links, mut boxes) = (String::new(), String::new());
    draw(&root, &mut links, &mut boxes);
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="{font}">"#,
            "\n<title>{title}</title>\n",
            r##"<rect width="100%" height="100%" fill="#f8f9fa"/>"##,
            "\n<g fill=\"none\" stroke-width=\"2\">\n{links}</g>\n<g>\n{boxes}</g>\n</svg>\n"
        ),
        w = width,
        h = height.max(2.0 * MARGIN + 20.0),
        font = FONT,
        title = xml::text(super::root_text(doc)),
        links = links,
        boxes = boxes,
    )
}

/// Writes `doc` as an SVG picture.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .map_err(io_err)?;
    out.write_all(svg_string(doc).as_bytes()).map_err(io_err)
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
        let svg = svg_string(&doc);
        assert_eq!(svg.matches("<rect").count(), 1 + 4);
        assert_eq!(svg.matches("<path").count(), 3);
    }
}
