//! HTML renderer: one self-contained page (no scripts or assets from the network) with the
//! map as inline SVG and the outline as folding branches; a node's body opens on demand.

use super::{io_err, svg, xml};
use crate::error::Error;
use crate::model::{Document, Node};
use std::io;

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#212529;line-height:1.6}\
h1{font-size:1.6em}.meta{color:#6c757d}.map{overflow:auto;border:1px solid #dee2e6;border-radius:8px;margin:1em 0}\
ul.tree,ul.tree ul{list-style:none;padding-left:1.4em}summary{cursor:pointer}summary::marker{color:#1971c2}\
.marker{color:#1971c2;font-weight:bold}details.body>summary{color:#6c757d;font-size:.9em}\
details.body p{margin:.3em 0 .6em;color:#495057}";

/// Writes `doc` as an HTML page.
pub fn render(doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
    let title = xml::text(super::root_text(doc));
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
    let byline: Vec<String> = [
        doc.meta.author.join(" "),
        doc.meta.source.clone().unwrap_or_default(),
        doc.meta.date.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|v| !v.is_empty())
    .map(|v| xml::text(&v))
    .collect();
    if !byline.is_empty() {
        s.push_str(&format!("<p class=\"meta\">{}</p>\n", byline.join(" · ")));
    }
    s.push_str("<div class=\"map\">\n");
    s.push_str(&svg::svg_string(doc));
    s.push_str("</div>\n<ul class=\"tree\">\n");
    for node in &doc.children {
        item(node, &mut s);
    }
    s.push_str("</ul>\n</body>\n</html>\n");
    out.write_all(s.as_bytes()).map_err(io_err)
}

fn item(node: &Node, s: &mut String) {
    let label = format!(
        "<span class=\"marker\">{}</span>{}",
        xml::text(&node.marker),
        xml::text(&node.title)
    );
    let note = node.note();
    if node.children.is_empty() && note.is_empty() {
        s.push_str(&format!("<li>{label}</li>\n"));
        return;
    }
    s.push_str(&format!("<li><details open><summary>{label}</summary>\n"));
    if !note.is_empty() {
        s.push_str("<details class=\"body\"><summary>正文</summary>");
        for line in note.lines() {
            s.push_str(&format!("<p>{}</p>", xml::text(line)));
        }
        s.push_str("</details>\n");
    }
    if !node.children.is_empty() {
        s.push_str("<ul>\n");
        for child in &node.children {
            item(child, s);
        }
        s.push_str("</ul>\n");
    }
    s.push_str("</details></li>\n");
}
