//! Input formats: plain text, and Word, HTML, Markdown and PDF files turned into the plain
//! text a reader would copy from them (one paragraph a line, numbering as the reader sees it), for
//! the same structure finding as plain text.

#[cfg(feature = "doc")]
mod doc;
#[cfg(feature = "docx")]
mod docx;
#[cfg(feature = "html")]
mod html;
#[cfg(feature = "html")]
mod html_tree;
#[cfg(feature = "markdown")]
mod markdown;
#[cfg(feature = "pdf")]
mod pdf;
mod sniff;

pub(crate) use sniff::tagged;

use crate::decode::Decoded;
use crate::error::{DecodeProblem, Error};
use encoding_rs::Encoding;
use std::str::FromStr;

/// The format of an input document.
///
/// ```
/// use tigang::InputFormat;
/// assert_eq!(InputFormat::from_path("讲话.DOCX"), Some(InputFormat::Docx));
/// assert_eq!("md".parse::<InputFormat>(), Ok(InputFormat::Markdown));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text in any encoding `decode` reads.
    Text,
    /// A Word document (`.docx`), automatic numbering resolved.
    Docx,
    /// A saved web page: the article text without navigation, scripts and footers.
    Html,
    /// Markdown: headings, lists and paragraphs.
    Markdown,
    /// A PDF with a text layer: its pages' lines in reading order.
    Pdf,
    /// A Word 97–2003 or WPS file (`.doc`, `.wps`), read through LibreOffice.
    Doc,
}

impl InputFormat {
    /// Every input format.
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Text,
        InputFormat::Docx,
        InputFormat::Html,
        InputFormat::Markdown,
        InputFormat::Pdf,
        InputFormat::Doc,
    ];

    /// The format's name, as `--input-format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Docx => "docx",
            InputFormat::Html => "html",
            InputFormat::Markdown => "markdown",
            InputFormat::Pdf => "pdf",
            InputFormat::Doc => "doc",
        }
    }

    /// The file endings read as this format.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            InputFormat::Text => &["txt", "text"],
            InputFormat::Docx => &["docx"],
            InputFormat::Html => &["html", "htm", "xhtml", "shtml", "jsp", "asp", "php"],
            InputFormat::Markdown => &["md", "markdown"],
            InputFormat::Pdf => &["pdf"],
            InputFormat::Doc => &["doc", "wps"],
        }
    }

    /// Picks the format from a file name's ending; `None` when it is no format we read.
    pub fn from_path(path: &str) -> Option<InputFormat> {
        InputFormat::from_extension(std::path::Path::new(path).extension()?.to_str()?)
    }

    /// Picks the format from a file ending such as `txt` or `DOCX` (any case).
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        InputFormat::ALL
            .into_iter()
            .find(|f| f.extensions().iter().any(|e| e.eq_ignore_ascii_case(ext)))
    }

    /// Tells what format a document's bytes show, for inputs whose name says nothing, such
    /// as standard input: PDF and OLE2 magic are a PDF and an old Word file, zip magic is
    /// Word, a page that starts (after a byte-order mark, white space, an XML declaration or
    /// comments) with `<!doctype html` or `<html` is HTML, a YAML front matter block (`---` …
    /// `---`) is Markdown; `None` otherwise (plain text).
    ///
    /// ```
    /// use tigang::InputFormat;
    /// assert_eq!(InputFormat::sniff(b"\xEF\xBB\xBF\n<!DOCTYPE html><title>x</title>"), Some(InputFormat::Html));
    /// assert_eq!(InputFormat::sniff("---\ntitle: 标题\n---\n\n正文".as_bytes()), Some(InputFormat::Markdown));
    /// assert_eq!(InputFormat::sniff("一、总体要求".as_bytes()), None);
    /// ```
    pub fn sniff(bytes: &[u8]) -> Option<InputFormat> {
        sniff::sniff(bytes)
    }

    /// Turns the bytes of a document in this format into plain text.
    ///
    /// # Errors
    /// A [`DecodeProblem`] when the bytes are not a document of this format.
    pub fn to_text(
        self,
        bytes: Vec<u8>,
        forced: Option<&'static Encoding>,
    ) -> Result<Decoded, DecodeProblem> {
        match self {
            InputFormat::Text => crate::decode::decode_owned(bytes, forced),
            #[cfg(feature = "docx")]
            InputFormat::Docx => docx::to_text(&bytes),
            #[cfg(feature = "pdf")]
            InputFormat::Pdf => pdf::to_text(&bytes),
            #[cfg(feature = "doc")]
            InputFormat::Doc => doc::to_text(&bytes),
            #[cfg(feature = "html")]
            InputFormat::Html => html::to_text(&bytes, forced),
            #[cfg(feature = "markdown")]
            InputFormat::Markdown => {
                let decoded = crate::decode::decode_owned(bytes, forced)?;
                let (text, hints, origin) = markdown::to_text(&decoded.text);
                let stated = markdown::stated(&decoded.text);
                Ok(Decoded {
                    text,
                    hints,
                    origin,
                    stated,
                    ..decoded
                })
            }
            #[allow(unreachable_patterns)]
            other => Err(DecodeProblem::Document(format!(
                "this build reads no {} files (built without the `{}` feature)",
                other.name(),
                other.name()
            ))),
        }
    }

    /// Whether this build reads the format: each format but text is a crate feature
    /// (`docx`, `html`, `markdown`, `pdf`, `doc`), all on by default.
    ///
    /// ```
    /// assert!(tigang::InputFormat::Text.is_available());
    /// ```
    pub fn is_available(self) -> bool {
        match self {
            InputFormat::Text => true,
            InputFormat::Docx => cfg!(feature = "docx"),
            InputFormat::Html => cfg!(feature = "html"),
            InputFormat::Markdown => cfg!(feature = "markdown"),
            InputFormat::Pdf => cfg!(feature = "pdf"),
            InputFormat::Doc => cfg!(feature = "doc"),
        }
    }
}

impl FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.to_ascii_lowercase();
        InputFormat::ALL
            .into_iter()
            .find(|f| f.name() == s || f.extensions().contains(&s.as_str()))
            .ok_or_else(|| {
                format!("unknown input format {s:?} (one of text, docx, html, markdown, pdf, doc)")
            })
    }
}

/// Reads a document file's bytes in the given format, naming the file in errors. A PDF or
/// a Word 97–2003 or WPS file is read as what it is, whatever its name or the format asked.
///
/// # Errors
/// [`Error::Decode`] naming `path`.
///
/// # Examples
/// ```
/// use tigang::InputFormat;
/// let page = "<html><body><h1>关于做好工作的通知</h1><h2>一、总体要求</h2><p>坚持稳中求进。</p></body></html>";
/// let decoded = tigang::read_document("通知.html", page.into(), InputFormat::Html, None).unwrap();
/// let doc = decoded.parse();
/// assert_eq!(doc.title.as_deref(), Some("关于做好工作的通知"));
/// assert_eq!(doc.children[0].marker, "一、");
/// ```
pub fn read_document(
    path: &str,
    bytes: Vec<u8>,
    format: InputFormat,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, Error> {
    let format = sniff::binary(&bytes).unwrap_or(format);
    format
        .to_text(bytes, forced)
        .map_err(|problem| Error::Decode {
            path: path.to_string(),
            problem,
        })
}
