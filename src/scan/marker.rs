//! nom recognisers for the markers that number a line: `一、` `（一）` `1.` `（1）` `①`
//! `第一章` `第一条` `壹、` and bullets, each yielding its family and number.

use super::numeral::{
    any_numeral, arabic, circled, cn_numeral, financial_numeral, is_any_digit, is_cn_numeral_char,
    is_financial_char, is_upper_roman, paren_digit, period_digit, roman_numeral,
};

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of, satisfy};
use nom::combinator::{map, not, opt, peek, value};
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

/// The kind of numbering a marker belongs to; headings of one family are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// `第一编` / `第一部分` / `第一篇`
    Part,
    /// `第一章`
    Chapter,
    /// `第一节`
    Section,
    /// `第一条`, `第十二条之一`
    Article,
    /// `壹、` (financial capitals)
    Upper,
    /// `一、`, and `一　` (a numeral and a space, no `、`) at the same level
    CnComma,
    /// `（一）` `(一)`
    CnParen,
    /// `1.` `1、` `１．`
    Arabic,
    /// `（1）` `(1)`
    ArabicParen,
    /// `(a)` `（b）`: lower-case Latin letters in brackets, as Hong Kong papers and English-style
    /// clauses number items
    LetterParen,
    /// `a)` `b）`: lower-case Latin letters closed by a bracket, as standards list items
    LetterClose,
    /// `a.` `b．`: lower-case Latin letters and a full stop before Chinese words, as notes
    /// and rules letter the items under a numbered one
    LetterDot,
    /// `I.` `IV、` `Ⅱ．` `Ⅲ　`: upper-case Roman numerals, as agendas and research reports
    /// number their top sections
    Roman,
    /// `①`
    Circled,
    /// `⑴`
    ParenDigit,
    /// `⒈`
    PeriodDigit,
    /// `给定资料1`, `材料一`, `附件2` on a line of their own
    Label,
    /// `案例一：` `问题2：` `任务三`: a word of two to four characters and a number, keyed
    /// by the word's first and last character (each word its own series)
    Stem(char, char),
    /// `1️⃣` `2️⃣`: keycap digits, as a WeChat post numbers its points
    Keycap,
    /// `附录A` `附　录　B`: a standard's appendix, by its letter, at the rank of its clauses
    /// `1` `2` (its own `A.1` `A.2` under it)
    Appendix,
    /// `01` `02`: a number alone on its line over a heading (a WeChat article's sections),
    /// the two lines joined
    NumberLine,
    /// `2.1` `4.2.1` (a report's or a standard's section numbers), by how many numbers
    /// they have; `1 引言` (a number and a space) is depth 1
    Decimal(u8),
    /// `●` `•` `◆` `■` `▶` `▷` `★` …, keyed by the bullet character
    Bullet(char),
    /// An unnumbered subtitle line or run-in lead
    Subtitle,
    /// A heading the input format states (Markdown `##`, HTML `<h2>`, a Word heading
    /// style), by its level 1–6, on a line with no marker of its own
    Heading(u8),
    /// An unnumbered line introducing a list, e.g. `目标是：`
    ListIntro,
    /// Question lines heading their answers (`问：……？`) right under a subtitle of another
    /// form (`【政策问答】`): a level of their own below it
    Question,
    /// A column's tag alone on its line (`【工作动态】`), over the headlines a bulletin or a
    /// page files under it: a level of its own above them
    Column,
    /// A numbered item of a list the format nests inside another list's item (Markdown's
    /// indented `1.`), by its depth 2–: a level of its own under the item it is in, however
    /// it is numbered
    Nested(u8),
}

impl Family {
    /// Tells whether the family counts a series (`一、` `（1）` `第一条` …), as bullets,
    /// subtitles, list intros and question lines do not.
    pub fn counts(self) -> bool {
        !matches!(
            self,
            Family::Bullet(_)
                | Family::Subtitle
                | Family::ListIntro
                | Family::Question
                | Family::Column
        )
    }

    /// Returns the fixed rank of the law divisions (编 < 章 < 节 < 条), `None` for the rest.
    pub fn law_rank(self) -> Option<u8> {
        match self {
            Family::Part => Some(0),
            Family::Chapter => Some(1),
            Family::Section => Some(2),
            Family::Article => Some(3),
            _ => None,
        }
    }

    /// Returns the families whose order is fixed, whatever order they come in: the law
    /// divisions (set 0) and the format's heading levels (set 1), each with its rank in
    /// its set. Ranks compare within a set only.
    pub fn fixed_rank(self) -> Option<(u8, u8)> {
        match self {
            Family::Heading(level) => Some((1, level)),
            Family::Decimal(depth) => Some((2, depth)),
            Family::Appendix => Some((2, 1)),
            f => f.law_rank().map(|r| (0, r)),
        }
    }
}

/// A marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker<'a> {
    /// Its family.
    pub family: Family,
    /// Its number; `None` for bullets.
    pub number: Option<u32>,
    /// The marker exactly as written, e.g. `（一）`.
    pub text: &'a str,
    /// Whether white space or punctuation separates it from the text after it.
    pub separated: bool,
}

/// Tells whether `c` is white space, ASCII or full-width (U+3000) or no-break.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

/// Tells whether `c` is a bullet that can open a list line.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '●' | '•'
            // A nested list's bullet as a page shows it (disc, circle, square).
            | '◦'
            | '◆'
            | '◇'
            | '■'
            | '□'
            | '▪'
            | '▶'
            | '▷'
            // Bars a WeChat post sets before its subheadings (`▍菜单式课程`).
            | '▍'
            | '▌'
            | '►'
            | '★'
            | '☆'
            | '○'
            | '◎'
            | '❖'
            | '➢'
            | '✔'
            | '√'
            | '-'
            | '*'
    ) || is_pictograph(c)
}

/// Tells whether `c` is a pictograph (an emoji: `🔹` `✅` `📌` `👉`), which a WeChat post sets
/// before the items of its lists; one before a single line is decoration, which the series
/// pass takes back to text.
pub fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2700}'..='\u{27BF}' | '\u{2B50}' | '\u{2B55}')
}

fn open_paren(i: &str) -> IResult<&str, char> {
    one_of("（(").parse(i)
}

fn close_paren(i: &str) -> IResult<&str, char> {
    one_of("）)").parse(i)
}

/// `law-unit := "编" | "章" | "节" | "条" | "部分" | "篇"`, and a textbook's or a course's
/// `"单元"` (a part), `"课" | "讲"` (a chapter: `第一课`, `第三讲`), never `第二课堂` or
/// `第一课时`.
fn law_unit(i: &str) -> IResult<&str, Family> {
    alt((
        value(
            Family::Part,
            alt((tag("编"), tag("編"), tag("部分"), tag("篇"))),
        ),
        value(Family::Part, lesson_unit(alt((tag("单元"), tag("單元"))))),
        value(Family::Chapter, tag("章")),
        value(
            Family::Chapter,
            lesson_unit(alt((tag("课"), tag("課"), tag("讲"), tag("講")))),
        ),
        value(Family::Section, alt((tag("节"), tag("節")))),
        value(Family::Article, alt((tag("条"), tag("條")))),
    ))
    .parse(i)
}

/// A textbook's or a course's unit (`课`, `讲`, `单元`) ends its word only before a space,
/// a colon or the line's end: `第一课 走进社会`, `第三讲：……`, but `第一讲由某某主讲`,
/// `第二课堂` and `第一课时` are words of a sentence.
fn lesson_unit<'a>(
    unit: impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>>,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    terminated(
        unit,
        not(satisfy(|c: char| {
            !c.is_whitespace() && !matches!(c, '\u{3000}' | ':' | '：')
        })),
    )
}

/// `spaced-digits := digit (" " digit)+`, e.g. `1 0` → 10: a number whose digits a copy
/// set apart one by one (`第 1 0 条`, as a page spaces every character of a run).
pub fn spaced_digits(i: &str) -> IResult<&str, u32> {
    let digit = || satisfy(|c: char| c.is_ascii_digit());
    let (rest, (first, more)) =
        (digit(), nom::multi::many1(preceded(char(' '), digit()))).parse(i)?;
    let n = std::iter::once(first)
        .chain(more)
        .try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(d.to_digit(10)?));
    match n {
        Some(n) => Ok((rest, n)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TooLarge,
        ))),
    }
}

/// `law-division := "第" " "? (spaced-digits | any-numeral) ("-" digits)? " "? law-unit
/// ("之" cn-numeral)?`, e.g. `第十二条之一`, or `第 1 條` as Taiwan's law database writes it,
/// and its inserted articles `第 6-1 條`; `第 1 0 条` with its digits spaced. An inserted
/// article carries the number of the one it follows.
pub fn law_division(i: &str) -> IResult<&str, (Family, u32)> {
    let gap = |i| take_while(|c: char| c == ' ' || c == '\u{3000}').parse(i);
    let inserted = opt((one_of("-－"), digit1));
    map(
        terminated(
            (
                preceded(
                    (char('第'), gap),
                    terminated(alt((spaced_digits, any_numeral)), inserted),
                ),
                preceded(gap, law_unit),
            ),
            opt(preceded(char('之'), cn_numeral)),
        ),
        |(n, fam)| (fam, n),
    )
    .parse(i)
}

/// `cn-comma := cn-numeral cn-stop !range-end`, e.g. `三、` `三．` `三.`; not the first number of a
/// range such as `三、四月份` or `一、二年级` (`range-end := a greater cn-numeral, then a
/// counter`).
pub fn cn_comma(i: &str) -> IResult<&str, u32> {
    let (rest, n) = cn_comma_or_range(i)?;
    if range_end(rest, n) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// The longest quoted word a [`counted_quote`] takes (`“不一样”`, `“最多跑一次”`).
const COUNTED_QUOTE_MAX: usize = 8;

/// `counted-quote := cn-numeral ("“" word "”" | "「" word "」" | '"' word '"') ("：" | ":")`, where the word
/// is one to eight characters, no quotation mark among them, e.g. `二“不一样”：` → 2: the
/// points a report counts in a keyword it quotes (`一“稳”：` `二“进”：`). Which make a series
/// is settled by the document ([`crate::series`]): `三“严”：` alone is text.
pub fn counted_quote(i: &str) -> IResult<&str, u32> {
    let (rest, n) = cn_numeral.parse(i)?;
    let (rest, close) = alt((
        value('”', char('“')),
        value('」', char('「')),
        value('"', char('"')),
    ))
    .parse(rest)?;
    let (rest, _) = take_while_m_n(1, COUNTED_QUOTE_MAX, |c: char| {
        !matches!(c, '“' | '”' | '「' | '」' | '"')
    })
    .parse(rest)?;
    let (rest, _) = char(close).parse(rest)?;
    let (rest, _) = one_of("：:").parse(rest)?;
    Ok((rest, n))
}

/// `cn-numeral cn-stop` whatever follows, a range's start included (`二、三个月`): for a
/// line whose place says it is a heading ([`cn_comma`] is the marker everywhere else).
pub fn cn_comma_or_range(i: &str) -> IResult<&str, u32> {
    terminated(cn_numeral, cn_stop).parse(i)
}

/// `cn-stop := "、" | "．" | ("." | ":" | "：") !(digit | cn-numeral)`: the mark after a numeral word that
/// opens a heading. The half-width full stop is how many writers type it (`一.总体要求`);
/// before a digit it is a decimal point (`一.5`), before a numeral word a day's name
/// (`五.一期间`) or a second level's number (`一.二 建设目标`), no mark.
fn cn_stop(i: &str) -> IResult<&str, char> {
    alt((
        one_of("、．"),
        // (Or a colon, as informal reports type it, `一:问题的提出`; before a number it
        // tells a time or a score, `十二：三十`.)
        terminated(
            char('.'),
            not(satisfy(|c| c.is_ascii_digit() || is_cn_numeral_char(c))),
        ),
        // (A colon before words: `一：A` is an answer key's line.)
        terminated(
            one_of(":："),
            peek(satisfy(|c| {
                crate::text::is_cjk(c) && !is_cn_numeral_char(c)
            })),
        ),
    ))
    .parse(i)
}

/// Tells whether `rest` (after `n、`) ends a range of numbers: a greater numeral and a
/// counter word (`四月份`, `二年级`, `五十岁`), so `n、` was the range's start.
fn range_end(rest: &str, n: u32) -> bool {
    const COUNTERS: &[char] = &[
        '月', '年', '季', '岁', '个', '天', '周', '次', '级', '倍', '成', '名', '十', '百', '千',
        '万', '亿', '日', '时', '点', '分', '层', '期', '届', '代',
    ];
    // A range ends within a hundred: `二〇二五年` after `一、` is a year, the heading's words.
    const RANGE_MAX: u32 = 100;
    match cn_numeral(rest) {
        Ok((after, m)) => m > n && m <= RANGE_MAX && after.starts_with(COUNTERS),
        Err(_) => false,
    }
}

/// `cn-space := cn-numeral space+` followed by text, e.g. `七　观察的方法`
pub fn cn_space(i: &str) -> IResult<&str, u32> {
    terminated(
        cn_numeral,
        terminated(
            take_while1(|c| c == '\u{3000}' || c == ' '),
            peek(satisfy(|c| !is_space(c))),
        ),
    )
    .parse(i)
}

/// `upper-comma := financial-numeral cn-stop`, e.g. `貳、`
pub fn upper_comma(i: &str) -> IResult<&str, u32> {
    terminated(financial_numeral, cn_stop).parse(i)
}

/// `roman := roman-numeral ("." | "．" | "、")` before anything but an ASCII letter, an
/// initial (`I. M. Pei`), another numeral (`Ⅰ、Ⅱ类水质`: numerals listed) or a section's
/// number (`IV.` `Ⅱ、` `II.2026年度……`; `I.E.` is an abbreviation and `II.1 ` `II.1.` a
/// section numbered under the part), or an enclosed numeral and a space before text
/// (`Ⅱ　研究方法`). Before a grade's or a type's word, glued or spaced, a numeral is a grade
/// or a type (`Ⅱ型`, `Ⅰ 期临床试验`, `Ⅲ级响应`), no marker.
pub fn roman(i: &str) -> IResult<&str, u32> {
    let section = terminated(
        digit1,
        alt((map(one_of(".．"), |_| ()), map(satisfy(is_space), |_| ()))),
    );
    let initial = preceded(
        take_while(is_space),
        terminated(satisfy(|c: char| c.is_ascii_uppercase()), one_of(".．")),
    );
    let numeral = satisfy(|c: char| is_upper_roman(c) || matches!(c, 'I' | 'V' | 'X'));
    let stop = terminated(
        one_of(".．、"),
        not(alt((
            map(satisfy(|c: char| c.is_ascii_alphabetic()), |_| ()),
            map(section, |_| ()),
            map(initial, |_| ()),
            map(numeral, |_| ()),
        ))),
    );
    let (rest, n) = if i.starts_with(is_upper_roman) {
        let space = terminated(take_while1(is_space), peek(satisfy(|c| !is_space(c))));
        terminated(roman_numeral, alt((map(stop, |_| ()), map(space, |_| ())))).parse(i)?
    } else {
        terminated(roman_numeral, stop).parse(i)?
    };
    if rest
        .trim_start_matches(is_space)
        .starts_with(ROMAN_GRADE_WORDS)
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// Words after a Roman numeral that make it a grade, a type, a group or a stage (`Ⅱ型`
/// `Ⅰ 期` `Ⅰ 相` `Ⅲ级` `Ⅳ类` `Ⅰ 组`), no part's number.
const ROMAN_GRADE_WORDS: &[char] = &[
    '型', '级', '級', '期', '类', '類', '度', '区', '區', '段', '号', '號', '组', '組', '相', '等',
    '档', '檔',
];

/// `cn-paren := "（" cn-numeral "）"`, half-width parentheses too, e.g. `（十二）`
pub fn cn_paren(i: &str) -> IResult<&str, u32> {
    delimited(open_paren, cn_numeral, close_paren).parse(i)
}

/// `arabic-dot := arabic ("." | "．" | " "* "、")` not followed by a digit, unless by a
/// year (`1.2023 年应届毕业生`), e.g. `1.` but not `1.5亿`; a copy's layout space before the
/// comma (`1 、`) is no part of the form.
pub fn arabic_dot(i: &str) -> IResult<&str, u32> {
    terminated(
        arabic,
        terminated(
            alt((one_of(".．"), preceded(take_while(is_space), char('、')))),
            alt((not(satisfy(is_any_digit)), year_ahead)),
        ),
    )
    .parse(i)
}

/// `year-ahead := &(("19" | "20") digit{2} space* "年")`: a year opening the item's words,
/// looked at and left for them.
fn year_ahead(i: &str) -> IResult<&str, ()> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let (rest, year) = take_while_m_n(4, 4, is_any_digit).parse(i)?;
    let rest = rest.trim_start_matches(is_space);
    let mut century = year.chars().map(crate::text::fold_width);
    let century = (century.next(), century.next());
    if matches!(century, (Some('1'), Some('9')) | (Some('2'), Some('0'))) && rest.starts_with('年')
    {
        Ok((i, ()))
    } else {
        Err(fail())
    }
}

/// The deepest decimal section number read: `1.2.3.4`.
const DECIMAL_DEPTH_MAX: usize = 4;

/// One or two digits, e.g. `12` → 12.
fn short_number(i: &str) -> IResult<&str, u32> {
    map(
        take_while_m_n(1, 2, is_any_digit),
        super::numeral::digits_value,
    )
    .parse(i)
}

/// Tells whether `c` may open a heading's words glued to its number: an ideograph that is no
/// unit or counter ([`QUANTITY_WORDS`]).
pub fn opens_heading_words(c: char) -> bool {
    crate::text::is_cjk(c) && !QUANTITY_WORDS.contains(&c)
}

/// Ideographs that follow an amount (`3.5亿` `1.2公里` `2.5倍` `0.5平方米` `3.2英寸`): units
/// and counters that seldom open a heading's words. (Words that open both, `项目` `时间`
/// `人员`, are left to the document: an amount runs on into its sentence, and a lone
/// decimal makes no outline.)
const QUANTITY_WORDS: &[char] = &[
    '亿', '億', '万', '萬', '千', '百', '十', '元', '角', '分', '厘', '毫', '米', '克', '吨', '噸',
    '斤', '两', '兩', '亩', '畝', '顷', '頃', '倍', '个', '個', '只', '次', '年', '月', '号', '號',
    '天', '秒', '岁', '歲', '度', '层', '層', '折', '件', '辆', '輛', '架', '张', '張', '份', '篇',
    '页', '頁', '升', '码', '碼', '磅', '寸', '尺', '里', '届', '屆', '趟', '英', '美', '港', '欧',
    '歐', '平', '立', '公',
];

/// `decimal := arabic{1,2} (("." | "．") arabic{1,2}){0,3} (space+ | &heading-word)` before a
/// character that is not a digit, e.g. `2.1 ` or `4.2.1　` or `1  ` → (how many numbers, the
/// last number); a full-width stop (`1．5．1 `) as typed in Chinese input is the same stop.
/// Without the space only two numbers or more before an ideograph that is no unit
/// (`1.1工艺概要`): `3.5亿` and `2024年` are no section numbers.
pub fn decimal(i: &str) -> IResult<&str, (u8, u32)> {
    // An appendix's clauses open with its letter (`A.1`, `B.2.3`): at least one number after.
    let lettered =
        i.starts_with(|c: char| c.is_ascii_uppercase()) && i[1..].starts_with(['.', '．']);
    let first_number = |i| -> IResult<&str, u32> {
        if lettered {
            map(satisfy(|c| c.is_ascii_uppercase()), |c| {
                c as u32 - 'A' as u32 + 1
            })
            .parse(i)
        } else {
            short_number(i)
        }
    };
    let min_more = usize::from(lettered);
    let (rest, (first, more)) = (
        first_number,
        nom::multi::many_m_n(
            min_more,
            DECIMAL_DEPTH_MAX - 1,
            preceded(one_of(".．"), short_number),
        ),
    )
        .parse(i)?;
    // Glued to its heading's words (`1.1工艺概要`, as a copy of a word processor's numbered
    // headings keeps them), two numbers or more, before an ideograph that counts nothing
    // (`3.5亿` `1.2公里` are amounts).
    let glued = !more.is_empty() && rest.chars().next().is_some_and(opens_heading_words);
    let (rest, _) = if glued {
        (rest, rest)
    } else {
        take_while1(is_space).parse(rest)?
    };
    let (_, _) = not(satisfy(|c| is_any_digit(c) || c.is_ascii_punctuation())).parse(rest)?;
    if rest.is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        (1 + more.len() as u8, more.last().copied().unwrap_or(first)),
    ))
}

/// `stem := word{2,4} (cn-numeral | arabic{1,2}) ("：" | ":" | space+ | end)` (or `、` after
/// arabic figures), where the word
/// is ideographs that are no numerals, e.g. `案例一：`, `议题1、` or `任务3 ` → ((first, last character
/// of the word), number). Which stems make a series is settled by the document
/// ([`crate::series`]): `比例1:1` alone is text.
pub fn stem_ordinal(i: &str) -> IResult<&str, ((char, char), u32)> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let word_char = |c: char| {
        crate::text::is_cjk(c)
            && !super::numeral::is_cn_numeral_char(c)
            && !matches!(c, '第' | '之')
    };
    let (rest, word) = take_while_m_n(2, 4, word_char).parse(i)?;
    let (after, n) = alt((cn_numeral, short_number)).parse(rest)?;
    // (`、` after figures only: `议题1、`; after a numeral it parts numbers in a sentence,
    // `全市三、四月份`.)
    let figures = rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let seps: &[char] = if figures {
        &['：', ':', '、']
    } else {
        &['：', ':']
    };
    let rest = after;
    let rest = match rest.strip_prefix(seps) {
        Some(after) => after,
        None if rest.is_empty() => rest,
        None => take_while1(is_space).parse(rest)?.0,
    };
    let first = word.chars().next().ok_or_else(fail)?;
    let last = word.chars().last().ok_or_else(fail)?;
    Ok((rest, ((first, last), n)))
}

/// Characters of spans of time counted after `第一个` (`星期`, `小时`, `学期`, `晚上`, `季度`).
const COUNTED_TIME: &[char] = &[
    '星', '时', '時', '期', '晚', '夜', '早', '午', '周', '週', '季', '钟', '鐘',
];

/// `ordinal-unit := "第" (cn-numeral | arabic{1,2}) ("个" | "個")? unit{1,2} ("：" | ":" | "，" | "," | &"（" | space+ &word)`, where the unit is
/// ideographs that are no numerals and no unit of time, e.g. `第一点：` or `第二阶段：` →
/// (the unit's last character, number). The law's units (`第一条` `第二章`) are read before
/// it; which ordinals make a series is settled by the document ([`crate::series`]).
pub fn ordinal_unit(i: &str) -> IResult<&str, (char, u32)> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let unit_char = |c: char| {
        crate::text::is_cjk(c)
            && !super::numeral::is_cn_numeral_char(c)
            && !matches!(c, '次' | '年' | '月' | '日' | '天' | '个' | '位' | '名')
    };
    let (rest, n) = preceded(char('第'), alt((cn_numeral, short_number))).parse(i)?;
    // A counter before the noun (`第一个问题`, `第二個方面`): the noun is the unit.
    let (rest, counter) = opt(one_of("个個")).parse(rest)?;
    let (rest, unit) = take_while_m_n(1, 2, unit_char).parse(rest)?;
    // After the counter, a span of time (`第一个星期`, `第一个小时`) or a speaker and the
    // verb (`第一个人说：`) counts no part of a text.
    if counter.is_some()
        && (unit.contains(COUNTED_TIME)
            || unit.ends_with(['说', '說', '问', '問', '道', '答', '讲', '講']))
    {
        return Err(fail());
    }
    // A colon or a comma closes the marker; a bracketed gloss (`第一阶段（准备阶段，……）`)
    // is the heading's first words.
    // So does layout space before the words (`第一项 领导讲话`, `第二步　验收`).
    let rest = match rest.strip_prefix(['：', ':', '，', ',']) {
        Some(after) => after,
        None if rest.starts_with(['（', '(']) => rest,
        None if rest.starts_with([' ', '\u{3000}']) => {
            let words = rest.trim_start_matches([' ', '\u{3000}']);
            if words.is_empty() {
                return Err(fail());
            }
            words
        }
        // The ordinal alone on its line names a part of the text (`第一课时`, `第二阶段`).
        None if rest.is_empty() => rest,
        None => return Err(fail()),
    };
    let last = unit.chars().last().ok_or_else(fail)?;
    Ok((rest, (last, n)))
}

/// Reads a line that is only a number of one or two digits (`01`, `3`, `１２`): a section
/// number over its heading, or a page number.
pub fn digits_alone(text: &str) -> Option<u32> {
    match short_number(text) {
        Ok(("", n)) => Some(n),
        _ => None,
    }
}

/// Reads a line that is only a decimal section number two deep or more (`3.1`, `３．２`):
/// a term's number over the term, in a standard's definitions. Gives its depth.
pub fn decimal_alone(text: &str) -> Option<u8> {
    match nom::multi::many_m_n(
        1,
        DECIMAL_DEPTH_MAX - 1,
        preceded(one_of(".．"), short_number),
    )
    .parse(short_number(text).ok()?.0)
    {
        Ok(("", more)) => Some(1 + more.len() as u8),
        _ => None,
    }
}

/// `keycap := digit U+FE0F? U+20E3`, e.g. `2️⃣` → 2: a keycap emoji numbering a point.
pub fn keycap(i: &str) -> IResult<&str, u32> {
    let (rest, d) = satisfy(|c| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(char('\u{FE0F}')).parse(rest)?;
    let (rest, _) = char('\u{20E3}').parse(rest)?;
    Ok((rest, d as u32 - '0' as u32))
}

/// `no-number := ("NO" | "No") ("." | "．") digit{1,3} (space | colon | ideograph)
///   | ("NO" | "No") digit{1,3} (space | colon)`, e.g. `NO.3 ` → 3: the numbered headlines
/// of a news digest (`NO.1  某某……`). Without the dot a gap must follow: `NO2浓度` is a
/// chemical's formula.
pub fn no_number(i: &str) -> IResult<&str, u32> {
    let (rest, _) = alt((tag("NO"), tag("No"))).parse(i)?;
    let (rest, dot) = opt(one_of(".．")).parse(rest)?;
    let (rest, digits) = take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(rest)?;
    let (_, _) = peek(satisfy(|c| {
        is_space(c) || matches!(c, '：' | ':') || dot.is_some() && crate::text::is_cjk(c)
    }))
    .parse(rest)?;
    let n = digits
        .parse()
        .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
    Ok((rest, n))
}

/// `appendix := "附" space* "录" space* [A-Z]` before anything but a letter or a digit, e.g.
/// `附　录　A` → 1 (a standard's appendix, by its letter); not before the words of a
/// sentence (`附录A给出了……。`, `附录A、附录B……`).
pub fn appendix(i: &str) -> IResult<&str, u32> {
    let (rest, (_, _, _, _, letter)) = (
        char('附'),
        take_while(is_space),
        char('录'),
        take_while(is_space),
        satisfy(|c| c.is_ascii_uppercase()),
    )
        .parse(i)?;
    let (_, _) = not(satisfy(|c| c.is_ascii_alphanumeric())).parse(rest)?;
    // A letter glued to words that make a sentence is its subject (`附录A给出了……示例。`);
    // glued to a heading's words, the appendix's title a join set after it.
    // (Or listed with another, `附录A、附录B给出了……。`.)
    if (rest.starts_with(crate::text::is_cjk) || rest.starts_with('、'))
        && rest.contains(['。', '，', ',', '；'])
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, letter as u32 - 'A' as u32 + 1))
}

/// `letter-paren := "（" ([a-z] | [A-Z]) "）"`, half-width brackets too, e.g. `(c)` → 3,
/// `（B）` → 2.
pub fn letter_paren(i: &str) -> IResult<&str, u32> {
    map(
        delimited(
            open_paren,
            satisfy(|c| c.is_ascii_alphabetic()),
            close_paren,
        ),
        |c| c.to_ascii_lowercase() as u32 - 'a' as u32 + 1,
    )
    .parse(i)
}

/// `letter-close := [a-z] (")" | "）")`, e.g. `b)` before a word (a standard's list item):
/// no letter or digit after the bracket (`a)b` is a formula)
pub fn letter_close(i: &str) -> IResult<&str, u32> {
    let (rest, c) = terminated(satisfy(|c| c.is_ascii_lowercase()), one_of(")）")).parse(i)?;
    let (_, _) = not(satisfy(|c| c.is_ascii_alphanumeric())).parse(rest)?;
    if rest.trim_start_matches(is_space).is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, c as u32 - 'a' as u32 + 1))
}

/// `letter-dot := [a-z] ("." | "．" | " "* "、") space* cjk`, e.g. `b. 另一方面`, `c.做操时` or
/// `a 、员工……` (an item under a numbered one): Chinese words after it, so `e.g.` and
/// `a. Apple` are no markers
pub fn letter_dot(i: &str) -> IResult<&str, u32> {
    let (rest, c) = terminated(
        satisfy(|c| c.is_ascii_lowercase()),
        alt((one_of(".．"), preceded(take_while(is_space), char('、')))),
    )
    .parse(i)?;
    let (_, _) = peek((
        take_while(is_space),
        satisfy(|c| crate::text::is_cjk(c) || matches!(c, '“' | '《' | '（')),
    ))
    .parse(rest)?;
    Ok((rest, c as u32 - 'a' as u32 + 1))
}

/// `arabic-paren := "（" space* arabic space* "）"`, e.g. `(3)`, `( 1 )` as a copy spaces it
pub fn arabic_paren(i: &str) -> IResult<&str, u32> {
    let (rest, (lead, n, trail)) = (
        preceded(open_paren, take_while(is_space)),
        arabic,
        terminated(take_while(is_space), close_paren),
    )
        .parse(i)?;
    // Spaced inside, the words follow at once (`( 1 )迟到`): `( 1 ) 和 ( 2 ) 两种` cites two.
    if !(lead.is_empty() && trail.is_empty()) && rest.starts_with(is_space) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// `arabic-close := arabic ("）" | ")") space* text`, e.g. `2）融资成本偏高` or `1) 原材料`: a number
/// closed by a bracket alone, as typed for `（1）`, at the rank of `（1）`. Words must follow
/// (`3)` alone is a stray).
pub fn arabic_close(i: &str) -> IResult<&str, u32> {
    let (rest, n) = terminated(arabic, close_paren).parse(i)?;
    if rest.trim_start_matches(is_space).is_empty() || rest.starts_with(is_any_digit) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// `label := ("给定资料" | "资料" | "材料" | "附件" | "专栏") (arabic | cn-numeral)`, e.g.
/// `给定资料2`, or `专栏3` (a plan's box of figures or cases)
pub fn label(i: &str) -> IResult<&str, u32> {
    preceded(
        alt((
            tag("给定资料"),
            tag("給定資料"),
            tag("资料"),
            tag("材料"),
            tag("附件"),
            tag("专栏"),
            tag("專欄"),
        )),
        alt((arabic, cn_numeral)),
    )
    .parse(i)
}

/// A bracketed tag opening an item (`【某某日报】`) is at most this many characters: a
/// paper's, a site's or a column's name.
const TAG_MAX: usize = 12;

/// `bullet := "【" tag "】" space* | "——" space* | bullet-char space*`, e.g. `● `; `-` and `*` need a space after
/// them. `——` (two em dashes) opens the parallel items of official prose
/// (`——坚持正确方向，……`); it is keyed `—`.
pub fn bullet(i: &str) -> IResult<&str, char> {
    if let Some(tagged) = i.strip_prefix('【') {
        // `【证券时报】标题……`: a bracketed tag (a source, a column) opening an item.
        let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
        let close = tagged.find('】').ok_or_else(fail)?;
        let tag = &tagged[..close];
        let rest = tagged[close + '】'.len_utf8()..].trim_start_matches(is_space);
        let short = !tag.is_empty() && tag.chars().count() <= TAG_MAX;
        if !short || rest.is_empty() {
            return Err(fail());
        }
        return Ok((&i[i.len() - rest.len()..], '【'));
    }
    if let Some(rest) = i.strip_prefix("——") {
        let (rest, _) = take_while(is_space).parse(rest)?;
        if rest.starts_with(['—', '-']) {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )));
        }
        return Ok((rest, '—'));
    }
    let (rest, c) = satisfy(is_bullet).parse(i)?;
    // An emoji may carry its presentation selector (`▪️`).
    let rest = rest.strip_prefix('\u{FE0F}').unwrap_or(rest);
    let (rest, spaces) = take_while(is_space).parse(rest)?;
    // (`-` glued to an ideograph, `-学习党的方针政策`, is a hasty list's bullet; before a
    // figure it is a minus, `-5℃`.)
    // (Nor a mark that a dash closes too, `-完-`: the end of a piece.)
    let glued_dash = c == '-' && rest.starts_with(crate::text::is_cjk) && !rest.ends_with('-');
    if matches!(c, '-' | '*') && spaces.is_empty() && !glued_dash {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, c))
}

/// `numbered := law-division | upper-comma | cn-comma | cn-paren | arabic-paren | arabic-dot
///   | letter-paren | decimal | circled | paren-digit | period-digit | label | cn-space | stem`
///
/// The first character picks the alternatives that can start with it (in the order above),
/// so a line is not run through all eleven.
fn numbered(i: &str) -> IResult<&str, (Family, u32)> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alt));
    let c = i.chars().next().ok_or_else(fail)?;
    match c {
        '第' => alt((
            law_division,
            map(ordinal_unit, |(unit, n)| (Family::Stem('第', unit), n)),
        ))
        .parse(i),
        '（' | '(' => alt((
            map(cn_paren, |n| (Family::CnParen, n)),
            map(arabic_paren, |n| (Family::ArabicParen, n)),
            map(letter_paren, |n| (Family::LetterParen, n)),
        ))
        .parse(i),
        '\u{2460}'..='\u{2473}' => map(circled, |n| (Family::Circled, n)).parse(i),
        '\u{2474}'..='\u{2487}' => map(paren_digit, |n| (Family::ParenDigit, n)).parse(i),
        '\u{2488}'..='\u{249B}' => map(period_digit, |n| (Family::PeriodDigit, n)).parse(i),
        '给' | '給' | '资' | '材' | '附' | '专' | '專' => alt((
            map(appendix, |n| (Family::Appendix, n)),
            map(label, |n| (Family::Label, n)),
            map(stem_ordinal, |((a, b), n)| (Family::Stem(a, b), n)),
        ))
        .parse(i),
        c if is_any_digit(c) => alt((
            map(keycap, |n| (Family::Keycap, n)),
            map(arabic_dot, |n| (Family::Arabic, n)),
            map(decimal, |(depth, n)| (Family::Decimal(depth), n)),
            map(arabic_close, |n| (Family::ArabicParen, n)),
        ))
        .parse(i),
        c if is_cn_numeral_char(c) || is_financial_char(c) => alt((
            map(upper_comma, |n| (Family::Upper, n)),
            map(cn_comma, |n| (Family::CnComma, n)),
            map(cn_space, |n| (Family::CnComma, n)),
            map(counted_quote, |n| (Family::Stem('“', '”'), n)),
        ))
        .parse(i),
        c if crate::text::is_cjk(c) => {
            map(stem_ordinal, |((a, b), n)| (Family::Stem(a, b), n)).parse(i)
        }
        c if c.is_ascii_lowercase() => alt((
            map(letter_close, |n| (Family::LetterClose, n)),
            map(letter_dot, |n| (Family::LetterDot, n)),
        ))
        .parse(i),
        'I' | 'V' | 'X' | '\u{2160}'..='\u{216B}' => alt((
            map(roman, |n| (Family::Roman, n)),
            map(decimal, |(depth, n)| (Family::Decimal(depth), n)),
        ))
        .parse(i),
        'N' => alt((
            map(no_number, |n| (Family::Stem('N', 'O'), n)),
            map(decimal, |(depth, n)| (Family::Decimal(depth), n)),
        ))
        .parse(i),
        c if c.is_ascii_uppercase() => {
            map(decimal, |(depth, n)| (Family::Decimal(depth), n)).parse(i)
        }
        _ => Err(fail()),
    }
}

/// Recognises the marker that opens `line` (already trimmed), with the text after it.
///
/// `line-marker := numbered | bullet`
pub fn line_marker(line: &str) -> Option<(Marker<'_>, &str)> {
    // Most lines open with ordinary text: one look at the first character settles them.
    if !line.starts_with(|c: char| may_open_marker(c)) {
        return None;
    }
    if let Ok((rest, (family, n))) = numbered(line) {
        // `（一）、` and `①、`: a comma after a closed marker belongs to the marker.
        let closed = matches!(
            family,
            Family::CnParen
                | Family::ArabicParen
                | Family::LetterParen
                | Family::Circled
                | Family::ParenDigit
        );
        let rest = match rest.strip_prefix(['、', '．', '.']) {
            Some(after) if closed => after,
            _ => rest,
        };
        let text = &line[..line.len() - rest.len()];
        let (rest, gap) = strip_space(rest);
        let separated = gap || family != Family::Article && family != Family::Label;
        let separated = separated || rest.starts_with(is_separator_punct);
        return Some((
            Marker {
                family,
                number: Some(n),
                text: text.trim_end(),
                separated,
            },
            rest,
        ));
    }
    if let Ok((rest, c)) = bullet(line) {
        if rest.trim().is_empty() {
            return None;
        }
        let text = line[..line.len() - rest.len()].trim_end();
        return Some((
            Marker {
                family: Family::Bullet(c),
                number: None,
                text,
                separated: true,
            },
            rest,
        ));
    }
    None
}

/// Tells whether a marker can start with `c`: `第`, a numeral, a parenthesis, a digit, an
/// enclosed number, a bullet, or the first character of a label.
fn may_open_marker(c: char) -> bool {
    crate::text::is_cjk(c)
        || super::numeral::is_cn_numeral_char(c)
        || super::numeral::is_any_digit(c)
        || c.is_ascii_alphabetic()
        || is_bullet(c)
        || matches!(
            c,
            '第' | '（'
                | '('
                | '给'
                | '給'
                | '资'
                | '材'
                | '附'
                | '专'
                | '專'
                | '—'
                | '【'
                | '\u{2460}'..='\u{249B}'
                | '\u{2160}'..='\u{216B}'
        )
}

/// Tells whether `c` is punctuation that may follow a marker, e.g. the `：` in `第一条：`.
fn is_separator_punct(c: char) -> bool {
    matches!(c, '：' | ':' | '、' | '，' | ',' | '.' | '．')
}

/// Strips leading white space, telling whether there was any.
fn strip_space(s: &str) -> (&str, bool) {
    let t = s.trim_start_matches(is_space);
    (t, t.len() != s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fam(line: &str) -> Option<(Family, Option<u32>, &str, &str)> {
        line_marker(line).map(|(m, rest)| (m.family, m.number, m.text, rest))
    }

    #[test]
    fn appendix_letters_stand_before_a_space_a_bracket_or_the_end() {
        assert_eq!(appendix("附　录　B"), Ok(("", 2)));
        assert_eq!(appendix("附录A（资料性）"), Ok(("（资料性）", 1)));
        assert_eq!(appendix("附录C 应用示例"), Ok((" 应用示例", 3)));
        // Glued to a heading's words (as a join leaves them), the appendix and its title.
        assert_eq!(appendix("附录 A应用示例"), Ok(("应用示例", 1)));
        // Glued to words of a sentence, its subject; glued to letters, a word.
        assert!(appendix("附录A给出了应用示例。").is_err());
        assert!(appendix("附录A、附录B给出了应用示例。").is_err());
        assert!(appendix("附录AB").is_err());
        assert!(appendix("附件A").is_err());
    }

    #[test]
    fn no_numbers_number_a_digests_headlines() {
        assert_eq!(no_number("NO.3 某某：……"), Ok((" 某某：……", 3)));
        assert_eq!(no_number("No.10　标题"), Ok(("　标题", 10)));
        assert_eq!(no_number("NO1：标题"), Ok(("：标题", 1)));
        assert!(no_number("NO.1a").is_err());
        assert!(no_number("NOTE 1").is_err());
        assert!(no_number("NO.").is_err());
        assert!(no_number("NO2浓度同比下降").is_err());
        assert_eq!(
            line_marker("NO.2  央行：……").map(|(m, r)| (m.family, m.number, r)),
            Some((Family::Stem('N', 'O'), Some(2), "央行：……"))
        );
    }

    #[test]
    fn counted_quotes_open_with_a_numeral_a_quoted_word_and_a_colon() {
        assert_eq!(
            counted_quote("二“不一样”：王某首度亮相"),
            Ok(("王某首度亮相", 2))
        );
        assert_eq!(counted_quote("一「稳」:经济运行"), Ok(("经济运行", 1)));
        assert_eq!(counted_quote("三\"新\"：新动能"), Ok(("新动能", 3)));
        assert_eq!(
            line_marker("三“新”：新动能").map(|(m, r)| (m.family, m.number, m.text, r)),
            Some((Family::Stem('“', '”'), Some(3), "三“新”：", "新动能"))
        );
        // No colon: a phrase (`一“带”一“路”`), and a word too long for a keyword.
        assert!(counted_quote("一“带”一“路”建设").is_err());
        assert!(counted_quote("三“严”三“实”：").is_err());
        assert!(counted_quote("一“这是一句很长很长的引语”：").is_err());
        assert!(counted_quote("一”不一样“：").is_err());
    }

    #[test]
    fn ordinal_units_with_a_colon() {
        assert_eq!(ordinal_unit("第一点：先记账"), Ok(("先记账", ('点', 1))));
        assert_eq!(ordinal_unit("第二阶段：推广"), Ok(("推广", ('段', 2))));
        assert_eq!(ordinal_unit("第3步:验收"), Ok(("验收", ('步', 3))));
        assert!(ordinal_unit("第一次：见面").is_err());
        assert!(ordinal_unit("第一点要做好").is_err());
        assert!(ordinal_unit("第一，先记账").is_err());
        assert!(ordinal_unit("第一年，见效").is_err());
        assert_eq!(ordinal_unit("第一个问题：形势"), Ok(("形势", ('题', 1))));
        assert_eq!(ordinal_unit("第二個方面，任務"), Ok(("任務", ('面', 2))));
        assert!(ordinal_unit("第一个吃螃蟹的人，").is_err());
        assert!(ordinal_unit("第一个，").is_err());
        assert!(ordinal_unit("第一个人说：我是货郎").is_err());
        assert!(ordinal_unit("第一个星期，很累").is_err());
        assert!(ordinal_unit("第一个小时：适应").is_err());
    }

    #[test]
    fn ordinal_units_alone_on_their_line() {
        assert_eq!(ordinal_unit("第一课时"), Ok(("", ('时', 1))));
        assert_eq!(ordinal_unit("第二阶段"), Ok(("", ('段', 2))));
        assert!(ordinal_unit("第一课时我们学习生字").is_err());
        assert!(ordinal_unit("第二天").is_err());
        assert!(ordinal_unit("第一名").is_err());
    }

    #[test]
    fn ordinal_units_with_a_comma_or_a_gloss() {
        assert_eq!(ordinal_unit("第一步，和面"), Ok(("和面", ('步', 1))));
        assert_eq!(
            ordinal_unit("第二阶段（推广）。"),
            Ok(("（推广）。", ('段', 2)))
        );
        assert!(ordinal_unit("第二阶段的工作").is_err());
        assert_eq!(ordinal_unit("第一项 领导讲话"), Ok(("领导讲话", ('项', 1))));
        assert_eq!(ordinal_unit("第二步　验收"), Ok(("验收", ('步', 2))));
        assert!(ordinal_unit("第一项 ").is_err());
    }

    #[test]
    fn law_division_reads_every_unit() {
        assert_eq!(
            law_division("第一章 适用范围"),
            Ok((" 适用范围", (Family::Chapter, 1)))
        );
        assert_eq!(law_division("第二节"), Ok(("", (Family::Section, 2))));
        assert_eq!(law_division("第三编"), Ok(("", (Family::Part, 3))));
        assert_eq!(law_division("第一部分"), Ok(("", (Family::Part, 1))));
        assert_eq!(
            law_division("第十二条之一 "),
            Ok((" ", (Family::Article, 12)))
        );
        assert_eq!(law_division("第15条"), Ok(("", (Family::Article, 15))));
        assert!(law_division("第一，").is_err());
        // A textbook's and a course's divisions.
        assert_eq!(law_division("第二单元"), Ok(("", (Family::Part, 2))));
        assert_eq!(
            law_division("第一课 丰富的生活"),
            Ok((" 丰富的生活", (Family::Chapter, 1)))
        );
        assert_eq!(law_division("第三讲"), Ok(("", (Family::Chapter, 3))));
        // A word that goes on past `课`/`讲` is none.
        for word in ["第二课堂活动丰富", "第一课时", "第一讲话", "第三课题组"]
        {
            assert!(law_division(word).is_err(), "{word}");
        }
    }

    #[test]
    fn law_division_allows_spaces_around_the_number() {
        assert_eq!(
            law_division("第 1 條 本法"),
            Ok((" 本法", (Family::Article, 1)))
        );
        assert_eq!(law_division("第 12 条"), Ok(("", (Family::Article, 12))));
        assert_eq!(law_division("第 1 0 条"), Ok(("", (Family::Article, 10))));
        assert_eq!(law_division("第 1 5 條"), Ok(("", (Family::Article, 15))));
        assert_eq!(law_division("第 6-1 條"), Ok(("", (Family::Article, 6))));
        assert!(law_division("第 6- 條").is_err());
    }

    #[test]
    fn a_comma_after_a_closed_marker_is_part_of_it() {
        let (m, rest) = line_marker("（一）、加强领导").unwrap();
        assert_eq!((m.text, rest), ("（一）、", "加强领导"));
        let (m, rest) = line_marker("①、甲").unwrap();
        assert_eq!((m.text, rest), ("①、", "甲"));
    }

    #[test]
    fn cn_comma_needs_its_comma() {
        assert_eq!(cn_comma("三、总体要求"), Ok(("总体要求", 3)));
        assert!(cn_comma("三是").is_err());
        assert_eq!(cn_comma("三.总体要求"), Ok(("总体要求", 3)));
        assert_eq!(cn_comma("三．总体要求"), Ok(("总体要求", 3)));
        assert!(cn_comma("一.5倍").is_err());
        assert!(cn_comma("五.一期间，游客众多").is_err());
        assert!(cn_comma("一.二 建设目标").is_err());
        assert_eq!(upper_comma("貳.重点任务"), Ok(("重点任务", 2)));
    }

    #[test]
    fn cn_space_needs_text_after_the_space() {
        assert_eq!(cn_space("七　观察的方法"), Ok(("观察的方法", 7)));
        assert!(cn_space("七　").is_err());
        assert!(cn_space("七个").is_err());
    }

    #[test]
    fn upper_comma_reads_capitals() {
        assert_eq!(upper_comma("壹、前言"), Ok(("前言", 1)));
        assert_eq!(upper_comma("貳、"), Ok(("", 2)));
        assert!(upper_comma("二、").is_err());
    }

    #[test]
    fn cn_paren_takes_both_widths() {
        assert_eq!(cn_paren("（十二）加强"), Ok(("加强", 12)));
        assert_eq!(cn_paren("(一)"), Ok(("", 1)));
        assert!(cn_paren("（1）").is_err());
    }

    #[test]
    fn decimal_section_numbers_give_depth_and_last_number() {
        assert_eq!(decimal("2.1  背景"), Ok(("背景", (2, 1))));
        assert_eq!(decimal("4.2.13\u{3000}考核"), Ok(("考核", (3, 13))));
        assert_eq!(decimal("1 引言"), Ok(("引言", (1, 1))));
        assert_eq!(decimal("1．5．1 特大型"), Ok(("特大型", (3, 1))));
        assert_eq!(decimal("４．２ 分级响应"), Ok(("分级响应", (2, 2))));
        let (m, rest) = line_marker("3.2 基层条件").unwrap();
        assert_eq!(
            (m.family, m.number, m.text, rest),
            (Family::Decimal(2), Some(2), "3.2", "基层条件")
        );
    }

    #[test]
    fn decimal_needs_a_space_and_words_after_it() {
        for line in [
            "3.5亿元",
            "2024年",
            "1.1",
            "2.1 ",
            "3.5 %",
            "10 20 30",
            "1.2.3.4.5 深",
        ] {
            assert!(decimal(line).is_err(), "{line}");
        }
        // `1.` with a space is the ordinary arabic marker, not a decimal.
        assert_eq!(line_marker("1. 目标").unwrap().0.family, Family::Arabic);
    }

    #[test]
    fn markers_spaced_inside_read_as_their_family() {
        assert_eq!(arabic_dot("1 、所有员工"), Ok(("所有员工", 1)));
        assert!(arabic_dot("2 、3 号楼").is_err());
        assert_eq!(arabic_paren("( 1 )迟到"), Ok(("迟到", 1)));
        assert!(arabic_paren("( 1 ) 和 ( 2 ) 两种方案").is_err());
        assert_eq!(arabic_paren("(1) 迟到"), Ok((" 迟到", 1)));
        assert_eq!(letter_dot("a 、员工病假"), Ok(("员工病假", 1)));
        assert!(letter_dot("a 、b两种").is_err());
    }

    #[test]
    fn decimal_glued_to_its_words_needs_two_numbers_and_no_unit() {
        assert_eq!(decimal("1.1工艺概要"), Ok(("工艺概要", (2, 1))));
        assert_eq!(
            decimal("2.3.1在班长的领导下"),
            Ok(("在班长的领导下", (3, 1)))
        );
        for line in ["1.2公里", "2.5倍", "0.5平方米", "3.2英寸", "1工艺"] {
            assert!(decimal(line).is_err(), "{line}");
        }
    }

    #[test]
    fn a_numeral_and_a_colon_open_a_heading_but_not_a_time() {
        assert_eq!(cn_comma("一:问题的提出"), Ok(("问题的提出", 1)));
        assert_eq!(cn_comma("三：调查结果"), Ok(("调查结果", 3)));
        assert!(cn_comma("十二：三十").is_err());
        assert!(cn_comma("二:1").is_err());
        assert!(cn_comma("一：A").is_err());
    }

    #[test]
    fn a_word_and_a_number_open_a_stem_item() {
        assert_eq!(
            stem_ordinal("案例一：某事"),
            Ok(("某事", (('案', '例'), 1)))
        );
        assert_eq!(
            stem_ordinal("任务12 提速"),
            Ok(("提速", (('任', '务'), 12)))
        );
        assert_eq!(stem_ordinal("典型案例三"), Ok(("", (('典', '例'), 3))));
        assert_eq!(
            stem_ordinal("议题2、申请退休"),
            Ok(("申请退休", (('议', '题'), 2)))
        );
        let (m, rest) = line_marker("问题二：如何理解").unwrap();
        assert_eq!(
            (m.family, m.text, rest),
            (Family::Stem('问', '题'), "问题二：", "如何理解")
        );
    }

    #[test]
    fn a_word_and_a_number_inside_a_sentence_open_nothing() {
        for line in [
            "今年一季度经济平稳",
            "会议一致认为",
            "全市三个区",
            "其中1个项目",
            "全市三、四月份",
            "第一条",
            "案例",
        ] {
            assert!(stem_ordinal(line).is_err(), "{line}");
        }
    }

    #[test]
    fn letters_in_brackets_number_items() {
        assert_eq!(letter_paren("(a) 招募"), Ok((" 招募", 1)));
        assert_eq!(letter_paren("（c）设立"), Ok(("设立", 3)));
        assert_eq!(letter_paren("(B)教师资格证"), Ok(("教师资格证", 2)));
        assert_eq!(letter_paren("（A）"), Ok(("", 1)));
        assert!(letter_paren("(ab)").is_err());
        let (m, rest) = line_marker("(b) 于社区设立支援站").unwrap();
        assert_eq!(
            (m.family, m.number, rest),
            (Family::LetterParen, Some(2), "于社区设立支援站")
        );
    }

    #[test]
    fn arabic_dot_rejects_decimals() {
        assert_eq!(arabic_dot("1.总体"), Ok(("总体", 1)));
        // A year opening the item's words: the item's number, the year left to the words.
        assert_eq!(
            arabic_dot("1.2023 年应届毕业生"),
            Ok(("2023 年应届毕业生", 1))
        );
        assert_eq!(arabic_dot("1.2000年11月"), Ok(("2000年11月", 1)));
        assert!(arabic_dot("1.2023版").is_err());
        assert!(arabic_dot("1.5亿").is_err());
        assert_eq!(arabic_dot("２、"), Ok(("", 2)));
        assert_eq!(arabic_dot("３．"), Ok(("", 3)));
        assert!(arabic_dot("1.5亿人次").is_err());
        assert!(arabic_dot("2023年").is_err());
    }

    #[test]
    fn arabic_close_needs_words_after_it() {
        assert_eq!(arabic_close("1)原材料价格"), Ok(("原材料价格", 1)));
        assert_eq!(arabic_close("２） 融资成本"), Ok((" 融资成本", 2)));
        assert!(arabic_close("3)").is_err());
        assert!(arabic_close("3)  ").is_err());
        assert!(arabic_close("3)5").is_err());
        assert!(arabic_close("3.5)").is_err());
    }

    #[test]
    fn roman_needs_its_stop_or_a_space() {
        assert_eq!(roman("IV.其他事项"), Ok(("其他事项", 4)));
        assert_eq!(roman("II.2026年度安排"), Ok(("2026年度安排", 2)));
        assert_eq!(roman("Ⅱ　研究过程"), Ok(("研究过程", 2)));
        assert_eq!(roman("Ⅲ、结论"), Ok(("结论", 3)));
        assert!(roman("Ⅱ型糖尿病").is_err());
        assert!(roman("I.E.C标准").is_err());
        assert!(roman("II.1 背景").is_err());
        assert!(roman("II.1.背景").is_err());
        assert!(roman("XL.").is_err());
        assert!(roman("IIII.展板").is_err());
        assert!(roman("Ⅰ、Ⅱ类水质断面").is_err());
        assert!(roman("Ⅰ 期临床试验").is_err());
        assert!(roman("Ⅰ 相临床试验已完成。").is_err());
        assert!(roman("Ⅱ 组患者接受强化治疗。").is_err());
        assert!(roman("I. M. Pei的建筑思想").is_err());
        assert_eq!(roman("XXXVIII.结语"), Ok(("结语", 38)));
    }

    #[test]
    fn arabic_paren_takes_both_widths() {
        assert_eq!(arabic_paren("（1）"), Ok(("", 1)));
        assert_eq!(arabic_paren("(12)x"), Ok(("x", 12)));
    }

    /// `numbered` as the grammar says it, every alternative tried in order: the definition
    /// the first-character dispatch must agree with.
    fn numbered_by_alternation(i: &str) -> IResult<&str, (Family, u32)> {
        alt((
            law_division,
            map(ordinal_unit, |(unit, n)| (Family::Stem('第', unit), n)),
            map(upper_comma, |n| (Family::Upper, n)),
            map(cn_comma, |n| (Family::CnComma, n)),
            map(roman, |n| (Family::Roman, n)),
            map(cn_paren, |n| (Family::CnParen, n)),
            map(arabic_paren, |n| (Family::ArabicParen, n)),
            map(letter_paren, |n| (Family::LetterParen, n)),
            map(keycap, |n| (Family::Keycap, n)),
            map(arabic_dot, |n| (Family::Arabic, n)),
            map(decimal, |(depth, n)| (Family::Decimal(depth), n)),
            map(arabic_close, |n| (Family::ArabicParen, n)),
            map(circled, |n| (Family::Circled, n)),
            map(paren_digit, |n| (Family::ParenDigit, n)),
            map(period_digit, |n| (Family::PeriodDigit, n)),
            map(appendix, |n| (Family::Appendix, n)),
            map(label, |n| (Family::Label, n)),
            map(cn_space, |n| (Family::CnComma, n)),
            map(stem_ordinal, |((a, b), n)| (Family::Stem(a, b), n)),
            map(letter_close, |n| (Family::LetterClose, n)),
            map(letter_dot, |n| (Family::LetterDot, n)),
        ))
        .parse(i)
    }

    #[test]
    fn the_dispatch_is_the_alternation() {
        let pieces = [
            "第",
            "（",
            "(",
            "）",
            ")",
            "①",
            "⑴",
            "⒈",
            "12",
            "１",
            "一",
            "十",
            "壹",
            "两",
            "、",
            "．",
            ".",
            " ",
            "条",
            "章",
            "部分",
            "之一",
            "给定资料",
            "給定資料",
            "材料",
            "附件",
            "专栏",
            "甲",
            "案例",
            "：",
            "b",
        ];
        for line in super::super::texts_of(&pieces) {
            assert_eq!(
                numbered(&line).ok(),
                numbered_by_alternation(&line).ok(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn a_bracketed_tag_opens_an_item() {
        let (m, rest) = line_marker("【某某日报】全市新增就业岗位五万个").unwrap();
        assert_eq!(
            (m.family, m.text, rest),
            (
                Family::Bullet('【'),
                "【某某日报】",
                "全市新增就业岗位五万个"
            )
        );
        // A tag alone, or a long bracketed sentence, opens nothing.
        assert!(line_marker("【参考答案】").is_none());
        assert!(line_marker("【这是一段很长的括号里的说明文字不是标签】正文").is_none());
    }

    #[test]
    fn a_year_in_numerals_after_the_marker_ends_no_range() {
        assert!(cn_comma("一、二〇二五年工作回顾").is_ok());
        assert!(cn_comma("一、二年级学生").is_err());
    }

    #[test]
    fn a_range_start_is_read_where_asked() {
        assert_eq!(
            cn_comma_or_range("二、三个月怎么安排"),
            Ok(("三个月怎么安排", 2))
        );
        assert_eq!(cn_comma_or_range("三．常见误区"), Ok(("常见误区", 3)));
        assert!(cn_comma_or_range("二三个月").is_err());
        assert!(cn_comma("二、三个月怎么安排").is_err());
    }

    #[test]
    fn a_range_of_numbers_is_no_marker() {
        for text in [
            "三、四月份正值春耕",
            "一、二年级学生",
            "四、五十岁的人",
            "二、三季度",
        ] {
            assert_eq!(fam(text), None, "{text}");
        }
        // A heading whose words start with a numeral stays one.
        assert_eq!(fam("二、三农工作").map(|f| f.1), Some(Some(2)));
        assert_eq!(fam("一、二十大精神").map(|f| f.1), Some(Some(1)));
        assert_eq!(fam("三、二月份工作").map(|f| f.1), Some(Some(3)));
    }

    #[test]
    fn label_reads_exam_blocks() {
        assert_eq!(label("给定资料3"), Ok(("", 3)));
        assert_eq!(label("材料二"), Ok(("", 2)));
        assert!(label("资料显示").is_err());
    }

    #[test]
    fn bullet_needs_space_after_dash() {
        assert_eq!(bullet("● 项目"), Ok(("项目", '●')));
        assert_eq!(bullet("•发挥"), Ok(("发挥", '•')));
        assert!(bullet("-END-").is_err());
        assert_eq!(bullet("- 一项"), Ok(("一项", '-')));
        assert_eq!(bullet("-一项"), Ok(("一项", '-')));
        assert!(bullet("-5℃以下").is_err());
        assert!(bullet("-完-").is_err());
        assert!(bullet("*注").is_err());
    }

    #[test]
    fn line_marker_finds_every_family() {
        assert_eq!(
            fam("一、总体要求"),
            Some((Family::CnComma, Some(1), "一、", "总体要求"))
        );
        assert_eq!(
            fam("（二）加强"),
            Some((Family::CnParen, Some(2), "（二）", "加强"))
        );
        assert_eq!(
            fam("(3) 做好"),
            Some((Family::ArabicParen, Some(3), "(3)", "做好"))
        );
        assert_eq!(
            fam("1. 目标"),
            Some((Family::Arabic, Some(1), "1.", "目标"))
        );
        assert_eq!(
            fam("１．目标"),
            Some((Family::Arabic, Some(1), "１．", "目标"))
        );
        assert_eq!(fam("②其次"), Some((Family::Circled, Some(2), "②", "其次")));
        assert_eq!(fam("⑴甲"), Some((Family::ParenDigit, Some(1), "⑴", "甲")));
        assert_eq!(fam("⒉乙"), Some((Family::PeriodDigit, Some(2), "⒉", "乙")));
        assert_eq!(
            fam("第一章 适用范围"),
            Some((Family::Chapter, Some(1), "第一章", "适用范围"))
        );
        assert_eq!(
            fam("第三条　为了"),
            Some((Family::Article, Some(3), "第三条", "为了"))
        );
        assert_eq!(
            fam("壹、緒論"),
            Some((Family::Upper, Some(1), "壹、", "緒論"))
        );
        assert_eq!(
            fam("★ 亮点"),
            Some((Family::Bullet('★'), None, "★", "亮点"))
        );
        assert_eq!(
            fam("七　调查"),
            Some((Family::CnComma, Some(7), "七", "调查"))
        );
        assert_eq!(fam("2023年10月1日起施行"), None);
        assert_eq!(fam("●"), None);
        assert_eq!(fam("统一要求"), None);
    }

    #[test]
    fn spaced_digits_read_a_number_set_apart_digit_by_digit() {
        assert_eq!(spaced_digits("1 0 条"), Ok((" 条", 10)));
        assert_eq!(spaced_digits("2 0 1 9"), Ok(("", 2019)));
        // One digit, or digits not set apart one by one, are no spaced number.
        assert!(spaced_digits("1 条").is_err());
        assert!(spaced_digits("12 条").is_err());
        assert!(spaced_digits("1  0").is_err());
        // Too many digits for a number: an error, no panic.
        assert!(spaced_digits("9 9 9 9 9 9 9 9 9 9 9").is_err());
    }

    #[test]
    fn article_without_space_is_not_separated() {
        let (m, _) = line_marker("第十条规定的情形").unwrap();
        assert!(!m.separated);
        let (m, _) = line_marker("第十条 规定").unwrap();
        assert!(m.separated);
    }
}
