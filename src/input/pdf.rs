//! PDF input: the text layer of each page, in reading order, one line of the page a line
//! of text, read with lopdf (objects, content streams, ToUnicode maps) and laid out here
//! from the positions the content stream gives each piece of text.
//!
//! Lines are ordered top to bottom, the pieces of a line left to right; a gap between two
//! lines wider than the page's usual line pitch becomes a blank line (a paragraph break),
//! and a line set in from the page's left edge keeps its indent as full-width spaces, as a
//! text copy of the page would. Page furniture (running heads and feet, page numbers) is
//! left in the text for the parser, which sets it aside and lists it in `dropped` as it does
//! for any text copied from a PDF. Each line of the text is placed at its page and its line
//! on the page (the first, for lines joined into one), counted as the page lays them out.
//!
//! A hostile file costs time and memory in proportion to its bytes: before lopdf sees it,
//! every stream is decoded to a fixed budget (a stream that inflates past it is refused),
//! an encrypted file is refused, resources are looked up without recursion, forms nest a
//! few deep at most and every byte decoded for the pages counts against one budget.

use crate::decode::Decoded;
use crate::error::DecodeProblem;
use crate::model::Warning;
use crate::origin::Origin;
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;

/// The most bytes one stream may decode to: 64 MB (a page's text is kilobytes).
const MAX_STREAM: usize = 64 << 20;
/// The most bytes the streams of a file may decode to, all together and each time a page
/// uses one: 512 MB, as for the parts of a Word file.
const MAX_DECODED: u64 = 512 << 20;
/// How far back from `stream` its dictionary is looked for.
const HEADER_REACH: usize = 64 << 10;
/// How deep forms (`Do` of a form XObject) are followed inside one another.
const MAX_FORM_DEPTH: usize = 8;
/// How many `/Parent` steps are taken to find a page's inherited resources.
const MAX_PARENTS: usize = 64;
/// How deep `q` saves the graphics state (deeper saves are counted, not kept).
const MAX_SAVED: usize = 256;
/// The least width, in characters of its size, of a line read as wrapped when it runs to
/// the right edge of the text.
const WRAPPED_WIDTH: f32 = 20.0;
/// How many lines at the top and at the bottom of a page may be its running head or foot.
const EDGE_LINES: usize = 2;
/// The most warnings the reader gives (each told once).
const MAX_WARNINGS: usize = 20;

/// Turns a PDF into plain text, one line of a page a line, a blank line between
/// paragraphs; the origin of each line is its page and its line there.
///
/// # Errors
/// A [`DecodeProblem`] when the file is encrypted, has no text layer, decodes past the
/// budget, or is no PDF lopdf can read.
pub fn to_text(bytes: &[u8]) -> Result<Decoded, DecodeProblem> {
    if encrypted(bytes) {
        return Err(DecodeProblem::Encrypted);
    }
    check_streams(bytes)?;
    let doc = Document::load_mem(bytes)
        .map_err(|e| DecodeProblem::Document(format!("not a readable PDF ({e})")))?;
    if doc.is_encrypted() {
        return Err(DecodeProblem::Encrypted);
    }
    let mut reader = PageReader {
        doc: &doc,
        fonts: HashMap::new(),
        budget: MAX_DECODED,
        unmapped: 0,
    };
    let mut out = Text::default();
    let (mut scanned, mut texts, mut pages) = (Vec::new(), 0usize, 0usize);
    for (k, page_id) in doc.page_iter().enumerate() {
        let page = k + 1;
        pages = page;
        let read = reader.page(page_id)?;
        if read
            .runs
            .iter()
            .any(|r| r.text.chars().any(|c| !c.is_whitespace()))
        {
            texts += 1;
            out.page(page, read.runs);
        } else if read.images {
            scanned.push(page);
        }
    }
    if texts == 0 {
        return Err(if pages == 0 {
            DecodeProblem::Document("a PDF without pages".into())
        } else {
            DecodeProblem::NoTextLayer
        });
    }
    let mut warnings = Vec::new();
    if !scanned.is_empty() {
        let listed: Vec<String> = scanned
            .iter()
            .take(MAX_WARNINGS)
            .map(|p| p.to_string())
            .collect();
        let more = if scanned.len() > MAX_WARNINGS {
            " …"
        } else {
            ""
        };
        // Placed by the reader: a scanned page has no line of the text to be placed by.
        warnings.push(Warning {
            page: u32::try_from(scanned[0]).ok().and_then(std::num::NonZeroU32::new),
            line: 1,
            message: format!(
                "page{} {}{more} of the PDF ha{} no text layer (scanned?): left out; OCR it first (e.g. `ocrmypdf`)",
                if scanned.len() > 1 { "s" } else { "" },
                listed.join(", "),
                if scanned.len() > 1 { "ve" } else { "s" },
            ),
        });
    }
    if reader.unmapped > 0 {
        warnings.push(Warning {
            page: None,
            line: 1,
            message: format!(
                "{} characters of the PDF are in fonts with no map to Unicode: left out",
                reader.unmapped
            ),
        });
    }
    let (text, origin) = out.finish();
    Ok(Decoded {
        text,
        encoding: "UTF-8",
        hints: Vec::new(),
        warnings,
        origin,
        stated: Default::default(),
    })
}

/// Tells whether the file says it is encrypted: `/Encrypt` in a trailer (a cross-reference
/// stream's dictionary is plain text too). Such a file is refused before any of it is
/// decrypted, so that no stream is decoded unmeasured.
fn encrypted(bytes: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, b"/Encrypt").any(|at| {
        bytes
            .get(at + b"/Encrypt".len())
            .is_none_or(|&b| !b.is_ascii_alphanumeric())
    })
}

/// Decodes every stream of the file to the budget and drops what it gives: lopdf unpacks
/// object and cross-reference streams as it loads, with no limit of its own.
fn check_streams(bytes: &[u8]) -> Result<(), DecodeProblem> {
    let end = memchr::memmem::Finder::new(b"endstream");
    let mut total = 0u64;
    let mut at = 0;
    while let Some(k) = memchr::memmem::find(&bytes[at..], b"stream") {
        let keyword = at + k;
        at = keyword + b"stream".len();
        if bytes[..keyword].ends_with(b"end") {
            continue;
        }
        let mut start = at;
        if bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        let stop = end.find(&bytes[start..]).map_or(bytes.len(), |e| start + e);
        let header = &bytes[keyword.saturating_sub(HEADER_REACH)..keyword];
        let header = match memchr::memmem::rfind(header, b"obj") {
            Some(o) => &header[o..],
            None => header,
        };
        let filters = header_filters(header);
        let decoded = decode_filters(&bytes[start..stop], &filters)?;
        total += decoded.len() as u64;
        if total > MAX_DECODED {
            return Err(too_large());
        }
        at = stop;
    }
    Ok(())
}

/// The filters a stream's dictionary names (`/Filter /FlateDecode`, `/Filter [/A85 /Fl]`),
/// read from its text.
fn header_filters(header: &[u8]) -> Vec<Vec<u8>> {
    let Some(k) = memchr::memmem::rfind(header, b"/Filter") else {
        return Vec::new();
    };
    let rest = &header[k + b"/Filter".len()..];
    let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    let names = if rest.first() == Some(&b'[') {
        let close = rest.iter().position(|&b| b == b']').unwrap_or(rest.len());
        &rest[1..close]
    } else {
        let name_end = rest
            .iter()
            .skip(1)
            .position(|&b| b"/[]<>() \t\r\n".contains(&b))
            .map_or(rest.len(), |p| p + 1);
        &rest[..name_end]
    };
    names
        .split(|&b| b == b'/')
        .map(|n| n.trim_ascii().to_vec())
        .filter(|n| !n.is_empty())
        .collect()
}

fn too_large() -> DecodeProblem {
    DecodeProblem::Document(format!(
        "its streams decode to more than {} MB (a compression bomb?)",
        MAX_STREAM >> 20
    ))
}

/// Decodes a stream's bytes through its filters, each step read to [`MAX_STREAM`] at
/// most; a filter it does not know (an image's) leaves the bytes as they are.
fn decode_filters<'a>(data: &'a [u8], filters: &[Vec<u8>]) -> Result<Cow<'a, [u8]>, DecodeProblem> {
    let mut out = Cow::Borrowed(data);
    for f in filters {
        let next = match f.as_slice() {
            b"FlateDecode" | b"Fl" => inflate(&out)?,
            b"LZWDecode" | b"LZW" => lzw(&out)?,
            b"ASCII85Decode" | b"A85" => ascii85(&out)?,
            b"ASCIIHexDecode" | b"AHx" => ascii_hex(&out),
            _ => return Ok(out),
        };
        out = Cow::Owned(next);
    }
    Ok(out)
}

/// Reads to [`MAX_STREAM`] and one byte more, so that a stream past it is told.
fn capped(reader: impl Read) -> Result<Vec<u8>, DecodeProblem> {
    let mut out = Vec::new();
    // A broken stream gives what it had before the break, as lopdf reads it.
    let _ = reader.take(MAX_STREAM as u64 + 1).read_to_end(&mut out);
    if out.len() > MAX_STREAM {
        return Err(too_large());
    }
    Ok(out)
}

/// Inflates zlib data; data whose zlib header is broken is read as raw deflate after it,
/// as lopdf does.
fn inflate(data: &[u8]) -> Result<Vec<u8>, DecodeProblem> {
    let out = capped(flate2::read::ZlibDecoder::new(data))?;
    if out.is_empty() && data.len() > 2 {
        return capped(flate2::read::DeflateDecoder::new(&data[2..]));
    }
    Ok(out)
}

/// Decodes LZW data (early change, as PDF's default), to the budget.
fn lzw(data: &[u8]) -> Result<Vec<u8>, DecodeProblem> {
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let mut out = Vec::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut input = data;
    loop {
        let r = decoder.decode_bytes(input, &mut buf);
        out.extend_from_slice(&buf[..r.consumed_out]);
        if out.len() > MAX_STREAM {
            return Err(too_large());
        }
        input = &input[r.consumed_in..];
        if r.status.is_err()
            || matches!(
                r.status,
                Ok(weezl::LzwStatus::Done | weezl::LzwStatus::NoProgress)
            )
            || (r.consumed_in == 0 && r.consumed_out == 0)
        {
            return Ok(out);
        }
    }
}

/// Decodes ASCII85 (`z` is four zero bytes), up to `~>`.
fn ascii85(data: &[u8]) -> Result<Vec<u8>, DecodeProblem> {
    let mut out = Vec::with_capacity(data.len());
    let (mut group, mut n) = (0u64, 0);
    for &b in data {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(b - b'!');
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&(group as u32).to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            _ => {}
        }
        if out.len() > MAX_STREAM {
            return Err(too_large());
        }
    }
    if n > 1 {
        for _ in n..5 {
            group = group * 85 + 84;
        }
        out.extend_from_slice(&(group as u32).to_be_bytes()[..n - 1]);
    }
    Ok(out)
}

/// Decodes ASCIIHex, up to `>`.
fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&b| b != b'>')
        .filter_map(|&b| (b as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
        .collect()
}

/// A piece of text as a content stream shows it: where it starts and ends on the page, its
/// size and its characters.
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    y: f32,
    end: f32,
    size: f32,
    text: String,
}

/// What a page gave: its text and whether it draws images.
#[derive(Debug, Default)]
struct PageRead {
    runs: Vec<Run>,
    images: bool,
}

/// How a font's codes become text.
enum Decoder<'a> {
    /// lopdf's reading: a ToUnicode map, a simple encoding or its differences.
    Lopdf(lopdf::Encoding<'a>),
    /// A predefined CMap over UCS-2 or UTF-16 (`UniGB-UCS2-H`, `UniCNS-UTF16-H` …).
    Utf16,
    /// A predefined CMap over a Chinese national encoding (`GBK-EUC-H`, `B5pc-H` …).
    Legacy(&'static encoding_rs::Encoding),
    /// Codes with no map to Unicode (Identity-H without ToUnicode): counted, left out.
    None,
}

/// A font as the text is read with it: how codes decode, how wide each code is.
struct Font<'a> {
    decoder: Decoder<'a>,
    /// Codes are two bytes (a composite font), else one (a GBK CMap: one or two).
    two_byte: bool,
    /// Widths by code, in thousandths of the size.
    widths: HashMap<u32, f32>,
    /// The width of a code not listed.
    default_width: f32,
}

impl Font<'_> {
    /// The codes of a string: one or two bytes each.
    fn codes(&self, bytes: &[u8]) -> Vec<u32> {
        let mut codes = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let two = match self.decoder {
                Decoder::Legacy(_) => bytes[i] >= 0x81 && i + 1 < bytes.len(),
                _ => self.two_byte && i + 1 < bytes.len(),
            };
            if two {
                codes.push(u32::from(bytes[i]) << 8 | u32::from(bytes[i + 1]));
                i += 2;
            } else {
                codes.push(u32::from(bytes[i]));
                i += 1;
            }
        }
        codes
    }

    /// The text of a string, and how many of its characters had no reading.
    fn text(&self, bytes: &[u8]) -> (String, usize) {
        match &self.decoder {
            Decoder::Lopdf(e) => match e.bytes_to_string(bytes) {
                Ok(t) => (t.replace('\u{fffd}', ""), 0),
                Err(_) => (String::new(), bytes.len()),
            },
            Decoder::Utf16 => (
                encoding_rs::UTF_16BE
                    .decode_without_bom_handling(bytes)
                    .0
                    .into_owned(),
                0,
            ),
            Decoder::Legacy(e) => (e.decode_without_bom_handling(bytes).0.into_owned(), 0),
            Decoder::None => (String::new(), self.codes(bytes).len()),
        }
    }
}

/// The predefined CMaps of Chinese fonts, by what their codes are.
fn predefined(name: &[u8]) -> Option<Decoder<'static>> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.trim_end_matches("-H").trim_end_matches("-V");
    if base.starts_with("UniGB-U") || base.starts_with("UniCNS-U") {
        Some(Decoder::Utf16)
    } else if base.starts_with("GB") {
        Some(Decoder::Legacy(encoding_rs::GB18030))
    } else if base.starts_with("B5")
        || base.starts_with("ETen-B5")
        || base.starts_with("HKscs-B5")
        || base.starts_with("ETHK-B5")
    {
        Some(Decoder::Legacy(encoding_rs::BIG5))
    } else {
        None
    }
}

/// A 2×3 matrix `[a b c d e f]`, as PDF writes them.
#[derive(Debug, Clone, Copy)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self × other`: `self` applied first.
    fn then(self, o: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [oa, ob, oc, od, oe, of] = o.0;
        Matrix([
            a * oa + b * oc,
            a * ob + b * od,
            c * oa + d * oc,
            c * ob + d * od,
            e * oa + f * oc + oe,
            e * ob + f * od + of,
        ])
    }

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    fn of(operands: &[Object]) -> Option<Matrix> {
        let v: Vec<f32> = operands.iter().filter_map(|o| o.as_float().ok()).collect();
        let m: [f32; 6] = v.get(..6)?.try_into().ok()?;
        m.iter().all(|x| x.is_finite()).then_some(Matrix(m))
    }
}

/// The graphics state the text needs, saved by `q` and restored by `Q`.
#[derive(Clone, Copy)]
struct State {
    ctm: Matrix,
    font: Option<usize>,
    size: f32,
    leading: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
}

/// Reads the pages of one document, its fonts read once.
struct PageReader<'d> {
    doc: &'d Document,
    /// Fonts by the address of their dictionary (the document does not move while read).
    fonts: HashMap<usize, Option<Font<'d>>>,
    /// What is left of [`MAX_DECODED`] for the pages' streams.
    budget: u64,
    /// Characters in fonts with no map to Unicode.
    unmapped: usize,
}

/// A content stream being run: its operations, where it is, its resources.
struct Frame<'d> {
    ops: Vec<lopdf::content::Operation>,
    at: usize,
    resources: Option<&'d Dictionary>,
    /// The graphics states saved by `q` in this stream, and those past [`MAX_SAVED`].
    saved: Vec<State>,
    lost: usize,
    /// The state when the stream started (a form's own is restored after it).
    state: State,
}

impl<'d> PageReader<'d> {
    /// An object, references followed (lopdf bounds the chain).
    fn deref(&self, o: &'d Object) -> Option<&'d Object> {
        self.doc.dereference(o).ok().map(|(_, o)| o)
    }

    fn dict(&self, o: &'d Object) -> Option<&'d Dictionary> {
        match self.deref(o)? {
            Object::Dictionary(d) => Some(d),
            Object::Stream(s) => Some(&s.dict),
            _ => None,
        }
    }

    /// A stream's bytes, decoded, counted against the budget.
    fn decoded(&mut self, stream: &lopdf::Stream) -> Result<Vec<u8>, DecodeProblem> {
        let filters: Vec<Vec<u8>> =
            match stream.dict.get(b"Filter").ok().and_then(|f| self.deref(f)) {
                Some(Object::Name(n)) => vec![n.clone()],
                Some(Object::Array(a)) => a
                    .iter()
                    .filter_map(|f| {
                        self.deref(f)
                            .and_then(|f| f.as_name().ok())
                            .map(<[u8]>::to_vec)
                    })
                    .collect(),
                _ => Vec::new(),
            };
        let data = decode_filters(&stream.content, &filters)?.into_owned();
        self.budget = self
            .budget
            .checked_sub(data.len() as u64)
            .ok_or_else(too_large)?;
        Ok(data)
    }

    /// A page's resources: its own, or the nearest ancestor's (no recursion).
    fn resources(&self, page: &'d Dictionary) -> Option<&'d Dictionary> {
        let mut at = page;
        for _ in 0..MAX_PARENTS {
            if let Some(r) = at.get(b"Resources").ok().and_then(|r| self.dict(r)) {
                return Some(r);
            }
            at = self.dict(at.get(b"Parent").ok()?)?;
        }
        None
    }

    /// Reads one page's text.
    fn page(&mut self, page_id: ObjectId) -> Result<PageRead, DecodeProblem> {
        let mut read = PageRead::default();
        let Ok(page) = self.doc.get_dictionary(page_id) else {
            return Ok(read);
        };
        let resources = self.resources(page);
        let mut data = Vec::new();
        let contents = match page.get(b"Contents").ok().and_then(|c| self.deref(c)) {
            Some(Object::Array(a)) => a.iter().filter_map(|c| self.deref(c)).collect(),
            Some(c) => vec![c],
            None => Vec::new(),
        };
        for c in contents {
            if let Object::Stream(s) = c {
                data.extend(self.decoded(s)?);
                data.push(b'\n');
            }
        }
        let state = State {
            ctm: Matrix::IDENTITY,
            font: None,
            size: 0.0,
            leading: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
        };
        let ops = Content::decode(&data)
            .map(|c| c.operations)
            .unwrap_or_default();
        let mut frames = vec![Frame {
            ops,
            at: 0,
            resources,
            saved: Vec::new(),
            lost: 0,
            state,
        }];
        let mut state = state;
        let (mut tm, mut tlm) = (Matrix::IDENTITY, Matrix::IDENTITY);
        // Fonts of this page by index into `keys`, the key of `self.fonts`.
        let mut keys: Vec<usize> = Vec::new();
        let mut lost = 0;
        loop {
            let depth = frames.len();
            let Some(frame) = frames.last_mut() else {
                break;
            };
            let mut pushed = None;
            let Some(op) = frame.ops.get(frame.at) else {
                let done = frames.pop();
                if let Some(done) = done {
                    state = done.state;
                }
                continue;
            };
            frame.at += 1;
            let args = &op.operands;
            let num = |k: usize| {
                args.get(k)
                    .and_then(|o| o.as_float().ok())
                    .filter(|v| v.is_finite())
            };
            match op.operator.as_str() {
                "q" => {
                    if frame.saved.len() < MAX_SAVED {
                        frame.saved.push(state);
                    } else {
                        frame.lost += 1;
                    }
                }
                "Q" => {
                    if frame.lost > 0 {
                        frame.lost -= 1;
                    } else if let Some(s) = frame.saved.pop() {
                        state = s;
                    }
                }
                "cm" => {
                    if let Some(m) = Matrix::of(args) {
                        state.ctm = m.then(state.ctm);
                    }
                }
                "BT" => {
                    tm = Matrix::IDENTITY;
                    tlm = Matrix::IDENTITY;
                }
                "Tf" => {
                    let resources = frame.resources;
                    let name = args.first().and_then(|o| o.as_name().ok());
                    state.font = name.and_then(|n| self.font_key(resources, n)).map(|key| {
                        keys.iter().position(|&k| k == key).unwrap_or_else(|| {
                            keys.push(key);
                            keys.len() - 1
                        })
                    });
                    state.size = num(1).unwrap_or(0.0);
                }
                "TL" => state.leading = num(0).unwrap_or(0.0),
                "Tc" => state.char_spacing = num(0).unwrap_or(0.0),
                "Tw" => state.word_spacing = num(0).unwrap_or(0.0),
                "Tz" => state.scale = num(0).unwrap_or(100.0) / 100.0,
                "Td" | "TD" => {
                    let (x, y) = (num(0).unwrap_or(0.0), num(1).unwrap_or(0.0));
                    if op.operator == "TD" {
                        state.leading = -y;
                    }
                    tlm = Matrix::translate(x, y).then(tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = Matrix::of(args) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if op.operator != "Tj" && op.operator != "TJ" {
                        if op.operator == "\"" {
                            state.word_spacing = num(0).unwrap_or(0.0);
                            state.char_spacing = num(1).unwrap_or(0.0);
                        }
                        tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                        tm = tlm;
                    }
                    let parts: Vec<&Object> = match args.last() {
                        Some(Object::Array(a)) if op.operator == "TJ" => a.iter().collect(),
                        Some(o) => vec![o],
                        None => Vec::new(),
                    };
                    let font = state
                        .font
                        .and_then(|i| self.fonts.get(&keys[i]))
                        .and_then(Option::as_ref);
                    let start = tm.then(state.ctm);
                    let mut text = String::new();
                    for part in parts {
                        match part {
                            Object::String(bytes, _) => {
                                let Some(font) = font else { continue };
                                let (t, missing) = font.text(bytes);
                                lost += missing;
                                text.push_str(&t);
                                let codes = font.codes(bytes);
                                let mut w = 0.0;
                                for &c in &codes {
                                    let glyph =
                                        font.widths.get(&c).copied().unwrap_or(font.default_width);
                                    w += glyph / 1000.0 * state.size + state.char_spacing;
                                    if c == 32 && !font.two_byte {
                                        w += state.word_spacing;
                                    }
                                }
                                tm = Matrix::translate(w * state.scale, 0.0).then(tm);
                            }
                            o => {
                                if let Ok(adjust) = o.as_float() {
                                    if adjust.is_finite() {
                                        let w = -adjust / 1000.0 * state.size * state.scale;
                                        // A wide step back in a Latin line is a word space.
                                        if w > 0.25 * state.size
                                            && text.ends_with(|c: char| c.is_ascii_alphanumeric())
                                        {
                                            text.push(' ');
                                        }
                                        tm = Matrix::translate(w, 0.0).then(tm);
                                    }
                                }
                            }
                        }
                    }
                    if !text.is_empty() {
                        let end = tm.then(state.ctm);
                        let [_, _, c, d, e, f] = start.0;
                        let size = (c * c + d * d).sqrt() * state.size;
                        read.runs.push(Run {
                            x: e,
                            y: f,
                            end: end.0[4],
                            size: if size.is_finite() && size > 0.0 {
                                size
                            } else {
                                1.0
                            },
                            text,
                        });
                    }
                }
                "BI" => read.images = true,
                "Do" => {
                    let resources = frame.resources;
                    let Some(name) = args.first().and_then(|o| o.as_name().ok()) else {
                        continue;
                    };
                    let Some(Object::Stream(xobject)) = resources
                        .and_then(|r| r.get(b"XObject").ok())
                        .and_then(|x| self.dict(x))
                        .and_then(|x| x.get(name).ok())
                        .and_then(|x| self.deref(x))
                    else {
                        continue;
                    };
                    match xobject
                        .dict
                        .get(b"Subtype")
                        .ok()
                        .and_then(|s| s.as_name().ok())
                    {
                        Some(b"Image") => read.images = true,
                        Some(b"Form") if depth < MAX_FORM_DEPTH => {
                            let data = self.decoded(xobject)?;
                            let ops = Content::decode(&data)
                                .map(|c| c.operations)
                                .unwrap_or_default();
                            let own = xobject
                                .dict
                                .get(b"Resources")
                                .ok()
                                .and_then(|r| self.dict(r));
                            let matrix = xobject
                                .dict
                                .get(b"Matrix")
                                .ok()
                                .and_then(|m| self.deref(m))
                                .and_then(|m| m.as_array().ok())
                                .and_then(|m| Matrix::of(m))
                                .unwrap_or(Matrix::IDENTITY);
                            let outer = state;
                            state.ctm = matrix.then(state.ctm);
                            pushed = Some(Frame {
                                ops,
                                at: 0,
                                resources: own.or(resources),
                                saved: Vec::new(),
                                lost: 0,
                                state: outer,
                            });
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
            if let Some(f) = pushed {
                frames.push(f);
            }
        }
        self.unmapped += lost;
        Ok(read)
    }

    /// The key of the font named `name` in `resources`, read into `self.fonts` the first
    /// time.
    fn font_key(&mut self, resources: Option<&'d Dictionary>, name: &[u8]) -> Option<usize> {
        let dict = resources
            .and_then(|r| r.get(b"Font").ok())
            .and_then(|f| self.dict(f))
            .and_then(|f| f.get(name).ok())
            .and_then(|f| self.dict(f))?;
        let key = dict as *const Dictionary as usize;
        if !self.fonts.contains_key(&key) {
            let font = self.read_font(dict);
            self.fonts.insert(key, font);
        }
        Some(key)
    }

    /// Reads a font's decoder and widths.
    fn read_font(&mut self, dict: &'d Dictionary) -> Option<Font<'d>> {
        let subtype = dict.get(b"Subtype").ok().and_then(|s| s.as_name().ok());
        let composite = subtype == Some(b"Type0");
        let encoding_name = dict
            .get(b"Encoding")
            .ok()
            .and_then(|e| self.deref(e))
            .and_then(|e| e.as_name().ok());
        let has_to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|t| self.deref(t))
            .is_some_and(|t| t.as_stream().is_ok());
        let decoder = match encoding_name.and_then(predefined) {
            Some(d) => d,
            None if composite && !has_to_unicode => Decoder::None,
            None => {
                // lopdf reads the ToUnicode stream unbounded: it was measured before loading,
                // and fonts are read once.
                match dict.get_font_encoding(self.doc) {
                    Ok(e) => match e {
                        lopdf::Encoding::SimpleEncoding(n) => {
                            predefined(n).unwrap_or(Decoder::None)
                        }
                        e => Decoder::Lopdf(e),
                    },
                    Err(_) => Decoder::None,
                }
            }
        };
        let mut widths = HashMap::new();
        let mut default_width = if composite { 1000.0 } else { 500.0 };
        if composite {
            let descendant = dict
                .get(b"DescendantFonts")
                .ok()
                .and_then(|d| self.deref(d))
                .and_then(|d| d.as_array().ok())
                .and_then(|d| d.first())
                .and_then(|d| self.dict(d));
            if let Some(cid) = descendant {
                if let Some(dw) = cid.get(b"DW").ok().and_then(|w| w.as_float().ok()) {
                    default_width = dw;
                }
                if let Some(Object::Array(w)) = cid.get(b"W").ok().and_then(|w| self.deref(w)) {
                    self.cid_widths(w, &mut widths);
                }
            }
        } else if let Some(Object::Array(w)) = dict.get(b"Widths").ok().and_then(|w| self.deref(w))
        {
            let first = dict
                .get(b"FirstChar")
                .ok()
                .and_then(|f| f.as_i64().ok())
                .unwrap_or(0);
            for (k, w) in w.iter().enumerate().take(256) {
                if let (Some(w), Ok(code)) = (
                    self.deref(w).and_then(|w| w.as_float().ok()),
                    u32::try_from(first + k as i64),
                ) {
                    widths.insert(code, w);
                }
            }
        }
        Some(Font {
            decoder,
            two_byte: composite,
            widths,
            default_width,
        })
    }

    /// Reads a composite font's `W` array: `c [w1 w2 …]` and `c_first c_last w`, codes two
    /// bytes at most.
    fn cid_widths(&self, w: &[Object], widths: &mut HashMap<u32, f32>) {
        let mut i = 0;
        while i < w.len() && widths.len() <= 0x10000 {
            let first = self.deref(&w[i]).and_then(|o| o.as_i64().ok());
            let next = w.get(i + 1).and_then(|o| self.deref(o));
            match (first, next) {
                (Some(first), Some(Object::Array(list))) => {
                    for (k, v) in list.iter().enumerate().take(0x10000) {
                        if let (Ok(code), Some(v)) = (
                            u32::try_from(first + k as i64),
                            self.deref(v).and_then(|v| v.as_float().ok()),
                        ) {
                            widths.insert(code, v);
                        }
                    }
                    i += 2;
                }
                (Some(first), Some(last)) => {
                    let last = last.as_i64().unwrap_or(first);
                    let v = w
                        .get(i + 2)
                        .and_then(|v| self.deref(v))
                        .and_then(|v| v.as_float().ok());
                    if let Some(v) = v {
                        for code in first.max(0)..=last.min(first.max(0) + 0xFFFF) {
                            if let Ok(code) = u32::try_from(code) {
                                widths.insert(code, v);
                            }
                        }
                    }
                    i += 3;
                }
                _ => i += 1,
            }
        }
    }
}

/// A line of a page, laid out: where it starts, its size, where its text ends, its text,
/// and whether a wide gap (a paragraph break) stands above it.
struct Laid {
    x: f32,
    size: f32,
    end: f32,
    text: String,
    gap_above: bool,
    /// How far it is set in from the page's left edge, in characters of its size.
    indent: f32,
}

/// The text being made: the lines of the pages as laid out, then written with the page
/// and line of each.
#[derive(Default)]
struct Text {
    laid: Vec<Laid>,
    /// Each page laid out, and the index in `laid` of its first line.
    pages: Vec<(usize, usize)>,
}

impl Text {
    /// Lays out a page's runs as lines.
    fn page(&mut self, page: usize, mut runs: Vec<Run>) {
        runs.retain(|r| !r.text.is_empty());
        // Top to bottom, then left to right.
        runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
        let mut lines: Vec<Vec<Run>> = Vec::new();
        for run in runs {
            match lines.last_mut() {
                Some(line) if (line[0].y - run.y).abs() < 0.5 * line[0].size.min(run.size) => {
                    line.push(run)
                }
                _ => lines.push(vec![run]),
            }
        }
        let laid: Vec<(f32, Laid)> = lines
            .into_iter()
            .map(|mut line| {
                line.sort_by(|a, b| a.x.total_cmp(&b.x));
                let size = line.iter().map(|r| r.size).fold(0.0, f32::max);
                let mut text = String::new();
                let mut end = f32::MIN;
                for r in &line {
                    let gap = r.x - end;
                    if !text.is_empty() && gap > 0.3 * size {
                        let cjk = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
                        if !(cjk(text.chars().last()) && cjk(r.text.chars().next())) {
                            text.push(' ');
                        } else if gap > 1.5 * size {
                            text.push('\u{3000}');
                        }
                    }
                    text.push_str(&r.text);
                    end = end.max(r.end);
                }
                let laid = Laid {
                    x: line[0].x,
                    size,
                    end,
                    text: text.trim_end().to_string(),
                    gap_above: false,
                    indent: 0.0,
                };
                (line[0].y, laid)
            })
            .collect();
        let left = laid.iter().map(|l| l.1.x).fold(f32::MAX, f32::min);
        // The usual pitch: the lower quartile of the steps from line to line.
        let mut steps: Vec<f32> = laid
            .windows(2)
            .map(|w| w[0].0 - w[1].0)
            .filter(|s| *s > 0.0)
            .collect();
        steps.sort_by(f32::total_cmp);
        let usual = steps.get(steps.len() / 4).copied().unwrap_or(0.0);
        self.pages.push((page, self.laid.len()));
        let mut above = None;
        for (y, mut line) in laid {
            if let Some(prev) = above {
                let step: f32 = prev - y;
                line.gap_above = usual > 0.0 && step > 1.35 * usual && step > 1.2 * line.size;
            }
            above = Some(y);
            line.indent = (line.x - left) / line.size;
            self.laid.push(line);
        }
    }

    /// Tells, for each line laid out, whether it is a page's running head or foot: one of
    /// the first or last [`EDGE_LINES`] of its page that is a page number (`— 3 —`, `-3-`,
    /// `第3页 共12页`, `3`) or comes back in the same words, numbers aside, at the same end of
    /// another page. Such lines stay in the text, for the parser to set aside; here they
    /// only stand aside for a paragraph that runs on from one page to the next.
    fn edges(&self) -> Vec<bool> {
        let mut edge = vec![false; self.laid.len()];
        // Each page's lines: `laid[start..end]`.
        let spans: Vec<(usize, usize)> = self
            .pages
            .iter()
            .enumerate()
            .map(|(k, &(_, start))| {
                let end = self.pages.get(k + 1).map_or(self.laid.len(), |p| p.1);
                (start, end)
            })
            .collect();
        let key = |t: &str| -> String {
            let mut key = String::new();
            for c in t.chars().filter(|c| !c.is_whitespace()) {
                if !c.is_ascii_digit() {
                    key.push(c);
                } else if !key.ends_with('#') {
                    key.push('#');
                }
            }
            key
        };
        // The lines at each end of each page: (top?, line index).
        let ends: Vec<(bool, usize)> = spans
            .iter()
            .flat_map(|&(start, end)| {
                let top = (start..end.min(start + EDGE_LINES)).map(|k| (true, k));
                let bottom = (end.saturating_sub(EDGE_LINES).max(start)..end).map(|k| (false, k));
                top.chain(bottom)
            })
            .collect();
        let mut seen: HashMap<(bool, String), usize> = HashMap::new();
        for &(top, k) in &ends {
            *seen.entry((top, key(&self.laid[k].text))).or_default() += 1;
        }
        for &(top, k) in &ends {
            let text = self.laid[k].text.trim();
            let page_number = crate::repeated::is_page_number(text)
                || (!top && text.len() <= 4 && text.chars().all(|c| c.is_ascii_digit()));
            let running = seen.get(&(top, key(text))).is_some_and(|&n| n >= 2);
            edge[k] = page_number || running;
        }
        edge
    }

    /// Writes the lines: a blank line for a paragraph break, an indent as full-width
    /// spaces; a line that runs to the right edge of the text goes on with the next when
    /// that one is neither set in nor opens with a marker (a wrapped line, as the page
    /// shows it) — on the next page too, past the page's foot and the next one's head,
    /// which then come after the paragraph.
    fn finish(self) -> (String, Origin) {
        let right = self.laid.iter().map(|l| l.end).fold(f32::MIN, f32::max);
        let edge = self.edges();
        // For each line, the next that is no page's head or foot.
        let mut next_body = vec![None; self.laid.len()];
        let mut after = None;
        for k in (0..self.laid.len()).rev() {
            next_body[k] = after;
            if !edge[k] {
                after = Some(k);
            }
        }
        let goes_on = |l: &Laid| {
            l.indent < 0.5
                && !l.text.starts_with(char::is_whitespace)
                && crate::scan::marker::line_marker(&l.text).is_none()
        };
        let mut text = String::new();
        let mut origin = Origin::new();
        // The file's lines are counted through all pages: `laid` index + 1.
        for &(page, first) in &self.pages {
            origin.page_starts(page, first + 1);
        }
        let mut lines = 0;
        let mut full = false;
        // Heads and feet passed over by a paragraph that goes on to the next page.
        let mut aside: Vec<usize> = Vec::new();
        for (k, l) in self.laid.iter().enumerate() {
            let source = k + 1;
            if full && edge[k] {
                let on = next_body[k].is_some_and(|j| goes_on(&self.laid[j]));
                if on {
                    aside.push(k);
                    continue;
                }
            }
            // Past a page break, the gap under the head is the page's, not a paragraph's.
            let joins = full && (!l.gap_above || !aside.is_empty()) && goes_on(l);
            if joins {
                if text.ends_with(|c: char| c.is_ascii_alphanumeric() || c == ',')
                    && l.text.starts_with(|c: char| c.is_ascii_alphanumeric())
                {
                    text.push(' ');
                }
            } else {
                for a in aside.drain(..) {
                    text.push('\n');
                    lines += 1;
                    origin.note(lines, a + 1);
                    text.push_str(&self.laid[a].text);
                }
                if lines > 0 {
                    text.push('\n');
                }
                if l.gap_above {
                    text.push('\n');
                    lines += 1;
                    origin.note(lines, source);
                }
                lines += 1;
                origin.note(lines, source);
                let indent = l.indent.round();
                if indent >= 1.0 && !l.text.starts_with(char::is_whitespace) {
                    text.push_str(&"\u{3000}".repeat(indent.min(2.0) as usize));
                }
            }
            text.push_str(&l.text);
            // A line of a paragraph is wide: a short line at the edge is a heading's.
            full = l.end >= right - 1.5 * l.size
                && l.end - l.x >= WRAPPED_WIDTH * l.size
                && !l.text.ends_with(['。', '：', ':', '；']);
        }
        for a in aside {
            text.push('\n');
            lines += 1;
            origin.note(lines, a + 1);
            text.push_str(&self.laid[a].text);
        }
        if lines > 0 {
            text.push('\n');
        }
        (text, origin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_read_from_the_dictionary_text() {
        assert_eq!(
            header_filters(b"1 0 obj <</Length 5/Filter/FlateDecode>>"),
            vec![b"FlateDecode".to_vec()]
        );
        assert_eq!(
            header_filters(b"<< /Filter [ /ASCII85Decode /FlateDecode ] >>"),
            vec![b"ASCII85Decode".to_vec(), b"FlateDecode".to_vec()]
        );
        assert!(header_filters(b"<< /Length 5 >>").is_empty());
    }

    #[test]
    fn ascii_filters_decode() {
        assert_eq!(ascii_hex(b"48 65 6C6C6F>"), b"Hello");
        assert_eq!(ascii85(b"87cURDZ~>").unwrap(), b"Hello");
    }

    #[test]
    fn encrypted_files_are_told_by_their_trailer() {
        assert!(encrypted(b"trailer << /Encrypt 5 0 R >>"));
        assert!(!encrypted(b"<< /EncryptMetadata false >>"));
    }
}
