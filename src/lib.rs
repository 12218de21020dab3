//! tigang (提纲, "outline") turns Chinese commentary and official-document text into a
//! hierarchical outline: title and byline, sections `一、` `（一）` `1.` `（1）`, chapters and
//! articles `第一章` `第一条`, and points enumerated inside paragraphs (`一要……二要……`,
//! `第一，……`, `首先……其次……`), written in any format of [`Format::ALL`].
//!
//! ```
//! let text = "求是网评:树牢两种理念\n\n一、要树牢“以人为本”理念\n\n坚持以人为本。一要深化理念改革。要按照要求。二要深化方式改革。\n\n二、要树牢“开放共享”理念\n";
//! let doc = tigang::parse(text);
//! assert_eq!(doc.title.as_deref(), Some("树牢两种理念"));
//! assert_eq!(doc.meta.column.as_deref(), Some("求是网评"));
//! assert_eq!(doc.children[0].marker, "一、");
//! assert_eq!(doc.children[0].children[1].text(), "二要深化方式改革");
//!
//! let opml = tigang::Format::Opml.render_to_string(&doc).unwrap();
//! assert!(opml.contains(r#"<outline text="一要深化理念改革" _note="要按照要求。"/>"#));
//! ```
#![warn(missing_docs)]

mod classify;
mod decode;
mod error;
mod fields;
mod glued;
mod hint;
mod inline;
pub mod input;
mod join;
mod law_paragraphs;
mod meta;
mod model;
mod names;
mod nest;
mod origin;
mod parse;
mod placed;
pub mod render;
mod repeated;
mod scan;
mod series;
mod subtitle;
mod text;
mod title;
mod toc;
mod transform;

pub use decode::{decode, decode_owned, encoding_for_label, Decoded, Stated, COMMON_ENCODINGS};
pub use error::{DecodeProblem, Error};
pub use hint::Hint;
pub use input::{read_document, InputFormat};
pub use model::{Document, Dropped, Meta, Node, NodeKind, Place, Topics, Warning};
pub use origin::Origin;
pub use parse::{parse, parse_explained, parse_hinted};
pub use render::Format;
pub use transform::Shape;

/// What the `outline` command uses of the parser's insides; no part of the library's API.
#[doc(hidden)]
pub mod internal {
    pub use crate::nest::more_like_it;
    pub use crate::text::{lines, Line};
}

/// How [`read_bytes`] and [`parse_bytes`] read a document's bytes. Every field is optional:
/// the default reads any format this build knows, told by what the bytes show, in the
/// encoding they are detected to be in.
///
/// ```
/// let options = tigang::Options {
///     path: Some("讲话.txt"),
///     encoding: Some(tigang::encoding_for_label("gbk").unwrap()),
///     ..Default::default()
/// };
/// assert_eq!(options.input_format(b"..."), tigang::InputFormat::Text);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options<'a> {
    /// The file's name: its ending tells the format (`.docx`, `.html`, `.md` …) unless
    /// `format` does, and errors name it. `None` for bytes from nowhere (named `-`).
    pub path: Option<&'a str>,
    /// The input format, over the file's ending and what its bytes show.
    pub format: Option<InputFormat>,
    /// The encoding of a text, web page or Markdown file, over detection
    /// ([`encoding_for_label`] looks one up by name).
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Options<'_> {
    /// The format `bytes` are read in: `format`, else the ending of `path`, else what the
    /// bytes show ([`InputFormat::sniff`]), else text. A text (by its ending or by default)
    /// that still carries a web page's tags between its paragraphs (`</p><p>`, `<br>`) is
    /// read as the page it was copied from.
    ///
    /// ```
    /// use tigang::{InputFormat, Options};
    /// let page = b"<!DOCTYPE html><html><body><p>x</p></body></html>";
    /// assert_eq!(Options::default().input_format(page), InputFormat::Html);
    /// let named = Options { path: Some("a.md"), ..Default::default() };
    /// assert_eq!(named.input_format(page), InputFormat::Markdown);
    /// let scraped = "标题\n第一段。<br>\n第二段。</p><p>第三段。".as_bytes();
    /// let txt = Options { path: Some("a.txt"), ..Default::default() };
    /// assert_eq!(txt.input_format(scraped), InputFormat::Html);
    /// ```
    pub fn input_format(&self, bytes: &[u8]) -> InputFormat {
        if let Some(format) = self.format {
            return format;
        }
        match self
            .path
            .and_then(InputFormat::from_path)
            .or_else(|| InputFormat::sniff(bytes))
        {
            Some(InputFormat::Text) | None
                if InputFormat::Html.is_available() && input::tagged(bytes) =>
            {
                InputFormat::Html
            }
            Some(format) => format,
            None => InputFormat::Text,
        }
    }
}

/// Reads a document's bytes into the text the parser reads: its format settled as
/// [`Options::input_format`] says, then decoded ([`read_document`]). [`Decoded::parse`]
/// outlines it; [`parse_bytes`] does both.
///
/// ```
/// let gbk = tigang::encoding_for_label("gbk").unwrap().encode("关于做好工作的通知\n\n一、总体要求\n").0.into_owned();
/// let decoded = tigang::read_bytes(gbk, &tigang::Options::default()).unwrap();
/// assert_eq!(decoded.encoding, "gb18030");
/// assert_eq!(decoded.parse().children[0].text(), "一、总体要求");
/// ```
///
/// # Errors
/// [`Error::Decode`] naming `options.path` (or `-`) when the bytes are no document of
/// their format, or of a format this build does not read.
pub fn read_bytes(bytes: Vec<u8>, options: &Options) -> Result<Decoded, Error> {
    let format = options.input_format(&bytes);
    read_document(options.path.unwrap_or("-"), bytes, format, options.encoding)
}

/// Reads and outlines a document's bytes: [`read_bytes`], then [`Decoded::parse`], the
/// document detached from the text ([`Document::into_owned`]). What `outline parse` does
/// with one file.
///
/// ```
/// let md = "# 关于做好工作的通知\n\n## 一、总体要求\n\n做好工作。\n";
/// let options = tigang::Options { path: Some("通知.md"), ..Default::default() };
/// let doc = tigang::parse_bytes(md.as_bytes().to_vec(), &options).unwrap();
/// assert_eq!(doc.title.as_deref(), Some("关于做好工作的通知"));
/// assert_eq!(doc.children[0].marker, "一、");
/// ```
///
/// # Errors
/// As [`read_bytes`].
pub fn parse_bytes(bytes: Vec<u8>, options: &Options) -> Result<Document<'static>, Error> {
    Ok(read_bytes(bytes, options)?.parse().into_owned())
}

// README's code blocks are doctests (`cargo test --doc`), so that its Rust example cannot go
// stale; every other block is labelled with its language (`sh`, `text`, `xml` …) and skipped.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
