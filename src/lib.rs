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

pub mod classify;
pub mod decode;
pub mod error;
pub mod fields;
pub mod hint;
pub mod inline;
pub mod input;
pub mod join;
pub mod meta;
pub mod model;
pub mod names;
pub mod nest;
pub mod origin;
pub mod parse;
pub mod render;
pub mod repeated;
pub mod scan;
pub mod series;
pub mod subtitle;
pub mod text;
pub mod title;
pub mod toc;
pub mod transform;

pub use decode::{decode, decode_owned, encoding_for_label, Decoded};
pub use error::{DecodeProblem, Error};
pub use hint::Hint;
pub use input::{read_document, InputFormat};
pub use model::{Document, Dropped, Meta, Node, NodeKind, Place, Warning};
pub use parse::{parse, parse_explained, parse_hinted};
pub use render::Format;
pub use transform::Shape;

// README's code blocks are doctests (`cargo test --doc`), so that its Rust example cannot go
// stale; every other block is labelled with its language (`sh`, `text`, `xml` …) and skipped.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
