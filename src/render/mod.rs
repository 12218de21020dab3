//! Output formats: the `Format` enum and one `render` entry point with one `match`.

mod freemind;
mod html;
mod json;
mod markdown;
mod mermaid;
mod opml;
pub mod png;
mod svg;
mod text;
mod xmind;
mod xml;
mod yaml;

pub use text::escape_controls;

use crate::error::Error;
use crate::model::Document;
use std::io;
use std::str::FromStr;

/// An output format.
///
/// ```
/// use tigang::Format;
/// assert_eq!("opml".parse::<Format>(), Ok(Format::Opml));
/// assert_eq!(Format::from_path("提纲.mm"), Some(Format::Freemind));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Pretty JSON of the model, UTF-8 unescaped.
    Json,
    /// One document per line, compact JSON: for batches.
    Jsonl,
    /// YAML of the model, through serde-saphyr.
    Yaml,
    /// OPML 2.0, for XMind, 幕布, MindManager, Workflowy, Dynalist.
    Opml,
    /// Markdown headings and nested lists, for markmap, Obsidian, Typora.
    Markdown,
    /// A Mermaid `mindmap` diagram, for GitHub, Typora and Mermaid Live.
    Mermaid,
    /// A FreeMind 1.0 map (`.mm`), for FreeMind and Freeplane.
    Freemind,
    /// An XMind (Zen) workbook: a zip of `content.json`, `metadata.json`, `manifest.json`.
    Xmind,
    /// A mind-map picture drawn as SVG.
    Svg,
    /// The SVG picture as a PNG image, drawn with the system's CJK fonts (the `png` feature).
    Png,
    /// One self-contained HTML page with the map and a folding outline.
    Html,
    /// An indented tree for the terminal.
    Text,
}

impl Format {
    /// Every format, in the order `outline formats` lists them.
    pub const ALL: [Format; 12] = [
        Format::Json,
        Format::Jsonl,
        Format::Yaml,
        Format::Opml,
        Format::Markdown,
        Format::Mermaid,
        Format::Freemind,
        Format::Xmind,
        Format::Svg,
        Format::Png,
        Format::Html,
        Format::Text,
    ];

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Yaml => "yaml",
            Format::Opml => "opml",
            Format::Markdown => "markdown",
            Format::Mermaid => "mermaid",
            Format::Freemind => "freemind",
            Format::Xmind => "xmind",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Html => "html",
            Format::Text => "text",
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// Every file extension that picks this format for `-o`, without the dot, the usual
    /// one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Json => &["json"],
            Format::Jsonl => &["jsonl"],
            Format::Yaml => &["yaml", "yml"],
            Format::Opml => &["opml"],
            Format::Markdown => &["md", "markdown"],
            Format::Mermaid => &["mmd", "mermaid"],
            Format::Freemind => &["mm"],
            Format::Xmind => &["xmind"],
            Format::Svg => &["svg"],
            Format::Png => &["png"],
            Format::Html => &["html", "htm"],
            Format::Text => &["txt"],
        }
    }

    /// What the format is for, in a line.
    pub fn description(self) -> &'static str {
        match self {
            Format::Json => "the outline as JSON (default)",
            Format::Jsonl => "one compact JSON document per line (default for several inputs)",
            Format::Yaml => "the outline as YAML",
            Format::Opml => "OPML 2.0: XMind, 幕布, MindManager, Workflowy, Dynalist",
            Format::Markdown => "headings and nested lists: markmap, Obsidian, Typora",
            Format::Mermaid => "Mermaid mindmap: GitHub, Typora, Mermaid Live (titles only)",
            Format::Freemind => "FreeMind 1.0 map: FreeMind, Freeplane, XMind import",
            Format::Xmind => "XMind workbook (binary zip)",
            Format::Svg => "a mind-map picture (titles only)",
            Format::Png => "the picture as a PNG image, for slides and chats (titles only)",
            Format::Html => "a self-contained page: map and folding outline",
            Format::Text => "an indented tree for the terminal",
        }
    }

    /// Tells whether the format draws the titles alone (SVG, PNG and Mermaid, pictures of
    /// the map), where every other format carries the whole article: the lead, each node's
    /// text, the closing paragraphs.
    pub fn titles_only(self) -> bool {
        matches!(self, Format::Svg | Format::Png | Format::Mermaid)
    }

    /// Tells whether the output is binary (not UTF-8 text).
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xmind | Format::Png)
    }

    /// Picks the format from a file name's extension (`.json`, `.yml`, `.opml`, `.md`, `.mm` …,
    /// any case); `None` when it has none or one of no format.
    pub fn from_path(path: &str) -> Option<Format> {
        let ext = std::path::Path::new(path).extension()?.to_str()?;
        Format::ALL
            .into_iter()
            .find(|f| f.extensions().iter().any(|e| e.eq_ignore_ascii_case(ext)))
    }

    /// Renders `doc` onto the end of `out`; JSON and JSON Lines go straight into the vector
    /// (batches gather their output this way).
    ///
    /// # Errors
    /// As [`Format::render`].
    pub fn render_onto(self, doc: &Document, out: &mut Vec<u8>) -> Result<(), Error> {
        match self {
            Format::Json => json::append(doc, out, true),
            Format::Jsonl => json::append(doc, out, false),
            other => return other.render(doc, out),
        }
        Ok(())
    }

    /// Writes `doc` in this format.
    ///
    /// # Errors
    /// [`Error::Write`] when `out` fails, [`Error::Render`] when serialisation fails,
    /// [`Error::NoCjkFont`] for PNG when no installed font has Chinese characters.
    ///
    /// # Examples
    /// ```
    /// let doc = tigang::parse("关于做好工作的通知\n\n一、总体要求\n");
    /// let mut out = Vec::new();
    /// tigang::Format::Markdown.render(&doc, &mut out).unwrap();
    /// assert!(String::from_utf8(out).unwrap().contains("一、总体要求"));
    /// ```
    pub fn render(self, doc: &Document, out: &mut dyn io::Write) -> Result<(), Error> {
        let render = match self {
            Format::Json => json::render,
            Format::Jsonl => json::render_line,
            Format::Yaml => yaml::render,
            Format::Opml => opml::render,
            Format::Markdown => markdown::render,
            Format::Mermaid => mermaid::render,
            Format::Freemind => freemind::render,
            Format::Xmind => xmind::render,
            Format::Svg => svg::render,
            Format::Png => png::render,
            Format::Html => html::render,
            Format::Text => text::render,
        };
        render(doc, out)
    }

    /// Renders `doc` to a string; for XMind, the `content.json` inside the workbook, for
    /// PNG the SVG the picture is drawn from.
    ///
    /// # Errors
    /// As [`Format::render`].
    pub fn render_to_string(self, doc: &Document) -> Result<String, Error> {
        match self {
            Format::Xmind => return Ok(xmind::content_json(doc)),
            Format::Png => return Format::Svg.render_to_string(doc),
            _ => {}
        }
        let mut buf = Vec::new();
        self.render(doc, &mut buf)?;
        String::from_utf8(buf).map_err(|e| Error::Render {
            format: self.name(),
            message: e.to_string(),
        })
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.to_ascii_lowercase();
        let alias = match s.as_str() {
            "yml" => Some(Format::Yaml),
            "md" => Some(Format::Markdown),
            "mmd" => Some(Format::Mermaid),
            "mm" => Some(Format::Freemind),
            "txt" | "tree" => Some(Format::Text),
            "htm" => Some(Format::Html),
            _ => None,
        };
        alias
            .or_else(|| Format::ALL.into_iter().find(|f| f.name() == s))
            .ok_or_else(|| {
                let names: Vec<_> = Format::ALL.iter().map(|f| f.name()).collect();
                format!("unknown format {s:?} (one of {})", names.join(", "))
            })
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The text of the map's root: the title, or a placeholder when there is none.
fn root_text<'d>(doc: &'d Document<'_>) -> &'d str {
    doc.title
        .as_deref()
        .filter(|t| !t.is_empty())
        .unwrap_or("提纲")
}

/// Wraps an I/O error from writing to the output.
fn io_err(e: io::Error) -> Error {
    Error::write("-", e)
}
