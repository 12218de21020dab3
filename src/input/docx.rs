//! Word input: the paragraphs of `word/document.xml` in order (table cells and text boxes
//! too), with Word's automatic numbering resolved from `numbering.xml` so that each numbered
//! paragraph starts with the marker a reader sees (`一、`, `（二）`, `3.`, `①` …).
//!
//! A hostile file costs time and memory in proportion to its parts: every part is read to a
//! fixed budget whatever its zip headers say, numbering keeps Word's nine levels, starts
//! past Word's own largest and labels longer than a line are clamped with a warning.

use crate::decode::Decoded;
use crate::error::DecodeProblem;
use crate::hint::{Hint, HEADLINE, MAX_LEVEL};
use crate::model::Warning;
use crate::origin::Origin;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read};

/// Word's numbering levels: `w:ilvl` 0 to 8.
const LEVELS: usize = 9;

/// The largest start Word lets a list have.
const MAX_START: u32 = 32_767;

/// The longest numbering label kept, in characters: a line.
const MAX_LABEL: usize = 80;

/// The most warnings a document gets from the reader (each told once).
const MAX_WARNINGS: usize = 100;

/// The most bytes read from the parts of a Word file, unpacked, all parts together: 512 MB.
const MAX_UNPACKED: u64 = 512 << 20;

/// One level of a numbering definition: `<w:lvl>`.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// A numbering definition, `<w:abstractNum>`: its levels by `w:ilvl`.
#[derive(Debug, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// What was clamped or left out when it was read, told when a paragraph first uses it.
    problem: Option<String>,
}

/// A list, `<w:num>`: the definition it follows and its start overrides by level.
#[derive(Debug, Default)]
struct Num {
    abstract_id: String,
    overrides: [Option<u32>; LEVELS],
    /// What was clamped when it was read, told when a paragraph first uses it.
    problem: Option<String>,
}

/// The numbering definitions and the counters while the document is read.
#[derive(Debug, Default)]
struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
    /// The last number given at each level, by abstractNumId.
    counters: HashMap<String, [Option<i64>; LEVELS]>,
    /// Lists whose start overrides have been applied.
    started: HashSet<String>,
}

/// A `<w:p>` being read: its text, style, numbering and outline level.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num: Option<String>,
    ilvl: Option<u64>,
    /// `w:outlineLvl` set on the paragraph itself: 0 for a level-1 heading, 9 for body text.
    outline: Option<u64>,
    /// Its number in the document (the first is 1), counting empty paragraphs too.
    number: u32,
}

/// A paragraph style as read from `styles.xml`.
#[derive(Debug, Default, Clone)]
struct Style {
    /// Its numbering: (numId, ilvl).
    num: Option<(String, u64)>,
    /// Its outline level (`w:outlineLvl`, 0 for a level-1 heading).
    outline: Option<u64>,
    /// Its name (`heading 2`, `Title`).
    name: Option<String>,
    /// The style it is based on.
    based_on: Option<String>,
}

/// The paragraph styles by id.
type Styles = HashMap<String, Style>;

/// How many steps of `w:basedOn` are followed for an outline level (Word's own chains are
/// a few long; a cycle or a longer chain stops there).
const BASED_ON_MAX: usize = 8;

/// Word's outline level for body text: no heading.
const BODY_OUTLINE: u64 = 9;

/// What a paragraph style says about the heading its paragraphs are: the document's
/// headline (the `Title` style), a heading of a level (an outline level, or a built-in
/// `heading N` name), or nothing.
fn style_heading(styles: &Styles, id: &str) -> Option<u8> {
    let mut at = styles.get(id)?;
    for _ in 0..BASED_ON_MAX {
        if let Some(lvl) = at.outline {
            return outline_heading(lvl);
        }
        if let Some(name) = &at.name {
            let name = name.to_ascii_lowercase();
            if name == "title" {
                return Some(HEADLINE);
            }
            if let Some(n) = name
                .strip_prefix("heading ")
                .and_then(|n| n.trim().parse::<u64>().ok())
            {
                return n.checked_sub(1).and_then(outline_heading);
            }
        }
        at = styles.get(at.based_on.as_deref()?)?;
    }
    None
}

/// The heading level of a Word outline level (0 is level 1; Word's nine below six are read
/// as six); body text is none.
fn outline_heading(lvl: u64) -> Option<u8> {
    (lvl < BODY_OUTLINE).then(|| u8::try_from(lvl + 1).unwrap_or(MAX_LEVEL).min(MAX_LEVEL))
}

/// Warnings, each told once and at most [`MAX_WARNINGS`] of them.
#[derive(Debug, Default)]
struct Warnings {
    told: HashSet<String>,
    list: Vec<Warning>,
}

impl Warnings {
    fn tell(&mut self, line: usize, message: String) {
        if self.list.len() < MAX_WARNINGS && self.told.insert(message.clone()) {
            self.list.push(Warning::new(line, message));
        }
    }
}

/// Turns a `.docx` into plain text, one paragraph a line with a blank line between, and
/// the warnings met on the way.
pub fn to_text(bytes: &[u8]) -> Result<Decoded, DecodeProblem> {
    let bad = |m: String| DecodeProblem::Document(m);
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(format!("not a zip ({e})")))?;
    let mut budget = MAX_UNPACKED;
    let document = entry(&mut zip, "word/document.xml", &mut budget)?
        .ok_or_else(|| bad("no word/document.xml".into()))?;
    let numbering = match entry(&mut zip, "word/numbering.xml", &mut budget)? {
        Some(xml) => read_numbering(&xml)?,
        None => Numbering::default(),
    };
    let styles = match entry(&mut zip, "word/styles.xml", &mut budget)? {
        Some(xml) => read_styles(&xml)?,
        None => Styles::new(),
    };
    let mut doc = DocumentReader {
        out: String::with_capacity(document.len() / 4),
        lines: 0,
        numbering,
        styles,
        warnings: Warnings::default(),
        hints: Vec::new(),
        paragraphs: 0,
        origin: Origin::new(),
    };
    doc.read(&document)?;
    let mut hints = doc.hints;
    // Without a title style, the first level-1 heading is the headline, as a page's first
    // `<h1>` is; later title-styled paragraphs are headings of level 1.
    let mut headline = false;
    for h in &mut hints {
        if h.level == HEADLINE && std::mem::replace(&mut headline, true) {
            h.level = 1;
        }
    }
    if !headline {
        if let Some(h) = hints.iter_mut().find(|h| h.level == 1) {
            h.level = HEADLINE;
        }
    }
    Ok(Decoded {
        text: doc.out,
        encoding: "UTF-8",
        hints,
        warnings: doc.warnings.list,
        origin: doc.origin,
        stated: Default::default(),
    })
}

/// Reads a part, unpacked, taking at most what is left of `budget` whatever the zip's
/// headers say (a zip bomb may declare a thousand bytes and inflate to gigabytes).
fn entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<String>, DecodeProblem> {
    let too_large = || {
        DecodeProblem::Document(format!(
            "{name} unpacks to more than {} MB (a zip bomb?)",
            MAX_UNPACKED >> 20
        ))
    };
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DecodeProblem::Document(format!("{name}: {e}"))),
    };
    if file.size() > *budget {
        return Err(too_large());
    }
    // Read in pieces of 16 MB, joined once the part has ended within the budget: a bomb is
    // refused holding the budget, not twice it as a doubling buffer would.
    const PIECE: u64 = 16 << 20;
    let declared = file.size();
    let mut file = file.take(*budget + 1);
    let (mut pieces, mut len) = (Vec::new(), 0u64);
    loop {
        let size = if pieces.is_empty() {
            declared + 1
        } else {
            PIECE
        };
        let mut piece = Vec::with_capacity(size.min(PIECE) as usize);
        (&mut file)
            .take(PIECE)
            .read_to_end(&mut piece)
            .map_err(|e| DecodeProblem::Document(format!("{name}: {e}")))?;
        len += piece.len() as u64;
        if len > *budget {
            return Err(too_large());
        }
        let last = (piece.len() as u64) < PIECE;
        pieces.push(piece);
        if last {
            break;
        }
    }
    *budget -= len;
    let bytes = if pieces.len() == 1 {
        pieces.pop().unwrap_or_default()
    } else {
        pieces.concat()
    };
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| DecodeProblem::Document(format!("{name}: not UTF-8")))
}

/// The value of an attribute such as `w:val`, by its local name, references such as
/// `&#x3001;` resolved.
fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local).then(|| match a.unescape_value() {
            Ok(v) => v.into_owned(),
            Err(_) => String::from_utf8_lossy(&a.value).into_owned(),
        })
    })
}

/// A whole-number attribute, `u64::MAX` for digits past it; `None` when absent or no number.
fn number_attr(e: &BytesStart, local: &[u8]) -> Option<u64> {
    let value = attr(e, local)?;
    let digits = value.trim();
    digits.parse().ok().or_else(|| {
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(u64::MAX)
    })
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> DecodeProblem {
    DecodeProblem::Document(format!("{part}: {e}"))
}

/// A start read from `numbering.xml`, clamped to Word's largest; says so in `problem`.
fn clamp_start(value: Option<u64>, problem: &mut Option<String>) -> u32 {
    let value = value.unwrap_or(1);
    if value > u64::from(MAX_START) {
        *problem = Some(format!(
            "numbering start {value} is past Word's largest, {MAX_START}: counted from {MAX_START}"
        ));
        return MAX_START;
    }
    value as u32
}

fn read_numbering(xml: &str) -> Result<Numbering, DecodeProblem> {
    let mut n = Numbering::default();
    let mut reader = Reader::from_str(xml);
    let (mut abstract_id, mut level, mut ilvl) = (None::<String>, Level::default(), None);
    let (mut num_id, mut override_lvl) = (None::<String>, None);
    let mut problem = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("numbering.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                b"abstractNum" => {
                    abstract_id = attr(e, b"abstractNumId");
                    if let Some(id) = &abstract_id {
                        n.abstracts.entry(id.clone()).or_default();
                    }
                }
                b"lvl" => {
                    ilvl = number_attr(e, b"ilvl").or(Some(0));
                    problem = None;
                    level = Level {
                        start: 1,
                        ..Level::default()
                    };
                }
                b"start" => level.start = clamp_start(number_attr(e, b"val"), &mut problem),
                b"numFmt" => level.format = attr(e, b"val").unwrap_or_default(),
                b"lvlText" => level.text = attr(e, b"val").unwrap_or_default(),
                b"num" => {
                    num_id = attr(e, b"numId");
                    if let Some(id) = &num_id {
                        n.nums.entry(id.clone()).or_default();
                    }
                }
                b"abstractNumId" => {
                    if let (Some(id), Some(a)) = (&num_id, attr(e, b"val")) {
                        n.nums.entry(id.clone()).or_default().abstract_id = a;
                    }
                }
                b"lvlOverride" => override_lvl = number_attr(e, b"ilvl"),
                b"startOverride" => {
                    let Some(num) = num_id.as_ref().and_then(|id| n.nums.get_mut(id)) else {
                        continue;
                    };
                    let start = clamp_start(number_attr(e, b"val"), &mut num.problem);
                    match override_lvl.and_then(|l| num.overrides.get_mut(l as usize)) {
                        Some(slot) => *slot = Some(start),
                        None => num.problem = Some(past_nine(override_lvl.unwrap_or(0))),
                    }
                }
                _ => {}
            },
            Event::End(ref e) => match e.local_name().as_ref() {
                b"lvl" => {
                    let Some(a) = abstract_id.as_ref().and_then(|a| n.abstracts.get_mut(a)) else {
                        continue;
                    };
                    let level = std::mem::take(&mut level);
                    match ilvl.and_then(|l| a.levels.get_mut(l as usize)) {
                        Some(slot) => *slot = Some(level),
                        None => problem = Some(past_nine(ilvl.unwrap_or(0))),
                    }
                    // The first problem of a definition is told: one is enough to look.
                    if a.problem.is_none() {
                        a.problem = problem.take();
                    }
                }
                b"abstractNum" => abstract_id = None,
                b"num" => num_id = None,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(n)
}

/// The warning for a numbering level Word does not have.
fn past_nine(ilvl: u64) -> String {
    format!("numbering level {ilvl} is past Word's nine (0 to 8): it is left out")
}

fn read_styles(xml: &str) -> Result<Styles, DecodeProblem> {
    let mut styles = Styles::new();
    let mut reader = Reader::from_str(xml);
    let (mut id, mut style) = (None::<String>, Style::default());
    let mut num = None::<String>;
    let mut ilvl = 0;
    loop {
        match reader
            .read_event()
            .map_err(|e| xml_error("styles.xml", e))?
        {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                b"style" => {
                    id = attr(e, b"styleId");
                    style = Style::default();
                    (num, ilvl) = (None, 0);
                }
                b"numId" => num = attr(e, b"val"),
                b"ilvl" => ilvl = number_attr(e, b"val").unwrap_or(0),
                b"outlineLvl" => style.outline = number_attr(e, b"val"),
                b"name" => style.name = attr(e, b"val"),
                b"basedOn" => style.based_on = attr(e, b"val"),
                _ => {}
            },
            Event::End(ref e) if e.local_name().as_ref() == b"style" => {
                if let Some(id) = id.take() {
                    style.num = num.take().map(|n| (n, ilvl));
                    styles.insert(id, std::mem::take(&mut style));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

/// Elements whose content is not the document's text as it stands: the older copy of an
/// `mc:AlternateContent` (the same text box again), tracked deletions and moves away, and
/// the paragraph properties before a tracked change (their numbering is not the paragraph's).
const SKIPPED: &[&[u8]] = &[b"Fallback", b"del", b"moveFrom", b"pPrChange"];

/// Reads `document.xml` into lines of text.
struct DocumentReader {
    out: String,
    /// Lines in `out`.
    lines: usize,
    numbering: Numbering,
    styles: Styles,
    warnings: Warnings,
    /// The headings the styles and outline levels state, by line.
    hints: Vec<Hint>,
    /// Paragraphs met so far, empty ones too.
    paragraphs: u32,
    /// For each line of `out`, the number of the paragraph it was read from.
    origin: Origin,
}

impl DocumentReader {
    /// Reads the paragraphs in order. A paragraph inside another (in a text box) comes
    /// after the one that holds it, in the order they start.
    fn read(&mut self, xml: &str) -> Result<(), DecodeProblem> {
        let mut reader = Reader::from_str(xml);
        // The open paragraphs, innermost last, each with its place in `inner`.
        let mut open: Vec<(Paragraph, usize)> = Vec::new();
        // Paragraphs inside the outermost open one, in the order they start.
        let mut inner: Vec<Option<Paragraph>> = Vec::new();
        let mut in_text = false;
        // Depth inside a skipped element.
        let mut skip = 0usize;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| xml_error("document.xml", e))?;
            if skip > 0 {
                match event {
                    Event::Start(_) => skip += 1,
                    Event::End(_) => skip -= 1,
                    Event::Eof => break,
                    _ => {}
                }
                continue;
            }
            let para = open.last_mut().map(|(p, _)| p);
            match event {
                Event::Start(ref e) if SKIPPED.contains(&e.local_name().as_ref()) => skip = 1,
                Event::Start(ref e) | Event::Empty(ref e) => {
                    match (e.local_name().as_ref(), para) {
                        (b"p", _) => {
                            in_text = false;
                            self.paragraphs = self.paragraphs.saturating_add(1);
                            if matches!(event, Event::Start(_)) {
                                let at = inner.len();
                                if !open.is_empty() {
                                    inner.push(None);
                                }
                                let number = self.paragraphs;
                                open.push((
                                    Paragraph {
                                        number,
                                        ..Paragraph::default()
                                    },
                                    at,
                                ));
                            }
                        }
                        (b"pStyle", Some(p)) => p.style = attr(e, b"val"),
                        (b"numId", Some(p)) => p.num = attr(e, b"val"),
                        (b"ilvl", Some(p)) => p.ilvl = number_attr(e, b"val"),
                        (b"outlineLvl", Some(p)) => p.outline = number_attr(e, b"val"),
                        (b"t", _) => in_text = matches!(event, Event::Start(_)),
                        (b"tab", Some(p)) => p.text.push('\t'),
                        (b"br" | b"cr", Some(p)) => p.text.push('\n'),
                        _ => {}
                    }
                }
                Event::Text(t) if in_text => {
                    let text = t.decode().map_err(|e| xml_error("document.xml", e))?;
                    push(para, &text);
                }
                Event::CData(t) if in_text => {
                    let text = t.decode().map_err(|e| xml_error("document.xml", e))?;
                    push(para, &text);
                }
                Event::GeneralRef(r) if in_text => {
                    let name = r.decode().map_err(|e| xml_error("document.xml", e))?;
                    let text = quick_xml::escape::unescape(&format!("&{name};"))
                        .map_err(|e| xml_error("document.xml", e))?
                        .into_owned();
                    push(para, &text);
                }
                Event::End(ref e) => match e.local_name().as_ref() {
                    b"t" => in_text = false,
                    b"p" => {
                        in_text = false;
                        let Some((p, at)) = open.pop() else {
                            continue;
                        };
                        if open.is_empty() {
                            self.emit(p);
                            for p in inner.drain(..).flatten() {
                                self.emit(p);
                            }
                        } else {
                            inner[at] = Some(p);
                        }
                    }
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    /// Writes one paragraph as a line, its numbering label first, and a blank line.
    fn emit(&mut self, p: Paragraph) {
        let from_style = p
            .style
            .as_ref()
            .and_then(|s| self.styles.get(s))
            .and_then(|s| s.num.as_ref());
        let num = p.num.or_else(|| from_style.map(|(n, _)| n.clone()));
        let ilvl = p.ilvl.or_else(|| from_style.map(|(_, l)| *l)).unwrap_or(0);
        let heading = match p.outline {
            Some(lvl) => outline_heading(lvl),
            None => p
                .style
                .as_deref()
                .and_then(|s| style_heading(&self.styles, s)),
        };
        let line = self.lines + 1;
        let label = num
            .and_then(|n| {
                self.numbering
                    .label(&n, ilvl, &mut |m| self.warnings.tell(line, m))
            })
            .unwrap_or_default();
        let text = p.text.trim();
        if !text.is_empty() || !label.is_empty() {
            if let Some(level) = heading.filter(|_| !text.is_empty()) {
                self.hints.push(Hint { line, level });
            }
            self.out.push_str(&label);
            self.out.push_str(text);
            self.out.push_str("\n\n");
            let lines = 2 + label.matches('\n').count() + text.matches('\n').count();
            self.lines += lines;
            for k in 0..lines - 1 {
                self.origin.note(line + k, p.number as usize);
            }
        }
    }
}

fn push(para: Option<&mut Paragraph>, text: &str) {
    if let Some(p) = para {
        p.text.push_str(text);
    }
}

impl Numbering {
    /// Counts the next paragraph of `num_id` at `ilvl` and returns its label, e.g. `（二）`;
    /// tells what was clamped on the way.
    fn label(&mut self, num_id: &str, ilvl: u64, warn: &mut dyn FnMut(String)) -> Option<String> {
        let Some(at) = usize::try_from(ilvl).ok().filter(|&l| l < LEVELS) else {
            warn(past_nine(ilvl));
            return None;
        };
        let num = self.nums.get_mut(num_id)?;
        let def = self.abstracts.get_mut(&num.abstract_id)?;
        for problem in [num.problem.take(), def.problem.take()]
            .into_iter()
            .flatten()
        {
            warn(problem);
        }
        let levels = &def.levels;
        let level = levels[at].as_ref()?;
        let counters = self.counters.entry(num.abstract_id.clone()).or_default();
        if self.started.insert(num_id.to_string()) {
            for (counter, start) in counters.iter_mut().zip(&num.overrides) {
                if let Some(start) = start {
                    *counter = Some(i64::from(*start) - 1);
                }
            }
        }
        let value = counters[at].map_or(i64::from(level.start), |v| v.saturating_add(1));
        counters[at] = Some(value);
        // A level counting on restarts every deeper level.
        counters[at + 1..].fill(None);
        match level.format.as_str() {
            "none" => return Some(String::new()),
            "bullet" => return Some(clamp_label(format!("{} ", level.text), warn)),
            _ => {}
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            let placeholder = chars
                .peek()
                .and_then(|d| d.to_digit(10))
                .filter(|&d| (1..=at as u32 + 1).contains(&d));
            match (c, placeholder) {
                ('%', Some(d)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let value = counters[l]
                        .or_else(|| levels[l].as_ref().map(|v| i64::from(v.start)))
                        .unwrap_or(1);
                    let format = levels[l].as_ref().map_or("decimal", |v| v.format.as_str());
                    label.push_str(&format_number(
                        u32::try_from(value.max(0)).unwrap_or(u32::MAX),
                        format,
                    ));
                }
                _ => label.push(c),
            }
            if label.len() > MAX_LABEL * 4 {
                break;
            }
        }
        Some(clamp_label(label, warn))
    }
}

/// Cuts a label longer than a line to [`MAX_LABEL`] characters, with a warning.
fn clamp_label(label: String, warn: &mut dyn FnMut(String)) -> String {
    match label.char_indices().nth(MAX_LABEL) {
        None => label,
        Some((at, _)) => {
            warn(format!(
                "numbering label longer than {MAX_LABEL} characters: cut to {MAX_LABEL}"
            ));
            label[..at].to_string()
        }
    }
}

/// Writes `n` in a Word number format: `decimal` 3, `chineseCounting` 三,
/// `ideographTraditional` 丙, `decimalEnclosedCircle` ③, `upperLetter` C …
fn format_number(n: u32, format: &str) -> String {
    const CN: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const LEGAL: [&str; 10] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
    let chinese = |digits: &[&str; 10], ten: &str| -> String {
        match n {
            0..=9 => digits[n as usize].to_string(),
            10..=19 => format!(
                "{ten}{}",
                if n % 10 == 0 {
                    ""
                } else {
                    digits[(n % 10) as usize]
                }
            ),
            20..=99 => format!(
                "{}{ten}{}",
                digits[(n / 10) as usize],
                if n % 10 == 0 {
                    ""
                } else {
                    digits[(n % 10) as usize]
                }
            ),
            _ => n.to_string(),
        }
    };
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => chinese(&CN, "十"),
        "chineseLegalSimplified" => chinese(&LEGAL, "拾"),
        "ideographTraditional" => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth((n as usize).wrapping_sub(1) % 10)
            .map_or_else(|| n.to_string(), String::from),
        "ideographZodiac" => "子丑寅卯辰巳午未申酉戌亥"
            .chars()
            .nth((n as usize).wrapping_sub(1) % 12)
            .map_or_else(|| n.to_string(), String::from),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), String::from)
        }
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect(),
        "decimalZero" => format!("{n:02}"),
        // Past sixteen letters (AAAA… for 391 and more) or Roman numerals past 3999, a
        // number is written in digits: a label stays a line.
        "upperLetter" | "lowerLetter" if n <= 26 * 16 => {
            let c = char::from_u32('A' as u32 + (n.max(1) - 1) % 26).unwrap_or('A');
            let s = c.to_string().repeat(((n.max(1) - 1) / 26 + 1) as usize);
            if format == "lowerLetter" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "upperRoman" | "lowerRoman" if n < 4000 => {
            let s = roman(n);
            if format == "lowerRoman" {
                s.to_lowercase()
            } else {
                s
            }
        }
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_word_formats() {
        assert_eq!(format_number(3, "chineseCounting"), "三");
        assert_eq!(format_number(12, "chineseCountingThousand"), "十二");
        assert_eq!(format_number(21, "chineseCounting"), "二十一");
        assert_eq!(format_number(2, "ideographTraditional"), "乙");
        assert_eq!(format_number(3, "decimalEnclosedCircle"), "③");
        assert_eq!(format_number(4, "chineseLegalSimplified"), "肆");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(2, "decimalFullWidth"), "２");
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    /// A `.docx` of `body` paragraphs with the paragraph styles `styles`.
    fn docx(body: &str, styles: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", opts).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#
        )
        .unwrap();
        zip.start_file("word/styles.xml", opts).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0"?><w:styles {W}>{styles}</w:styles>"#
        )
        .unwrap();
        zip.finish().unwrap().into_inner()
    }

    /// A paragraph of `text` in style `style` (none for `""`).
    fn para(style: &str, text: &str) -> String {
        let ppr = if style.is_empty() {
            String::new()
        } else {
            format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
        };
        format!(r#"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"#)
    }

    /// Word's built-in styles as a Chinese Word names them: ids `1`, `2`, names `heading N`.
    const STYLES: &str = r#"<w:style w:styleId="a3"><w:name w:val="Title"/></w:style>
        <w:style w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:styleId="2"><w:name w:val="heading 2"/></w:style>
        <w:style w:styleId="my"><w:name w:val="会议小标题"/><w:basedOn w:val="2"/></w:style>
        <w:style w:styleId="loop"><w:name w:val="环"/><w:basedOn w:val="loop"/></w:style>"#;

    #[test]
    fn heading_styles_and_outline_levels_give_hints() {
        let body = [
            para("a3", "关于社区治理的调研报告"),
            para("", "今年以来，我们走访了十个社区。"),
            para("2", "基本情况"),
            para("", "社区服务网点覆盖面持续扩大。"),
            para("my", "存在问题"),
            para("loop", "环形样式不是标题"),
            r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>直接设定的大纲级别</w:t></w:r></w:p>"#.into(),
            r#"<w:p><w:pPr><w:pStyle w:val="2"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文级别</w:t></w:r></w:p>"#.into(),
            para("2", ""),
        ]
        .concat();
        let d = to_text(&docx(&body, STYLES)).unwrap();
        let at = |line, level| Hint { line, level };
        assert_eq!(
            d.hints,
            [at(1, HEADLINE), at(5, 2), at(9, 2), at(13, 3)],
            "{}",
            d.text
        );
    }

    #[test]
    fn without_a_title_style_the_first_level_one_heading_is_the_headline() {
        let body = [para("1", "标题"), para("1", "第一部分"), para("", "正文。")].concat();
        let d = to_text(&docx(&body, STYLES)).unwrap();
        let at = |line, level| Hint { line, level };
        assert_eq!(d.hints, [at(1, HEADLINE), at(3, 1)]);
    }

    #[test]
    fn stated_headings_make_the_outline() {
        let body = [
            para("a3", "关于社区治理的调研报告"),
            para("", "今年以来，我们走访了十个社区，现将调研情况报告如下。"),
            para("2", "基本情况"),
            para("", "社区服务网点覆盖面持续扩大，群众满意度稳步提升。"),
            para("2", "存在问题"),
            para("", "部分社区人手不足，服务项目较为单一。"),
        ]
        .concat();
        let d = to_text(&docx(&body, STYLES)).unwrap();
        let (doc, _) = crate::parse::parse_hinted(&d.text, &d.hints, false);
        assert_eq!(doc.title.as_deref(), Some("关于社区治理的调研报告"));
        let titles: Vec<&str> = doc.children.iter().map(|n| &*n.title).collect();
        assert_eq!(titles, ["基本情况", "存在问题"]);
    }

    #[test]
    fn each_line_names_the_paragraph_it_was_read_from_empty_ones_counted() {
        let body = [
            para("", "标题"),
            para("", ""),
            r#"<w:p/>"#.into(),
            para("", "第一段"),
            r#"<w:p><w:r><w:t>上行</w:t><w:br/><w:t>下行</w:t></w:r></w:p>"#.into(),
        ]
        .concat();
        let d = to_text(&docx(&body, STYLES)).unwrap();
        assert_eq!(d.text, "标题\n\n第一段\n\n上行\n下行\n\n");
        // Lines with text: 1 from paragraph 1, 3 from paragraph 4, 5 and 6 from paragraph 5.
        let origin = [1, 3, 5, 6].map(|l| d.source_line(l));
        assert_eq!(origin, [1, 4, 5, 5]);
    }

    #[test]
    fn garbage_is_no_document() {
        assert!(matches!(
            to_text(b"PK\x03\x04junk"),
            Err(DecodeProblem::Document(_))
        ));
    }
}
