//! nom recognisers for numbers as Chinese documents write them: `一…九十九`, `〇 两 廿 卅`,
//! `壹貳參…拾`, ASCII and full-width digits, and the enclosed forms `①` `⑴` `⒈`.

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::satisfy;
use nom::combinator::{map, map_opt};
use nom::{IResult, Parser};

/// Returns the value of one Chinese digit, ordinary or financial (`壹`…`玖`), or `None`.
fn cn_digit_value(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '貮' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Returns the multiplier of a Chinese unit character (`十` `廿` `卅` `百` `千`), or `None`.
fn cn_unit_value(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '廿' => 20,
        '卅' => 30,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Tells whether `c` can be part of a Chinese numeral.
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit_value(c).is_some() || cn_unit_value(c).is_some()
}

/// Tells whether `c` is one of the financial (大写) numerals `壹贰叁…拾` / `壹貳參…拾`.
pub fn is_financial_char(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '貮'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
    )
}

/// Computes the value of a Chinese numeral string such as `二十一`, `廿三`, `一百零五` or `一〇`.
///
/// Accepts the positional form too (`一〇` = 10, `一九四三` = 1943) when there is no unit.
pub fn cn_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.chars().nth(8).is_some() {
        return None;
    }
    if s.chars().all(|c| cn_digit_value(c).is_some()) {
        // Positional: 一〇, 一九四三; a lone 〇 is no ordinal.
        let v = s
            .chars()
            .try_fold(0u32, |acc, c| Some(acc * 10 + cn_digit_value(c)?))?;
        return (v > 0).then_some(v);
    }
    let (mut total, mut pending, mut last_unit) = (0u32, None::<u32>, u32::MAX);
    for c in s.chars() {
        if let Some(d) = cn_digit_value(c) {
            if pending.is_some() && d != 0 {
                return None; // 二三十: two digits in a row
            }
            if d != 0 {
                pending = Some(d);
            }
        } else {
            let unit = cn_unit_value(c)?;
            if unit >= last_unit && !(unit >= 20 && pending.is_none()) {
                return None; // 十百, 十十
            }
            match unit {
                20 | 30 => {
                    if pending.is_some() {
                        return None;
                    }
                    total += unit;
                    last_unit = 10;
                }
                _ => {
                    total += pending.take().unwrap_or(1) * unit;
                    last_unit = unit;
                }
            }
        }
    }
    let v = total + pending.unwrap_or(0);
    (v > 0).then_some(v)
}

/// `cn-numeral := [〇零○一二两兩三四五六七八九十廿卅百千 壹贰…拾]{1,8}`, e.g. `二十一` → 21.
pub fn cn_numeral(i: &str) -> IResult<&str, u32> {
    map_opt(take_while_m_n(1, 8, is_cn_numeral_char), cn_value).parse(i)
}

/// `financial-numeral := [壹贰叁肆伍陆柒捌玖拾 壹貳參…拾]+`, e.g. `貳` → 2, `拾壹` → 11.
pub fn financial_numeral(i: &str) -> IResult<&str, u32> {
    map_opt(take_while_m_n(1, 6, is_financial_char), cn_value).parse(i)
}

/// The largest number a Roman numeral marker counts to: an outline's sections, not a year.
const ROMAN_MAX: u32 = 39;

/// Returns the value of one Roman numeral letter (`I` `V` `X`), or `None`.
fn roman_letter_value(c: char) -> Option<u32> {
    match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    }
}

/// Tells whether `c` is one of Unicode's upper-case Roman numerals `Ⅰ`…`Ⅻ`.
pub fn is_upper_roman(c: char) -> bool {
    ('\u{2160}'..='\u{216B}').contains(&c)
}

/// Spells `n` (1–39) as a Roman numeral, the one canonical way.
fn roman_spelling(n: u32) -> String {
    const ONES: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let mut s = "X".repeat((n / 10) as usize);
    s.push_str(ONES[(n % 10) as usize]);
    s
}

/// `roman-numeral := [IVX]{1,7} | [Ⅰ-Ⅻ]`: an upper-case Roman numeral up to XXXIX, spelt
/// the canonical way (`IV`, never `IIII` nor `VX`), or one of the enclosed forms `Ⅰ`…`Ⅻ`.
pub fn roman_numeral(i: &str) -> IResult<&str, u32> {
    if let Some(c) = i.chars().next().filter(|&c| is_upper_roman(c)) {
        return Ok((&i[c.len_utf8()..], c as u32 - 0x2160 + 1));
    }
    map_opt(
        take_while_m_n(1, 7, |c| roman_letter_value(c).is_some()),
        |s: &str| {
            let values: Vec<u32> = s.chars().filter_map(roman_letter_value).collect();
            let n = values.iter().enumerate().fold(0i64, |sum, (k, &v)| {
                if values.get(k + 1).is_some_and(|&next| next > v) {
                    sum - i64::from(v)
                } else {
                    sum + i64::from(v)
                }
            });
            let n = u32::try_from(n)
                .ok()
                .filter(|&n| (1..=ROMAN_MAX).contains(&n))?;
            (roman_spelling(n) == s).then_some(n)
        },
    )
    .parse(i)
}

/// Returns the value of an ASCII or full-width digit.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Tells whether `c` is an ASCII or full-width digit.
pub fn is_any_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The value of a run of ASCII or full-width digits, e.g. `１２` → 12.
pub fn digits_value(s: &str) -> u32 {
    s.chars().filter_map(digit_value).fold(0, |a, d| a * 10 + d)
}

/// `arabic := [0-9０-９]{1,6}`, e.g. `１２` → 12.
pub fn arabic(i: &str) -> IResult<&str, u32> {
    map(take_while_m_n(1, 6, is_any_digit), digits_value).parse(i)
}

/// `circled := [①-⑳]`, e.g. `③` → 3.
pub fn circled(i: &str) -> IResult<&str, u32> {
    map(satisfy(|c| ('\u{2460}'..='\u{2473}').contains(&c)), |c| {
        c as u32 - 0x2460 + 1
    })
    .parse(i)
}

/// `paren-digit := [⑴-⒇]`, e.g. `⑵` → 2.
pub fn paren_digit(i: &str) -> IResult<&str, u32> {
    map(satisfy(|c| ('\u{2474}'..='\u{2487}').contains(&c)), |c| {
        c as u32 - 0x2474 + 1
    })
    .parse(i)
}

/// `period-digit := [⒈-⒛]`, e.g. `⒉` → 2.
pub fn period_digit(i: &str) -> IResult<&str, u32> {
    map(satisfy(|c| ('\u{2488}'..='\u{249B}').contains(&c)), |c| {
        c as u32 - 0x2488 + 1
    })
    .parse(i)
}

/// `any-numeral := cn-numeral | arabic`, as used after `第`.
pub fn any_numeral(i: &str) -> IResult<&str, u32> {
    nom::branch::alt((cn_numeral, arabic)).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cn_numeral_reads_every_common_form() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("二十", 20),
            ("二十一", 21),
            ("九十九", 99),
            ("两", 2),
            ("兩", 2),
            ("廿", 20),
            ("廿三", 23),
            ("卅", 30),
            ("一〇", 10),
            ("一百零五", 105),
            ("一百二十", 120),
            ("壹", 1),
            ("贰", 2),
            ("貳", 2),
            ("參", 3),
            ("拾", 10),
            ("拾壹", 11),
            ("一九四三", 1943),
        ];
        for (s, v) in cases {
            assert_eq!(cn_numeral(s), Ok(("", v)), "{s}");
        }
    }

    #[test]
    fn cn_numeral_stops_at_other_text() {
        assert_eq!(cn_numeral("三、总体要求"), Ok(("、总体要求", 3)));
        assert!(cn_numeral("〇").is_err());
        assert!(cn_numeral("总体").is_err());
        assert!(cn_numeral("二三十").is_err());
        assert!(cn_numeral("十十").is_err());
    }

    #[test]
    fn financial_numeral_reads_capitals_only() {
        assert_eq!(financial_numeral("貳、"), Ok(("、", 2)));
        assert!(financial_numeral("二、").is_err());
    }

    #[test]
    fn roman_numeral_reads_canonical_spellings_only() {
        assert_eq!(roman_numeral("IV."), Ok((".", 4)));
        assert_eq!(roman_numeral("XIX、"), Ok(("、", 19)));
        assert_eq!(roman_numeral("Ⅲ．"), Ok(("．", 3)));
        assert_eq!(roman_numeral("Ⅻ"), Ok(("", 12)));
        assert_eq!(roman_numeral("XXXVIII."), Ok((".", 38)));
        assert!(roman_numeral("IIII.").is_err());
        assert!(roman_numeral("VX.").is_err());
        assert!(roman_numeral("ii.").is_err());
    }

    #[test]
    fn arabic_reads_ascii_and_fullwidth() {
        assert_eq!(arabic("12."), Ok((".", 12)));
        assert_eq!(arabic("１２．"), Ok(("．", 12)));
        assert!(arabic("x").is_err());
    }

    #[test]
    fn enclosed_forms_give_their_numbers() {
        assert_eq!(circled("①"), Ok(("", 1)));
        assert_eq!(circled("⑳"), Ok(("", 20)));
        assert_eq!(paren_digit("⑴"), Ok(("", 1)));
        assert_eq!(paren_digit("⒇"), Ok(("", 20)));
        assert_eq!(period_digit("⒈"), Ok(("", 1)));
        assert_eq!(period_digit("⒛"), Ok(("", 20)));
        assert!(circled("1").is_err());
    }
}
