//! nom recognisers for dates as documents write them: `2017年07月27日 09:30`, `2011-09-02`,
//! `（一九四三年六月一日）`, `民國113年5月20日`.

use super::numeral::{cn_value, digit_value, is_any_digit};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::character::complete::{char, one_of};
use nom::combinator::{map_opt, opt};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// A calendar date with an optional time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year, e.g. 2017.
    pub year: u32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
    /// Hour and minute, when given.
    pub time: Option<(u32, u32)>,
}

impl Date {
    /// Formats the date as `YYYY-MM-DD`.
    pub fn ymd(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Formats the time as `HH:MM`, when there is one.
    pub fn hm(&self) -> Option<String> {
        self.time.map(|(h, m)| format!("{h:02}:{m:02}"))
    }
}

fn ascii_value(s: &str) -> Option<u32> {
    s.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))
}

fn spaces(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| c == ' ' || c == '\u{3000}').parse(i)
}

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
    move |i| map_opt(take_while_m_n(min, max, is_any_digit), ascii_value).parse(i)
}

fn is_cn_date_char(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '○'
            | 'Ｏ'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '廿'
            | '卅'
    )
}

fn cn_number(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
    move |i| {
        map_opt(take_while_m_n(min, max, is_cn_date_char), |s: &str| {
            cn_value(&s.replace('Ｏ', "〇"))
        })
        .parse(i)
    }
}

/// A year in Chinese numerals, its zero typed as the letter or the digit the keyboard gives
/// (`二0一一`, `二O一一`, `二０二三`): a sign-off's year is often keyed so.
fn cn_year(i: &str) -> IResult<&str, u32> {
    fn zero(c: char) -> bool {
        matches!(c, '0' | '０' | 'O' | 'o')
    }
    let typed: IResult<&str, &str> =
        take_while_m_n(4, 4, |c: char| is_cn_date_char(c) || zero(c)).parse(i);
    // (Read only where `年` follows, digits alone being `digits`'s: one numeral at least.)
    if let Ok((rest, s)) = typed {
        if rest.trim_start_matches([' ', '\u{3000}']).starts_with('年') && !s.chars().all(zero) {
            let s: String = s
                .chars()
                .map(|c| if zero(c) || c == 'Ｏ' { '〇' } else { c })
                .collect();
            if let Some(year) = cn_value(&s) {
                return Ok((rest, year));
            }
        }
    }
    cn_number(2, 4)(i)
}

/// `time := space* hh (":" | "：") mm ((":" | "：") ss)?`; the seconds are read past.
fn time(i: &str) -> IResult<&str, (u32, u32)> {
    let (i, _) = spaces(i)?;
    let (i, h) = digits(1, 2)(i)?;
    let (i, _) = one_of(":：").parse(i)?;
    let (i, m) = digits(2, 2)(i)?;
    let (i, _) = opt((one_of(":："), digits(2, 2))).parse(i)?;
    Ok((i, (h, m)))
}

/// `nian-date := year "年" month "月" day ("日" | "号")`, in digits or Chinese numerals,
/// with `民國`/`民国` (or `中華民國`/`中华民国`) years counted from 1912; a form's layout
/// spaces may stand around the numbers (`民國 109 年 05 月 20 日`).
pub fn nian_date(i: &str) -> IResult<&str, Date> {
    let (i, roc) = opt((
        opt(alt((tag("中華"), tag("中华")))),
        alt((tag("民國"), tag("民国"))),
        spaces,
    ))
    .parse(i)?;
    let (i, year) = alt((digits(2, 4), cn_year)).parse(i)?;
    let (i, _) = (spaces, char('年'), spaces).parse(i)?;
    let (i, month) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (i, _) = (spaces, char('月'), spaces).parse(i)?;
    let (i, day) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (i, _) = (spaces, one_of("日号")).parse(i)?;
    let (i, t) = opt(time).parse(i)?;
    let year = match (roc, year) {
        (Some(_), y) => y + 1911,
        (None, y) if y >= 1000 => y,
        _ => {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    valid(
        i,
        Date {
            year,
            month,
            day,
            time: t,
        },
    )
}

/// `month-day := month "月" day ("日" | "号")`, a date without its year as a news report
/// opens with the day it tells of (`5月14日，……`, `十二月三日，……`); the month and the day.
pub fn month_day(i: &str) -> IResult<&str, (u32, u32)> {
    let (i, month) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (i, _) = char('月').parse(i)?;
    let (i, day) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (rest, _) = one_of("日号").parse(i)?;
    if (1..=12).contains(&month) && (1..=31).contains(&day) {
        Ok((rest, (month, day)))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// A day of a month: the month and the day.
pub type MonthDay = (u32, u32);
/// A time of day: the hour and the minute.
pub type HourMinute = (u32, u32);

/// `day-stamp := month-day time`, the day and the time an app stamps a story with when it
/// gives no year (`03月05日 19:38`).
pub fn day_stamp(i: &str) -> IResult<&str, (MonthDay, HourMinute)> {
    (month_day, time).parse(i)
}

/// `dash-date := yyyy ("-" | "/" | ".") mm sep dd time?`, e.g. `2011-09-02 09:30`; or, with
/// a time after it, separators that differ or a space among them, as a page's stamp sets
/// them (`2021-09/22 21:58:01`, `2021 09/ 22 21:58:01`).
pub fn dash_date(i: &str) -> IResult<&str, Date> {
    let (i, year) = digits(4, 4)(i)?;
    let (i, sep) = one_of("-/. ").parse(i)?;
    let (i, month) = digits(1, 2)(i)?;
    let (i, sep2) = one_of("-/.").parse(i)?;
    let (i, spaced) = spaces(i)?;
    let (i, day) = digits(1, 2)(i)?;
    let (i, t) = opt(preceded(opt(char(' ')), time)).parse(i)?;
    if (sep != sep2 || !spaced.is_empty()) && t.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    valid(
        i,
        Date {
            year,
            month,
            day,
            time: t,
        },
    )
}

fn valid(i: &str, d: Date) -> IResult<&str, Date> {
    let ok = (1..=12).contains(&d.month)
        && (1..=31).contains(&d.day)
        && (1000..=2999).contains(&d.year)
        && d.time.is_none_or(|(h, m)| h < 24 && m < 60);
    if ok {
        Ok((i, d))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// English month names as pages write them, full or cut to three letters (`May`, `Sep`,
/// `Sept`), with their numbers.
const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
];

/// `month-name := January | Jan | Sept | …`, longest spelling first.
fn month_name(i: &str) -> IResult<&str, u32> {
    for (name, n) in MONTHS {
        if let Some(rest) = i.strip_prefix(name) {
            return Ok((rest, *n));
        }
        let short = &name[..3];
        if let Some(rest) = i.strip_prefix("Sept").filter(|_| *n == 9) {
            return Ok((rest, *n));
        }
        if let Some(rest) = i.strip_prefix(short) {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            return Ok((rest, *n));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// `en-date := month-name " " day ","? " " yyyy`, e.g. `May 08, 2020`, `Sep 3 2019`.
pub fn en_date(i: &str) -> IResult<&str, Date> {
    let (i, month) = month_name(i)?;
    let (i, _) = char(' ').parse(i)?;
    let (i, day) = digits(1, 2)(i)?;
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = char(' ').parse(i)?;
    let (i, year) = digits(4, 4)(i)?;
    valid(
        i,
        Date {
            year,
            month,
            day,
            time: None,
        },
    )
}

/// `en-day-date := day " " month-name ","? " " yyyy`, e.g. `13 Jul 2021` (as a feed's
/// `Tue, 13 Jul 2021 08:33:24 GMT` dates a post), `3 September 2019`.
pub fn en_day_date(i: &str) -> IResult<&str, Date> {
    let (i, day) = digits(1, 2)(i)?;
    let (i, _) = char(' ').parse(i)?;
    let (i, month) = month_name(i)?;
    let (i, _) = opt(char(',')).parse(i)?;
    let (i, _) = char(' ').parse(i)?;
    let (i, year) = digits(4, 4)(i)?;
    valid(
        i,
        Date {
            year,
            month,
            day,
            time: None,
        },
    )
}

/// `compact-date := yyyy mm dd`, eight digits alone (`20040519`), as a field's value gives
/// it (`修正日期：20040519`). Never looked for in running text, where eight digits are
/// as likely a number: callers use it on a field's whole value.
pub fn compact_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (_, year) = digits(4, 4)(&s[..4]).ok()?;
    let (_, month) = digits(2, 2)(&s[4..6]).ok()?;
    let (_, day) = digits(2, 2)(&s[6..]).ok()?;
    valid(
        "",
        Date {
            year,
            month,
            day,
            time: None,
        },
    )
    .ok()
    .map(|(_, d)| d)
}

/// `date := nian-date | dash-date | en-date | en-day-date`
pub fn date(i: &str) -> IResult<&str, Date> {
    alt((nian_date, dash_date, en_date, en_day_date)).parse(i)
}

/// A period a chronicle files its entries under: a year, a month, or a year's month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    /// The year (a full one, `1958`), when named.
    pub year: Option<u32>,
    /// The month, 1–12, when named.
    pub month: Option<u32>,
}

/// `period := (year "年")? (month "月" "份"?)?`, one of them at least, and nothing else on
/// the line: `1958年`, `一九五八年`, `三月`, `3月份`, `2023年1月` — a chronicle's (大事记) part.
/// A year is a full one (four numerals).
pub fn period(i: &str) -> IResult<&str, Period> {
    let year = |i| -> IResult<&str, u32> {
        let (i, y) = alt((digits(4, 4), cn_year)).parse(i)?;
        let (i, _) = (spaces, char('年'), spaces).parse(i)?;
        if y >= 1000 {
            Ok((i, y))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    let month = |i| -> IResult<&str, u32> {
        let (i, m) = alt((digits(1, 2), cn_number(1, 2))).parse(i)?;
        let (i, _) = (spaces, char('月'), opt(char('份'))).parse(i)?;
        if (1..=12).contains(&m) {
            Ok((i, m))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    let (rest, (year, month)) = alt((
        (year, opt(month)).map(|(y, m)| (Some(y), m)),
        month.map(|m| (None, Some(m))),
    ))
    .parse(i)?;
    if !rest.trim().is_empty() {
        return Err(nom::Err::Error(nom::error::Error::new(
            rest,
            nom::error::ErrorKind::Eof,
        )));
    }
    Ok((rest, Period { year, month }))
}

/// `news-dateline := [^0-9，。]{2,12} month "月" day "日" "电"`, e.g. `新华社北京3月16日电`;
/// returns the dateline's text.
pub fn news_dateline(i: &str) -> IResult<&str, &str> {
    let start = i;
    let (i, _) = take_while_m_n(2, 12, |c: char| {
        !is_any_digit(c) && !is_cn_date_char(c) && !matches!(c, '，' | '。' | ' ' | '\u{3000}')
    })
    .parse(i)?;
    let (i, _) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (i, _) = char('月').parse(i)?;
    let (i, _) = alt((digits(1, 2), cn_number(1, 3))).parse(i)?;
    let (i, _) = tag("日电").parse(i)?;
    Ok((i, &start[..start.len() - i.len()]))
}

/// Finds the first full date in `s`, returning it with its byte range.
pub fn find_date(s: &str) -> Option<(Date, std::ops::Range<usize>)> {
    // A date has `年` or a digit (ASCII, or full-width: `０`..`９` are EF BC 90..99); the
    // cheapest look first (full-width punctuation shares the EF BC bytes, so that one last).
    let b = s.as_bytes();
    let possible = memchr::memmem::find(b, "年".as_bytes()).is_some()
        || b.iter().fold(false, |any, c| any | c.is_ascii_digit())
        || memchr::memchr_iter(0xEF, b).any(|i| {
            b.get(i + 1) == Some(&0xBC) && b.get(i + 2).is_some_and(|c| (0x90..=0x99).contains(c))
        });
    if !possible {
        return None;
    }
    let mut prev_digit = false;
    let mut prev_letter = false;
    for (pos, c) in s.char_indices() {
        // A date never starts in the middle of a number.
        let starts = !(prev_digit && (is_any_digit(c) || is_cn_date_char(c)));
        let numeral = is_any_digit(c) || is_cn_date_char(c);
        // An English month opens a word, with a capital.
        let month = c.is_ascii_uppercase() && !prev_letter;
        prev_digit = numeral;
        prev_letter = c.is_ascii_alphabetic();
        // Every date opens with a numeral, `民國`, `中華民國` or a month's name.
        if !starts || !(numeral || c == '民' || c == '中' || month) {
            continue;
        }
        if let Ok((rest, d)) = date(&s[pos..]) {
            return Some((d, pos..s.len() - rest.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_alone_is_a_year_a_month_or_both() {
        let p = |t: &str| period(t).ok().map(|(_, p)| (p.year, p.month));
        assert_eq!(p("1958年"), Some((Some(1958), None)));
        assert_eq!(p("一九五八年"), Some((Some(1958), None)));
        assert_eq!(p("二〇二三年 "), Some((Some(2023), None)));
        assert_eq!(p("三月"), Some((None, Some(3))));
        assert_eq!(p("十二月"), Some((None, Some(12))));
        assert_eq!(p("3月份"), Some((None, Some(3))));
        assert_eq!(p("2023年1月"), Some((Some(2023), Some(1))));
        // A short year, a month past twelve, a day, or words after it: no period alone.
        assert_eq!(p("58年"), None);
        assert_eq!(p("13月"), None);
        assert_eq!(p("3月5日"), None);
        assert_eq!(p("1958年大事"), None);
        assert_eq!(p("年"), None);
    }

    #[test]
    fn month_day_without_a_year() {
        assert_eq!(
            month_day("5月14日，县政府召开会议"),
            Ok(("，县政府召开会议", (5, 14)))
        );
        assert_eq!(month_day("１２月３日"), Ok(("", (12, 3))));
        assert_eq!(month_day("十二月三日上午"), Ok(("上午", (12, 3))));
        assert!(month_day("13月2日").is_err());
        assert!(month_day("5月份").is_err());
        assert!(month_day("经研究，决定表彰").is_err());
    }

    #[test]
    fn day_stamp_needs_its_time() {
        assert_eq!(day_stamp("03月05日 19:38"), Ok(("", ((3, 5), (19, 38)))));
        assert_eq!(
            day_stamp("3月5日9:05 来源"),
            Ok((" 来源", ((3, 5), (9, 5))))
        );
        assert!(day_stamp("3月5日").is_err());
        assert!(day_stamp("3月5日上午").is_err());
    }

    #[test]
    fn nian_date_reads_digits_and_time() {
        let (_, d) = nian_date("2017年07月27日 09:30").unwrap();
        assert_eq!(
            (d.ymd(), d.hm()),
            ("2017-07-27".into(), Some("09:30".into()))
        );
        let (_, d) = nian_date("2026年 4月23日").unwrap();
        assert_eq!(d.ymd(), "2026-04-23");
    }

    #[test]
    fn nian_date_reads_chinese_numerals() {
        assert_eq!(
            nian_date("一九五二年六月一日").unwrap().1.ymd(),
            "1952-06-01"
        );
        assert_eq!(
            nian_date("一九五七年三月十三日").unwrap().1.ymd(),
            "1957-03-13"
        );
        assert_eq!(
            nian_date("二〇二四年十二月二十七日").unwrap().1.ymd(),
            "2024-12-27"
        );
        // A zero keyed as a digit or a letter.
        for typed in [
            "二0一一年九月六日",
            "二O一一年九月六日",
            "二０一一年九月六日",
        ] {
            assert_eq!(nian_date(typed).unwrap().1.ymd(), "2011-09-06", "{typed}");
        }
        // Zeros alone are no year in numerals; Latin words are no year.
        assert!(nian_date("OOOO年九月六日").is_err());
        assert!(nian_date("oO年九月六日").is_err());
    }

    #[test]
    fn nian_date_reads_roc_years() {
        assert_eq!(nian_date("民國113年5月20日").unwrap().1.ymd(), "2024-05-20");
        assert_eq!(
            nian_date("民國 109 年 05 月 20 日").unwrap().1.ymd(),
            "2020-05-20"
        );
        assert_eq!(
            nian_date("中華民國108年3月1日").unwrap().1.ymd(),
            "2019-03-01"
        );
        assert!(find_date("中华民国一百年").is_none());
        // The whole of a ROC date is the date: a line of it alone is a dateline.
        let text = "中華民國 99 年 12 月 1 日";
        assert_eq!(
            find_date(text).map(|(d, r)| (d.ymd(), r)),
            Some(("2010-12-01".into(), 0..text.len()))
        );
        // A year of the Republic is never read without its era.
        assert_eq!(find_date("109 年 05 月 20 日"), None);
    }

    #[test]
    fn english_and_compact_dates() {
        assert_eq!(en_date("May 08, 2020").unwrap().1.ymd(), "2020-05-08");
        assert_eq!(en_date("Sep 3 2019").unwrap().1.ymd(), "2019-09-03");
        assert_eq!(en_day_date("13 Jul 2021").unwrap().1.ymd(), "2021-07-13");
        assert_eq!(
            find_date("Tue, 13 Jul 2021 08:33:24 GMT").unwrap().0.ymd(),
            "2021-07-13"
        );
        assert!(en_day_date("13 Jul").is_err());
        assert!(en_day_date("32 Jul 2021").is_err());
        assert_eq!(
            find_date("Posted on March 1, 2021 by admin")
                .unwrap()
                .0
                .ymd(),
            "2021-03-01"
        );
        assert_eq!(find_date("Mayday 2020"), None);
        assert_eq!(compact_date("20040519").unwrap().ymd(), "2004-05-19");
        assert_eq!(compact_date("20041319"), None);
        assert_eq!(compact_date("2004051"), None);
    }

    #[test]
    fn dash_date_reads_iso() {
        assert_eq!(dash_date("2011-09-02").unwrap().1.ymd(), "2011-09-02");
        assert!(dash_date("2011-13-02").is_err());
        // A page's stamp with mixed separators, read only with its time of day.
        assert_eq!(
            dash_date("2021-09/22 21:58:01").unwrap().1.ymd(),
            "2021-09-22"
        );
        assert_eq!(
            dash_date("2021 09/ 22 21:58:01").unwrap().1.ymd(),
            "2021-09-22"
        );
        assert!(dash_date("2021-09/22").is_err());
        assert!(dash_date("2021 09/22").is_err());
        assert!(dash_date("2011/09-02 人").is_err());
    }

    #[test]
    fn news_dateline_reads_agency_and_place() {
        assert_eq!(
            news_dateline("新华社北京4月12日电  近日").map(|r| r.1),
            Ok("新华社北京4月12日电")
        );
        assert_eq!(
            news_dateline("本报上海十月八日电 记者").map(|r| r.1),
            Ok("本报上海十月八日电")
        );
        assert!(news_dateline("会议指出，3月16日电力").is_err());
    }

    #[test]
    fn find_date_skips_partial_dates() {
        assert_eq!(find_date("（一九三一年五月）"), None);
        assert_eq!(find_date("12月9日"), None);
        let (d, r) = find_date("新闻频道 来源:求是网 2017年07月27日 09:30 A-A+").unwrap();
        assert_eq!(d.ymd(), "2017-07-27");
        assert_eq!(
            &"新闻频道 来源:求是网 2017年07月27日 09:30 A-A+"[r],
            "2017年07月27日 09:30"
        );
    }
}
