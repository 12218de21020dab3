//! Bytes to text: a BOM wins, then strict UTF-8, then GB18030 or Big5 as chardetng guesses.

use crate::error::{DecodeProblem, Error};
use crate::model::Warning;
use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_8};

/// Text decoded from bytes, with the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a BOM.
    pub text: String,
    /// The encoding's WHATWG name, e.g. `UTF-8`, `gb18030`, `Big5`, `UTF-16LE`.
    pub encoding: &'static str,
    /// The headings the format states (Markdown `#`, HTML `<h2>`, Word heading styles), by
    /// line of `text`; empty for plain text, whose `#` lines the parser reads itself.
    pub hints: Vec<crate::hint::Hint>,
    /// What a document reader clamped or left out, e.g. a Word numbering level past Word's
    /// nine, each with its line in `text`.
    pub warnings: Vec<Warning>,
    /// For each line of `text` (index 0 for line 1), the line of the file it was read from:
    /// the source line for Markdown and HTML, the paragraph's number for Word. Empty when
    /// the lines are the file's own (plain text).
    pub origin: crate::origin::Origin,
    /// What the document states about itself outside its text (a page's `<meta>` tags),
    /// for what its text does not name.
    pub stated: Stated,
}

/// What a document states about itself outside its text, e.g. a page's
/// `<meta name="publishdate" content="2025-06-06">` and `<meta name="source" content="新华网">`:
/// the outline's date and source where the text names none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stated {
    /// The publication date as stated, e.g. `2025-06-06 18:42`.
    pub date: Option<String>,
    /// The publisher as stated, e.g. `新华网`.
    pub source: Option<String>,
    /// The writer as stated (a Markdown note's `author:`, a page's `<meta name="author">`),
    /// e.g. `李刚`: taken only where every name in it reads as a person's, never a site's.
    pub author: Option<String>,
    /// Whether `author` is the writer's own word (a Markdown note's front matter, which its
    /// writer fills in): then a pen name or a handle (`鹤鸣`, `lanzi`) is theirs too. A page's
    /// `<meta>` is the site's word, which names the site as often as a person.
    pub signed: bool,
}

impl Stated {
    /// Gives `meta` the date and source stated here that its text did not name. A date the
    /// text gives as when a paper was written or a law passed gives way to the stated one.
    pub fn fill(&self, meta: &mut crate::Meta) {
        if meta.date.is_none() || meta.date_written {
            let date = self.date.as_deref().and_then(crate::scan::date::find_date);
            if let Some((d, _)) = date {
                meta.date = Some(d.ymd());
            }
        }
        if meta.source.is_none() {
            meta.source.clone_from(&self.source);
        }
        if meta.author.is_empty() {
            // Sites state their own name here as often as a person's (`新浪财经`): only
            // names that read as names without a label (a surname first) are taken.
            let names = match self.author.as_deref() {
                Some(a) if self.signed => crate::names::signed_names(a),
                Some(a) => crate::names::names_in(a)
                    .filter(|n| n.iter().all(|n| crate::names::is_bare_name(n))),
                None => None,
            };
            // (Nor the page's duty editor, whom sites state there too.)
            let names = names.filter(|n| n.iter().all(|n| !meta.editors.contains(n)));
            if let Some(names) = names {
                meta.author = names;
            }
        }
    }
}

impl Decoded {
    /// The line of the file that line `line` of `text` was read from (the paragraph's
    /// number for Word); `line` itself for plain text.
    pub fn source_line(&self, line: usize) -> usize {
        self.origin.source_line(line)
    }

    /// Where line `line` of `text` was read from: a line of the file, or for a PDF a page
    /// and the line on it.
    pub fn place(&self, line: usize) -> crate::Place {
        self.origin.place(line)
    }

    /// Moves every line number of a document parsed from `text` (its nodes, dropped lines
    /// and warnings) to the line of the file it was read from, so that an editor can jump
    /// there.
    pub fn relocate(&self, doc: &mut crate::Document) {
        self.origin.relocate(doc);
    }

    /// Completes a document parsed from `text` with what the file says outside it:
    /// [`Decoded::relocate`] its line numbers, and fill the date, source and author its text
    /// did not name from [`Decoded::stated`].
    pub fn complete(&self, doc: &mut crate::Document) {
        self.relocate(doc);
        self.stated.fill(&mut doc.meta);
    }

    /// Outlines `text` as the reader found it: parsed with the headings the format states
    /// ([`crate::parse_hinted`]), the reader's warnings merged with the parser's, then
    /// [`Decoded::complete`]d: line numbers the file's, date, source and author from what
    /// the file states. The document borrows from `text`.
    ///
    /// ```
    /// let decoded = tigang::decode(b"\xe4\xb8\x80\xe3\x80\x81\xe6\x80\xbb\xe4\xbd\x93", None).unwrap();
    /// assert_eq!(decoded.parse().children[0].marker, "一、");
    /// ```
    pub fn parse(&self) -> crate::Document<'_> {
        self.parse_with(false).0
    }

    /// Outlines `text` like [`Decoded::parse`], also returning, by line of `text`, how each
    /// line was classified (as [`crate::parse_explained`]).
    pub fn parse_explained(&self) -> (crate::Document<'_>, Vec<(usize, String)>) {
        self.parse_with(true)
    }

    fn parse_with(&self, explain: bool) -> (crate::Document<'_>, Vec<(usize, String)>) {
        // Notes cost a string per line: they are made only when asked for.
        let (mut doc, notes) = crate::parse_hinted(&self.text, &self.hints, explain);
        let merged = !self.warnings.is_empty();
        doc.warnings.extend(self.warnings.iter().cloned());
        // Lines are the file's (a PDF's: page and line), so that an editor can jump there.
        self.origin.relocate(&mut doc);
        if merged {
            doc.warnings.sort_by_key(crate::Warning::place);
        }
        self.stated.fill(&mut doc.meta);
        (doc, notes)
    }
}

/// The encodings Chinese documents come in, by the name `--encoding` takes; any other
/// WHATWG label (`windows-1252`, `shift_jis` …) is read too.
pub const COMMON_ENCODINGS: [&str; 7] = [
    "utf-8", "gb18030", "gbk", "gb2312", "big5", "utf-16le", "utf-16be",
];

/// Looks up an encoding by a label such as `gbk`, `gb2312`, `big5` or `utf-16le`.
///
/// # Errors
/// [`Error::UnknownEncoding`] when no encoding has that label.
///
/// # Examples
/// ```
/// assert_eq!(tigang::encoding_for_label("GB2312").unwrap().name(), "GBK");
/// assert!(tigang::encoding_for_label("klingon").is_err());
/// ```
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::UnknownEncoding(label.into()))
}

/// Decodes `bytes` as text, with `forced` overriding detection.
///
/// A BOM (UTF-8, UTF-16LE/BE) wins; then strict UTF-8; else chardetng guesses, and GBK
/// (read as its superset GB18030) or Big5 is accepted. Nothing is replaced: a malformed
/// byte is an error, never a U+FFFD.
///
/// # Errors
/// A [`DecodeProblem`] when the bytes are binary or malformed in every encoding tried.
///
/// # Examples
/// ```
/// let gbk = tigang::encoding_for_label("gbk").unwrap().encode("一、总体要求").0;
/// let decoded = tigang::decode(&gbk, None).unwrap();
/// assert_eq!(decoded.text, "一、总体要求");
/// assert_eq!(decoded.encoding, "gb18030");
/// assert!(tigang::decode(b"\x00\x01\xff", None).is_err());
/// ```
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, DecodeProblem> {
    if let Some(enc) = forced {
        let body = match Encoding::for_bom(bytes) {
            Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
            _ => bytes,
        };
        return strict(enc, body);
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return strict(enc, &bytes[len..]);
    }
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
            hints: Vec::new(),
            warnings: Vec::new(),
            origin: crate::origin::Origin::new(),
            stated: Stated::default(),
        });
    }
    if bytes.contains(&0) {
        return Err(DecodeProblem::Binary);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    let enc = if guess == GBK || guess == GB18030 {
        GB18030
    } else if guess == BIG5 {
        BIG5
    } else {
        return Err(DecodeProblem::Unknown(guess.name()));
    };
    strict(enc, bytes)
}

/// Decodes with `enc`, failing on the first malformed sequence.
fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<Decoded, DecodeProblem> {
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            hints: Vec::new(),
            warnings: Vec::new(),
            origin: crate::origin::Origin::new(),
            stated: Stated::default(),
        })
        .ok_or(DecodeProblem::Malformed(enc.name()))
}

/// Decodes `bytes` like [`decode`], taking ownership so that UTF-8 input is not copied.
///
/// # Errors
/// As [`decode`].
pub fn decode_owned(
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, DecodeProblem> {
    let plain_utf8 = forced.is_none_or(|e| e == UTF_8) && Encoding::for_bom(&bytes).is_none();
    if plain_utf8 {
        // simdutf8 validates Chinese text about ten times faster than the standard library.
        return if simdutf8::basic::from_utf8(&bytes).is_ok() {
            // SAFETY: simdutf8 has just validated `bytes` as UTF-8.
            let text = unsafe { String::from_utf8_unchecked(bytes) };
            Ok(Decoded {
                text,
                encoding: UTF_8.name(),
                hints: Vec::new(),
                warnings: Vec::new(),
                origin: crate::origin::Origin::new(),
                stated: Stated::default(),
            })
        } else if forced.is_some() {
            Err(DecodeProblem::Malformed(UTF_8.name()))
        } else {
            decode(&bytes, None)
        };
    }
    decode(&bytes, forced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("一、总体要求".as_bytes(), None).unwrap();
        assert_eq!(d.text, "一、总体要求");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn bom_wins_and_is_removed() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("标题".as_bytes());
        assert_eq!(decode(&b, None).unwrap().text, "标题");
        let mut le = vec![0xFF, 0xFE];
        for u in "标题".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("标题", "UTF-16LE"));
    }

    #[test]
    fn gbk_is_detected() {
        let text = "关于进一步加强基层组织建设的通知。一、总体要求：各地区各部门要高度重视。";
        let (bytes, _, _) = GBK.encode(text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "gb18030");
    }

    #[test]
    fn big5_is_detected() {
        let text = "壹、前言：本報告說明我國經濟發展的現況與未來展望，並提出具體建議。";
        let (bytes, _, _) = BIG5.encode(text);
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "Big5");
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode(&[0x7f, b'E', b'L', b'F', 0, 0xff, 0xfe, 0x80], None),
            Err(DecodeProblem::Binary)
        );
    }

    #[test]
    fn forced_encoding_is_strict() {
        assert_eq!(
            decode(&[0xff, 0xff], Some(UTF_8)),
            Err(DecodeProblem::Malformed("UTF-8"))
        );
    }
}
