//! Word input: the paragraphs of `word/document.xml` in order (table cells too), with
//! Word's automatic numbering resolved from `numbering.xml` so that each numbered
//! paragraph starts with the marker a reader sees (`一、`, `（二）`, `3.`, `①` …).

use crate::error::DecodeProblem;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// One level of a numbering definition: `<w:lvl>`.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The numbering definitions and the counters while the document is read.
#[derive(Debug, Default)]
struct Numbering {
    /// abstractNumId → its levels by ilvl.
    abstracts: HashMap<String, HashMap<u32, Level>>,
    /// numId → (abstractNumId, start overrides by ilvl).
    nums: HashMap<String, (String, HashMap<u32, u32>)>,
    /// Counters by (abstractNumId, ilvl).
    counters: HashMap<(String, u32), u32>,
    /// Nums whose start overrides have been applied.
    started: std::collections::HashSet<String>,
}

/// A `<w:p>` being read: its text, style and numbering.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num: Option<String>,
    ilvl: Option<u32>,
}

/// The largest part of a Word file read, unpacked: 512 MB.
const MAX_PART: u64 = 512 << 20;

/// A paragraph style's numbering: (numId, ilvl).
type StyleNumbering = HashMap<String, (String, u32)>;

/// Turns a `.docx` into plain text, one paragraph a line with a blank line between.
pub fn to_text(bytes: &[u8]) -> Result<String, DecodeProblem> {
    let bad = |m: String| DecodeProblem::Document(m);
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(format!("not a zip ({e})")))?;
    let document =
        entry(&mut zip, "word/document.xml")?.ok_or_else(|| bad("no word/document.xml".into()))?;
    let mut numbering = match entry(&mut zip, "word/numbering.xml")? {
        Some(xml) => read_numbering(&xml)?,
        None => Numbering::default(),
    };
    let styles = match entry(&mut zip, "word/styles.xml")? {
        Some(xml) => read_styles(&xml)?,
        None => StyleNumbering::new(),
    };
    read_document(&document, &mut numbering, &styles)
}

fn entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DecodeProblem> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DecodeProblem::Document(format!("{name}: {e}"))),
    };
    // A part larger than any real document is a zip bomb, not a letter.
    if file.size() > MAX_PART {
        return Err(DecodeProblem::Document(format!(
            "{name} unpacks to {} MB, more than {} MB",
            file.size() >> 20,
            MAX_PART >> 20
        )));
    }
    let mut text = String::new();
    file.read_to_string(&mut text)
        .map_err(|e| DecodeProblem::Document(format!("{name}: {e}")))?;
    Ok(Some(text))
}

/// The value of an attribute such as `w:val`, by its local name.
fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

fn xml_error(part: &str, e: impl std::fmt::Display) -> DecodeProblem {
    DecodeProblem::Document(format!("{part}: {e}"))
}

fn read_numbering(xml: &str) -> Result<Numbering, DecodeProblem> {
    let mut n = Numbering::default();
    let mut reader = Reader::from_str(xml);
    let (mut abstract_id, mut level, mut ilvl) = (None::<String>, Level::default(), 0u32);
    let (mut num_id, mut override_lvl) = (None::<String>, 0u32);
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error("numbering.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                b"abstractNum" => abstract_id = attr(e, b"abstractNumId"),
                b"lvl" => {
                    ilvl = attr(e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    level = Level {
                        start: 1,
                        ..Level::default()
                    };
                }
                b"start" => level.start = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(1),
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
                        n.nums.entry(id.clone()).or_default().0 = a;
                    }
                }
                b"lvlOverride" => {
                    override_lvl = attr(e, b"ilvl").and_then(|v| v.parse().ok()).unwrap_or(0)
                }
                b"startOverride" => {
                    if let (Some(id), Some(v)) =
                        (&num_id, attr(e, b"val").and_then(|v| v.parse().ok()))
                    {
                        n.nums
                            .entry(id.clone())
                            .or_default()
                            .1
                            .insert(override_lvl, v);
                    }
                }
                _ => {}
            },
            Event::End(ref e) => match e.local_name().as_ref() {
                b"lvl" => {
                    if let Some(a) = &abstract_id {
                        n.abstracts
                            .entry(a.clone())
                            .or_default()
                            .insert(ilvl, std::mem::take(&mut level));
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

fn read_styles(xml: &str) -> Result<StyleNumbering, DecodeProblem> {
    let mut styles = StyleNumbering::new();
    let mut reader = Reader::from_str(xml);
    let (mut style, mut num, mut ilvl) = (None::<String>, None::<String>, 0u32);
    loop {
        match reader
            .read_event()
            .map_err(|e| xml_error("styles.xml", e))?
        {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                b"style" => {
                    style = attr(e, b"styleId");
                    (num, ilvl) = (None, 0);
                }
                b"numId" => num = attr(e, b"val"),
                b"ilvl" => ilvl = attr(e, b"val").and_then(|v| v.parse().ok()).unwrap_or(0),
                _ => {}
            },
            Event::End(ref e) if e.local_name().as_ref() == b"style" => {
                if let (Some(s), Some(n)) = (style.take(), num.take()) {
                    styles.insert(s, (n, ilvl));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

fn read_document(
    xml: &str,
    numbering: &mut Numbering,
    styles: &StyleNumbering,
) -> Result<String, DecodeProblem> {
    let mut out = String::with_capacity(xml.len() / 4);
    let mut reader = Reader::from_str(xml);
    let mut para: Option<Paragraph> = None;
    let mut in_text = false;
    loop {
        match reader
            .read_event()
            .map_err(|e| xml_error("document.xml", e))?
        {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"p" => para = Some(Paragraph::default()),
                    b"pStyle" => {
                        if let Some(p) = para.as_mut() {
                            p.style = attr(e, b"val");
                        }
                    }
                    b"numId" => {
                        if let Some(p) = para.as_mut() {
                            p.num = attr(e, b"val");
                        }
                    }
                    b"ilvl" => {
                        if let Some(p) = para.as_mut() {
                            p.ilvl = attr(e, b"val").and_then(|v| v.parse().ok());
                        }
                    }
                    b"t" => in_text = true,
                    b"tab" => push(&mut para, "\t"),
                    b"br" | b"cr" => push(&mut para, "\n"),
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                let text = t.decode().map_err(|e| xml_error("document.xml", e))?;
                let text =
                    quick_xml::escape::unescape(&text).map_err(|e| xml_error("document.xml", e))?;
                push(&mut para, &text);
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.decode().map_err(|e| xml_error("document.xml", e))?;
                let text = quick_xml::escape::unescape(&format!("&{name};"))
                    .map_err(|e| xml_error("document.xml", e))?
                    .into_owned();
                push(&mut para, &text);
            }
            Event::End(ref e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    if let Some(Paragraph {
                        text,
                        style,
                        num,
                        ilvl,
                    }) = para.take()
                    {
                        let from_style = style.as_ref().and_then(|s| styles.get(s));
                        let num = num.or_else(|| from_style.map(|(n, _)| n.clone()));
                        let ilvl = ilvl.or_else(|| from_style.map(|(_, l)| *l)).unwrap_or(0);
                        let label = num
                            .and_then(|n| numbering.label(&n, ilvl))
                            .unwrap_or_default();
                        let text = text.trim();
                        if !text.is_empty() || !label.is_empty() {
                            out.push_str(&label);
                            out.push_str(text);
                            out.push_str("\n\n");
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn push(para: &mut Option<Paragraph>, text: &str) {
    if let Some(p) = para.as_mut() {
        p.text.push_str(text);
    }
}

impl Numbering {
    /// Counts the next paragraph of `num_id` at `ilvl` and returns its label, e.g. `（二）`.
    fn label(&mut self, num_id: &str, ilvl: u32) -> Option<String> {
        let (abstract_id, overrides) = self.nums.get(num_id)?.clone();
        let levels = self.abstracts.get(&abstract_id)?.clone();
        let level = levels.get(&ilvl)?;
        if self.started.insert(num_id.to_string()) {
            for (l, start) in &overrides {
                self.counters.insert((abstract_id.clone(), *l), start - 1);
            }
        }
        let counter = self
            .counters
            .entry((abstract_id.clone(), ilvl))
            .or_insert(level.start.saturating_sub(1));
        *counter += 1;
        // A level counting on restarts every deeper level.
        self.counters
            .retain(|(a, l), _| !(a == &abstract_id && *l > ilvl));
        let mut label = level.text.clone();
        if level.format == "none" {
            return Some(String::new());
        }
        if level.format == "bullet" {
            return Some(format!("{label} "));
        }
        for l in 0..=ilvl {
            let placeholder = format!("%{}", l + 1);
            if !label.contains(&placeholder) {
                continue;
            }
            let fmt = levels.get(&l).map_or("decimal", |v| v.format.as_str());
            let value = self
                .counters
                .get(&(abstract_id.clone(), l))
                .copied()
                .unwrap_or_else(|| levels.get(&l).map_or(1, |v| v.start));
            label = label.replace(&placeholder, &format_number(value, fmt));
        }
        Some(label)
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
        "upperLetter" | "lowerLetter" => {
            let c = char::from_u32('A' as u32 + (n.max(1) - 1) % 26).unwrap_or('A');
            let s = c.to_string().repeat(((n.max(1) - 1) / 26 + 1) as usize);
            if format == "lowerLetter" {
                s.to_lowercase()
            } else {
                s
            }
        }
        "upperRoman" | "lowerRoman" => {
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

    #[test]
    fn garbage_is_no_document() {
        assert!(matches!(
            to_text(b"PK\x03\x04junk"),
            Err(DecodeProblem::Document(_))
        ));
    }
}
