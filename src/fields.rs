//! A block of document fields at the head: `- 公布日期：2025-01-01`, `- 来源：某数据库`,
//! `法規類別：行政`, `修正日期：20040519` — a database's record of the document, read into
//! the metadata and kept out of the outline.
//!
//! A field line inside the text (`资金来源：财政拨款`, `講師來源：校外`) is no such block: the
//! block must stand among the first lines, hold two fields or more, and one of them must
//! be a date or an address, as a record's fields are.

use crate::meta::Head;
use crate::model::Meta;
use crate::names::is_bare_name;
use crate::scan::date::{compact_date, find_date};
use crate::text::{chars, Line};
use crate::title::{field, is_domain, is_title_field, FIELD_LABEL_MAX};

/// How many lines from the top a field block may start at: under a title and a line or
/// two, never further down in the text.
const BLOCK_START_MAX: usize = 6;

/// The fewest fields of a bulleted block (`- 公布日期：…`): one `label：value` line alone is
/// as often text.
const BLOCK_MIN: usize = 2;

/// The fewest fields of a block without bullets: a headline with a colon over a `来源：` line
/// makes two such lines, a record three or more (two when the first names the document).
const PLAIN_BLOCK_MIN: usize = 3;

/// The most characters of a field line: a record's value is a date, a name, an address.
const FIELD_LINE_MAX: usize = 120;

/// Words of a label for the date a document was published, preferred over the other dates.
pub const PUBLISHED: &[&str] = &["公布", "公佈", "发布", "發布", "發佈", "颁布", "頒布"];

/// Words of a label for the date a paper was written or printed: before other dates, after
/// its publication's (`成文日期` gives way to `发布日期`).
const WRITTEN: &[&str] = &["印发", "成文"];

/// Words of a label for the date a law takes effect: its date only when it is the only one.
const EFFECTIVE: &[&str] = &["施行", "生效", "实施", "實施"];

/// Words of a label for a date of the paper's life besides those above: its amendments,
/// its passing, a record's making or updating.
const RECORDED: &[&str] = &[
    "修正", "修订", "修訂", "通过", "通過", "生成", "更新", "日期",
];

/// Tells whether a field's label dates the paper itself ([`PUBLISHED`], [`WRITTEN`],
/// [`EFFECTIVE`], [`RECORDED`]), not an event it announces (`会议时间`, `报名时间`).
pub fn dates_the_paper(label: &str) -> bool {
    [PUBLISHED, WRITTEN, EFFECTIVE, RECORDED]
        .iter()
        .any(|words| words.iter().any(|w| label.contains(w)))
}

/// The label of the last field that `before` opens (`国办发〔2025〕12号　发布日期：` →
/// `发布日期`), or `None` when it holds no colon.
fn inner_label(before: &str) -> Option<&str> {
    let head = before.trim_end().strip_suffix(['：', ':'])?;
    let start = head
        .rfind(|c: char| c.is_whitespace() || matches!(c, '：' | ':' | '|' | '｜'))
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let label = head[start..].trim();
    (!label.is_empty()).then_some(label)
}

/// Reads a field block among the first lines into `head`, marking its lines as metadata.
/// The line the format states as the headline (`headline`, a line number) ends a block: a
/// page's `<h1>人民网评：……</h1>` is a column and a headline, no field.
pub fn read_fields(lines: &[Line], head: &mut Head, headline: Option<usize>) {
    let first = lines
        .iter()
        .take(BLOCK_START_MAX)
        .position(|l| is_field_line(l.text) || bare_label(l.text).is_some());
    let Some(start) = first else { return };
    let block = entries(lines, start, headline);
    // A record dates the paper (`公布日期` `修正日期` `发布时间`); a notice's or a plan's
    // fields time its event (`会议时间：2024年5月10日`), which makes no record.
    let recordlike = block.iter().any(|e| {
        let dated = find_date(e.value).is_some() || compact_date(e.value).is_some();
        dated && dates_the_paper(e.label) || is_domain(e.value)
    });
    let bulleted = block.iter().all(|e| lines[e.at].text.starts_with(BULLETS));
    // A block that opens with the document's own name (`法規名稱：某某法`) is a record of
    // it, as a bulleted one is.
    let named = block
        .first()
        .is_some_and(|e| is_title_field(e.label, e.value));
    let fewest = if bulleted || named {
        BLOCK_MIN
    } else {
        PLAIN_BLOCK_MIN
    };
    if block.len() < fewest || !recordlike {
        return;
    }
    let mut dates: Vec<(u8, String)> = Vec::new();
    for e in &block {
        let (label, value) = (e.label, e.value);
        let mut why = "meta: document field".to_string();
        if is_title_field(label, value) {
            // The title's own field is read as the title, by the head.
            continue;
        }
        if let Some((d, at)) = find_date(value)
            .map(|(d, r)| (d, r.start))
            .or_else(|| compact_date(value).map(|d| (d, 0)))
        {
            // Two fields on one line (`发文字号：… 发布日期：…`, a table's row): the date's
            // own label is the last one before it.
            let label = inner_label(&value[..at]).unwrap_or(label);
            let rank = if PUBLISHED.iter().any(|w| label.contains(w)) {
                0
            } else if WRITTEN.iter().any(|w| label.contains(w)) {
                1
            } else if EFFECTIVE.iter().any(|w| label.contains(w)) {
                3
            } else {
                2
            };
            dates.push((rank, d.ymd()));
            why = format!("meta: document field ({label})");
        }
        if (label.ends_with("来源") || label.ends_with("來源")) && !value.is_empty() {
            head.meta.source.get_or_insert_with(|| value.to_string());
            why = "meta: document field (source)".into();
        }
        // A line an earlier pass read (`作者：`, `来源：`) keeps its reason.
        for at in std::iter::once(e.at).chain(e.value_at) {
            if !head.uses(at) {
                head.used.insert(at, why.clone());
            }
        }
    }
    set_best_date(&mut head.meta, dates);
    // A field whose value is a list (`法規沿革：` over `1.……` `2.……`): the label ends the
    // block, and the lines right under it, up to a blank line, are its value.
    let after = block
        .last()
        .map_or(start, |e| e.value_at.unwrap_or(e.at) + 1);
    // (Up to a blank line; or, where the block sets a blank line between each label and its
    // value, `• 发布机构：` / blank / `某局`, one value of a few words across one.)
    let spaced = block.iter().any(|e| {
        e.value_at
            .is_some_and(|v| lines[v].no == lines[e.at].no + 2)
    });
    let gap = if spaced { 2 } else { 1 };
    if let Some(label) = lines.get(after).and_then(|l| bare_label(l.text)) {
        let mut prev = lines[after].no;
        for (k, l) in lines.iter().enumerate().skip(after + 1) {
            // (Another label alone opens a list of its own: `有关要求：` under `会议议程：`'s.)
            // (Nor is a line bulleted as the label is one of its list: the block's next entry.)
            let bulleted = l.text.starts_with(BULLETS) && lines[after].text.starts_with(BULLETS);
            // (Spaced so, the value is one bare line: no marker, no sentence, `主动公开`; a
            // few words, or a line that heads no paragraph. A heading or the text may follow
            // the record's last label left empty: `第一章　总则`, `整改工作的总体情况` over
            // its text.)
            let heads_text = || {
                lines.get(k + 1).is_some_and(|n| {
                    crate::text::count_to(n.text, crate::subtitle::HEADED_MIN)
                        >= crate::subtitle::HEADED_MIN
                })
            };
            let spaced_value = k == after + 1
                && crate::scan::marker::line_marker(l.text).is_none()
                && !l.text.contains(crate::text::is_terminator)
                && (chars(l.text) <= SPACED_VALUE_MAX || !heads_text());
            if l.no > prev + gap
                || chars(l.text) > FIELD_LINE_MAX
                || bare_label(l.text).is_some()
                || bulleted
                || spaced && !spaced_value
            {
                break;
            }
            prev = l.no;
            if !head.uses(k) {
                head.used.insert(
                    k,
                    format!("meta: document field ({label}), a line of its list"),
                );
            }
        }
        if !head.uses(after) {
            head.used.insert(
                after,
                format!("meta: document field ({label}), its list below"),
            );
        }
    }
}

/// The most characters of the value a spaced record's last label keeps under it
/// (`主动公开`, `依申请公开`, `有效`).
const SPACED_VALUE_MAX: usize = 6;

/// One field of a block: the line of its label, the label, the value, and the line the
/// value stands on when it stands under its label (a page's table of fields copied as text:
/// `• 发文字号:` over `某政发〔2024〕7号`).
struct Entry<'a> {
    at: usize,
    label: &'a str,
    value: &'a str,
    value_at: Option<usize>,
}

/// The fields of the block that starts at line `start`: `label：value` lines, and labels
/// alone whose value is the line under them or empty. A label alone belongs to the block
/// only when another field follows it (its value and all), so that the block's last label
/// alone is left to be read as a list's (`法規沿革：`). The line `headline` ends the block.
fn entries<'a>(lines: &[Line<'a>], start: usize, headline: Option<usize>) -> Vec<Entry<'a>> {
    let in_block = |k: usize| {
        lines.get(k).is_some_and(|l| {
            Some(l.no) != headline && (is_field_line(l.text) || bare_label(l.text).is_some())
        })
    };
    let mut out = Vec::new();
    let mut k = start;
    while let Some(l) = lines.get(k).filter(|l| Some(l.no) != headline) {
        if is_field_line(l.text) {
            if let Some((label, value)) = field(l.text) {
                out.push(Entry {
                    at: k,
                    label,
                    value,
                    value_at: None,
                });
            }
            k += 1;
            continue;
        }
        let Some(label) = bare_label(l.text) else {
            break;
        };
        // Its value: the line under it, a bare value (no bullet, no label of its own) with
        // another field right after it; else the value is empty.
        let value_line = lines.get(k + 1).filter(|v| {
            !in_block(k + 1)
                && !v.text.starts_with(BULLETS)
                && chars(v.text) <= FIELD_LINE_MAX
                && in_block(k + 2)
        });
        match value_line {
            Some(v) => {
                out.push(Entry {
                    at: k,
                    label,
                    value: v.text,
                    value_at: Some(k + 1),
                });
                k += 2;
            }
            None if in_block(k + 1) => {
                out.push(Entry {
                    at: k,
                    label,
                    value: "",
                    value_at: None,
                });
                k += 1;
            }
            None => break,
        }
    }
    out
}

/// The labels of a government page's disclosure table (信息公开 fields), set without colons
/// and often spaced to one width (`索 引 号`, `文    号`): longer labels first where one holds
/// another (`发文字号` before `文号`).
const DISCLOSURE_LABELS: &[&str] = &[
    "索引号",
    "组配分类",
    "主题分类",
    "体裁分类",
    "信息分类",
    "发文日期",
    "成文日期",
    "发布日期",
    "公开日期",
    "生效日期",
    "发布机构",
    "发文机关",
    "公开方式",
    "公开范围",
    "公开时限",
    "发文字号",
    "文号",
    "有效性",
    "主题词",
    "关键词",
    "废止日期",
    "内容概述",
    "体裁",
    "分类",
];

/// The fewest bars of a table's row copied with its cells' bars (`索引号: | 0093…`).
const CELL_BARS_MIN: usize = 2;

/// The fewest rows of a disclosure table: one line of two labels may be a sentence's words.
const DISCLOSURE_ROWS_MIN: usize = 2;

/// The label and value pairs of a disclosure table's row (`索引号 1133…/2021-112711 组配分类
/// 常务会议`): the line, its spaces taken out, opens with a label of [`DISCLOSURE_LABELS`] and
/// holds two or more, each followed by a value. `None` for any other line.
fn disclosure_row(text: &str) -> Option<Vec<(&'static str, String)>> {
    if chars(text) > FIELD_LINE_MAX || !text.contains(char::is_whitespace) {
        return None;
    }
    // A table copied with its cells' bars (`| 索 引 号:0053…/2016-00132 | 主题分类:综合政务 |`,
    // `文 号: | 关键词: | ||`): bars and colons part words as spaces do, and a cell may be
    // left empty, as the page left it.
    let barred = text.matches(['|', '｜']).count() >= CELL_BARS_MIN;
    let cells = if barred {
        text.replace(['|', '｜', ':', '：'], " ")
    } else {
        text.to_string()
    };
    let text = cells.as_str();
    // The words run together, and where each word started: a label starts a word (its
    // characters may be spaced apart), never inside a value (`某市垃圾分类……办公室`).
    let mut squeezed = String::with_capacity(text.len());
    let mut starts = Vec::new();
    for word in text.split_whitespace() {
        starts.push(squeezed.len());
        squeezed.push_str(word);
    }
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    let mut at = 0;
    while at < squeezed.len() {
        let label = starts
            .binary_search(&at)
            .is_ok()
            .then(|| {
                DISCLOSURE_LABELS
                    .iter()
                    .find(|l| squeezed[at..].starts_with(*l))
            })
            .flatten();
        match label {
            Some(l) => {
                found.push((at, l));
                at += l.len();
            }
            None => at += squeezed[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    // (A barred row may hold one label: `内容概述: |`.)
    if found.len() < if barred { 1 } else { 2 } || found[0].0 != 0 {
        return None;
    }
    let mut out = Vec::new();
    for (k, &(at, label)) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(squeezed.len(), |n| n.0);
        let value = &squeezed[at + label.len()..end];
        if value.is_empty() && !barred {
            return None;
        }
        out.push((label, value.to_string()));
    }
    Some(out)
}

/// Reads a government page's disclosure table among the first lines (rows of labels and
/// values without colons: `发文日期 2021-03-04 成文日期 2021-03-04 发布机构 区政府办公室`),
/// two rows or more one after another: its lines are metadata and the publishing body the
/// source, where the page named none above. Gives the table's dates, ranked, for the caller
/// to take where the lines under the title (a page's own stamp) give none.
pub fn read_disclosure_table(lines: &[Line], head: &mut Head) -> Vec<(u8, String)> {
    let Some(start) = lines
        .iter()
        .take(BLOCK_START_MAX + DISCLOSURE_ROWS_MIN)
        .position(|l| disclosure_row(l.text).is_some())
    else {
        return Vec::new();
    };
    // (A table in bars under a sentence is the text's own, whatever its labels: the
    // record's rows stand above the text.)
    let sentence = |t: &str| {
        t.contains(crate::text::is_terminator) || t.ends_with(['：', ':']) && chars(t) >= 6
    };
    if lines[start].text.trim_start().starts_with(['|', '｜'])
        && lines[..start].iter().any(|l| sentence(l.text))
    {
        return Vec::new();
    }
    let rows: Vec<Vec<(&str, String)>> = lines[start..]
        .iter()
        .map_while(|l| disclosure_row(l.text))
        .collect();
    if rows.len() < DISCLOSURE_ROWS_MIN {
        return Vec::new();
    }
    let mut dates: Vec<(u8, String)> = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        for (label, value) in row {
            if let Some((d, _)) = find_date(value) {
                let rank = if PUBLISHED.iter().any(|w| label.contains(w)) {
                    0
                } else {
                    1
                };
                dates.push((rank, d.ymd()));
            }
            if matches!(*label, "发布机构" | "发文机关") {
                head.meta.source.get_or_insert_with(|| value.clone());
            }
        }
        if !head.uses(start + k) {
            head.used.insert(
                start + k,
                "meta: document field (a disclosure table's row)".into(),
            );
        }
    }
    dates
}

/// The label of a field line whose value is on the lines below it: `法規沿革：`.
pub fn bare_label(text: &str) -> Option<&str> {
    // (Or, in a bulleted block, a label in brackets with nothing after it: `• 【文件来源】`;
    // unbulleted, `【社区动态】` alone is a column's tag.)
    let unbulleted = text.trim_start_matches(BULLETS).trim_start();
    if unbulleted.len() < text.len() {
        if let Some((label, "")) = crate::title::bracketed_field(unbulleted) {
            return Some(label);
        }
    }
    let label = text
        .trim_start_matches(BULLETS)
        .trim_start()
        .strip_suffix(['：', ':'])?
        .trim_end();
    let words = label.chars().all(crate::text::is_cjk);
    ((2..=FIELD_LABEL_MAX).contains(&chars(label)) && words).then_some(label)
}

/// Sets the date from the block's dates: a publication date first, an effective date last.
pub fn set_best_date(meta: &mut Meta, mut dates: Vec<(u8, String)>) {
    dates.sort_by_key(|(rank, _)| *rank);
    if let Some((_, d)) = dates.into_iter().next() {
        meta.date = Some(d);
        meta.time = None;
    }
}

/// The bullets a record's fields are listed with.
pub const BULLETS: &[char] = &['-', '•', '·', '*', '●', '■', '◆'];

/// Tells whether a line is one field of a record: `- 标签：值`, short, the label a few
/// characters of words; without a bullet, no person's name (`某某：在……上的讲话` is a
/// headline) and no column (`求是网评：……` over `作者：` and `来源：` lines is a headline).
fn is_field_line(text: &str) -> bool {
    let bulleted = text.starts_with(BULLETS);
    chars(text) <= FIELD_LINE_MAX
        && field(text).is_some_and(|(label, _)| {
            chars(label) <= FIELD_LABEL_MAX
                && (bulleted
                    || !(is_bare_name(label)
                        || crate::names::bare_names(label).is_some()
                        || crate::title::is_column_prefix(label)))
        })
}

#[cfg(test)]
mod tests {
    use crate::meta::read;
    use crate::text::lines;

    #[test]
    fn a_record_block_is_metadata() {
        let l = lines(
            "某市物业管理条例\n\n- 公布日期：2024-06-01\n- 施行日期：2024-09-01\n- 时效性：有效\n- 来源：某数据库（example.gov.cn）\n\n第一条 为了规范物业管理，制定本条例。\n",
        );
        let h = read(&l);
        assert_eq!(h.meta.date.as_deref(), Some("2024-06-01"));
        assert_eq!(h.meta.source.as_deref(), Some("某数据库（example.gov.cn）"));
        assert_eq!(h.title.as_deref(), Some("某市物业管理条例"));
        let fields = h
            .used
            .iter()
            .filter(|(i, w)| l[**i].no > 2 && w.starts_with("meta"))
            .count();
        assert_eq!(fields, 4);
    }

    #[test]
    fn a_record_with_its_title_field() {
        let l = lines(
            "法規名稱：某某條例\n法規類別：行政\n修正日期：20100105\n\n第 1 條\n本條例依法制定。\n",
        );
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("某某條例"));
        assert_eq!(h.meta.date.as_deref(), Some("2010-01-05"));
    }

    #[test]
    fn a_field_whose_value_is_a_list_takes_the_lines_under_it() {
        let l = lines(
            "法規名稱：某市路燈管理辦法\n修正日期：民國 110 年 02 月 03 日\n法規體系：某市法規\n法規沿革：\n1.民國100年1月2日訂定發布\n2.民國110年2月3日修正發布第3條\n\n第 1 條\n為管理路燈，訂定本辦法。\n",
        );
        let h = read(&l);
        for no in [4, 5, 6] {
            let k = l.iter().position(|x| x.no == no).unwrap();
            assert!(h.uses(k), "line {no}: {:?}", h.used);
        }
        assert!(!h.uses(l.iter().position(|x| x.no == 8).unwrap()));
        // The same in a bulleted record, and no further than the blank line.
        let l = lines(
            "某县公共资源交易办法\n\n- 发布日期：2023-05-06\n- 发文机关：某县人民政府\n- 修订记录：\n1.2019年3月制定\n2.2023年5月修订\n\n1.总则\n",
        );
        let h = read(&l);
        let k = l.iter().position(|x| x.no == 7).unwrap();
        assert!(h.uses(k) && h.uses(k - 1) && h.uses(k - 2));
        assert!(!h.uses(k + 1));
    }

    #[test]
    fn a_label_over_a_list_in_the_text_is_text() {
        // No record above it: `主要内容：` and its list are the document's own.
        let l = lines("某镇工作简报\n\n本月完成三项工作。\n主要内容：\n1.修缮道路\n2.清理河道\n");
        let h = read(&l);
        assert!(!h.used.iter().any(|(_, w)| w.contains("its list")));
    }

    #[test]
    fn two_fields_a_line_rank_the_date_by_its_own_label() {
        let l = lines("某某办法\n\n发文机关：\t某某部\t成文日期：\t2025年03月18日\n发文字号：\t某发〔2025〕1号\t发布日期：\t2025年03月25日\n主题分类：\t综合\n\n正文。\n");
        assert_eq!(read(&l).meta.date.as_deref(), Some("2025-03-25"));
        assert_eq!(
            super::inner_label("某发〔2025〕1号\t发布日期：\t"),
            Some("发布日期")
        );
        assert_eq!(super::inner_label("某某部"), None);
    }

    #[test]
    fn a_disclosure_row_is_labels_and_values_without_colons() {
        let row = super::disclosure_row("索 引 号 MB1/2023-05 发文日期 2023-01-03").unwrap();
        assert_eq!(
            row,
            [
                ("索引号", "MB1/2023-05".to_string()),
                ("发文日期", "2023-01-03".to_string())
            ]
        );
        assert!(super::disclosure_row("分   类 政务公开 有 效 性 有效").is_some());
        // A label with no value, one label, or words before the first: no row.
        assert!(super::disclosure_row("发文日期 发布机构").is_none());
        assert!(super::disclosure_row("发文日期 2023-01-03").is_none());
        assert!(super::disclosure_row("请注明 发文日期 和 发布机构").is_none());
        // A label's words inside a value are the value's.
        let row = super::disclosure_row("发布机构 某市垃圾分类工作办公室 文 号 某办〔2024〕3号");
        assert_eq!(row.unwrap()[0].1, "某市垃圾分类工作办公室");
    }

    #[test]
    fn an_effective_date_only_when_alone() {
        let l = lines("某办法\n\n- 施行日期：2020-01-01\n- 制定机关：某部\n\n第一条 为了。\n");
        assert_eq!(read(&l).meta.date.as_deref(), Some("2020-01-01"));
    }

    #[test]
    fn a_headline_with_a_colon_over_a_source_line_is_no_record() {
        let l =
            lines("王某某：在某会议上的讲话\n\n来源：某平台　|　日期：2025-01-02\n\n同志们：\n");
        let h = read(&l);
        assert_eq!(h.title.as_deref(), Some("在某会议上的讲话"));
        assert_eq!(h.meta.author, vec!["王某某"]);
    }

    #[test]
    fn field_lines_in_the_text_stay_text() {
        let l = lines("关于某项目的说明\n\n项目概况如下。\n\n资金来源：财政拨款\n建设地点：某区\n");
        let h = read(&l);
        assert!(!h
            .used
            .iter()
            .any(|(_, w)| w.starts_with("meta: document field")));
        // One label line without a date or address is no record either.
        let l = lines("某讲座通知\n讲师：张某\n地点：礼堂\n\n欢迎参加。\n");
        assert!(read(&l).meta.date.is_none());
    }
}
