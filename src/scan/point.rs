//! nom recognisers for the markers of points enumerated inside a paragraph:
//! `一是` `一要` `第一，` `首先` `其次` `最后` `其一` `一方面` `另一方面` and inline `（一）`.

use super::numeral::{cn_numeral, is_cn_numeral_char};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, one_of};
use nom::combinator::{map, opt, value};
use nom::sequence::{delimited, pair, preceded, terminated};
use nom::{IResult, Parser};

/// The series a point marker belongs to; a series is a run of one kind numbered from its first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Series {
    /// `一是` `一要`, keyed by the verb after the numeral
    Verb(char),
    /// `第一，` `第二、`
    Ordinal,
    /// `首先` `其次` `再次` `然后` `最后`
    Sequence,
    /// `其一` `其二`
    Qi,
    /// `（一）` inside a paragraph
    Paren,
    /// `（1）` inside a paragraph
    ArabicParen,
    /// `1.` `2．` `3、` inside a paragraph, after a colon or a sentence's end
    ArabicDot,
    /// `一、` `二.` inside a paragraph, after a colon or a sentence's end (a heading's
    /// marker written into running text: `存在以下问题：一.……。二.……。`)
    CnDot,
}

impl Series {
    /// Whether points of this series count only inside running text: a paragraph that opens
    /// with `1.` or `一、` is a numbered line the outline has judged as such, and its number
    /// is no inline point.
    pub fn in_text_only(self) -> bool {
        matches!(self, Series::ArabicDot | Series::CnDot)
    }
}

/// The number that `最后` stands for: whatever comes last.
pub const LAST: u32 = u32::MAX;

/// A point marker found at a sentence start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointMarker {
    /// Its series.
    pub series: Series,
    /// Its place in the series (`最后` is [`LAST`]).
    pub number: u32,
    /// Its length in bytes, including a comma that follows it (`第一，`).
    pub len: usize,
}

/// Skips a comma or colon that follows a marker such as `首先，`.
fn after_comma(i: &str) -> IResult<&str, Option<char>> {
    opt(one_of("，,、：:")).parse(i)
}

/// `verb-point := cn-numeral ("是" | "要")`, e.g. `二要`; numerals up to 20.
pub fn verb_point(i: &str) -> IResult<&str, (Series, u32)> {
    let (rest, (n, v)) = pair(cn_numeral, one_of("是要")).parse(i)?;
    if n > 20 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, (Series::Verb(v), n)))
}

/// `ordinal-point := "第" cn-numeral ("，" | "," | "、" | "：")`, e.g. `第二，`
pub fn ordinal_point(i: &str) -> IResult<&str, (Series, u32)> {
    map(
        delimited(char('第'), cn_numeral, one_of("，,、：:")),
        |n| (Series::Ordinal, n),
    )
    .parse(i)
}

/// `sequence-point := ("首先" | "其次" | "再次" | "然后" | "最后") ("，" | …)?`, not the words
/// those make with what follows: `最后` before a number is "the last" (`最后一公里`), `再次`
/// before a verb of saying is "again" (`再次强调`).
pub fn sequence_point(i: &str) -> IResult<&str, (Series, u32)> {
    let (rest, (n, comma)) = pair(
        alt((
            value(1, tag("首先")),
            value(2, tag("其次")),
            value(3, tag("再次")),
            value(3, tag("然后")),
            value(LAST, tag("最后")),
        )),
        after_comma,
    )
    .parse(i)?;
    let word = comma.is_none()
        && match n {
            // (`最后一点，` `最后一条，` count the last point: a comma follows soon.)
            LAST => {
                rest.starts_with(|c| is_cn_numeral_char(c) || matches!(c, '两' | '几'))
                    && !rest.chars().take(4).any(|c| matches!(c, '，' | ','))
            }
            3 => i.starts_with("再次") && AGAIN_VERBS.iter().any(|v| rest.starts_with(v)),
            _ => false,
        };
    if word {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, (Series::Sequence, n)))
}

/// Verbs `再次` says "again" before (`再次强调`, `再次证明`).
const AGAIN_VERBS: &[&str] = &[
    "强调", "強調", "重申", "提醒", "证明", "證明", "表明", "感谢", "感謝", "说明", "說明",
];

/// `qi-point := "其" cn-numeral ("，" | …)?`, e.g. `其二，`
pub fn qi_point(i: &str) -> IResult<&str, (Series, u32)> {
    map(
        terminated(preceded(char('其'), cn_numeral), after_comma),
        |n| (Series::Qi, n),
    )
    .parse(i)
}

/// `paren-point := "（" cn-numeral "）"`, e.g. `（二）` inside a paragraph
pub fn paren_point(i: &str) -> IResult<&str, (Series, u32)> {
    map(delimited(one_of("（("), cn_numeral, one_of("）)")), |n| {
        (Series::Paren, n)
    })
    .parse(i)
}

/// `arabic-paren-point := "（" digit{1,2} "）"`, e.g. `（2）` inside a paragraph (ASCII or
/// full-width digits)
pub fn arabic_paren_point(i: &str) -> IResult<&str, (Series, u32)> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let rest = i.strip_prefix(['（', '(']).ok_or_else(fail)?;
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .map(|c| {
            char::from_u32(c as u32 - if c.is_ascii_digit() { 0 } else { 0xFEE0 }).unwrap_or(c)
        })
        .collect();
    if digits.is_empty() || digits.len() > 2 {
        return Err(fail());
    }
    let width: usize = rest
        .chars()
        .take(digits.chars().count())
        .map(char::len_utf8)
        .sum();
    let rest = rest[width..].strip_prefix(['）', ')']).ok_or_else(fail)?;
    let n = digits.parse().map_err(|_| fail())?;
    Ok((rest, (Series::ArabicParen, n)))
}

/// Reads one or two digits, ASCII or full-width, as a number.
fn small_arabic(i: &str) -> IResult<&str, u32> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let mut n = 0u32;
    let mut width = 0;
    for c in i.chars().take(3) {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        n = n * 10 + d;
        width += c.len_utf8();
    }
    let digits = i[..width].chars().count();
    if digits == 0 || digits > 2 {
        return Err(fail());
    }
    Ok((&i[width..], n))
}

/// `arabic-dot-point := digit{1,2} ("." | "．" | "、")`, e.g. `2.服务创收型` inside a
/// paragraph; what follows is a word, never a digit, `%` or a space run (`3.5万` `2、3月`
/// are numbers).
pub fn arabic_dot_point(i: &str) -> IResult<&str, (Series, u32)> {
    let (rest, n) = terminated(small_arabic, one_of(".．、")).parse(i)?;
    match rest.chars().next() {
        Some(c)
            if !(c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || c.is_whitespace()
                || matches!(c, '%' | '％' | '.' | '．' | '、')) =>
        {
            Ok((rest, (Series::ArabicDot, n)))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `cn-dot-point := cn-numeral ("、" | "." | "．")`, e.g. `二.许多村……` inside a paragraph;
/// what follows is a word, never a digit or a space, nor a number listed on
/// (`一、二等奖` `三、四月份`: a numeral, then a count's word or another separator), numerals
/// up to 20. (`一.一些……` opens with a word.)
pub fn cn_dot_point(i: &str) -> IResult<&str, (Series, u32)> {
    let (rest, n) = terminated(cn_numeral, one_of("、.．")).parse(i)?;
    let listed_on = |t: &str| {
        let mut cs = t.chars();
        cs.next()
            .is_some_and(|c| is_cn_numeral_char(c) || matches!(c, '两' | '兩'))
            && cs.next().is_none_or(|c| {
                is_cn_numeral_char(c) || COUNT_WORDS.contains(&c) || matches!(c, '、' | '.' | '．')
            })
    };
    match rest.chars().next() {
        Some(c)
            if n <= 20
                && !(listed_on(rest)
                    || matches!(c, '%' | '％')
                    || c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || c.is_whitespace()
                    || c.is_ascii_punctuation()) =>
        {
            Ok((rest, (Series::CnDot, n)))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Words that count after a numeral (`二等` `四月` `三年` `两次`): a number, no point's text.
const COUNT_WORDS: &[char] = &[
    '等', '月', '年', '季', '号', '號', '次', '个', '個', '名', '位', '天', '日', '周', '级', '級',
    '期', '批', '项', '項', '类', '類', '种', '種', '点', '點', '条', '條', '款', '章', '节', '節',
    '成', '倍', '线', '線', '档', '檔', '星',
];

/// `verb-point | ordinal-point | sequence-point | qi-point | paren-point | arabic-paren-point
/// | arabic-dot-point | cn-dot-point`
fn any_point(i: &str) -> IResult<&str, (Series, u32)> {
    alt((
        verb_point,
        ordinal_point,
        sequence_point,
        qi_point,
        paren_point,
        arabic_paren_point,
        arabic_dot_point,
        cn_dot_point,
    ))
    .parse(i)
}

/// Recognises a point marker at the start of `s` (a sentence start).
///
/// `point-marker := verb-point | ordinal-point | sequence-point | qi-point | paren-point`
pub fn point_marker(s: &str) -> Option<PointMarker> {
    // Most sentences open with ordinary text: one look at the first character settles them.
    let first = s.chars().next()?;
    if !(super::numeral::is_cn_numeral_char(first)
        || matches!(first, '第' | '首' | '其' | '再' | '然' | '最' | '（' | '(')
        || first.is_ascii_digit()
        || ('０'..='９').contains(&first))
    {
        return None;
    }
    // A digit opens only `1.` `2、`: no other alternative is tried.
    let parsed = if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        arabic_dot_point(s)
    } else {
        any_point(s)
    };
    let (rest, (series, number)) = parsed.ok()?;
    Some(PointMarker {
        series,
        number,
        len: s.len() - rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cn_dot_points_open_words_not_numbers() {
        assert_eq!(
            point_marker("二.许多村集体资金薄弱").map(|m| (m.series, m.number, m.len)),
            Some((Series::CnDot, 2, 4))
        );
        assert_eq!(
            point_marker("一.一些干部重视不够").map(|m| m.series),
            Some(Series::CnDot)
        );
        assert_eq!(
            point_marker("三、为何迟迟不回应").map(|m| m.number),
            Some(3)
        );
        // Numbers listed on: months, prizes, a decimal, a space.
        assert_eq!(point_marker("三、四月份正值春耕"), None);
        assert_eq!(point_marker("一、二等奖各一名"), None);
        assert_eq!(point_marker("一.5倍"), None);
        assert_eq!(point_marker("一、 总则"), None);
        assert_eq!(point_marker("二十一、附则"), None);
    }

    /// The first-character look settles only what no alternative could take: every text of
    /// up to three of these pieces, against the alternatives tried in order.
    #[test]
    fn arabic_numbers_in_brackets_inside_a_paragraph() {
        let m = point_marker("（2）燃气公司安全检查流于形式").unwrap();
        assert_eq!(
            (m.series, m.number, m.len),
            (Series::ArabicParen, 2, "（2）".len())
        );
        assert_eq!(point_marker("（１２）某").map(|m| m.number), Some(12));
        assert!(point_marker("（2025）某").is_none());
        assert!(point_marker("（a）某").is_none());
    }

    #[test]
    fn the_first_character_filter_drops_no_marker() {
        let pieces = [
            "一", "二", "十", "两", "另", "方面", "是", "要", "则", "第", "，", "首先", "其次",
            "再次", "然后", "最后", "其", "（", "(", "）", "甲", "1", "２", ".", "、", "%",
        ];
        for s in super::super::texts_of(&pieces) {
            let all = any_point(&s)
                .ok()
                .map(|(rest, (series, number))| (series, number, s.len() - rest.len()));
            let got = point_marker(&s).map(|m| (m.series, m.number, m.len));
            assert_eq!(got, all, "{s:?}");
        }
    }

    #[test]
    fn arabic_numbers_with_a_dot_inside_a_paragraph() {
        assert_eq!(pm("2.服务创收型，依托"), Some((Series::ArabicDot, 2, "2.")));
        assert_eq!(pm("１２．某"), Some((Series::ArabicDot, 12, "１２．")));
        assert_eq!(pm("3、物业"), Some((Series::ArabicDot, 3, "3、")));
        // Numbers, not markers.
        assert_eq!(pm("3.5万人参加"), None);
        assert_eq!(pm("2、3月份"), None);
        assert_eq!(pm("4.%"), None);
        assert_eq!(pm("2025.某"), None);
        assert_eq!(pm("1. "), None);
    }

    fn pm(s: &str) -> Option<(Series, u32, &str)> {
        point_marker(s).map(|m| (m.series, m.number, &s[..m.len]))
    }

    #[test]
    fn verb_point_reads_numeral_and_verb() {
        assert_eq!(
            verb_point("一要深化"),
            Ok(("深化", (Series::Verb('要'), 1)))
        );
        assert_eq!(
            verb_point("三是加强"),
            Ok(("加强", (Series::Verb('是'), 3)))
        );
        assert!(verb_point("要深化").is_err());
        assert!(verb_point("一百是").is_err());
    }

    #[test]
    fn ordinal_point_needs_punctuation() {
        assert_eq!(
            ordinal_point("第二，坚持"),
            Ok(("坚持", (Series::Ordinal, 2)))
        );
        assert!(ordinal_point("第二条").is_err());
    }

    #[test]
    fn sequence_point_orders_its_words() {
        assert_eq!(
            sequence_point("首先，是"),
            Ok(("是", (Series::Sequence, 1)))
        );
        assert_eq!(sequence_point("其次要"), Ok(("要", (Series::Sequence, 2))));
        assert_eq!(sequence_point("最后，"), Ok(("", (Series::Sequence, LAST))));
        assert!(sequence_point("最后一公里").is_err());
        assert!(sequence_point("最后一点，要").is_ok());
        assert!(sequence_point("再次强调").is_err());
        assert_eq!(
            sequence_point("最后，一是"),
            Ok(("一是", (Series::Sequence, LAST)))
        );
        assert_eq!(
            sequence_point("再次，强调"),
            Ok(("强调", (Series::Sequence, 3)))
        );
    }

    #[test]
    fn qi_point_reads_its_numeral() {
        assert_eq!(qi_point("其二，"), Ok(("", (Series::Qi, 2))));
        assert!(qi_point("其次").is_err());
    }

    #[test]
    fn pairs_that_weigh_two_sides_are_no_series() {
        // `一方面/另一方面`, `一则/二则`, `一来/二来` balance two sides of one sentence; the
        // enumerators are `一是` `一要` `第一，` `首先` `其一` `（一）` only.
        for s in [
            "一方面，要发展",
            "另一方面，要改善",
            "一则以喜",
            "一来方便群众",
        ] {
            assert_eq!(pm(s), None, "{s}");
        }
    }

    #[test]
    fn paren_point_reads_cn_parens() {
        assert_eq!(paren_point("（三）加强"), Ok(("加强", (Series::Paren, 3))));
    }

    #[test]
    fn point_marker_includes_the_comma() {
        assert_eq!(pm("第一，坚持"), Some((Series::Ordinal, 1, "第一，")));
        assert_eq!(pm("首先，是"), Some((Series::Sequence, 1, "首先，")));
        assert_eq!(pm("一要深化"), Some((Series::Verb('要'), 1, "一要")));
        assert_eq!(pm("统一要求"), None);
        assert_eq!(pm("唯一是"), None);
    }
}
