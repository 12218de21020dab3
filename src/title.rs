//! Title candidates: what one line at the head of a document is by its shape — a headline,
//! a breadcrumb ending in one, a site's name or domain, a hotline, a scraper's note, a
//! navigation label — and the headline's text once breadcrumbs, site names, field labels,
//! column tags and a speaker prefix are taken off.
//!
//! Nothing here knows a site's spelling: each test is about the shape of the line.

use crate::names::{is_bare_name, is_role, join_spaces};
use crate::scan::date::find_date;
use crate::scan::marker::line_marker;
use crate::text::{chars, is_cjk, is_terminator, trim};

/// The most characters of a title line: longer lines are paragraphs.
pub const TITLE_MAX: usize = 60;

/// The most characters of a navigation label (`查看内容`, `专家学者`, `资讯正文`): a line this
/// short loses to a better-supported headline after it. Real titles of six characters or
/// fewer exist (`实践论`), so shortness only weighs against a line, never rejects it.
pub const NAV_LABEL_MAX: usize = 6;

/// The most characters of one part of a breadcrumb before its last (`首页`, `某大学`,
/// `新闻中心`): longer parts are text, and the line is no breadcrumb.
const CRUMB_MAX: usize = 16;

/// The most characters of a site name after a title (`| nankai.info`, `_共产党员网`).
const SITE_SUFFIX_MAX: usize = 16;

/// The most characters of a column tag in brackets after a title (`（人民要论）`).
const COLUMN_TAG_MAX: usize = 8;

/// The most characters of a tag in `【】` before a title (`【资讯汇总】`).
const KICKER_TAG_MAX: usize = 8;

/// The most characters of a column name before a bar (`一图读懂｜`): a column's name, not
/// the first half of a headline.
const BAR_COLUMN_MAX: usize = 6;

/// The most characters of a column prefix before a colon (`人民日报评论员文章：`).
const COLUMN_PREFIX_MAX: usize = 12;

/// The most characters of a field label (`法規名稱`, `公布日期`, `财富热线`).
pub const FIELD_LABEL_MAX: usize = 8;

/// Column words that end a prefix such as `求是网评:`, `人民日报评论员文章：` or
/// `某某网评论员：` (a commentator's column: the commentator is a role, not a name).
const COLUMN_ENDINGS: &[&str] = &[
    "评论员",
    "評論員",
    "评",
    "论",
    "评论",
    "文章",
    "观察",
    "声音",
    "时评",
    "社论",
    "短评",
    "快评",
    "锐评",
    "视点",
    "观点",
    "论坛",
    "要论",
    "谈",
];

/// Last characters of a bracketed status that belongs to the title, never a column:
/// `（试行）`, `（草案）`, `（修订版）`, `（征求意见稿）`, `（节选）`, `（全文）`.
const STATUS_ENDINGS: &[char] = &[
    '行', '案', '订', '訂', '正', '版', '稿', '选', '選', '录', '錄', '文', '要', '本', '编', '編',
];

/// The most characters inside the brackets of a title's tail line (`（征求意见稿）`).
const TAIL_MAX: usize = 12;

/// Tells whether a line alone under a title ends that title: a plan's period in brackets
/// (`（2025—2027年）`, `(2021-2025年)`) or a status (`（试行）`, `（征求意见稿）`). A date in
/// brackets (`（2024年3月1日）`) is a dateline, not part of the title.
pub fn is_title_tail(text: &str) -> bool {
    let Some(inner) = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
    else {
        return false;
    };
    let inner = trim(inner);
    if inner.is_empty() || chars(inner) > TAIL_MAX || inner.contains(['（', '(', '）', ')']) {
        return false;
    }
    let year = |s: &str| {
        let s = trim(s.trim_end_matches('年'));
        s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
    };
    let period = inner
        .split_once(['—', '–', '-', '~', '～', '至'])
        .is_some_and(|(from, to)| year(from) && year(to.trim_start_matches(['—', '-'])));
    let status = inner.ends_with(STATUS_ENDINGS)
        && inner.chars().all(crate::text::is_cjk)
        && chars(inner) <= 6;
    period || status
}

/// What one head line is, by its shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Not a title, with why (a domain, a hotline, a scraper's note …).
    Rejected(&'static str),
    /// A paragraph: the head ends here.
    Body,
    /// A subtitle under a headline (`——……答记者问`): neither title nor the end of the head.
    Subtitle,
    /// A date standing alone (`2019年9月26日 15:10`): a dateline.
    Date,
    /// A title candidate.
    Candidate(Candidate),
}

/// A line that may be the title, and what its shape says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Candidate {
    /// The headline once breadcrumb, site, field label, column and speaker are off.
    pub title: String,
    /// A column taken off (`求是网评`, `人民要论`, `资讯汇总`).
    pub column: Option<String>,
    /// A speaker taken off the front (`某某：在……上的讲话`).
    pub speaker: Option<String>,
    /// The line was a breadcrumb (`首页 >> 栏目 >> 标题`) or a page title with a site
    /// suffix: the page says itself which part is the headline.
    pub crumb: bool,
    /// The line was a `标题：` field: the document says itself that this is its title.
    pub field: bool,
    /// A date set after the headline, a space between (`某某工作总结 2016-03-07`): the
    /// page's stamp, taken off.
    pub date: Option<String>,
    /// What was taken off, for `--explain`.
    pub notes: Vec<&'static str>,
}

impl Candidate {
    /// Tells whether the candidate is as short as a navigation label.
    pub fn is_short(&self) -> bool {
        chars(&self.title) <= NAV_LABEL_MAX
    }
}

/// A menu bar lists at least this many links (`学校主页 | 信息公开 | 投稿系统`); a title
/// with its site's name after a bar has two parts.
const MENU_ITEMS_MIN: usize = 3;
/// The most characters of one link in a menu bar.
const MENU_ITEM_MAX: usize = 8;

/// A link of a menu in Latin letters has at most this many words (`English Version`).
const LATIN_LINK_WORDS: usize = 3;

/// Tells whether a line is a menu bar: [`MENU_ITEMS_MIN`] or more short links between bars.
fn is_menu_bar(text: &str) -> bool {
    let items: Vec<&str> = text
        .split(['|', '｜', '丨'])
        .map(trim)
        .filter(|p| !p.is_empty())
        .collect();
    // Links may also stand apart by layout space inside one part (`新聞公報　　English`):
    // each of them short.
    // (A link in Latin letters is short by its words: `English Version`.)
    let short = |p: &&str| {
        p.split(['\u{3000}', '\t'])
            .flat_map(|q| q.split("  "))
            .map(trim)
            .all(|q| {
                chars(q) <= MENU_ITEM_MAX
                    || q.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
                        && q.split_whitespace().count() <= LATIN_LINK_WORDS
            })
    };
    // (A link of Latin words, longer than a short link, comes beside a menu's own: the
    // others are a menu's worth, `人工智能前沿 | Deep Learning Weekly | 第12期` being a
    // headline's parts.)
    let wordy = |p: &&str| p.is_ascii() && chars(p) > MENU_ITEM_MAX;
    let own = items.iter().filter(|p| !wordy(p)).count();
    if items.len() >= MENU_ITEMS_MIN
        && (own == items.len() || own >= MENU_ITEMS_MIN)
        && items.iter().all(|p| !p.contains(['，', '。']))
        && items.iter().all(short)
    {
        return true;
    }
    // Or, without bars, four or more short links parted by wide layout space (two spaces
    // or more: `首页　　博文目录　　图片　　关于我`); a headline's halves are two, parted by
    // one space.
    let links: Vec<&str> = text
        .split("\u{3000}\u{3000}")
        .flat_map(|q| q.split("  "))
        .map(trim)
        .filter(|p| !p.is_empty())
        .collect();
    links.len() >= SPACED_LINKS_MIN
        && links
            .iter()
            .all(|p| chars(p) <= SPACED_LINK_MAX && p.chars().all(|c| c.is_alphanumeric()))
}

/// Links parted by layout space alone make a menu from this many on.
const SPACED_LINKS_MIN: usize = 4;

/// A link of a menu parted by layout space alone has at most this many characters.
const SPACED_LINK_MAX: usize = 6;

/// The most characters on either side of the star of a secrecy mark (`绝密★启用前`,
/// `秘密★1年`: a level and a period, as official papers print them).
const SECRECY_PART_MAX: usize = 5;

/// Tells whether a line is a secrecy mark: a short level, `★`, a short period.
fn is_secrecy_mark(text: &str) -> bool {
    text.split_once('★').is_some_and(|(level, period)| {
        let (level, period) = (trim(level), trim(period));
        (1..=SECRECY_PART_MAX).contains(&chars(level))
            && (1..=SECRECY_PART_MAX).contains(&chars(period))
            && !period.contains('★')
    })
}

/// The words of the marks set at a paper's top on how to handle it: its circulation and its
/// urgency.
const HANDLING_WORDS: &[&str] = &[
    "内部资料",
    "内部文件",
    "内部刊物",
    "内部参阅",
    "注意保存",
    "注意保密",
    "妥善保管",
    "不得外传",
    "仅供参考",
    "特急",
    "加急",
    "平急",
];

/// Tells whether a line is nothing but handling marks (`内部资料　注意保存`, `特急`),
/// however spaced.
pub fn is_handling_mark(text: &str) -> bool {
    let mut rest: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if rest.is_empty() {
        return false;
    }
    while let Some(w) = HANDLING_WORDS.iter().find(|w| rest.starts_with(*w)) {
        rest.drain(..w.len());
        rest = rest
            .trim_start_matches(['，', '、', '·', '|', '｜'])
            .to_string();
    }
    rest.is_empty()
}

/// Tells whether a line is a standard's code and nothing else: capitals (`GB/T`, `DB 99/T`,
/// `T/CSDSL`), a number, a dash and the year (`1234—2020`).
fn is_standard_code(text: &str) -> bool {
    let t = text.trim();
    let Some((code, year)) = t.rsplit_once(['—', '-', '－', '–']) else {
        return false;
    };
    t.len() <= 40
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && code.contains(|c: char| c.is_ascii_digit())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '/' | '.' | '\u{3000}'))
}

/// The most characters of a code alone on its line (`ICS 13.220.01`, `CCS C 84`).
const CODE_LINE_MAX: usize = 20;

/// Tells whether a line is a code and nothing else: capital letters, digits, dots, slashes
/// and spaces, with a capital and a digit (a standard's cover: `ICS 13.220.01`, `CCS C 84`, `DB3399`). No
/// headline is written so.
fn is_code_line(text: &str) -> bool {
    let t = text.trim();
    t.len() <= CODE_LINE_MAX
        && t.contains(|c: char| c.is_ascii_digit())
        && t.contains(|c: char| c.is_ascii_uppercase())
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '/' | ' '))
}

/// Tells whether a line is a journal's masthead as a PDF copy gives it: the volume and the
/// issue (`第23卷第2期 某某研究 Vol.23 No.2`), or the issue's month beside the journal's
/// name in Latin letters (`2025年4月 Rural Finance Research`).
fn is_masthead(text: &str) -> bool {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::text::fold_width)
        .collect();
    let numbered = |open: &str, close: char| {
        t.split(open).skip(1).any(|after| {
            let digits = after.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && after[digits..].starts_with(close)
        })
    };
    let volume_issue = numbered("第", '卷') && numbered("第", '期');
    let latin = t.contains("Vol") && t.contains("No");
    // `2025年4月` and then only Latin letters (`Rural Finance Research Apr. 2025`): the
    // month of the issue.
    let month_line = t.split_once('年').is_some_and(|(year, rest)| {
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && rest.split_once('月').is_some_and(|(month, name)| {
                (1..=2).contains(&month.len())
                    && month.bytes().all(|b| b.is_ascii_digit())
                    && !name.is_empty()
                    && name.chars().any(|c| c.is_ascii_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_ascii() || matches!(c, '，' | '．' | '、'))
            })
    });
    // An issue's number alone (`第７期`, `第3期（总第47期）`): a bulletin's masthead.
    let issue_alone = {
        let rest = t
            .strip_prefix('第')
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
            .and_then(|r| r.strip_prefix('期'));
        rest.is_some_and(|r| {
            r.is_empty()
                || r.strip_prefix(['（', '('])
                    .and_then(|r| r.strip_prefix("总第"))
                    .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
                    .is_some_and(|r| matches!(r, "期）" | "期)"))
        }) && t.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
    };
    volume_issue || latin && numbered("第", '期') || month_line || issue_alone
}

/// The dashes a subtitle opens with: the em dash (`——`), the box-drawing rule and the
/// horizontal bar (`――`) that typesetters and converters put for it.
pub const DASHES: [char; 3] = ['—', '─', '―'];

/// The most characters of a speech's occasion line (`2026年1月19日在某市第十五届人民代表
/// 大会第四次会议上`): a date and a meeting's full name.
const OCCASION_MAX: usize = 60;

/// Tells whether a line says when and where a speech or a report was given, no dash before
/// it: a full date, then `在……上`, nothing after (`2026年1月19日在某市……会议上`). A speech's
/// dateline where a byline or a salutation stands under it; with the speech's kind after it
/// (`……上的讲话`) it is a headline, and so it may be alone (`1949年10月1日在天安门城楼上`).
pub fn is_occasion(text: &str) -> bool {
    let text = trim(text);
    find_date(text).is_some_and(|(_, range)| {
        let rest = trim(&text[range.end..]);
        range.start == 0
            && rest.starts_with('在')
            && rest.ends_with('上')
            && chars(text) <= OCCASION_MAX
            && !rest.contains(is_terminator)
    })
}

/// Tells whether a line opens with a dash (`——在……上的讲话`): a subtitle under a title.
pub fn is_dash_line(text: &str) -> bool {
    text.starts_with(DASHES) || text.starts_with("--")
}

/// Why a line of links between bars is no title.
pub const MENU_BAR_WHY: &str = "a menu bar (short links between bars)";

/// Judges one head line by its shape.
pub fn judge(text: &str) -> Shape {
    if is_scraper_note(text) {
        return Shape::Rejected("a scraper's note (URL query text)");
    }
    if is_menu_bar(text) {
        return Shape::Rejected(MENU_BAR_WHY);
    }
    // A note in brackets, the whole line, with a clause of its own inside (`（请在使用前对文本的
    // 时效性进行确认，内容以……为准）`): the page's or the editor's words, no headline.
    if let Some(inner) = text
        .trim()
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']))
    {
        if inner.contains(['，', ',']) && !inner.contains(['（', '(', '）', ')']) {
            return Shape::Rejected("a note in brackets (a clause of the page's or the editor's)");
        }
    }
    // A breadcrumb that ends in its separator (`位置：首页 > 公告 >`): the page's path, the
    // headline after it cut off.
    if is_spaced_crumb(text) {
        return Shape::Rejected("a path from the home page, its parts set apart by spaces");
    }
    if is_open_breadcrumb(text) {
        return Shape::Rejected("a breadcrumb ending in its separator (the page's path)");
    }
    // A record's row, a label in its first cell (`| 标题: | 某某说明 | |`, `[ 索引号 ] | … |`):
    // the page's fields, the title's among them.
    if let Some((label, value)) = record_row(text) {
        if is_title_label(label) {
            if let Some(mut c) = candidate(value) {
                c.field = true;
                c.notes.push("a record's row: the title's field");
                return Shape::Candidate(c);
            }
        }
        return Shape::Rejected("a record's row (a label's cell, then its value)");
    }
    // A table's row, its cells between bars (`| 晚稻 | 1200亩 |`): the text's matter, where
    // the head ends.
    if is_table_row(text) {
        return Shape::Body;
    }
    // The page's place on its site, no chain of parts to end in a headline (`当前位置：正文`,
    // `当前位置：某报 第2018-07-16期 第B3版`).
    if location_value(text).is_some() && breadcrumb_last(text).is_none() {
        return Shape::Rejected("the page's place on its site (a location field, no path)");
    }
    if is_secrecy_mark(text) {
        return Shape::Rejected("a secrecy mark (level ★ period)");
    }
    if is_handling_mark(text) {
        return Shape::Rejected("a handling mark (内部资料, 注意保存, 特急)");
    }
    if is_masthead(text) {
        return Shape::Rejected("a journal's masthead (volume and issue, or the issue's month)");
    }
    if is_standard_code(text) {
        return Shape::Rejected("a standard's code (GB/T 1234—2020)");
    }
    if is_code_line(text) {
        return Shape::Rejected("a code alone (capitals and numbers: ICS 13.220.01, DB3399)");
    }
    if is_dash_line(text) {
        return Shape::Subtitle;
    }
    // An office and a name set apart (`某市人民检察院检察长 某某`): whose text it is, no
    // headline.
    if crate::names::name_byline(text).is_some_and(|(unit, _)| unit.is_some()) {
        return Shape::Rejected("a byline (an office or a unit, then a name)");
    }
    if is_site_edition(text) {
        return Shape::Rejected("a site's name and its edition (某某网移动版)");
    }
    if is_posting_stamp(text) {
        return Shape::Rejected("an outlet's stamp (its name, the day and the time it posted)");
    }
    if is_date_line(text) {
        return Shape::Date;
    }
    // `据新华社北京3月7日电` alone: the news item's dateline, which opens its text.
    if crate::scan::date::news_dateline(text).is_ok_and(|(rest, _)| trim(rest).is_empty()) {
        return Shape::Rejected("a news agency's dateline alone");
    }
    if is_role(text) {
        return Shape::Rejected("a byline without a name (a role)");
    }
    if is_column_alone(text) {
        return Shape::Rejected("a column's name alone (某某报评论员文章)");
    }
    // (Three labels at least: a slogan's two halves may end in 网, `织密安全网　守护万家`.)
    if is_label_row(text)
        && text.split_whitespace().count() >= 3
        && text.split_whitespace().any(is_site_name)
    {
        return Shape::Rejected("a row of a page's labels, the site's name among them");
    }
    if is_page_heading(text) {
        return Shape::Rejected("a page heading (details, text, list)");
    }
    if is_greeting(text) {
        return Shape::Rejected("a site's greeting (欢迎访问……, ……欢迎您)");
    }
    if is_skip_link(text) {
        return Shape::Rejected("a page's skip link (跳过导航, Skip to main content)");
    }
    if is_counts_line(text) {
        return Shape::Rejected("a page's counts (阅读量：1.2万, 全文共计3200字)");
    }
    if is_editor_label(text) {
        return Shape::Rejected("the label of an editor's note alone (编者按, 导读)");
    }
    {
        // (Or its address and its slogan, a dash or a bar between: `EXAMPLE.COM —— 专注
        // 公文写作`, a page's banner.)
        let words: Vec<&str> = text.split_whitespace().collect();
        let banner = words.len() <= 4
            && words.first().is_some_and(|w| is_domain(w))
            && words[1..]
                .iter()
                .any(|w| w.starts_with(['—', '-', '|', '｜', '丨']))
            && !text.contains(is_terminator);
        if words.len() == 2 && words.iter().any(|w| is_domain(w)) || banner {
            return Shape::Rejected("a site's name or slogan and its address");
        }
    }
    if is_counted_label(text) {
        return Shape::Rejected("a widget's label with its count (推荐回答(1个), 评论(12))");
    }
    if is_bracket_label(text) {
        return Shape::Rejected(BRACKET_LABEL_WHY);
    }
    // A year or a month alone (`2015年`, `三月`) dates what is under it: no headline.
    if crate::scan::date::period(text.trim()).is_ok() {
        return Shape::Rejected("a period alone (2015年, 三月): a date, no headline");
    }
    if is_domain(text) {
        return Shape::Rejected("a domain name");
    }
    // `English`, `EN`, a site's Latin name: a page's language switch or logo, no headline
    // of a Chinese text.
    if !text.chars().any(is_cjk) {
        return Shape::Rejected("no Chinese words (a language switch, a name in Latin letters)");
    }
    // A news agency's dispatch line naming its story's headline (`新华社北京4月9日电
    // 题：……`): the headline after `题`.
    if let Some(headline) = dispatch_headline(text) {
        if let Some(mut c) = candidate(headline) {
            c.field = true;
            c.notes.push("a dispatch's line taken off (……电 题：)");
            return Shape::Candidate(c);
        }
    }
    // An issuer's name and a field of its record after a space (`某市生态环境局 签发人：某某`):
    // the paper's record, no headline.
    {
        let before = before_next_field(text);
        if before.len() < text.len() && is_org_name(before) {
            return Shape::Rejected("an issuer's name and a field of its record (某局 签发人：……)");
        }
    }
    if let Some((label, value)) = field(text) {
        if is_title_field(label, value) {
            return match candidate(before_next_field(value)) {
                Some(mut c) => {
                    c.field = true;
                    c.notes.push("field label taken off");
                    Shape::Candidate(c)
                }
                None => Shape::Rejected("an empty title field"),
            };
        }
        // A field that opens with a date (`会议时间：2024年5月10日`, its words those of the
        // date): the time of what the text is about, no headline.
        if crate::scan::date::find_date(value)
            .is_some_and(|(_, r)| trim(&value[..r.start]).is_empty())
        {
            return Shape::Rejected("a field of a date (label: date)");
        }
        if !value.chars().any(is_cjk) {
            let dated = crate::scan::date::find_date(value).is_some();
            return Shape::Rejected(if is_phone(value) && !dated {
                "a phone number"
            } else {
                "a field without words (label: number, address or date)"
            });
        }
        // A page's contact line lists fields after a phone or an address
        // (`热线电话：0000-1234567　投稿邮箱：…`): its first value says what it is.
        let first = value
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or(value);
        if is_phone(first) || is_email(first) {
            return Shape::Rejected("a contact line (phone or mail address)");
        }
        // A record's field by its label, spaced to a wider label's width or left empty before
        // another field (`文　　号： 关键字：……`): a headline's topic before its colon
        // (`垃圾分类：从我做起`) is set so neither.
        if is_field_label(label) && (label.contains(char::is_whitespace) || field(value).is_some())
        {
            return Shape::Rejected("a record's field (文号：, 关键字：, 发布机构：)");
        }
    }
    if is_field_row(text) {
        return Shape::Rejected("a row of a record's fields (label: value, label: value)");
    }
    if !headline_shaped(text) {
        return Shape::Body;
    }
    match candidate(text) {
        Some(c) => Shape::Candidate(c),
        None => Shape::Body,
    }
}

/// Labels that name the paper's own title, set bare in a record's cell.
const BARE_TITLE_LABELS: &[&str] = &[
    "标题",
    "標題",
    "题名",
    "題名",
    "文件名称",
    "文件名稱",
    "文件标题",
];

/// The most characters of a record's label in its cell (`发布机构`, `索引号`, `成文日期`).
const RECORD_LABEL_MAX: usize = 8;

/// Reads a record's row set out in cells (`| 标题: | 某某说明 | |`, `[ 索引号 ] | 1234 |
/// [ 文号 ] | |`): the bars close the row, the first cell is a label (a colon after it, or
/// square brackets around it) and a value stands in the next; the label and that value.
fn record_row(text: &str) -> Option<(&str, &str)> {
    let text = trim(text);
    if !text.ends_with(['|', '｜']) || text.matches(['|', '｜']).count() < TABLE_ROW_BARS_MIN - 1
    {
        return None;
    }
    let mut cells = text.split(['|', '｜']).map(trim).filter(|c| !c.is_empty());
    let first = cells.next()?;
    let value = cells.next()?;
    let label = first
        .strip_suffix([':', '：'])
        .or_else(|| {
            first
                .strip_prefix(['[', '［', '【'])
                .and_then(|l| l.strip_suffix([']', '］', '】']))
        })
        // (Or a label that names the paper's own title set bare in its cell, `文件名称 |
        // 某某通报 | |`: the cell's bar parts it from its value. `项目名称 | …… |` names a
        // thing the paper is about.)
        .or_else(|| BARE_TITLE_LABELS.contains(&first).then_some(first))
        .map(trim)?;
    ((1..=RECORD_LABEL_MAX).contains(&chars(label)) && label.chars().all(|c| is_cjk(c) || c == ' '))
        .then_some((label, value))
}

/// The fewest bars of a table's row (`| 项目 | 数量 |`: an opening bar, one between, one
/// closing).
const TABLE_ROW_BARS_MIN: usize = 3;

/// Tells whether a line is a table's row as plain text shows one: it opens and closes with
/// a bar and holds cells between them.
pub fn is_table_row(text: &str) -> bool {
    let t = text.trim();
    let bars = ['|', '｜'];
    t.starts_with(bars) && t.ends_with(bars) && t.matches(bars).count() >= TABLE_ROW_BARS_MIN
}

/// A rule that takes off a headline's line what is not the headline, giving what is left.
type Shed = fn(&str) -> Option<&str>;

/// Makes a candidate of a line that reads as a title, taking off what is not the headline.
fn candidate(text: &str) -> Option<Candidate> {
    candidate_of(text, false)
}

/// Judges the text's first line that opens with a marker making no series in the document
/// (`第十届（2015）某某年会` over `一、会议背景`, `第7课 某某 教案` with no other lesson): a
/// headline whose first word is an ordinal, marker and all. (Its shape must still be a
/// headline's; [`judge`] settles everything else about it first.)
pub fn judge_lone_marked(text: &str) -> Shape {
    match judge(text) {
        Shape::Body => {
            if !headline_shaped(text) {
                return Shape::Body;
            }
            match candidate_of(text, true) {
                Some(mut c) => {
                    c.notes.push("its ordinal makes no series in the text");
                    Shape::Candidate(c)
                }
                None => Shape::Body,
            }
        }
        shape => shape,
    }
}

/// Tells whether a line has a headline's shape: short enough, no sentence's end at its end
/// nor a colon, and no full stop inside (a sentence that more words follow is prose, a PDF's
/// wrapped line: a headline may ask two questions but states no sentence).
fn headline_shaped(text: &str) -> bool {
    let inner_stop = text.trim_end_matches(['。', '；']).contains(['。', '；']);
    fits_title(text) && !text.ends_with(['。', '；', ';', '：', ':']) && !inner_stop
}

/// [`candidate`], a marker at its start allowed when `marked` (see [`judge_lone_marked`]).
fn candidate_of(text: &str, marked: bool) -> Option<Candidate> {
    let mut c = Candidate::default();
    let mut t = text;
    if let Some(last) = breadcrumb_last(t) {
        t = last;
        c.crumb = true;
        c.notes.push("breadcrumb: its last part");
    }
    let stripped = strip_site(t);
    if stripped.len() != t.len() {
        c.crumb = true;
        c.notes.push("site name after it taken off");
        t = stripped;
    }
    let mut t = trim(t.trim_end_matches(['*', '＊', '※']));
    // What else the headline's line carries, each taken off by its shape.
    let sheds: [(Shed, &str); 13] = [
        (
            strip_said_twice,
            "the headline said twice on its line: once",
        ),
        (
            strip_year_tag,
            "the site's year tag beside it taken off (2022关于……, …… 2022)",
        ),
        (
            strip_date_code,
            "the date code before it taken off (20220131：)",
        ),
        (
            strip_file_ending,
            "the file's ending after it taken off (.docx, .pdf)",
        ),
        (
            strip_page_button,
            "the page's button after it taken off (下载本文)",
        ),
        (
            strip_code_captions,
            "the QR codes' captions beside it taken off (扫描二维码……)",
        ),
        (
            strip_piece_label,
            "the collection's label before it taken off (第一篇：)",
        ),
        (strip_length_note, "the length note after it taken off"),
        (
            strip_site_tag,
            "the site's tag or page counter after it taken off",
        ),
        (
            strip_page_counter_before,
            "the page counter before it taken off (第1页共4页)",
        ),
        (strip_doc_number, "the document number beside it taken off"),
        (strip_quoted_tag, "the category tag before it taken off"),
        (
            strip_site_category,
            "the site's category and length before it taken off (……400字：)",
        ),
    ];
    for (shed, note) in sheds {
        if let Some(rest) = shed(t) {
            t = rest;
            c.notes.push(note);
        }
    }
    if let Some(rest) = strip_site_prefix(t) {
        t = rest;
        c.crumb = true;
        c.notes.push("site name before it taken off");
    }
    // A date after the headline, a space between (`某某工作总结 2016-03-07`): the page's
    // stamp beside its headline; or the paper's dateline, maybe with the place it was
    // signed at (`……联合公报 2002年7月21日于北京`), a cell's bar after it or not.
    if let Some((head, stamp)) =
        trim(t.trim_end_matches(['|', '｜'])).rsplit_once(char::is_whitespace)
    {
        let head = trim(head);
        // (Signed at a place only after a paper that is signed: `……会议 2024年3月5日于北京
        // 开幕` is a headline's news.)
        let signed = ends_with_paper_kind(head) || SIGNED_KINDS.iter().any(|k| head.ends_with(k));
        let stamp = if signed {
            without_signed_at(stamp)
        } else {
            stamp
        };
        if !head.is_empty() && is_date_line(stamp) && looks_like_title(head) {
            c.date = Some(stamp.to_string());
            c.notes.push("the date after it taken off");
            t = head;
        }
    }
    // A date's field after the headline, a space between (`某某典型案例 发布时间：
    // 2025-06-05 10:53`): the page's stamp, read with its label.
    if c.date.is_none() {
        if let Some((head, value)) = crate::classify::headline_with_date_field(t) {
            c.date = Some(value.to_string());
            c.notes.push("the date's field after it taken off");
            t = head;
        }
    }
    // The headline said again in brackets after it (`某村工作总结(某村工作总结)`, a page's
    // title field run into its headline): once.
    if let Some(head) = said_again_in_brackets(t) {
        c.notes.push("its repetition in brackets taken off");
        t = head;
    }
    // (What is left may be a page's stamp alone, `2021年10月12日14:47 |` with its bar taken
    // off: no headline.)
    let titled = if marked {
        title_words(t)
    } else {
        looks_like_title(t)
    };
    if !titled || is_date_line(t) {
        return None;
    }
    let (column, mut rest) = split_column(t);
    if column.is_some() {
        c.notes.push("column taken off");
        // The site's name may follow the column (`一日谈：人民网：……`).
        if let Some(after) = strip_site_prefix(&rest) {
            c.notes.push("site name before it taken off");
            rest = after.to_string();
        }
    }
    c.column = column;
    let (speaker, rest) = split_speaker(&rest);
    if speaker.is_some() {
        c.notes.push("speaker taken off (the author)");
    }
    c.speaker = speaker;
    c.title = rest;
    Some(c)
}

/// The headline before brackets that say it again (`某村工作总结(某村工作总结)`), spaces
/// and widths aside; `None` for any other bracket (`某某办法（试行）`).
fn said_again_in_brackets(text: &str) -> Option<&str> {
    let inner = text.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let head = trim(&inner[..open]);
    let again = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    let same = |a: &str, b: &str| {
        let letters = |t: &str| -> String {
            t.chars()
                .filter(|c| !c.is_whitespace())
                .map(crate::text::fold_width)
                .collect()
        };
        letters(a) == letters(b)
    };
    (!head.is_empty() && same(head, again)).then_some(head)
}

/// Words of a caption under a QR code on a page (`扫描二维码访问某网移动版`).
const CODE_CAPTION_WORDS: &[&str] = &["二维码", "二維碼", "扫一扫", "掃一掃"];

/// Tells whether a piece of a line names a QR code ([`CODE_CAPTION_WORDS`]).
fn is_code_caption(piece: &str) -> bool {
    CODE_CAPTION_WORDS.iter().any(|w| piece.contains(w))
}

/// Tells whether a line is words set between two QR codes' captions (`扫描二维码访问某网
/// 某报解读“某某” 扫描二维码关注某社`): a headline's line, not a widget's.
pub fn between_code_captions(text: &str) -> bool {
    let caption = is_code_caption;
    if !caption(text) {
        return false;
    }
    let mut pieces = text.split_whitespace();
    let (Some(first), Some(last)) = (pieces.next(), pieces.next_back()) else {
        return false;
    };
    let mut middle = pieces.peekable();
    caption(first) && caption(last) && middle.peek().is_some() && middle.all(|p| !caption(p))
}

/// What a page's buttons do (download, print, keep, share, copy, close): a line whose words
/// say so is a tool's row, no headline.
const PAGE_VERBS: &[&str] = &[
    "下载", "下載", "打印", "收藏", "分享", "复制", "複製", "关闭", "關閉",
];

/// Takes a page's button off the end of a headline, a space before it (`某某责任制 下载本文`,
/// `……办法 打印本页`, `…… 免费下载`): a verb of the page (download, print, keep, share), maybe
/// after `立即` `免费` `点击`, maybe before the text it acts on (`本文` `全文` `文档`), and
/// nothing else. A print view's row of them, each maybe set twice (`……的贺信 打印本文 打印本文
/// 关闭窗口 关闭窗口`), goes whole.
fn strip_page_button(text: &str) -> Option<&str> {
    const BEFORE: &[&str] = &["立即", "免费", "免費", "点击", "點擊"];
    const VERBS: &[&str] = PAGE_VERBS;
    const OBJECTS: &[&str] = &[
        "本文", "本页", "本頁", "全文", "文档", "文檔", "此文", "原文", "窗口", "此页", "此頁",
    ];
    let button = |last: &str| {
        let after_before = BEFORE
            .iter()
            .find_map(|b| last.strip_prefix(b))
            .unwrap_or(last);
        let object = VERBS.iter().find_map(|v| after_before.strip_prefix(v));
        object.is_some_and(|o| o.is_empty() || OBJECTS.contains(&o))
    };
    let mut rest = text;
    while let Some((before, last)) = rest.rsplit_once(char::is_whitespace) {
        let before = before.trim_end();
        if before.is_empty() || !button(last) {
            break;
        }
        rest = before;
    }
    (rest.len() < text.len()).then_some(rest)
}

/// The fewest characters of a headline before its page's buttons, in
/// [`before_page_buttons`]: more than a tool's label.
const BUTTONED_HEADLINE_MIN: usize = 6;

/// Tells whether a line is a headline with its page's buttons after it (`……的贺信 打印本文
/// 关闭窗口`): what is left without them is a headline's words, no tool's.
pub fn before_page_buttons(text: &str) -> bool {
    strip_page_button(text).is_some_and(|rest| {
        chars(rest) >= BUTTONED_HEADLINE_MIN
            && !rest.contains(char::is_whitespace)
            && !PAGE_VERBS.iter().any(|v| rest.contains(v))
            && looks_like_title(rest)
    })
}

/// Takes the captions of a page's QR codes off either side of a headline set between them
/// (`扫描二维码访问某网移动版 某某报解读“某某” 扫描二维码访问某社微信`): the pieces parted by
/// spaces at the line's ends that name a code.
fn strip_code_captions(text: &str) -> Option<&str> {
    let caption = is_code_caption;
    let mut t = text;
    if let Some((first, rest)) = t.split_once(char::is_whitespace) {
        if caption(first) {
            t = rest.trim_start();
        }
    }
    if let Some((rest, last)) = t.rsplit_once(char::is_whitespace) {
        if caption(last) {
            t = rest.trim_end();
        }
    }
    (t.len() != text.len() && !t.is_empty() && !caption(t)).then_some(t)
}

/// The fewest characters of a headline said twice on its line ([`strip_said_twice`]): a
/// phrase, no word said twice for its rhythm (`好 好`).
const SAID_TWICE_MIN: usize = 4;

/// Takes the second of a headline said twice on its line, a space between (`某某应急预案
/// 某某应急预案`, a page's title and its heading run together): once.
fn strip_said_twice(text: &str) -> Option<&str> {
    let (first, second) = text.split_once(char::is_whitespace)?;
    let second = trim(second);
    // (Compared character by character, spaces aside, to the first that differs: most
    // lines differ at once.)
    (second.starts_with(|c: char| first.starts_with(c))
        && chars(first) >= SAID_TWICE_MIN
        && first
            .chars()
            .filter(|c| !c.is_whitespace())
            .eq(second.chars().filter(|c| !c.is_whitespace())))
    .then_some(first)
}

/// Takes a site's year tag off a headline: a bare year of four digits (no `年`) glued before
/// `关于` (`2022关于某某工作的通报`), or after a headline that names that year already and a
/// space (`2022年某县统计公报 2022`). A year the headline says in words stays.
fn strip_year_tag(text: &str) -> Option<&str> {
    let bare_year = |y: &str| {
        y.len() == 4
            && y.bytes().all(|b| b.is_ascii_digit())
            && (y.starts_with("19") || y.starts_with("20"))
    };
    if text.len() > 4 && text.is_char_boundary(4) && bare_year(&text[..4]) {
        let rest = &text[4..];
        if (rest.starts_with("关于") || rest.starts_with("關於")) && chars(rest) >= GENRE_TITLE_MIN
        {
            return Some(rest);
        }
    }
    // (After the headline, only a year it names already, `2022年某县统计公报 2022`: a
    // plan's horizon, `某某规划 2035`, is its own.)
    let (head, year) = text.rsplit_once(char::is_whitespace)?;
    let head = trim(head);
    (bare_year(year) && looks_like_title(head) && head.contains(&format!("{year}年")))
        .then_some(head)
}

/// Takes a date code off the front of a headline, a colon after it (`20220131：某某讲稿`), as
/// a site files its pieces: eight digits that are a date, no words of the headline.
fn strip_date_code(text: &str) -> Option<&str> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 8 {
        return None;
    }
    crate::scan::date::compact_date(&text[..digits])?;
    let rest = text[digits..].strip_prefix(['：', ':'])?;
    let rest = trim(rest);
    (!rest.is_empty()).then_some(rest)
}

/// Takes a collection's label off the front of a headline: `第一篇：某某实施细则`, as a site
/// of sample texts numbers the pieces it gathers on one page. Only with a colon: `第一篇
/// 总论` is a part of a book, a heading of the outline.
fn strip_piece_label(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('第')?;
    let end = rest.find('篇')?;
    let number = &rest[..end];
    let after = &rest[end + '篇'.len_utf8()..];
    let numeral = !number.is_empty()
        && chars(number) <= 3
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    // (A part's own short name, `第一篇：总论`, is a heading of the outline.)
    match after.strip_prefix([':', '：']) {
        Some(headline) if numeral && chars(trim(headline)) > NAV_LABEL_MAX => Some(trim(headline)),
        _ => None,
    }
}

/// Takes a note of the text's length off the end of a headline: `……华章(全文13438字)`,
/// `……（共3200字）`, `……（约5000字）`, as a site of sample texts sets it.
fn strip_length_note(text: &str) -> Option<&str> {
    let inner = text.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let note = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    let count = ["全文共", "全文约", "全文", "共", "约", "約"]
        .iter()
        .find_map(|w| note.strip_prefix(w))
        .unwrap_or(note)
        .strip_suffix('字')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','));
    let before = trim(&inner[..open]);
    if count && !before.is_empty() {
        Some(before)
    } else {
        None
    }
}

/// The most characters of the place a paper was signed at after its date (`于北京`,
/// `于乌兰巴托`).
const SIGNED_AT_MAX: usize = 6;

/// Papers two parties sign, dated with the place (`……联合声明 2002年7月21日于北京`), besides
/// the kinds of official papers.
const SIGNED_KINDS: &[&str] = &[
    "声明",
    "聲明",
    "宣言",
    "协定",
    "協定",
    "条约",
    "條約",
    "议定书",
    "議定書",
    "备忘录",
    "備忘錄",
];

/// Takes the place a paper was signed at off its dateline (`2002年7月21日于北京` →
/// `2002年7月21日`); a dateline without one comes back as it was.
fn without_signed_at(stamp: &str) -> &str {
    match stamp
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '于' | '於'))
    {
        Some((at, at_word)) => {
            let place = &stamp[at + at_word.len_utf8()..];
            let date = &stamp[..at];
            if (1..=SIGNED_AT_MAX).contains(&chars(place))
                && place.chars().all(is_cjk)
                && date.ends_with('日')
            {
                date
            } else {
                stamp
            }
        }
        None => stamp,
    }
}

/// Endings of a document's file name (`某某工作汇报.docx`).
const FILE_ENDINGS: &[&str] = &[
    ".docx", ".doc", ".pdf", ".wps", ".pptx", ".ppt", ".xlsx", ".xls",
];

/// Takes a file's ending off a headline that a document site gives as the file's name
/// (`2023年社区工作汇报.docx`): the name without it.
pub fn strip_file_ending(text: &str) -> Option<&str> {
    FILE_ENDINGS
        .iter()
        .find(|e| {
            text.len() > e.len()
                && text
                    .get(text.len() - e.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(e))
        })
        .map(|e| trim(&text[..text.len() - e.len()]))
        .filter(|name| name.chars().any(is_cjk))
}

/// Takes a sample's number off a headline, on a site that collects several under one
/// (`……心得体会篇1`, `…… 篇２`, `……（篇一）`): `篇` and one or two numerals, in brackets or
/// not, after a headline of [`SAMPLE_HEADLINE_MIN`] characters or more.
fn strip_sample_number(text: &str) -> Option<&str> {
    sample_number(text).map(|(headline, _)| headline)
}

/// Reads a sample's headline and its number (`学习心得体会篇2` → `学习心得体会`, 2; `篇一：
/// 政协提案范文` → `政协提案范文`, 1), as [`strip_sample_number`] takes them apart.
pub fn sample_number(text: &str) -> Option<(&str, u32)> {
    let counted = |tail: &str| -> Option<u32> {
        let n = tail.strip_prefix('篇')?;
        if !(1..=2).contains(&chars(n)) {
            return None;
        }
        let digits: String = n
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                c => c,
            })
            .collect();
        digits
            .parse()
            .ok()
            .or_else(|| match crate::scan::numeral::cn_numeral(n) {
                Ok(("", v)) => Some(v),
                _ => None,
            })
    };
    // Or before it, with a colon (`篇一 ：某某范文`).
    if let Some((label, headline)) = text.split_once(['：', ':']) {
        if let Some(n) = label
            .starts_with('篇')
            .then(|| counted(trim(label)))
            .flatten()
        {
            let headline = trim(headline);
            return (chars(headline) >= SAMPLE_HEADLINE_MIN).then_some((headline, n));
        }
    }
    // (A sample's length after its number, `【篇1】2000字`, as such sites count them.)
    let text = strip_word_count(text)
        .filter(|t| t.ends_with(['）', ')', '】']))
        .unwrap_or(text);
    let (before, n) = if let Some(inner) = text.strip_suffix(['）', ')', '】']) {
        let open = inner.rfind(['（', '(', '【'])?;
        let tail = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
        (trim(&inner[..open]), counted(tail)?)
    } else {
        let at = text.rfind('篇')?;
        (trim(&text[..at]), counted(&text[at..])?)
    };
    (chars(before) >= SAMPLE_HEADLINE_MIN && before.ends_with(is_cjk)).then_some((before, n))
}

/// Takes a count of characters off the end of a line (`……【篇1】2000字` → `……【篇1】`): digits,
/// two or more, and `字`.
fn strip_word_count(text: &str) -> Option<&str> {
    let rest = text.strip_suffix('字')?;
    let digits = rest
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    (digits >= 2).then(|| {
        let cut = rest
            .char_indices()
            .rev()
            .nth(digits - 1)
            .map_or(0, |(k, _)| k);
        trim(&rest[..cut])
    })
}

/// Finds the headlines of the samples a page collects (`……心得体会篇1` … `……篇3`): lines of
/// one headline numbered 1, 2, 3 in order, two or more. Gives their indexes.
pub fn sample_headlines<'a>(texts: impl Iterator<Item = (usize, &'a str)>) -> Vec<usize> {
    let found: Vec<(usize, String, u32)> = texts
        .filter(|(_, t)| t.contains('篇'))
        .filter_map(|(i, t)| {
            sample_number(t).map(|(h, n)| (i, h.split_whitespace().collect::<String>(), n))
        })
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < found.len() {
        if found[k].2 != 1 {
            k += 1;
            continue;
        }
        // The run of this headline from 1 on, each number the one after the last.
        let mut run = vec![found[k].0];
        for (want, f) in (2..).zip(found[k + 1..].iter().filter(|f| f.1 == found[k].1)) {
            if f.2 != want {
                break;
            }
            run.push(f.0);
        }
        if run.len() >= 2 {
            out.extend(run);
        }
        k += 1;
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The fewest characters of a headline before a sample's number (`学习心得篇1`): a word or
/// two of a kind; less is no headline.
const SAMPLE_HEADLINE_MIN: usize = 4;

/// Takes a site's tag or page counter off the end of a headline: `……【精选推荐】`,
/// `……(第7/23页)`, `……（第2页）` — a kicker tag in `【】` of a few characters, whatever it
/// says, or in round brackets a page's number, the site's word that it gives the whole text
/// (`（全文）`), or how many samples it collects (`（精选3篇）` `(通用10篇)`): what the page
/// holds, said of the page, no words of the paper's own headline.
fn strip_site_tag(text: &str) -> Option<&str> {
    if let Some(before) = strip_sample_number(text) {
        return Some(before);
    }
    if let Some(inner) = text.strip_suffix('】') {
        let open = inner.rfind('【')?;
        let tag = &inner[open + '【'.len_utf8()..];
        let before = trim(&inner[..open]);
        // (A tag naming the paper's kind, `某某社【组织章程】`, is the headline's own word.)
        return ((1..=KICKER_TAG_MAX).contains(&chars(tag))
            && !tag.contains(is_terminator)
            && chars(before) > chars(tag)
            && !ends_with_paper_kind(tag))
        .then_some(before);
    }
    let inner = text.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let note = &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..];
    let page = note
        .strip_prefix('第')
        .and_then(|n| n.strip_suffix('页').or_else(|| n.strip_suffix('頁')))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '/'));
    let of_file = FILE_NOTES.contains(&note);
    // (A count of pieces after a word of the site's, `精选` `通用`: a bare count, `（三篇）`,
    // or one more, `（外一篇）` `（另三篇）`, may be the headline's own, and a part's ordinal,
    // `（第三篇）`, numbers the paper in its series; they stay.)
    let samples = note.strip_suffix('篇').is_some_and(|counted| {
        SAMPLE_WORDS.iter().any(|w| {
            counted
                .strip_prefix(w)
                .is_some_and(|n| !n.is_empty() && n.chars().all(is_count_char))
        })
    });
    let before = trim(&inner[..open]);
    ((page || of_file || samples) && !before.is_empty()).then_some(before)
}

/// What a site says in brackets of the file it offers (`（全文）`, `（精选文档）`,
/// `（含案例）`, `（完整版）`): of the page, no word of the paper's headline. (A paper's
/// own status stays: `（试行）`, `（征求意见稿）`.)
const FILE_NOTES: &[&str] = &[
    "全文",
    "全 文",
    "精选文档",
    "精選文檔",
    "精品文档",
    "精品文檔",
    "优质文档",
    "優質文檔",
    "含案例",
    "完整版",
    "可编辑",
    "可編輯",
    "最新版",
    "word版",
    "Word版",
    "WORD版",
    "最终定稿",
    "最終定稿",
];

/// The words a site of samples sets before how many it collects (`精选5篇` `通用10篇`).
const SAMPLE_WORDS: &[&str] = &[
    "精选", "精選", "通用", "优选", "優選", "热门", "熱門", "推荐", "推薦", "优秀", "優秀", "共",
];

/// Tells whether `c` may count samples: a digit, ASCII or full-width, or a Chinese numeral.
fn is_count_char(c: char) -> bool {
    crate::scan::numeral::is_any_digit(c) || crate::scan::numeral::is_cn_numeral_char(c)
}

/// Takes a page counter off the start of a headline, as a document site's copy runs it into
/// the first line (`第1页共4页某某制度`): `第`, the page, `页`, maybe a bar or a space,
/// `共`, the pages, `页`.
fn strip_page_counter_before(text: &str) -> Option<&str> {
    let digits = |s: &str| -> Option<usize> {
        let n = s
            .chars()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .map(char::len_utf8)
            .sum::<usize>();
        (n > 0).then_some(n)
    };
    // (A PDF's copy may space it: `第 1 页 共 4 页`.)
    let gap = |s: &str| -> usize { s.len() - s.trim_start_matches([' ', '\u{3000}']).len() };
    let rest = text.strip_prefix('第')?;
    let rest = &rest[gap(rest)..];
    let rest = &rest[digits(rest)?..];
    let rest = rest[gap(rest)..].strip_prefix(['页', '頁'])?;
    let rest = rest.trim_start_matches(['/', '／', ' ', '\u{3000}', '，', ',']);
    let rest = rest.strip_prefix('共')?;
    let rest = &rest[gap(rest)..];
    let rest = &rest[digits(rest)?..];
    let rest = trim(rest[gap(rest)..].strip_prefix(['页', '頁'])?);
    (!rest.is_empty()).then_some(rest)
}

/// Takes a document number off a headline that carries it on its line, before it or after a
/// space (`京政办发〔2016〕26号《……的通知》`, `……的通知 常政发〔2023〕1号`): the number is
/// the paper's, not its title's. A headline the number leaves wrapped in `《》` is the name
/// inside them.
fn strip_doc_number(text: &str) -> Option<&str> {
    // After the headline, parted by a space.
    if let Some(gap) = text.rfind([' ', '\u{3000}']) {
        let (before, number) = (trim(&text[..gap]), trim(&text[gap..]));
        if !before.is_empty() && crate::classify::doc_number(number) {
            return Some(before);
        }
    }
    // Before the headline: the number ends at its `号`, a space or a `《` after it.
    let end = text
        .char_indices()
        .find(|&(_, c)| c == '号' || c == '號')
        .map(|(k, c)| k + c.len_utf8());
    if let Some(end) = end {
        let rest = trim(&text[end..]);
        // (A number its bracket holds, closed after it, is the headline's own: `……招聘公告
        // （2026年第5号）`, an issue of a series.)
        let closes = rest.starts_with(['）', ')', '〕', ']', '］']);
        if !rest.is_empty() && !closes && crate::classify::doc_number(&text[..end]) {
            let named = rest
                .strip_prefix('《')
                .and_then(|r| r.strip_suffix('》'))
                .filter(|inner| !inner.contains(['《', '》']));
            return Some(named.unwrap_or(rest));
        }
    }
    None
}

/// Separators a page sets between its site's name and the headline after it.
const SITE_PREFIX_BARS: &[char] = &['-', '－', '_', '|', '｜'];

/// The most characters of a site's name before a colon (`人民网：`, `中国青年网：`): a colon
/// after a longer phrase ending in `网` opens a headline's own second half.
const SITE_COLON_MAX: usize = 5;

/// Words ending in 网 that name a network, no site (`工业互联网：……`, `织密安全网：……`).
const NETS: &[&str] = &[
    "互联网",
    "互聯網",
    "物联网",
    "物聯網",
    "局域网",
    "电网",
    "電網",
    "天网",
    "管网",
    "路网",
    "水网",
    "一张网",
    "安全网",
    "防护网",
    "关系网",
];

/// Takes a site's name off the front of a headline (`某县政府门户网站-关于……的说明`,
/// `人民网：……`): a page's title with its site first, as `标题_某某网` has it last.
fn strip_site_prefix(text: &str) -> Option<&str> {
    let (at, sep) = text
        .char_indices()
        .find(|&(_, c)| SITE_PREFIX_BARS.contains(&c) || c == ':' || c == '：')?;
    let site = trim(&text[..at]);
    let rest = trim(&text[at + sep.len_utf8()..]);
    let colon = sep == ':' || sep == '：';
    let shaped = if colon {
        chars(site) <= SITE_COLON_MAX
            && (site.ends_with('网') || site.ends_with('網'))
            && !NETS.iter().any(|n| site.ends_with(n))
    } else {
        is_site_name(site)
    };
    if shaped && site.chars().all(is_cjk) && chars(rest) > chars(site).max(NAV_LABEL_MAX) {
        Some(rest)
    } else {
        None
    }
}

/// The most characters of an official paper's headline that sends another paper
/// (`某某办公室印发《……三年行动计划（2018—2020年）》的通知`): it names both in full.
const PAPER_TITLE_MAX: usize = 120;

/// Tells whether a line is short enough for a title: [`TITLE_MAX`] characters, or up to
/// [`PAPER_TITLE_MAX`] for a headline that ends in its kind of paper and holds no comma (a
/// paper sending another names it whole; a paragraph that long has commas).
fn fits_title(text: &str) -> bool {
    let n = crate::text::reading_chars(text);
    n <= TITLE_MAX
        || n <= PAPER_TITLE_MAX
            && ends_with_paper_kind(text)
            && !text.contains(['，', ',', '。', '；', ';', '：', ':'])
}

/// The kinds of piece an essay site files its pages under (`小学生作文`, `调查报告`): a
/// contest's own headline names no such kind before its length (`读书征文800字：`).
const PIECE_KINDS: &[&str] = &[
    "作文",
    "范文",
    "範文",
    "报告",
    "報告",
    "读后感",
    "讀後感",
    "观后感",
    "觀後感",
    "日记",
    "日記",
];

/// The fewest characters of a site's category before a length (`小学生作文`, `调查报告`): a
/// kind of piece; `写好800字：` is a headline's own words.
const CATEGORY_MIN: usize = 4;

/// Words of a headline's own before a kind of piece (`如何写好……范文`, `一篇……范文`): a
/// question or a count, never a site's category.
const HEADLINE_WORDS: &[&str] = &[
    "如何", "怎样", "怎么", "写好", "寫好", "一篇", "这篇", "這篇",
];

/// Model pieces an exam's or a school's site files its pages under, named with no length
/// (`申论范文：` `2019国家公务员考试申论范文：`): a headline's own words never end so.
const MODEL_KINDS: &[&str] = &["范文", "範文", "例文"];

/// Takes a site's category off the front of a headline, a colon after it: a kind of piece
/// with a length (`小学生调查报告400字：生活环境污染调查报告`), or a kind of model piece,
/// maybe after the year it is filed under (`2019国家公务员考试申论范文：……`): an essay or
/// an exam's site files the piece so.
fn strip_site_category(text: &str) -> Option<&str> {
    let (category, rest) = text.split_once(['：', ':'])?;
    let rest = trim(rest);
    let kind_of_piece = |c: &str, kinds: &[&str]| {
        chars(c) >= CATEGORY_MIN && c.chars().all(is_cjk) && kinds.iter().any(|k| c.ends_with(k))
    };
    // (A category files pieces: no words of a headline's, `如何写好申论范文：`,
    // `一篇好的申论范文：`.)
    let model = || {
        let c = trim(category).trim_start_matches(|c: char| c.is_ascii_digit());
        let c = c.strip_prefix('年').unwrap_or(c);
        kind_of_piece(c, MODEL_KINDS)
            && !c.contains('的')
            && !HEADLINE_WORDS.iter().any(|w| c.contains(w))
    };
    (strip_word_count(category).is_some_and(|c| kind_of_piece(c, PIECE_KINDS)) || model())
        .then_some(rest)
        .filter(|rest| {
            chars(rest) >= GENRE_TITLE_MIN
                && !rest.contains(is_terminator)
                // (A count of samples is the page's, no headline: `精选10篇`, `通用版五篇`.)
                && !rest.ends_with(['篇', '版'])
                && !rest.contains(|c: char| c.is_ascii_digit())
        })
}

/// Takes a category tag in quotation marks off the front of a paper's headline, a space
/// after it (`“政策文件” 某某办公室关于……的通知`): a disclosure page files the paper under it.
fn strip_quoted_tag(text: &str) -> Option<&str> {
    let inner = text.strip_prefix(['“', '"'])?;
    let close = inner.find(['”', '"'])?;
    let tag = &inner[..close];
    let after = &inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..];
    let spaced = after.starts_with([' ', '\u{3000}']);
    let rest = trim(after);
    if spaced
        && (1..=KICKER_TAG_MAX).contains(&chars(tag))
        && ends_with_paper_kind(rest)
        && chars(rest) > chars(tag)
    {
        Some(rest)
    } else {
        None
    }
}

/// Words that end a commentator's column named alone on its line (`某某报评论员文章`,
/// `本报评论员`): the kind of piece, set over its headline, never a headline.
const COLUMN_ALONE_ENDINGS: &[&str] = &["评论员文章", "評論員文章", "评论员", "評論員"];

/// Tells whether a line is a commentator's column named alone (`中国某某报评论员文章`).
fn is_column_alone(text: &str) -> bool {
    chars(text) <= COLUMN_PREFIX_MAX
        && text.chars().all(is_cjk)
        && COLUMN_ALONE_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// The most labels of a row of a page's buttons (`无障碍浏览　长者模式`).
const LABEL_ROW_MAX: usize = 8;

/// Tells whether a line is a row of a page's labels: two to [`LABEL_ROW_MAX`] words parted
/// by spaces, each as short as a navigation label (`无障碍浏览 长者模式`, `简体 繁体`).
/// A slogan's two halves have this shape too (`坚定信心　真抓实干`): only a headline with
/// its byline under it outweighs it.
pub fn is_label_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=LABEL_ROW_MAX).contains(&words.len())
        && words
            .iter()
            .all(|w| chars(w) <= NAV_LABEL_MAX && w.chars().all(is_cjk))
}

/// The fewest phrases of a [`is_phrase_list`].
const PHRASE_LIST_MIN: usize = 3;

/// Tells whether a line is a list of phrases parted by commas or bars, three or more, no
/// sentence's end in it (`甲乙精品,丙丁在线视频,戊己免费下载`: the words a site stuffs into
/// its head, or its tags). A slogan has this shape too (`抓党建，促发展，惠民生`): only a
/// headline with its byline under it outweighs it.
pub fn is_phrase_list(text: &str) -> bool {
    !text.contains(is_terminator)
        && text
            .split([',', '，', '|', '｜'])
            .filter(|p| !trim(p).is_empty())
            .count()
            >= PHRASE_LIST_MIN
}

/// Tells whether a line reads as a title: short, not a sentence, not numbered.
pub fn looks_like_title(text: &str) -> bool {
    title_words(text)
        // A bracketed tag (`【资讯汇总】标题`) is a kicker the title sheds, no numbering.
        && line_marker(text).is_none_or(|(m, _)| m.family == crate::scan::marker::Family::Bullet('【'))
}

/// Tells whether a line's words read as a title's, whatever opens it: short, not a sentence.
fn title_words(text: &str) -> bool {
    !text.is_empty()
        && fits_title(text)
        && !text.ends_with(['。', '；', ';', '.'])
        && !text.ends_with(['：', ':', '，', ','])
}

/// A headline in black brackets that names its paper's kind (`【争做文明市民的倡议书】`),
/// the brackets off: the title where the addressee it is written to stands right under it
/// (its caller's evidence; over a headline, `【个人工作总结】` is a category's label).
pub fn bracketed_headline(text: &str) -> Option<Candidate> {
    let inner = crate::text::bracketed_line(text).filter(|inner| {
        chars(inner) > BRACKETED_KIND_MIN
            && crate::glued::names_its_kind(inner)
            && !inner.contains(['：', ':'])
    })?;
    let mut c = candidate(inner)?;
    c.notes
        .push("the black brackets around the headline taken off");
    Some(c)
}

/// The most characters of a label in black brackets that names a kind alone (`【通知】`,
/// `【倡议书】`): a headline in them says more.
const BRACKETED_KIND_MIN: usize = 4;

/// Tells whether a line is only a label in black brackets (`【导读】`, `【题目】`): a
/// kicker or a layout label, never a headline (a headline says more after its tag).
/// Why a label in brackets alone on its line is no headline.
pub const BRACKET_LABEL_WHY: &str = "a label in brackets (【题目】, 【导读】)";

/// Tells whether a line is a label in black brackets alone (`【案例】`).
pub fn is_bracket_label(text: &str) -> bool {
    text.starts_with('【') && text.ends_with('】') && text.matches('【').count() == 1
}

/// Tells whether a line is a page's own heading (`接访信息详情`, `资讯正文`), not the document's.
fn is_page_heading(text: &str) -> bool {
    chars(text) <= NAV_LABEL_MAX * 2
        && [
            "详情", "詳情", "正文", "列表", "频道", "頻道", "首页", "首頁",
        ]
        .iter()
        .any(|e| text.ends_with(e))
}

/// The most characters of a widget's label with a count (`推荐回答(1个)`, `评论（12）`).
const COUNTED_LABEL_MAX: usize = 6;

/// Tells whether a line is a page widget's label with its count in brackets and nothing
/// else: `推荐回答(1个)`, `评论（12）`, `相关文章(5篇)` — a few words, digits, maybe a unit.
pub fn is_counted_label(text: &str) -> bool {
    let Some(inner) = text
        .strip_suffix([')', '）'])
        .and_then(|t| t.rfind(['(', '（']).map(|at| (&t[..at], &t[at..])))
    else {
        return false;
    };
    let (label, count) = inner;
    let count = count.trim_start_matches(['(', '（']);
    let digits = count.trim_end_matches(['个', '条', '篇', '次', '人', '項', '项', '條']);
    let words = chars(label);
    (1..=COUNTED_LABEL_MAX).contains(&words)
        && label.chars().all(is_cjk)
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
}

/// Tells whether a line is the month a paper was issued and where, parted by a middle dot
/// (`二〇〇七年十二月·北京`, `2000年2月•北京`), as a white paper prints them under its issuer:
/// a year and its month or day, nothing else, then a place's name.
pub fn is_month_and_place(text: &str) -> bool {
    let Some((when, place)) = text.rsplit_once(['·', '•', '・']) else {
        return false;
    };
    let (when, place) = (trim(when), trim(place));
    (2..=DATE_PLACE_MAX).contains(&chars(place))
        && place.chars().all(is_cjk)
        && when.contains('年')
        && when.contains('月')
        && when
            .chars()
            .all(|c| is_date_digit(c) || matches!(c, '年' | '月' | '日'))
}

/// Tells whether a character writes a digit of a date: an Arabic digit of either width, a
/// Chinese numeral (`二〇〇七`), or the letter O a copy types for zero (`二OO七`).
fn is_date_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || crate::scan::numeral::is_cn_numeral_char(c)
        || matches!(c, 'Ｏ' | 'O')
}

/// Tells whether words open with a year (`2026年……`, `二〇二六年……`): two to four digits
/// of a date before `年`.
fn opens_with_year(text: &str) -> bool {
    text.split_once('年')
        .is_some_and(|(year, _)| (2..=4).contains(&chars(year)) && year.chars().all(is_date_digit))
}

/// Tells whether a line is a page's skip link, which a screen reader's user follows past the
/// menus: a verb of skipping or going to (`跳过` `跳至` `跳到` `跳转到`), then the menus or the
/// content (`导航` `主要内容` `正文`); in English, `Skip to (main) content`, `Jump to the
/// beginning of content`. Nothing else on the line.
fn is_skip_link(text: &str) -> bool {
    let t = crate::names::join_spaces(text);
    let t = t.trim_end_matches(['>', '》', '»', '.', '。']);
    let zh = [
        "跳过",
        "跳過",
        "跳至",
        "跳到",
        "跳转到",
        "跳轉到",
        "直达",
        "直達",
    ]
    .iter()
    .find_map(|v| t.strip_prefix(v))
    .is_some_and(|rest| {
        [
            "导航",
            "導航",
            "主要内容",
            "主要內容",
            "正文",
            "内容",
            "內容",
            "主内容",
            "主內容",
            "导航栏",
            "導航欄",
        ]
        .contains(&rest)
    });
    let en = text.trim().to_ascii_lowercase();
    let en = en.trim_end_matches('.');
    zh || ["skip to", "jump to"].iter().any(|v| {
        en.strip_prefix(v).is_some_and(|rest| {
            let rest = rest.trim();
            rest.ends_with("content") && rest.split_whitespace().count() <= 4
                || rest == "navigation"
        })
    })
}

/// Verbs of a site's greeting after `欢迎` (`欢迎访问某某网`, `欢迎来到……`).
const GREETING_VERBS: &[&str] = &[
    "访问", "訪問", "来到", "來到", "光临", "光臨", "莅临", "蒞臨", "进入", "進入", "登录", "登錄",
];

/// Tells whether a line is a site's greeting: `欢迎` and a verb of visiting
/// ([`GREETING_VERBS`]), or a line that ends by welcoming the reader (`……网站　欢迎您！`).
/// A headline that welcomes someone (`欢迎新同学`) visits nothing.
fn is_greeting(text: &str) -> bool {
    let t = trim(text.trim_end_matches(['!', '！', '。', '~', '～']));
    // (The reader may be hailed first: `您好，欢迎访问某某文档`.)
    let hailed = ["您好", "你好"]
        .iter()
        .find_map(|h| t.strip_prefix(h))
        .and_then(|rest| rest.strip_prefix([',', '，', '!', '！', ' ', '\u{3000}']))
        .map(trim);
    // (After a hail only a visit to a site: `你好，欢迎光临` may be a story's headline.)
    if let Some(rest) = hailed {
        return ["欢迎访问", "歡迎訪問", "欢迎登录", "歡迎登錄"]
            .iter()
            .any(|v| rest.starts_with(v));
    }
    // (Coming in, `来到` `进入`, is a greeting only to a site: `欢迎来到新时代的……` is a
    // headline.)
    let visit = t
        .strip_prefix("欢迎")
        .or_else(|| t.strip_prefix("歡迎"))
        .is_some_and(|rest| {
            GREETING_VERBS.iter().any(|v| {
                rest.strip_prefix(v).is_some_and(|site| {
                    !["来到", "來到", "进入", "進入"].contains(v)
                        || is_site_name(site)
                        || [
                            "网站", "網站", "平台", "官网", "官網", "本站", "主页", "首页",
                        ]
                        .iter()
                        .any(|e| site.ends_with(e))
                })
            })
        });
    visit
        || ["欢迎您", "歡迎您", "欢迎你", "歡迎你"]
            .iter()
            .any(|w| t.ends_with(w))
}

/// Words that close a count of a page's (`全文共计3200字`, `阅读 1203次`).
const COUNT_UNITS: &[char] = &[
    '字', '次', '万', '萬', '人', '个', '個', '条', '條', '页', '頁',
];

/// Tells whether a word is one count of a page's: a label, a colon or a counting word, a
/// number, a unit (`阅读量:1050`, `全文共计3200字`, `浏览：12次`).
pub fn is_count(w: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',');
    let w = w.trim_end_matches("分钟").trim_end_matches(COUNT_UNITS);
    let label = w.trim_end_matches(number);
    if label.len() == w.len() {
        return false;
    }
    let (label, colon) = match label.strip_suffix(['：', ':']) {
        Some(l) => (l, true),
        None => (label, false),
    };
    let counting = ["共", "计", "計", "约", "約", "全文"]
        .iter()
        .any(|c| label.ends_with(c))
        || ["本文", "本篇", "全文"]
            .iter()
            .any(|c| label.starts_with(c));
    (1..=NAV_LABEL_MAX).contains(&chars(label)) && label.chars().all(is_cjk) && (colon || counting)
}

/// Tells whether a line is a page's counts alone: each of its words a count ([`is_count`]:
/// `浏览次数：1086　下载次数：215`, `阅读量：1.2万`, `关注:2贴子:139`, `全文共计3200字`,
/// `本篇文章524字,读完约1分钟`); the name of the page's board may stand first (`某某吧
/// 关注:2`). A headline with a number (`决胜2020`) has no such label.
fn is_counts_line(text: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',');
    // Counts glued together (`关注:2贴子:139`) part where a number meets a label.
    let glued = |w: &str| -> bool {
        let mut at = 0;
        let mut parts = 0;
        // (After a number and its unit, the next label starts.)
        let mut cut: Vec<usize> = Vec::new();
        let cs: Vec<(usize, char)> = w.char_indices().collect();
        let mut k = 0;
        while k < cs.len() {
            if number(cs[k].1) {
                while k < cs.len() && number(cs[k].1) {
                    k += 1;
                }
                while k < cs.len()
                    && (COUNT_UNITS.contains(&cs[k].1) || matches!(cs[k].1, '分' | '钟'))
                {
                    k += 1;
                }
                if k < cs.len() && is_cjk(cs[k].1) {
                    cut.push(cs[k].0);
                }
            } else {
                k += 1;
            }
        }
        for end in cut.into_iter().chain(std::iter::once(w.len())) {
            if !is_count(&w[at..end]) {
                return false;
            }
            parts += 1;
            at = end;
        }
        parts > 0
    };
    // (A space after a label's colon is the layout's, `查看: 132|回复: 0`; bars part counts
    // as spaces do.)
    let mut joined = String::with_capacity(text.len());
    let mut after_colon = false;
    for c in text.chars() {
        if after_colon && c.is_whitespace() {
            continue;
        }
        after_colon = matches!(c, ':' | '：');
        joined.push(c);
    }
    let words: Vec<&str> = joined
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '|' | '｜' | '丨'))
        .filter(|w| !w.is_empty())
        .collect();
    let board = |w: &str| chars(w) <= NAV_LABEL_MAX && w.chars().all(is_cjk);
    match words.split_first() {
        Some((first, rest)) if !rest.is_empty() && board(first) => rest.iter().all(|w| glued(w)),
        Some(_) => words.iter().all(|w| glued(w)),
        None => false,
    }
}

/// Tells whether a line is a row of a record's fields: two labels or more, each of a few
/// words before a colon, the first opening the line and each other after a space
/// (`号: 003087762/202401-00007 信息分类: 专题会议`, `发布机构: 某办 生成日期:`). A headline
/// holds one colon, or two with no space before the second (`某某网评：某某：……`).
fn is_field_row(text: &str) -> bool {
    let label_at = |w: &str| {
        w.find([':', '：']).is_some_and(|k| {
            let label = &w[..k];
            (1..=NAV_LABEL_MAX).contains(&chars(label)) && label.chars().all(is_cjk)
        })
    };
    // (A record's values are codes, dates or nothing, one of them at least: two speakers'
    // words side by side, `院士：创新是第一动力 学者：要重视基础研究`, are a headline's.)
    // (An empty value, `生成日期:` at the end, holds no words either.)
    let coded = text.split([':', '：']).skip(1).any(|v| {
        let value = v.split_whitespace().next().unwrap_or("");
        !value.chars().any(is_cjk)
    });
    let mut words = text.split_whitespace();
    coded && words.next().is_some_and(label_at) && words.any(label_at) || spaced_label_row(text)
}

/// Tells whether a line opens with a record's label spaced out to a wider label's width,
/// character by character, no colon (`文　　号 某某〔2011〕1号 有 效 性`), a value after it:
/// the layout of a disclosure table's row, no headline's words.
fn spaced_label_row(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // (A value of a code's or a number's characters after it: a headline spaced out letter
    // by letter, `时 间 的 朋 友`, goes on in single characters.)
    (2..=3).any(|k| {
        words.len() > k
            && words[..k].iter().all(|w| chars(w) == 1)
            && is_field_label(&words[..k].concat())
            && words[k].contains(|c: char| c.is_ascii_alphanumeric())
    })
}

/// Labels of an editor's note before a text (`编者按`, `导读`, `核心提示`, `【摘要】`).
pub const EDITOR_LABELS: &[&str] = &[
    "编者按",
    "編者按",
    "编者的话",
    "編者的話",
    "编辑按",
    "按语",
    "按語",
    "导读",
    "導讀",
    "导语",
    "導語",
    "核心提示",
    "内容提要",
    "內容提要",
    "提要",
    "摘要",
    "内容摘要",
    "內容摘要",
];

/// Tells whether a line is an editor's note's label alone (`编者按`, `【导读】`, `摘要：`).
pub fn is_editor_label(text: &str) -> bool {
    let t = trim(text.trim_end_matches(['：', ':']));
    let t = t
        .strip_prefix(['【', '['])
        .and_then(|t| t.strip_suffix(['】', ']']))
        .unwrap_or(t);
    EDITOR_LABELS.contains(&t)
}

/// Tells whether a paragraph is an editor's note under its label (`核心提示：……。`,
/// `【导读】……`): the page's words about the text, which the headline may stand under.
pub fn is_editor_note(text: &str) -> bool {
    let t = text.trim_start();
    let t = t.strip_prefix(['【', '[']).unwrap_or(t);
    EDITOR_LABELS.iter().any(|l| {
        t.strip_prefix(l)
            .is_some_and(|rest| rest.starts_with(['：', ':', '】', ']']))
    })
}

/// Tells whether a line is a scraper's or an archive's note: it holds URL query text
/// (`&siteId=12`, `?id=3`) and is not a title (`&` and `=` never stand in a headline).
fn is_scraper_note(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0], b'&' | b'?')
            && w[1].is_ascii_alphabetic()
            && b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count()
                > 0
            && b[i + 1..]
                .iter()
                .find(|c| !(c.is_ascii_alphanumeric() || **c == b'_'))
                == Some(&b'=')
    })
}

/// Tells whether a line is a domain name or a URL alone: `example.com.cn`, `www.x.org`,
/// `https://…`: ASCII without spaces, dot-separated labels, the last one letters.
pub fn is_domain(text: &str) -> bool {
    if !text.is_ascii() || text.contains(char::is_whitespace) {
        return false;
    }
    if text.starts_with("http://") || text.starts_with("https://") {
        return true;
    }
    let labels: Vec<&str> = text.trim_end_matches('/').split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && labels
            .last()
            .is_some_and(|l| l.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Tells whether a value is a phone number: digits with dashes or spaces, 7 digits or more
/// (`400-123-4567`, `010 1234 5678`).
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    digits >= 7
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' ' | '(' | ')' | '+' | '转'))
}

/// Tells whether a value is a mail address: ASCII, one `@`, a dot after it.
fn is_email(value: &str) -> bool {
    value.is_ascii()
        && value
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// Last words of a site's name (`某某新闻网`, `某某在线`, `某某门户`): a page puts its site's
/// name first, above the menu; the article's headline stands above its info line.
const SITE_ENDINGS: &[&str] = &[
    "网", "網", "在线", "在線", "门户", "門戶", "网站", "網站", "论坛", "論壇",
];

/// The most characters of a site's name (`某某市某某区融媒体中心网`).
pub const SITE_NAME_MAX: usize = 12;

/// Tells whether a line may be a site's name by its shape: short, ending in a site word.
/// Only a hint: a headline may end in `网` too (`织密安全网`), so the head weighs it.
pub fn is_site_name(text: &str) -> bool {
    chars(text) <= SITE_NAME_MAX && SITE_ENDINGS.iter().any(|e| text.ends_with(e))
}

/// Tells whether a line is a site's name and its edition (`某某网移动版`, `某某網手機版`):
/// the page's banner, never a headline.
fn is_site_edition(text: &str) -> bool {
    SITE_EDITIONS
        .iter()
        .find_map(|e| text.strip_suffix(e))
        .is_some_and(|name| is_site_name(trim(name)))
}

/// The editions of a site its name may carry after it (`某某网移动版`).
const SITE_EDITIONS: &[&str] = &["移动版", "移動版", "手机版", "手機版", "触屏版", "觸屏版"];

/// Last words of an organisation's name (`某市人民政府办公室`, `中共某县纪委`, `某某大学`): a
/// line that is such a name alone names who issues the document (the red head of an
/// official paper, the office over a press release), never what it is about. Longer words
/// first, so that the reason names the whole ending.
const ORG_ENDINGS: &[&str] = &[
    "办公室",
    "辦公室",
    "办公厅",
    "辦公廳",
    "委员会",
    "委員會",
    "人民政府",
    "政府",
    "纪委",
    "紀委",
    "监委",
    "監委",
    "党委",
    "黨委",
    "党组",
    "黨組",
    "中心",
    "学院",
    "學院",
    "大学",
    "大學",
    "公司",
    "集团",
    "集團",
    "协会",
    "協會",
    "联合会",
    "聯合會",
    "办事处",
    "辦事處",
    "领导小组",
    "領導小組",
    "工作组",
    "工作組",
    "局",
    "厅",
    "廳",
    "部",
    "委",
    "院",
    "署",
    "办",
    "辦",
];

/// Tells whether a word ends as an organisation's name does (`招生办`, `宣传部`): a unit
/// signing a byline, not a person.
pub fn ends_as_org(text: &str) -> bool {
    ORG_ENDINGS.iter().any(|e| text.ends_with(e))
        && !ASKS_WHAT_TO_DO.iter().any(|q| text.ends_with(q))
}

/// `办` after a question word asks what to do (`社区食堂怎么办`): no office's name.
const ASKS_WHAT_TO_DO: &[&str] = &[
    "怎么办",
    "怎麼辦",
    "怎样办",
    "怎樣辦",
    "如何办",
    "如何辦",
    "咋办",
];

/// Document-type words that, after an issuer's name and nothing else, label a release
/// (`某某部新闻稿`, `某市人民政府公告`): the label says what kind of paper follows, the
/// headline under it what it is about.
const DOC_TYPE_LABELS: &[&str] = &[
    // The red head of an official paper: `某县人民政府文件` over its number and headline.
    "文件",
    "新闻通稿",
    "新聞通稿",
    "新闻稿",
    "新聞稿",
    "通报",
    "通報",
    "公告",
    "通告",
    "简报",
    "簡報",
    "会议纪要",
    "會議紀要",
    "工作动态",
    "工作動態",
];

/// The kinds of standard a standard's cover names over its code (`某市地方标准` over
/// `DB3399/T 045—2024`): the cover's label, never its title.
const STANDARD_KINDS: &[&str] = &[
    "国家标准",
    "國家標準",
    "行业标准",
    "行業標準",
    "地方标准",
    "地方標準",
    "团体标准",
    "團體標準",
    "企业标准",
    "企業標準",
];

/// The endings of a place's name, the issuer of a local standard (`某某市`, `某省`), or of
/// the state's, the issuer of a national one.
const PLACE_ENDINGS: &[char] = &[
    '省', '市', '县', '縣', '区', '區', '州', '旗', '盟', '国', '國',
];

/// The most characters of a place's name before a standard's kind (`某某自治区某某市`).
const PLACE_NAME_MAX: usize = 12;

/// Tells whether a text names a place (`临江市`, `某某自治州`) or the state: ideographs
/// only, ending in a division's word or the state's.
pub fn is_place_name(text: &str) -> bool {
    (2..=PLACE_NAME_MAX).contains(&chars(text))
        && text.chars().all(is_cjk)
        && text.ends_with(PLACE_ENDINGS)
        && !text.contains(['的', '之'])
}

/// The fewest characters of an organisation's name read from a line's shape: shorter lines
/// ending in `部` or `院` are words (`西部`, `书院`), not issuers.
const ORG_NAME_MIN: usize = 5;

/// The most characters of an organisation's name on a line of its own.
const ORG_NAME_MAX: usize = 30;

/// Tells whether a line is an organisation's name alone: words only (brackets allowed, as in
/// `中共某市委员会（某市人民政府）`), ending in an organisation word ([`ORG_ENDINGS`]), with
/// nothing that makes a headline of it — no `的`, no `关于`, no quotation or book marks, no
/// headline verb from [`HEADLINE_VERBS`].
pub fn is_org_name(text: &str) -> bool {
    let n = chars(text);
    (ORG_NAME_MIN..=ORG_NAME_MAX).contains(&n)
        && text
            .chars()
            .all(|c| is_cjk(c) || matches!(c, '（' | '）' | '(' | ')'))
        && ends_as_org(text)
        && !text.contains(['的', '之'])
        && !text.contains("关于")
        && !text.contains("關於")
        && !HEADLINE_VERBS.iter().any(|v| text.contains(v))
}

/// Tells whether a line names one issuer or several set side by side with spaces
/// (`中共某县委办公室　某县人民政府办公室`, a joint paper's issuers).
pub fn is_issuers(text: &str) -> bool {
    is_org_name(text) || {
        let mut parts = text
            .split(crate::scan::marker::is_space)
            .filter(|p| !p.is_empty());
        let mut n = 0;
        let all = parts.all(|p| {
            n += 1;
            is_org_name(p)
        });
        all && n >= 2
    }
}

/// Verbs of a headline that ends in an organisation word (`走进某某学院`, `某县成立乡村振兴
/// 服务中心`): one of them makes the line a statement about the body, not its name.
const HEADLINE_VERBS: &[&str] = &[
    "召开", "举办", "舉辦", "举行", "舉行", "开展", "開展", "走进", "走進", "建设", "建設", "打造",
    "扎根", "紮根", "致敬", "成立", "揭牌", "发布", "發佈", "印发", "印發", "通过", "通過", "获批",
    "獲批", "荣获", "榮獲", "考察", "调研", "調研", "看望", "慰问", "慰問",
];

/// Tells whether a line only labels the kind of paper that follows: a document-type word
/// ([`DOC_TYPE_LABELS`]) alone or after an organisation's name (`新闻稿`, `某某部新闻稿`),
/// with no subject (`关于……的通报` and `某市发布第3号公告` say what they are about).
pub fn is_doc_type_label(text: &str) -> bool {
    // A label is often set out letter by letter (`会　议　纪　要`).
    let squeezed;
    let text = if text.contains(crate::scan::marker::is_space) {
        squeezed = text
            .split(crate::scan::marker::is_space)
            .collect::<String>();
        squeezed.as_str()
    } else {
        text
    };
    DOC_TYPE_LABELS.iter().any(|label| {
        text.strip_suffix(label).is_some_and(|issuer| {
            issuer.is_empty()
                || is_org_name(issuer)
                || is_org_name_short(issuer)
                || is_meeting_name(issuer)
        })
    }) || STANDARD_KINDS.iter().any(|kind| {
        text.strip_suffix(kind).is_some_and(|issuer| {
            issuer.is_empty() || is_place_name(issuer) || place_and_trade(issuer)
        })
    })
}

/// The most characters of a trade named before its standards' kind (`金融` `公共安全`).
const TRADE_NAME_MAX: usize = 4;

/// Tells whether words are a place's name and a trade's (`中华人民共和国金融`, before
/// `行业标准`): who issues a trade's standard.
fn place_and_trade(issuer: &str) -> bool {
    issuer.char_indices().skip(2).any(|(k, _)| {
        let trade = &issuer[k..];
        is_place_name(&issuer[..k])
            && (1..=TRADE_NAME_MAX).contains(&chars(trade))
            && trade.chars().all(is_cjk)
    })
}

/// Tells whether a line names a meeting, as the red head of its papers does
/// (`某县第十八届人民代表大会第五次会议` over `文件`): words and numerals ending in a
/// meeting's word, no subject (`的`, `关于`) and no verb of a headline (`某县召开……会议`).
fn is_meeting_name(text: &str) -> bool {
    (ORG_NAME_MIN..=MEETING_NAME_MAX).contains(&chars(text))
        && text.chars().all(|c| is_cjk(c) || c.is_ascii_digit())
        && ["会议", "會議", "大会", "大會", "全会", "全會"]
            .iter()
            .any(|e| text.ends_with(e))
        && !text.contains(['的', '之'])
        && !text.contains("关于")
        && !HEADLINE_VERBS.iter().any(|v| text.contains(v))
}

/// The most characters of a meeting's name in a red head: a body, its term and session
/// (`某某省第十四届人民代表大会第三次会议`).
const MEETING_NAME_MAX: usize = 30;

/// The kinds of official paper (文种) a headline ends with: `……的通知`, `……实施方案`.
const PAPER_KINDS: &[&str] = &[
    // Papers named `……书` (a decision served on a party, a letter of proposal).
    "决定书",
    "決定書",
    "通知书",
    "告知书",
    "意见书",
    "建议书",
    "倡议书",
    "承诺书",
    "责任书",
    "判决书",
    "裁定书",
    "答复书",
    "任务书",
    "通知",
    "通报",
    "通告",
    "公告",
    "意见",
    "决定",
    "决议",
    "方案",
    "办法",
    "辦法",
    "规定",
    "規定",
    "细则",
    "細則",
    "规划",
    "規劃",
    "纲要",
    "綱要",
    "要点",
    "計畫",
    "計劃",
    "计划",
    "报告",
    "報告",
    "批复",
    "批覆",
    "条例",
    "條例",
    "规则",
    "規則",
    "章程",
    "请示",
    "函",
    "纪要",
    // The other statutory kinds (`……统计公报`, `……议案`), and a notice's or an exam's that
    // a line of their own may end (`……结果公示`, `……招生简章`, `……考试大纲`). (A section's
    // label ends in `须知` or `提纲` as often: `借阅须知` under a guide's headline.)
    "公报",
    "議案",
    "议案",
    "公示",
    "简章",
    "簡章",
    "大纲",
    "大綱",
    "总结",
    "總結",
    // (A compilation of papers, `……工作总结汇编`, `……文件汇编`.)
    "汇编",
    "彙編",
    "预案",
    "預案",
    "制度",
    // A standard's or a rulebook's kind (`……建设与管理规范`, `……作业规程`, `办事指南`).
    "规范",
    "規範",
    "规程",
    "規程",
    "指南",
    "导则",
    "導則",
    "准则",
    "準則",
    "守则",
    "守則",
    // Materials written for a meeting or a review (`……对照检查材料`, `……先进事迹材料`).
    "剖析材料",
    "述职材料",
    "述職材料",
    "自查材料",
    "检查材料",
    "檢查材料",
    "事迹材料",
    "事蹟材料",
    "发言材料",
    "發言材料",
    "汇报材料",
    "匯報材料",
    "交流材料",
];

/// The most characters of a headline that names no owner: a period and a paper's kind
/// (`2023年度工作总结`, `上半年工作要点`), nothing about whose or what.
const OWNERLESS_MAX: usize = 14;

/// The most characters of a headline that says what a paper is about but not whose
/// (`生产安全事故综合应急预案`, `学生宿舍管理办法`): a subject and a kind, as a cover sets
/// them under the owner's name.
const SUBJECT_MAX: usize = 24;

/// Names of organisations of more than one character (`局` `部` alone end words too).
fn names_an_org(text: &str) -> bool {
    ORG_ENDINGS
        .iter()
        .any(|e| e.chars().count() > 1 && text.contains(e))
}

/// Tells whether a headline names no owner: a period and a paper's kind
/// (`2023年度工作总结`, `2024年工作要点`, `工作计划`), or a subject and a kind with no
/// organisation in it and no `关于` (`生产安全事故综合应急预案`): whose paper it is stands
/// on the line above, if anywhere. `关于……的通知` is a full headline under a letterhead.
pub fn ownerless_headline(text: &str) -> bool {
    if !ends_with_paper_kind(text) {
        return false;
    }
    let about = text.starts_with("关于") || text.starts_with("關於");
    if chars(text) <= SUBJECT_MAX && !about && !names_an_org(text) && !text.contains('的') {
        return true;
    }
    if chars(text) > OWNERLESS_MAX {
        return false;
    }
    // The period: digits and the words of a year, a half or a quarter.
    let rest = text.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "０１２３４５６７８９—-至年度上下半季第一二三四".contains(c)
    });
    let rest = rest.strip_prefix("工作").unwrap_or(rest);
    PAPER_KINDS.contains(&rest)
}

/// Tells whether a line ends as a headline of an official paper does: with the paper's
/// kind (`……整治工作实施方案`), maybe followed by its period or status in brackets
/// (`实施方案（2025—2027年）`, `管理办法（试行）`), no sentence end.
pub fn ends_with_paper_kind(text: &str) -> bool {
    let text = text
        .rfind(['（', '('])
        .filter(|&k| k > 0 && is_title_tail(&text[k..]))
        .map_or(text, |k| &text[..k]);
    PAPER_KINDS.iter().any(|k| text.ends_with(k)) && !text.contains(is_terminator)
}

/// Words by which a notice sends a paper (`印发` `转发` `批转` `现将……发给你们`).
const SENDING: &[&str] = &[
    "印发", "印發", "转发", "轉發", "批转", "批轉", "下发", "下發", "现将", "現將", "发给", "發給",
];

/// The papers a text names in title marks (`现将《关于……的意见》印发给你们`), read as the
/// text is: a stated heading that is one of them opens the paper the text above sends,
/// appended after it, and is no section of its own ([`SentPapers::sends`]).
#[derive(Debug, Default)]
pub struct SentPapers {
    /// Each paper's title, with where it was first named (what the reader counts by).
    named: std::collections::HashMap<String, usize>,
}

impl SentPapers {
    /// Notes the papers' titles `text`, standing at `at`, names in title marks (each read
    /// once: a text is read as it goes, never again from its start).
    pub fn read(&mut self, text: &str, at: usize) {
        // Only a line that sends what it names (`现将《……》印发给你们`, `关于转发《……》的
        // 通知`): a paper named in passing (`学习了《……》`) is sent by none.
        for line in text
            .lines()
            .filter(|l| SENDING.iter().any(|v| l.contains(v)))
        {
            for (open, _) in line.match_indices('《') {
                let inner = &line[open + '《'.len_utf8()..];
                if let Some(end) = inner
                    .find(['》', '《'])
                    .filter(|&e| inner[e..].starts_with('》'))
                {
                    let name = inner[..end].trim();
                    if ends_with_paper_kind(name) && !self.named.contains_key(name) {
                        self.named.insert(name.to_string(), at);
                    }
                }
            }
        }
    }

    /// Tells whether `heading`, standing at `at`, is the title of a paper sent before it.
    pub fn sends(&self, heading: &str, at: usize) -> bool {
        self.named
            .get(heading.trim())
            .is_some_and(|&named| named < at)
    }
}

/// Tells whether a line is a kind of paper alone (`章程`, `章　程`, `实施办法`): the last
/// part of a headline set on a line of its own, never a name or a heading.
pub fn is_paper_kind_alone(text: &str) -> bool {
    is_kind_word(&crate::names::join_spaces(text))
}

/// Tells whether a word, its layout spaces joined already, is a kind of paper set alone
/// ([`is_paper_kind_alone`]).
pub fn is_kind_word(word: &str) -> bool {
    let kind = word.strip_prefix("实施").unwrap_or(word);
    let kind = kind.strip_prefix("管理").unwrap_or(kind);
    // (Or the words said at an occasion, set under the meeting's name: `某镇第十二次代表大会`
    // / `开　幕　词`.)
    KINDS_ALONE.contains(&kind) || crate::glued::OCCASION_KINDS.contains(&word)
}

/// The kinds of paper set alone under their headline (a charter's, a rulebook's, a
/// plan's: `章　程`, `管理办法`). A report's or a note's kind alone (`总结`, `要点`) may
/// head a section as well, and is left to be what it is.
const KINDS_ALONE: &[&str] = &[
    "章程", "條例", "条例", "办法", "辦法", "规定", "規定", "细则", "細則", "规则", "規則", "守则",
    "守則", "准则", "準則", "制度", "方案", "规划", "規劃", "纲要", "綱要",
];

/// An organisation's name before a document-type word may be short (`某某部`, `国务院`):
/// the word after it says it is an issuer.
fn is_org_name_short(text: &str) -> bool {
    chars(text) >= 2
        && text.chars().all(is_cjk)
        && ends_as_org(text)
        && !text.contains(['的', '之'])
        && !HEADLINE_VERBS.iter().any(|v| text.contains(v))
}

/// Why a candidate is an issuer's line and no headline, when it is one: a document-type
/// label or an organisation's name alone. The head sets such lines aside when a headline
/// is left.
pub fn issuer_line(text: &str) -> Option<&'static str> {
    if is_doc_type_label(text) {
        Some("a document-type label (an issuer's 新闻稿, 公告 or 通报, with no subject)")
    } else if is_issuers(text) {
        Some("an organisation's name alone (an issuer, not a headline)")
    } else if is_meeting_name(text) {
        Some("a meeting's name alone (the session a paper is filed at, not a headline)")
    } else if is_month_and_place(text) {
        Some("a paper's month and the place it was issued (某年某月·北京)")
    } else if is_release_line(text) {
        Some("an issuer's release line (`某局　发布`, under a standard's dates)")
    } else {
        None
    }
}

/// Tells whether a line is an issuer's release line, as a standard's cover sets it under
/// the dates: an organisation's name, then `发布` or `印发` (often spaced out: `某局　发 布`).
fn is_release_line(text: &str) -> bool {
    let squeezed: String = text
        .chars()
        .filter(|&c| !crate::scan::marker::is_space(c))
        .collect();
    ["发布", "發布", "印发", "印發"]
        .iter()
        .any(|verb| squeezed.strip_suffix(verb).is_some_and(is_org_name))
}

/// Splits a `label：value` field: the label 2–8 characters of words, the value not empty.
/// `法規名稱：某法` → (`法規名稱`, `某法`).
pub fn field(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start_matches(['-', '•', '·', '*', '●', '■', '◆', ' ']);
    // (A label in brackets only in a bulleted record: `【工作动态】……` alone is a column's
    // tag over a headline.)
    if t.len() < text.len() {
        if let Some((label, value)) = bracketed_field(t) {
            return (!value.is_empty()).then_some((label, value));
        }
    }
    let pos = t.find(['：', ':'])?;
    let label = trim(&t[..pos]);
    let sep = t[pos..].chars().next().map_or(1, char::len_utf8);
    let value = trim(&t[pos + sep..]);
    let words = label
        .chars()
        .all(|c| is_cjk(c) || c.is_ascii_alphabetic() || c == ' ' || c == '\u{3000}');
    // (Measured without its layout spaces: `文　　号` is a label set to a wider one's width.)
    let width = label.chars().filter(|c| !c.is_whitespace()).count();
    ((2..=FIELD_LABEL_MAX).contains(&width) && words && !value.is_empty()).then_some((label, value))
}

/// Splits a field whose label a site sets in brackets, a colon after them or none
/// (`【发布日期】2001-12-18`, `[发表时间]:2017-02-21`): the label 2–8 characters of words,
/// and the value, maybe empty.
pub fn bracketed_field(text: &str) -> Option<(&str, &str)> {
    let (open, close) = match text.chars().next()? {
        '【' => ('【', '】'),
        '[' => ('[', ']'),
        '［' => ('［', '］'),
        _ => return None,
    };
    let inner = &text[open.len_utf8()..];
    let end = inner.find(close)?;
    let label = trim(&inner[..end]);
    let value = trim(trim(&inner[end + close.len_utf8()..]).trim_start_matches(['：', ':']));
    ((2..=FIELD_LABEL_MAX).contains(&chars(label)) && label.chars().all(is_cjk))
        .then_some((label, value))
}

/// Tells whether a field holds the document's title: its label says so (`标题：`), or its
/// value is a headline that names its subject as official papers do, whatever the label
/// (`案由：关于……的提案`, `事由：关于……的请示`).
pub fn is_title_field(label: &str, value: &str) -> bool {
    is_title_label(label) || names_its_subject(value.trim())
}

/// Tells whether a text is a headline of `关于`, its subject, `的` and a kind of paper of one
/// to four characters (`关于做好春耕生产的通知`), no sentence in it.
fn names_its_subject(text: &str) -> bool {
    let about = text.starts_with("关于") || text.starts_with("關於");
    let kind = text.rfind('的').map(|at| &text[at + '的'.len_utf8()..]);
    about
        && !text.contains(is_terminator)
        && kind.is_some_and(|k| (1..=4).contains(&chars(k)) && k.chars().all(is_cjk))
}

/// The most characters of a field's label that a line of fields sets after another's value
/// (`名称：某某工作报告　文号：……`).
const NEXT_LABEL_MAX: usize = 6;

/// A field's value up to the next field on its line: layout space, then a label of
/// ideographs alone, two to [`NEXT_LABEL_MAX`], ending as a record's labels do
/// ([`FIELD_LABEL_ENDINGS`]), and its colon (`某某工作报告 文号：……` →
/// `某某工作报告`). A value with no field after it comes back whole.
fn before_next_field(value: &str) -> &str {
    let mut from = 0;
    while let Some(k) = value[from..].find(char::is_whitespace).map(|k| from + k) {
        let after = value[k..].trim_start();
        // (The colon is looked for within a label's reach: a line is read once.)
        let reach = after
            .char_indices()
            .nth(NEXT_LABEL_MAX + 1)
            .map_or(after.len(), |(at, _)| at);
        if let Some(end) = after[..reach].find(['：', ':']) {
            let label = &after[..end];
            if (2..=NEXT_LABEL_MAX).contains(&chars(label))
                && label.chars().all(is_cjk)
                && FIELD_LABEL_ENDINGS.iter().any(|e| label.ends_with(e))
            {
                return trim(&value[..k]);
            }
        }
        // (Past the whole run of spaces: `after` starts after one at least.)
        from = value.len() - after.len();
    }
    value
}

/// Last words of the labels of a record's fields that a line sets after a title's value
/// (`文号` `索引号` `发布日期` `来源` `发布机构` `主题分类`): a headline's own words before a
/// colon (`新规：`) end in none of them.
const FIELD_LABEL_ENDINGS: &[&str] = &[
    "号",
    "號",
    "日期",
    "时间",
    "時間",
    "来源",
    "來源",
    "机构",
    "機構",
    "机关",
    "機關",
    "分类",
    "分類",
    "作者",
    "签发人",
    "簽發人",
    "主题词",
    "主題詞",
    "关键字",
    "關鍵字",
    "关键词",
    "關鍵詞",
    // (A number's label of two characters: `号` alone ends a name as often, `文号` none.)
    "文号",
    "文號",
];

/// Tells whether a label before a colon names a record's field by its last words
/// ([`FIELD_LABEL_ENDINGS`] of two characters or more), its layout spaces aside (`文　号`).
pub(crate) fn is_field_label(label: &str) -> bool {
    let label = crate::names::join_spaces(label);
    FIELD_LABEL_ENDINGS
        .iter()
        .any(|e| chars(e) >= 2 && label.ends_with(e))
}

/// The headline a news agency's dispatch line names (`新华社北京4月9日电 题：……` → `……`):
/// the dispatch ends in `电`, then a space, `题` and a colon.
fn dispatch_headline(text: &str) -> Option<&str> {
    let pos = text.find(['：', ':'])?;
    let label = text[..pos].trim_end();
    let dispatch = label
        .strip_suffix(['题', '題'])?
        .strip_suffix(|c: char| c.is_whitespace())?
        .trim_end();
    let sep = text[pos..].chars().next().map_or(1, char::len_utf8);
    let headline = trim(&text[pos + sep..]);
    (dispatch.ends_with(['电', '電']) && !headline.is_empty()).then_some(headline)
}

/// Tells whether a field label names the document's title: `标题`, `法規名稱`, `文件名称`.
pub fn is_title_label(label: &str) -> bool {
    // Layout spaces first: `标　　题` is set to the width of a four-character label.
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    ["标题", "標題", "名称", "名稱", "题名", "題名"]
        .iter()
        .any(|e| label.ends_with(e))
}

/// The most characters of a label that says where a page is (`您当前所在位置`, `當前位置`).
const LOCATION_LABEL_MAX: usize = 8;

/// The value of a field whose label says where the page is (`当前位置：首页 > 要闻`,
/// `您所在的位置:某报 第2018-07-16期`), whatever it holds.
pub fn location_value(text: &str) -> Option<&str> {
    let (label, value) = text.split_once(['：', ':'])?;
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    // (Said to the reader or of the moment, `当前位置` `您的位置` `所在位置`: `摆正位置：……`
    // is a headline's topic.)
    let located = ["当前", "當前", "您", "你", "所在", "现在", "現在", "目前"]
        .iter()
        .any(|w| label.contains(w));
    (chars(&label) <= LOCATION_LABEL_MAX && label.ends_with("位置") && located).then_some(value)
}

/// Tells whether a line is a breadcrumb that ends in its separator (`位置：首页 > 公告 >`).
fn is_open_breadcrumb(text: &str) -> bool {
    let open_end = text.trim_end().trim_end_matches(['>', '＞', '»']);
    open_end.len() < text.trim_end().len() && breadcrumb_last(open_end).is_some()
}

/// Tells whether a line is a breadcrumb, open at its end or not, or its parts set apart by
/// spaces alone from the home page on.
pub fn is_breadcrumb(text: &str) -> bool {
    breadcrumb_last(text).is_some() || is_open_breadcrumb(text) || is_spaced_crumb(text)
}

/// The fewest parts of a path set apart by spaces (`首页 作文 小学作文`): the home page
/// and two places under it.
const SPACED_CRUMB_PARTS_MIN: usize = 3;

/// Tells whether a line is a page's path set apart by spaces alone, the home page first
/// (`首頁 作文 國小作文 國小生優秀作文`): every part a few words, no sentence.
fn is_spaced_crumb(text: &str) -> bool {
    let mut parts = text.split_whitespace();
    let home = parts.next().is_some_and(is_home_page);
    let rest: Vec<&str> = parts.collect();
    home && rest.len() + 1 >= SPACED_CRUMB_PARTS_MIN
        && rest
            .iter()
            .all(|p| chars(p) <= CRUMB_MAX && p.chars().all(is_cjk))
}

/// Tells whether a word names a site's home page (`首页`, `網站首頁`), where a page's path
/// starts.
fn is_home_page(word: &str) -> bool {
    matches!(
        word,
        "首页" | "首頁" | "主页" | "主頁" | "网站首页" | "網站首頁"
    )
}

/// The fewest bare `>` signs that chain a breadcrumb's parts (`网站> 法规库> 地方法规> 标题`).
const CRUMB_CHAIN_MIN: usize = 2;

/// The last part of a breadcrumb, when `text` is one: parts joined by `->`, `>>`, `>`, `＞`,
/// `»` (or ` / ` with spaces), every part before the last short. `某大学->标题` → `标题`,
/// `您的位置：首页 >> 栏目` → `栏目`.
/// The most characters of a page's button beside a crumb (`申请入驻`, `登录`, `投稿`): a
/// headline's words run longer.
const BUTTON_LABEL_MAX: usize = 4;

pub fn breadcrumb_last(text: &str) -> Option<&str> {
    // Arrows and doubled signs are breadcrumbs wherever they stand; a single `>` or `/`
    // only with spaces around it (`首页 > 新闻`), as `改变量＞学习量` or `2024/2025` is text.
    const SEPARATORS: &[&str] = &[
        "->",
        "－>",
        "—>",
        ">>",
        "＞＞",
        "》》",
        "»",
        " > ",
        " ＞ ",
        " / ",
        " ／ ",
        // The same set apart by ideographic spaces (`网站　>　教育　>　正文`).
        "\u{3000}>\u{3000}",
        "\u{3000}＞\u{3000}",
        "\u{3000}/\u{3000}",
        "\u{3000}／\u{3000}",
    ];
    // A chain of three parts or more may join them with a bare `>` (`网站> 法规库> 标题`):
    // two of them are no comparison.
    const CHAIN: &[&str] = &[">", "＞"];
    // After a label that says where the page is (`您所在的位置：`), one bare sign will do
    // (`您所在的位置:首页>栏目`).
    // So will one after the home page (`首頁>要聞`): the path starts there.
    let from_home = text
        .split(['>', '＞'])
        .next()
        .is_some_and(|first| is_home_page(trim(first)));
    let located = location_value(text).is_some() || from_home;
    let least = if located { 1 } else { CRUMB_CHAIN_MIN };
    let chained = CHAIN
        .iter()
        .copied()
        .find(|s| text.matches(s).count() >= least);
    let (at, sep) = SEPARATORS
        .iter()
        .copied()
        .chain(chained)
        .filter_map(|s| text.rfind(s).map(|at| (at, s)))
        .max_by_key(|&(at, s)| (at + s.len(), s.len()))?;
    let last = trim(&text[at + sep.len()..]);
    // A page's label for the article itself after the channel, a space between
    // (`网评园地 正文`): the crumb ends at the channel.
    let last = last
        .strip_suffix("正文")
        .filter(|channel| channel.ends_with([' ', '\u{3000}']))
        .map_or(last, trim);
    // The same label before the page's buttons (`正文 申请入驻`, each a button's few
    // characters): the crumb ends at it, no headline of the page's.
    let last = last
        .strip_prefix("正文")
        .filter(|buttons| {
            buttons.starts_with([' ', '\u{3000}'])
                && buttons
                    .split_whitespace()
                    .all(|w| chars(w) <= BUTTON_LABEL_MAX)
        })
        .map_or(last, |_| "正文");
    // Every part before the last is short: a place on the site, not a sentence.
    let mut before = text[..at].to_string();
    for s in SEPARATORS.iter().chain(chained.as_slice()) {
        before = before.replace(s, "\u{1}");
    }
    let parts_short = before
        .split('\u{1}')
        .all(|p| chars(trim(p)) <= CRUMB_MAX && !p.contains(['，', '。']));
    (parts_short && !last.is_empty() && !trim(&text[..at]).is_empty()).then_some(last)
}

/// A site's name after a hyphen is at most this many characters (`某某理论网`): a longer
/// phrase ending in `网` is the headline's own words (`筑牢防洪安全网`).
const HYPHEN_SITE_MAX: usize = 6;

/// Strips a site suffix from a title: `标题 | nankai.info`, `标题_共产党员网`: a short name,
/// or a domain of any length, after a bar or an underscore.
pub fn strip_site(title: &str) -> &str {
    let mut t = strip_site_once(title);
    // A page's title may name the channel between the headline and the site
    // (`……_理论频道_某某网`, `…… - 观点 - 某某网`): once a site's name is off, a channel's
    // short name before it goes too.
    for _ in 0..CHANNELS_MAX {
        if t.len() == title.len() {
            break;
        }
        match strip_channel(t) {
            Some(shorter) => t = shorter,
            None => break,
        }
    }
    t
}

/// How many channels a page's title may name between its headline and its site.
const CHANNELS_MAX: usize = 2;

/// The most characters of a site's name after one dash (`—某某网`): a news site's short
/// name; a longer one is a subtitle's phrase with its `——` shrunk (`—织密监督网`).
const DASH_SITE_MAX: usize = 4;

/// The most characters of a channel's name in a page's title (`理论频道`, `滚动新闻`, `观点`).
const CHANNEL_MAX: usize = 6;

/// The most characters of a body's name or a site's long name after a spaced hyphen
/// (`- 中华人民共和国某某部政府门户网站`).
const HYPHEN_BODY_MAX: usize = 20;

/// Takes a channel's name off the end of a page's title, after a bar, an underscore or a
/// spaced hyphen: a few characters of words, shorter than the headline before it.
fn strip_channel(title: &str) -> Option<&str> {
    let (pos, sep) = title
        .rfind(['_', '|', '｜'])
        .map(|p| (p, title[p..].chars().next().map_or(1, char::len_utf8)))
        .or_else(|| title.rfind(" - ").map(|p| (p, 3)))?;
    let channel = trim(&title[pos + sep..]);
    let before = trim(&title[..pos]);
    ((2..=CHANNEL_MAX).contains(&chars(channel))
        && channel.chars().all(is_cjk)
        && chars(before) > chars(channel))
    .then_some(before)
}

/// A site's name without its address in brackets after it (`某某网(example.com)` →
/// `某某网`); the text trimmed, as it is, when no address stands there.
fn without_address(site: &str) -> &str {
    let s = trim(site);
    let Some(inner) = s.strip_suffix([')', '）']) else {
        return s;
    };
    match inner.rfind(['(', '（']) {
        Some(open)
            if is_domain(trim(
                &inner[open + inner[open..].chars().next().map_or(1, char::len_utf8)..],
            )) =>
        {
            trim(&inner[..open])
        }
        _ => s,
    }
}

/// Takes a site's name off the end of a title once ([`strip_site`]).
fn strip_site_once(title: &str) -> &str {
    // A hyphen before a site's or a body's name (`……手册-某某网`, `…… - example.com`,
    // `…… - 某市人民政府门户网站`, `……-某区人民政府`): the page's owner. A headline's own
    // words may hold one (`2024-2025学年`), and a dash opens its subtitle
    // (`……——织密社会保障网`); a phrase ending in `网` stays (`筑牢防洪安全网`).
    // (Not a hyphen inside a word of letters, `www.some-name.cn`.)
    let in_word = |p: usize| title[..p].ends_with(|c: char| c.is_ascii_alphanumeric());
    if let Some(pos) = title.rfind('-').filter(|&p| p > 0 && !in_word(p)) {
        let site = without_address(&title[pos + 1..]);
        let before = trim(&title[..pos]);
        let short_site = site.ends_with(['网', '網']) && chars(site) <= HYPHEN_SITE_MAX;
        let owner = (site.ends_with("网站") || site.ends_with("網站") || ends_as_org(site))
            && chars(site) <= HYPHEN_BODY_MAX
            && site.chars().all(is_cjk)
            && chars(before) > chars(site) / 2;
        if !before.is_empty() && !before.ends_with('-') && (is_domain(site) || short_site || owner)
        {
            return before;
        }
    }
    // One dash (not a headline's `——`) before a site's short name (`……—某某网`).
    if let Some(pos) = title.rfind('—').filter(|&p| p > 0) {
        let site = without_address(&title[pos + '—'.len_utf8()..]);
        let before = trim(&title[..pos]);
        if !before.is_empty()
            && !before.ends_with('—')
            && site.ends_with(['网', '網'])
            && chars(site) <= DASH_SITE_MAX
        {
            return before;
        }
    }
    match title.rfind(['|', '｜', '_']) {
        Some(pos) if pos > 0 => {
            let sep = title[pos..].chars().next().map_or(1, char::len_utf8);
            let raw = trim(&title[pos + sep..]);
            let site = without_address(raw);
            let before = trim(&title[..pos]);
            // A site's name is shorter than the headline it follows, or shaped as a site's
            // name: `栏目｜标题` (a WeChat column before its headline) keeps both.
            let site_like = is_domain(site) || is_site_name(site) || chars(site) < chars(before);
            // (Measured without an address in brackets after the name.)
            let suffix = chars(&title[pos..]) - (chars(raw) - chars(site));
            if suffix <= SITE_SUFFIX_MAX && site_like || is_domain(site) {
                trim(&title[..pos])
            } else {
                title
            }
        }
        _ => title,
    }
}

/// Splits a column off a title: a prefix (`求是网评:`), a tag in brackets after it
/// (`（人民要论）`) or a tag in `【】` before it (`【资讯汇总】`).
pub fn split_column(text: &str) -> (Option<String>, String) {
    if let Some(pos) = text.find([':', '：']) {
        let prefix = trim(&text[..pos]);
        let rest = trim(&text[pos + text[pos..].chars().next().map_or(1, char::len_utf8)..]);
        if !rest.is_empty() && is_column_prefix(prefix) {
            return (Some(prefix.to_string()), rest.to_string());
        }
        // The kind of writing a site files the text under (`党课讲稿：……`, `“两学一做”心得
        // 体会：……`, `政策解读：……`), over a headline of its own: the category, no words of
        // the title.
        // (The rest a headline's words: no period alone, `2025年第一季度`, and no label,
        // `一图读懂`.)
        let headline = chars(rest) >= GENRE_TITLE_MIN
            && !rest.starts_with(|c: char| c.is_ascii_digit())
            && !opens_with_year(rest);
        if is_genre_prefix(prefix) && looks_like_title(rest) && headline {
            return (Some(prefix.to_string()), rest.to_string());
        }
    }
    // (Or a dash after the kind of writing, `党课讲稿--……`, `……心得体会——……`: the
    // headline after it is no subtitle, `……——在某会上的讲话`, which says who gave it.)
    if let Some(pos) = text.find("——").or_else(|| text.find("--")) {
        let prefix = trim(&text[..pos]);
        let rest = trim(text[pos..].trim_start_matches(['—', '-']));
        // (A subtitle names where it was said, `——在某会上的讲话`, `——某某在……的发言`,
        // `——某某为……讲授专题党课`, or names the work it is about, `——读《某书》有感`. A
        // prefix that names its subject, `《某法》解读——……`, is no category either.)
        let occasion = rest.starts_with('在')
            || rest.contains("上的")
            || crate::glued::is_speech_kind_end(rest)
            || prefix.contains('《')
            || rest.contains('《');
        let headline = chars(rest) >= GENRE_TITLE_MIN && !opens_with_year(rest) && !occasion;
        if is_genre_prefix(prefix) && looks_like_title(rest) && headline {
            return (Some(prefix.to_string()), rest.to_string());
        }
    }
    // A short name before a bar is the column a page files the headline under
    // (`一图读懂｜……`, `图解 | ……`): words only, shorter than the headline after it.
    // (`丨`, the ideograph of one stroke, is set as a bar as often as `｜` is.)
    if let Some(pos) = text.find(['｜', '|', '丨']) {
        let prefix = trim(&text[..pos]);
        // (A bar doubled, `重阳特辑 || ……`, is one bar.)
        let rest = trim(
            text[pos..]
                .trim_start_matches(['｜', '|', '丨'])
                .trim_start_matches(char::is_whitespace),
        );
        if (2..=BAR_COLUMN_MAX).contains(&chars(prefix))
            && prefix.chars().all(is_cjk)
            && chars(rest) > chars(prefix)
            && !rest.contains(['｜', '|', '丨'])
            && looks_like_title(rest)
        {
            return (Some(prefix.to_string()), rest.to_string());
        }
    }
    if let Some(inner) = text.strip_prefix('【') {
        if let Some(close) = inner.find('】') {
            let tag = trim(&inner[..close]);
            let rest = trim(&inner[close + '】'.len_utf8()..]);
            // (Counted without its layout spaces: `【建党百年 环院献礼】`, two phrases.)
            let words = chars(&crate::names::join_spaces(tag));
            if (1..=KICKER_TAG_MAX).contains(&words) && looks_like_title(rest) {
                return (Some(tag.to_string()), rest.to_string());
            }
        }
    }
    // A column's tag in brackets before the headline (`（人民要论）……`), as after it.
    if let Some(inner) = text.strip_prefix(['（', '(']) {
        if let Some(close) = inner.find(['）', ')']) {
            let tag = &inner[..close];
            let rest =
                trim(&inner[close + inner[close..].chars().next().map_or(1, char::len_utf8)..]);
            if chars(tag) <= COLUMN_TAG_MAX && is_column_tag(tag) && looks_like_title(rest) {
                return (Some(tag.to_string()), rest.to_string());
            }
        }
    }
    if let Some(stripped) = text.strip_suffix(['）', ')']) {
        if let Some(open) = stripped.rfind(['（', '(']) {
            let tag = &stripped[open + stripped[open..].chars().next().map_or(1, char::len_utf8)..];
            let title = trim(&stripped[..open]);
            let tagged = chars(tag) <= COLUMN_TAG_MAX && is_column_tag(tag)
                || topic_tag(tag)
                || study_tag(tag);
            if tagged && !title.is_empty() {
                return (Some(tag.to_string()), title.to_string());
            }
        }
    }
    (None, text.to_string())
}

/// Tells whether the words before a title's colon name a column (`求是网评` `人民日报评论员
///文章` `某某网评论员` `网络评论方法论⑨`): at most [`COLUMN_PREFIX_MAX`] characters ending
/// in a column's word, or a numbered series.
pub fn is_column_prefix(prefix: &str) -> bool {
    chars(prefix) <= COLUMN_PREFIX_MAX
        && (COLUMN_ENDINGS.iter().any(|e| prefix.ends_with(e)) || numbered_series(prefix))
        // A commentator's column names an agency before the role (`某某网评论员`), never a
        // phrase (`我们的评论员`).
        && (!prefix.ends_with(['员', '員']) || is_role(prefix))
}

/// Words that end the name of a kind of writing a site files texts under (`心得体会`,
/// `思想汇报`, `党课讲稿`, `政策解读`, `新年献词`).
const GENRE_ENDINGS: &[&str] = &[
    "心得体会",
    "心得體會",
    "思想汇报",
    "思想匯報",
    "讲稿",
    "講稿",
    "解读",
    "解讀",
    "献词",
    "獻詞",
    "读后感",
    "讀後感",
    "观后感",
    "觀後感",
    "党课",
    "黨課",
];

/// The fewest characters of the headline after a kind of writing and its colon: a phrase
/// (`学深还需笃行`), no label of four (`一图读懂`).
const GENRE_TITLE_MIN: usize = 5;

/// The most characters of a kind of writing before a headline's colon (`“两学一做”心得体会`).
const GENRE_PREFIX_MAX: usize = 12;

/// Tells whether the words before a headline's colon name a kind of writing
/// ([`GENRE_ENDINGS`]), a few words at most, no subject of their own (`关于……的`).
fn is_genre_prefix(prefix: &str) -> bool {
    chars(prefix) <= GENRE_PREFIX_MAX
        && GENRE_ENDINGS.iter().any(|e| prefix.ends_with(e))
        && !prefix.contains(['的', '，', ',', ' ', '\u{3000}'])
        && !prefix.starts_with("关于")
}

/// Tells whether a title's prefix names a numbered series of articles (`网络评论方法论⑨`,
/// `学习笔记之三`): words, then the piece's number in a circle or after `之`.
fn numbered_series(prefix: &str) -> bool {
    let words = prefix
        .strip_suffix(|c: char| ('①'..='⑳').contains(&c))
        .or_else(|| {
            let (words, n) = prefix.rsplit_once('之')?;
            (!n.is_empty()
                && n.chars()
                    .all(|c| crate::scan::numeral::cn_value(&c.to_string()).is_some()))
            .then_some(words)
        });
    words.is_some_and(|w| chars(w) >= 2 && w.chars().all(is_cjk))
}

/// Tells whether a bracketed tag after a title is a column (`人民要论`, `评论员观察`, any
/// four-character name of words), not the document's status (`试行`, `征求意见稿`) or a
/// year or edition (`2024年修订`).
fn is_column_tag(tag: &str) -> bool {
    let words = tag.chars().all(is_cjk);
    let status = tag.ends_with(STATUS_ENDINGS);
    words
        && !status
        && (COLUMN_ENDINGS.iter().any(|e| tag.ends_with(e)) || chars(tag) == COLUMN_NAME_CHARS)
}

/// The kinds of a paper's series of pieces named beside their topic (`政策问答·……`,
/// `专题辅导·……`, `……·访谈录`).
const SERIES_KINDS: &[&str] = &[
    "问答",
    "問答",
    "解读",
    "解讀",
    "辅导",
    "輔導",
    "访谈",
    "訪談",
    "专访",
    "專訪",
    "聚焦",
    "特稿",
    "对话",
    "對話",
    "访谈录",
    "訪談錄",
];

/// The most characters of a column's tag with its topics (`政策问答·扩大高水平对外开放`,
/// `深入学习贯彻……思想·访谈录`: a study series names its whole theme).
const TOPIC_TAG_MAX: usize = 30;

/// Tells whether a tag in brackets names a column and the topics of a series under it,
/// parted by middle dots (`政策解读·中央一号文件`, `经济新方位·对话·2025加油干`,
/// `促进民营经济高质量发展·权威访谈`): words in every part, no clause, and one part a
/// column's by its kind — a series' kind alone (`对话`), or a column's name of four words
/// or more ending in one (`权威访谈`).
/// (Without a column's part it is the headline's own note: a place, `上海浦东·张江`, a
/// term, `2023·春`.)
fn topic_tag(tag: &str) -> bool {
    let parts: Vec<&str> = tag.split(['·', '•', '・']).map(trim).collect();
    // (Each part a phrase of two characters or more: a dynasty's one, `宋·某某·解读`, tells
    // a poem's age.)
    let plain = |p: &&str| {
        chars(p) >= 2
            && p.chars().any(is_cjk)
            && !p.contains(is_terminator)
            && !p.contains(['，', ',', '、', '：', ':'])
    };
    // The first part a column's by any column's ending; a later one by a series' kind
    // (`……·权威访谈`) or a commentary's: `泰山·文明论坛` names a place and an event.
    let column = |(k, p): (usize, &&str)| {
        let series = SERIES_KINDS.iter().any(|e| p.ends_with(e));
        let named = COLUMN_ENDINGS.iter().any(|e| p.ends_with(e));
        // (After the dot a commentary's name, `……·经济时评` `……·某某网评`; a forum's or a
        // talk's, `……论坛` `……漫谈`, may be an event's.)
        let commentary = ["评", "評", "评论", "評論", "社论", "社論"]
            .iter()
            .any(|e| p.ends_with(e));
        SERIES_KINDS.contains(p)
            || chars(p) >= COLUMN_NAME_CHARS
                && is_column_tag(p)
                && (series || commentary || k == 0 && named)
    };
    parts.len() >= 2
        && chars(tag) <= TOPIC_TAG_MAX
        && parts.iter().all(plain)
        && parts.iter().enumerate().any(column)
}

/// The words a study campaign's column opens with (`（学习贯彻……精神）`), maybe after an
/// adverb of depth (`深入`).
const STUDY_VERBS: &[&str] = &["学习贯彻", "學習貫徹", "学习宣传贯彻", "學習宣傳貫徹"];

/// What a study campaign's column studies: a thought, a spirit, a speech.
const STUDIED: &[&str] = &["思想", "精神", "讲话", "講話", "论述", "論述"];

/// Tells whether a tag in brackets after a headline is a study campaign's column, as a
/// paper runs a series under it (`（深入学习贯彻某某思想）`, `（学习贯彻某某全会精神）`): the
/// campaign's verbs, what it studies, no clause.
fn study_tag(tag: &str) -> bool {
    let verbs = tag.strip_prefix("深入").unwrap_or(tag);
    STUDY_VERBS.iter().any(|v| verbs.starts_with(v))
        && STUDIED.iter().any(|e| tag.ends_with(e))
        && chars(tag) <= TOPIC_TAG_MAX
        && tag.chars().all(is_cjk)
}

/// Newspaper columns are named in four characters (`专题深思`, `大家手笔`, `思想纵横`).
const COLUMN_NAME_CHARS: usize = 4;

/// Splits a speaker off the front of a title: `某某：在……上的讲话` → (`某某`, `在……上的讲话`).
/// The prefix must read as a name without a label ([`is_bare_name`]).
/// Two or three writers may stand there, parted by spaces or `、` (`某某 某某：……的思考`):
/// their names come back parted by one space.
pub fn split_speaker(text: &str) -> (Option<String>, String) {
    if let Some(pos) = text.find([':', '：']) {
        let prefix = trim(&text[..pos]);
        let rest = trim(&text[pos + text[pos..].chars().next().map_or(1, char::len_utf8)..]);
        // (A record's label spaced out, `時 間：上午9時10分`, is no speaker's name.)
        let field = is_field_label(prefix);
        if looks_like_title(rest) && chars(rest) > NAV_LABEL_MAX && !field {
            if is_bare_name(prefix) {
                return (Some(join_spaces(prefix)), rest.to_string());
            }
            // (A post before the name: `某省政协主席某某：……`, `教授某某某：……`. A post alone
            // before two words, `记者连线` `校长周记`, is a column's name.)
            let named = crate::names::strip_role(prefix);
            let post = trim(&prefix[..prefix.len() - named.len()]);
            if named.len() < prefix.len()
                && is_bare_name(named)
                && (!crate::names::is_role_word(post) || chars(&join_spaces(named)) >= 3)
            {
                return (Some(join_spaces(named)), rest.to_string());
            }
            if let Some(names) = crate::names::bare_names(prefix) {
                return (Some(names.join(" ")), rest.to_string());
            }
        }
    }
    (None, text.to_string())
}

/// The most characters of the place a WeChat page prints after its date and time
/// (`2024-05-06 08:00 北京`, `… 内蒙古`).
const DATE_PLACE_MAX: usize = 4;

/// Splits a line that ends with a date after layout space (`张伟　2024-05-06 10:30`,
/// `县水利局  2024年5月6日 星期一`): the words before it and the date, which a time of
/// day and a weekday may follow.
pub fn trailing_date(text: &str) -> Option<(&str, &str)> {
    let (_, r) = crate::scan::date::find_date(text)?;
    let before = &text[..r.start];
    let after = text[r.end..].trim();
    let after = after
        .rsplit_once(char::is_whitespace)
        .filter(|(_, w)| is_weekday(w))
        .map_or(after, |(t, _)| t.trim());
    let after = if is_weekday(after) { "" } else { after };
    let tail_ok = after
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '：') || c.is_whitespace());
    (r.start > 0 && before.ends_with(char::is_whitespace) && tail_ok)
        .then(|| (trim(before), &text[r.start..]))
}

/// Tells whether a word names a day of the week: `星期二`, `星期日`, `周三`, `禮拜五`.
pub fn is_weekday(word: &str) -> bool {
    // (A page that cut the day off leaves the word alone: `2015年11月6日 星期`.)
    if matches!(word, "星期" | "禮拜" | "礼拜") {
        return true;
    }
    ["星期", "周", "週", "礼拜", "禮拜"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|d| d.chars().count() == 1 && "一二三四五六日天".contains(d))
    })
}

/// Tells whether a line is a date standing alone (`2019年9月26日 15:10`, `（2021年10月30日）`,
/// `2025年5月6日（星期二）`, `May 8, 2020`): a dateline or a sign-off. A date with a time may
/// be followed by a place of at most [`DATE_PLACE_MAX`] characters (`2024-05-06 08:00 北京`),
/// as a WeChat page writes it; a date without a time followed by words is no date line
/// (`2021年5月6日 会议`).
pub fn is_date_line(text: &str) -> bool {
    find_date(text).is_some_and(|(d, r)| {
        let outside = format!("{}{}", &text[..r.start], &text[r.end..]);
        let words: String = outside
            .chars()
            .filter(|c| !matches!(c, '（' | '）' | '(' | ')' | ' ' | '\u{3000}'))
            .collect();
        // Nothing but brackets around it, or the day of the week (`（星期二）`).
        let bare = words.is_empty() || is_weekday(&words);
        let place = trim(&text[r.end..]);
        // (Or the outlet that posted it, `2024-07-01 06:00　某某新闻网`: a page's stamp.)
        let placed = d.hm().is_some()
            && trim(&text[..r.start]).is_empty()
            && text[r.end..].starts_with(char::is_whitespace)
            && ((2..=DATE_PLACE_MAX).contains(&chars(place)) || outlet(place))
            && place.chars().all(is_cjk);
        // A paper's name before the day and its weekday (`光明日报 2022年10月31日 星期一`):
        // the page's date line, the weekday telling a calendar's stamp from a headline, the
        // name an outlet's (`……报` `……刊` `……网`), no sentence's words (`我们全家在`).
        let before = trim(&text[..r.start]);
        let after: String = text[r.end..]
            .chars()
            .filter(|c| !matches!(c, '（' | '）' | '(' | ')' | ' ' | '\u{3000}'))
            .collect();
        // (The lunar day may follow the weekday: `星期一 农历九月初七`.)
        let weekday = ["农历", "農曆"]
            .iter()
            .find_map(|w| after.find(w).map(|at| &after[..at]))
            .unwrap_or(&after);
        let stamped = !before.is_empty()
            && before.chars().all(is_cjk)
            && outlet(before)
            && is_weekday(weekday);
        bare || placed || stamped
    })
}

/// Tells whether a line is an outlet's name, a space, and the day and the time it posted,
/// nothing after (`某某新闻 03月05日 19:38`): an app's stamp over its story, no headline.
fn is_posting_stamp(text: &str) -> bool {
    let Some((name, stamp)) = trim(text).split_once(char::is_whitespace) else {
        return false;
    };
    name.chars().all(is_cjk)
        && outlet(name)
        && crate::scan::date::day_stamp(trim(stamp)).is_ok_and(|(rest, _)| trim(rest).is_empty())
}

/// Tells whether words name an outlet, as a page's date line does beside its day
/// (`光明日报`, `某某新闻网`): at most [`DATELINE_NAME_MAX`] characters, ending as a paper, a
/// journal, a site or a station's name ends.
fn outlet(name: &str) -> bool {
    chars(name) <= DATELINE_NAME_MAX
        && (name.ends_with(['报', '報', '刊', '网', '網', '台'])
            || name.ends_with("新闻")
            || name.ends_with("新聞"))
}

/// The most characters of a paper's name before its date line's day (`中国纪检监察报`,
/// `中华人民共和国国务院公报`).
const DATELINE_NAME_MAX: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_said_twice_and_a_year_tag_come_off() {
        assert_eq!(
            strip_said_twice("学校防汛应急预案 学校防汛应急预案"),
            Some("学校防汛应急预案")
        );
        assert_eq!(strip_said_twice("好好 学习"), None);
        assert_eq!(strip_said_twice("加油 加油"), None);
        assert_eq!(
            strip_year_tag("2022关于某县工作督查情况的通报"),
            Some("关于某县工作督查情况的通报")
        );
        assert_eq!(
            strip_year_tag("2022年某县国民经济和社会发展统计公报 2022"),
            Some("2022年某县国民经济和社会发展统计公报")
        );
        assert_eq!(strip_year_tag("某县国土空间总体规划 2035"), None);
        assert_eq!(strip_year_tag("2022年某县工作要点"), None);
        assert_eq!(strip_year_tag("2022年度工作总结 2023"), None);
        assert_eq!(strip_year_tag("某某纪念大会 1921 2021"), None);
        assert_eq!(strip_year_tag("5678关于某事"), None);
        assert_eq!(strip_year_tag("2021关于"), None);
    }

    #[test]
    fn a_dateline_loses_the_place_it_was_signed_at() {
        assert_eq!(without_signed_at("2002年7月21日于北京"), "2002年7月21日");
        assert_eq!(
            without_signed_at("二〇〇二年七月二十一日於香港"),
            "二〇〇二年七月二十一日"
        );
        assert_eq!(without_signed_at("2002年7月21日"), "2002年7月21日");
        assert_eq!(without_signed_at("2002年于北京"), "2002年于北京");
        assert_eq!(
            without_signed_at("7月21日于北京召开的会议上"),
            "7月21日于北京召开的会议上"
        );
    }

    #[test]
    fn site_tags_after_a_headline_come_off() {
        assert_eq!(strip_site_tag("中越联合声明(全文)"), Some("中越联合声明"));
        assert_eq!(strip_site_tag("居民公约（通用10篇）"), Some("居民公约"));
        assert_eq!(strip_site_tag("述职报告(精选五篇)"), Some("述职报告"));
        assert_eq!(strip_site_tag("某某办法（第2页）"), Some("某某办法"));
        assert_eq!(strip_site_tag("调研札记（第三篇）"), None);
        assert_eq!(strip_site_tag("红色家书（三篇）"), None);
        assert_eq!(strip_site_tag("故乡的河（外一篇）"), None);
        assert_eq!(strip_site_tag("某某条例（草案）"), None);
        assert_eq!(strip_site_tag("(全文)"), None);
    }

    #[test]
    fn papers_a_text_sends() {
        let mut sent = SentPapers::default();
        sent.read(
            "现将《某某县农村人居环境整治实施方案》印发给你们，请认真贯彻落实。",
            1,
        );
        sent.read("学习《论持久战》一书和《某某大学学报》。", 2);
        sent.read("本周学习了《关于加强基层治理的意见》。", 3);
        assert!(!sent.sends("关于加强基层治理的意见", 9));
        assert!(sent.sends("某某县农村人居环境整治实施方案", 9));
        assert!(sent.sends(" 某某县农村人居环境整治实施方案 ", 9));
        // Not before the line that sends it.
        assert!(!sent.sends("某某县农村人居环境整治实施方案", 1));
        // A book or a journal named is no paper sent; an unnamed paper is not either.
        assert!(!sent.sends("论持久战", 9));
        assert!(!sent.sends("某某大学学报", 9));
        assert!(!sent.sends("某某县垃圾分类实施方案", 9));
        // An unclosed title mark names nothing.
        let mut open = SentPapers::default();
        open.read("现将《某某管理办法印发给你们。", 0);
        assert!(!open.sends("某某管理办法", 9));
    }

    #[test]
    fn headline_sheds_what_its_line_carries_besides() {
        assert_eq!(
            strip_length_note("在一线践行初心(全文13438字)"),
            Some("在一线践行初心")
        );
        assert_eq!(
            strip_length_note("在一线践行初心（共3,200字）"),
            Some("在一线践行初心")
        );
        assert_eq!(
            strip_length_note("在一线践行初心（全文共3200字）"),
            Some("在一线践行初心")
        );
        for kept in [
            "某某办法（2024年修订）",
            "某某讲话（全文）",
            "（全文8620字）",
            "某某（十字）",
        ] {
            assert_eq!(strip_length_note(kept), None, "{kept}");
        }
        assert_eq!(
            strip_doc_number("某政办发〔2025〕8号《关于做好某某工作的通知》"),
            Some("关于做好某某工作的通知")
        );
        assert_eq!(
            strip_doc_number("关于某某的通知 常政發(fā)〔2023〕1號"),
            Some("关于某某的通知")
        );
        for kept in [
            "“奋斗号”科考船完成首航任务",
            "第3号台风登陆",
            "关于某某的通知",
            "机关科级干部招聘公告（2026年第5号）",
        ] {
            assert_eq!(strip_doc_number(kept), None, "{kept}");
        }
        assert_eq!(
            strip_site_prefix("某县政府门户网站-关于某某的说明报告"),
            Some("关于某某的说明报告")
        );
        assert_eq!(
            strip_site_prefix("人民网：让群众少跑腿多办事"),
            Some("让群众少跑腿多办事")
        );
        for kept in [
            "织密基层治理一张网：某街道的做法",
            "工业互联网：赋能制造业发展",
            "人民网：短标",
            "2025-2027年规划纲要",
        ] {
            assert_eq!(strip_site_prefix(kept), None, "{kept}");
        }
        assert_eq!(
            strip_code_captions(
                "扫描二维码访问某网移动版 某报解读“某某改革” 扫描二维码访问某社微信"
            ),
            Some("某报解读“某某改革”")
        );
        assert_eq!(strip_code_captions("扫码看二维码使用指南"), None);
        assert!(between_code_captions(
            "扫描二维码访问本网 某报解读某事 扫描二维码关注本网"
        ));
        assert!(!between_code_captions("扫一扫 在手机上阅读本文"));
        assert_eq!(strip_code_captions("某某 二维码 管理办法"), None);
        assert_eq!(
            strip_piece_label("第一篇：某某学院实习管理细则"),
            Some("某某学院实习管理细则")
        );
        assert_eq!(strip_piece_label("第一篇：总论"), None);
        assert_eq!(
            strip_quoted_tag("“政策文件” 某某办公室关于某某的通知"),
            Some("某某办公室关于某某的通知")
        );
        assert_eq!(strip_quoted_tag("“三个一”工作法 破解难题"), None);
    }

    #[test]
    fn links_parted_by_wide_space_are_a_menu() {
        assert!(is_menu_bar("首页　　博文目录　　图片　　关于我"));
        assert!(is_menu_bar("首页  新闻  通知公告  联系我们"));
        assert!(!is_menu_bar("守好老街　激活更新"));
        assert!(!is_menu_bar("坚定信心　　真抓实干"));
        assert!(!is_menu_bar("第二章　　保　　障"));
    }

    #[test]
    fn a_latin_link_stands_beside_a_menus_own_links() {
        assert!(is_menu_bar(
            "首　页 | 站点地图 | 联系我们 | English Version"
        ));
        // Two parts of a headline and a Latin name between bars are no menu.
        assert!(!is_menu_bar("人工智能前沿 | Deep Learning Weekly | 第12期"));
        assert!(!is_menu_bar("青春 | 奋斗 | Youth Makes Our Future Bright"));
    }

    #[test]
    fn issuers_side_by_side() {
        assert!(is_issuers("中共某县委办公室　某县人民政府办公室"));
        assert!(is_issuers("某县人民政府办公室"));
        assert!(!is_issuers("某县人民政府办公室　关于印发方案的通知"));
        assert!(!is_issuers("县委办公室 召开会议"));
    }

    #[test]
    fn a_period_or_a_status_under_a_title_ends_it() {
        for line in [
            "（2025—2027年）",
            "(2021-2025年)",
            "（2024～2026年）",
            "（试行）",
            "（征求意见稿）",
        ] {
            assert!(is_title_tail(line), "{line}");
        }
        for line in [
            "（2024年3月1日）",
            "（一九五二年六月一日）",
            "（记者 某某）",
            "（一）",
            "2025—2027年",
        ] {
            assert!(!is_title_tail(line), "{line}");
        }
    }

    #[test]
    fn a_column_before_a_bar_is_no_headline_with_a_site_after_it() {
        assert_eq!(
            strip_site("某县召开防汛工作会议 | 某县融媒"),
            "某县召开防汛工作会议"
        );
        assert_eq!(strip_site("会议召开_某某新闻网"), "会议召开");
        assert_eq!(strip_site("会议召开 | example.com.cn"), "会议召开");
        // A hyphen or a dash before a site's name; a headline's own hyphens stay.
        assert_eq!(strip_site("青年学习手册-某某网"), "青年学习手册");
        assert_eq!(
            strip_site("筑牢安全防线——织密社会保障网"),
            "筑牢安全防线——织密社会保障网"
        );
        assert_eq!(
            strip_site("打赢防汛攻坚战 - 筑牢防洪安全网"),
            "打赢防汛攻坚战 - 筑牢防洪安全网"
        );
        assert_eq!(strip_site("学习-永远在线"), "学习-永远在线");
        assert_eq!(strip_site("会议召开 - example.com.cn"), "会议召开");
        // A body owning the page, a channel before the site, one dash, an address after
        // the site's name.
        assert_eq!(
            strip_site("全市工作会议召开 - 某市人民政府门户网站"),
            "全市工作会议召开"
        );
        assert_eq!(strip_site("会议召开-某区人民政府"), "会议召开");
        assert_eq!(
            strip_site("全市工作会议召开_理论频道_某某网"),
            "全市工作会议召开"
        );
        assert_eq!(
            strip_site("全市工作会议召开 - 观点 - 某某网"),
            "全市工作会议召开"
        );
        assert_eq!(strip_site("会议召开—某某网"), "会议召开");
        assert_eq!(strip_site("会议召开_某某网(example.cn)"), "会议召开");
        assert_eq!(
            strip_channel("全市工作会议召开_理论频道"),
            Some("全市工作会议召开")
        );
        assert_eq!(strip_channel("会议_理论研究频道"), None);
        assert_eq!(
            strip_site("学习贯彻全会精神 - 推动高质量发展"),
            "学习贯彻全会精神 - 推动高质量发展"
        );
        assert_eq!(
            strip_site("2024-2025学年第一学期校历"),
            "2024-2025学年第一学期校历"
        );
        assert_eq!(strip_site("从站起来—到富起来"), "从站起来—到富起来");
        assert_eq!(
            strip_site("周末去哪儿｜城郊三条骑行线路推荐"),
            "周末去哪儿｜城郊三条骑行线路推荐"
        );
    }

    #[test]
    fn menu_bars_and_secrecy_marks_are_no_titles() {
        for line in [
            "首页 | 机构设置 | 政务公开 | 办事服务",
            "繁体｜English｜无障碍",
            "新聞公報　　English | 簡體版 | 列印本頁",
            "秘密★1年",
            "机密 ★ 启用前",
        ] {
            assert!(matches!(judge(line), Shape::Rejected(_)), "{line}");
        }
        for line in [
            "某县召开防汛工作会议 | 某县融媒",
            "坚定信心　真抓实干｜某某网",
            "五星★红旗迎风飘扬的地方在哪里",
        ] {
            assert!(matches!(judge(line), Shape::Candidate(_)), "{line}");
        }
    }

    #[test]
    fn a_line_without_chinese_words_is_no_title() {
        for line in ["English", "EN", "ZHONGGUO GONGSHANG BAO", "2025"] {
            assert!(matches!(judge(line), Shape::Rejected(_)), "{line}");
        }
        for line in ["推荐回答(1个)", "评论（12）", "相关文章(5篇)"] {
            assert!(matches!(judge(line), Shape::Rejected(_)), "{line}");
        }
        for line in [
            "5G赋能智慧城市建设",
            "AI时代的学习方式",
            "学习贯彻全会精神系列评论(3)",
            "关于调整补贴标准的通知(第2号)",
        ] {
            assert!(matches!(judge(line), Shape::Candidate(_)), "{line}");
        }
    }

    fn title_of(text: &str) -> Option<String> {
        match judge(text) {
            Shape::Candidate(c) => Some(c.title),
            _ => None,
        }
    }

    #[test]
    fn a_label_in_brackets_is_no_title() {
        assert_eq!(title_of("【题目】"), None);
        assert_eq!(title_of("【导读】"), None);
        // A headline after its tag is a title (the tag is a kicker).
        assert!(title_of("【资讯汇总】今日要闻速览").is_some());
    }

    #[test]
    fn handling_marks_are_no_headline_a_sentence_naming_them_is_text() {
        for yes in [
            "内部资料　注意保存",
            "内部资料",
            "特急",
            "内部资料，注意保密",
        ] {
            assert!(is_handling_mark(yes), "{yes}");
        }
        for no in [
            "内部资料管理办法",
            "关于加强内部资料管理的通知",
            "本材料为内部资料，请注意保存。",
        ] {
            assert!(!is_handling_mark(no), "{no}");
        }
    }

    #[test]
    fn ownerless_headlines_are_a_period_and_a_kind() {
        for yes in [
            "2023年度工作总结",
            "2024年工作要点",
            "工作计划",
            "上半年工作总结",
        ] {
            assert!(ownerless_headline(yes), "{yes}");
        }
        for yes in [
            "生产安全事故综合应急预案",
            "学生宿舍管理办法",
            "安全生产责任制度",
            "年度安全总结",
        ] {
            assert!(ownerless_headline(yes), "{yes}");
        }
        for no in [
            "某某公司2023年度工作总结",
            "关于加强安全生产的通知",
            "2023年度",
            "某某集团年度安全生产工作计划",
            "做好当前防汛工作的几点意见",
            "全面推进乡村振兴的实施意见细化到每个村的责任分工落实方案",
        ] {
            assert!(!ownerless_headline(no), "{no}");
        }
    }

    #[test]
    fn bracketed_fields_split_at_their_brackets() {
        assert_eq!(
            bracketed_field("【发布日期】2001-12-18"),
            Some(("发布日期", "2001-12-18"))
        );
        assert_eq!(
            bracketed_field("[发表时间]:2017-02-21"),
            Some(("发表时间", "2017-02-21"))
        );
        assert_eq!(bracketed_field("【文件来源】"), Some(("文件来源", "")));
        assert_eq!(bracketed_field("【一】总体要求"), None);
        assert_eq!(bracketed_field("[1]参见某书"), None);
        assert_eq!(bracketed_field("发布日期：2001-12-18"), None);
    }

    #[test]
    fn a_chain_of_bare_signs_is_a_breadcrumb() {
        assert_eq!(
            breadcrumb_last("某网> 法规库> 地方法规> 某办法"),
            Some("某办法")
        );
        assert_eq!(breadcrumb_last("改变量>学习量"), None);
    }

    #[test]
    fn breadcrumbs_give_their_last_part() {
        assert_eq!(
            title_of("某某学院->学院召开年度工作会议 | example.edu.cn"),
            Some("学院召开年度工作会议".into())
        );
        assert_eq!(
            title_of("某某学院->学院举行开学典礼 | www.some-long-college-name.edu.cn"),
            Some("学院举行开学典礼".into())
        );
        assert_eq!(
            title_of("学习平台>>谈谈调查研究"),
            Some("谈谈调查研究".into())
        );
        assert_eq!(
            title_of("您的位置：首页 >> 通知公告"),
            Some("通知公告".into())
        );
        // After a label that says where the page is, one bare sign will do; without it,
        // one sign is a comparison.
        assert_eq!(
            breadcrumb_last("您所在的位置:首页>思想教育"),
            Some("思想教育")
        );
        assert_eq!(breadcrumb_last("當前位置：首頁＞新聞"), Some("新聞"));
        assert_eq!(
            breadcrumb_last("您当前所在位置：首页>新闻中心"),
            Some("新闻中心")
        );
        assert_eq!(breadcrumb_last("改变量>学习量"), None);
        assert_eq!(breadcrumb_last("比较结果:甲>乙"), None);
        assert_eq!(
            title_of("首页 / 新闻中心 / 学校举行运动会"),
            Some("学校举行运动会".into())
        );
        assert_eq!(
            title_of("某某新闻网\u{3000}>\u{3000}教育\u{3000}>\u{3000}学校举行运动会"),
            Some("学校举行运动会".into())
        );
        // A comparison sign inside a headline is no breadcrumb.
        assert_eq!(
            title_of("为什么说改变量＞学习量，听听专家的意见"),
            Some("为什么说改变量＞学习量，听听专家的意见".into())
        );
    }

    #[test]
    fn shapes_that_are_no_title() {
        assert_eq!(
            judge("本页面由程序自动生成，以原文为准。&docId=0012"),
            Shape::Rejected("a scraper's note (URL query text)")
        );
        assert_eq!(judge("example.com.cn"), Shape::Rejected("a domain name"));
        assert_eq!(
            judge("客服热线：400-123-4567"),
            Shape::Rejected("a phone number")
        );
        assert_eq!(judge("会议认为，要进一步加强工作。"), Shape::Body);
        // A wrapped line of prose: a sentence ends inside it and more words follow.
        assert_eq!(judge("基层是治理的末梢。千条线、"), Shape::Body);
        assert!(matches!(
            judge("社区食堂为何建？建在哪？"),
            Shape::Candidate(_)
        ));
        let masthead =
            Shape::Rejected("a journal's masthead (volume and issue, or the issue's month)");
        assert_eq!(
            judge("第 12 卷　第 3 期　　某某学刊　　Vol.12，No.3"),
            masthead
        );
        assert_eq!(
            judge("2024年6月　　Journal of Rural Studies　　Jun. 2024"),
            masthead
        );
        assert_ne!(judge("2024年6月某县召开乡村振兴推进会"), masthead);
        assert_ne!(judge("第二卷　论持久战"), masthead);
        assert_eq!(judge("各有关单位："), Shape::Body);
        // A colon headline is a candidate.
        assert_eq!(
            title_of("外卖骑手：城市里的摆渡人"),
            Some("外卖骑手：城市里的摆渡人".into())
        );
    }

    #[test]
    fn a_contact_line_is_no_title() {
        assert_eq!(
            judge("热线电话：0000-1234567　投稿邮箱：news@example.cn"),
            Shape::Rejected("a contact line (phone or mail address)")
        );
        assert_eq!(
            judge("联系我们：news@example.cn 欢迎投稿"),
            Shape::Rejected("a contact line (phone or mail address)")
        );
        // A headline with a colon and a number is a headline.
        assert!(matches!(
            judge("一图读懂：2024年全市经济运行情况"),
            Shape::Candidate(_)
        ));
        assert!(is_site_name("某某新闻网"));
        assert!(is_site_name("某某在线"));
        assert!(!is_site_name("关于织密社会保障安全网的若干意见"));
    }

    #[test]
    fn a_trade_s_standards_kind_after_the_state_is_a_cover_label() {
        assert!(is_doc_type_label("中 华 人 民 共 和 国 金 融 行 业 标 准"));
        assert!(is_doc_type_label("中华人民共和国国家标准"));
        assert!(!is_doc_type_label("关于发布金融行业标准"));
        assert!(place_and_trade("中华人民共和国金融"));
        assert!(!place_and_trade("中华人民共和国金融科技创新"));
    }

    #[test]
    fn an_occasion_is_a_dateline_with_the_speech_s_kind_a_headline() {
        assert!(is_occasion(
            "2026年1月20日在青山市第十届人民代表大会第五次会议上"
        ));
        assert!(!is_occasion("2026年1月20日在青山市经济工作会议上的讲话"));
        assert!(!is_occasion("在青山市经济工作会议上"));
        assert!(!is_occasion("2026年1月20日，市长在会议上。"));
    }

    #[test]
    fn a_role_alone_is_no_title() {
        assert_eq!(
            judge("本报评论员"),
            Shape::Rejected("a byline without a name (a role)")
        );
    }

    #[test]
    fn a_code_alone_is_no_title() {
        for code in ["ICS 13.220.01", "CCS C 84", "DB3399", "Q/ABC 12"] {
            assert!(is_code_line(code), "{code}");
        }
        for not in [
            "2024",
            "GDP增长5.2%",
            "COVID-19",
            "Rural Finance 2024",
            "01",
        ] {
            assert!(!is_code_line(not), "{not}");
        }
    }

    #[test]
    fn a_title_field_gives_its_value() {
        let Shape::Candidate(c) = judge("法規名稱：某某條例") else {
            panic!()
        };
        assert_eq!(c.title, "某某條例");
        assert!(c.field);
    }

    #[test]
    fn columns_and_tags_are_split() {
        assert_eq!(
            split_column("求是网评:树牢“四种理念”"),
            (Some("求是网评".into()), "树牢“四种理念”".into())
        );
        assert_eq!(
            split_column("坚定不移走好之路（人民要论）"),
            (Some("人民要论".into()), "坚定不移走好之路".into())
        );
        assert_eq!(
            split_column("推动某产业高质量发展（专题深思）"),
            (Some("专题深思".into()), "推动某产业高质量发展".into())
        );
        assert_eq!(
            split_column("某某网评论员：把小事办实办好"),
            (Some("某某网评论员".into()), "把小事办实办好".into())
        );
        assert_eq!(
            split_column("一图读懂｜《某区促进消费十条措施》"),
            (Some("一图读懂".into()), "《某区促进消费十条措施》".into())
        );
        assert_eq!(
            split_column("图解丨《某县稳就业八条措施》"),
            (Some("图解".into()), "《某县稳就业八条措施》".into())
        );
        assert_eq!(
            split_column("图解 | 某市2025年十件民生实事"),
            (Some("图解".into()), "某市2025年十件民生实事".into())
        );
        // A long first half is the headline's own, and a row of bars a menu.
        for kept in [
            "坚持以人民为中心的发展思想｜某市答卷",
            "首页｜新闻｜公告",
            "2025｜某县十大新闻",
        ] {
            assert_eq!(split_column(kept).0, None, "{kept}");
        }
        assert_eq!(
            split_column("【每日要闻】某市出台十条措施"),
            (Some("每日要闻".into()), "某市出台十条措施".into())
        );
        for kept in [
            "关于执行工作若干问题的规定（试行）",
            "某市物业管理条例（征求意见稿）",
            "某省选调生考试试题（考生回忆版）",
            "关于加强工作的通知",
            // A person before a colon is a speaker, never a column.
            "周某某：在某会议上的讲话",
            "我们的评论员：请核实数据后再发表看法",
        ] {
            assert_eq!(split_column(kept), (None, kept.into()), "{kept}");
        }
    }

    #[test]
    fn a_speaker_prefix_is_the_author() {
        assert_eq!(
            split_speaker("王某某：在全市工作会议上的讲话"),
            (Some("王某某".into()), "在全市工作会议上的讲话".into())
        );
        assert_eq!(
            split_speaker("通知：关于放假安排的说明"),
            (None, "通知：关于放假安排的说明".into())
        );
        assert_eq!(
            split_speaker("陈立新 胡晓梅：力戒学习宣传中的形式主义"),
            (
                Some("陈立新 胡晓梅".to_string()),
                "力戒学习宣传中的形式主义".to_string()
            )
        );
        assert_eq!(split_speaker("春耕 备耕：各地抢抓农时").0, None);
    }

    #[test]
    fn date_lines_stand_alone() {
        assert!(is_date_line("2019年9月26日 15:10"));
        assert!(is_date_line("（2021年10月30日）"));
        assert!(!is_date_line("2021年10月30日，会议在京召开。"));
        // A WeChat page's date, time and place.
        assert!(is_date_line("2024-05-06 08:00 北京"));
        assert!(!is_date_line("2024-05-06 北京"));
        assert!(!is_date_line("2024-05-06 08:00 北京市召开会议"));
    }

    #[test]
    fn a_records_row_gives_its_label_and_value() {
        assert_eq!(
            record_row("| 标题: | 《工作报告》有关说明 | ||"),
            Some(("标题", "《工作报告》有关说明"))
        );
        assert_eq!(
            record_row("[ 索引号 ] | 1150/2024-00117 | [ 发文字号 ] | |"),
            Some(("索引号", "1150/2024-00117"))
        );
        // A table's row of the text's matter: no label in its first cell.
        assert_eq!(record_row("| 角色 | 权限说明 |"), None);
        assert_eq!(record_row("| 晚稻 | 1200亩 |"), None);
        // A headline with a site after a bar: no row.
        assert_eq!(record_row("关于某某的通知 | 某某网"), None);
    }

    #[test]
    fn a_sites_edition_is_no_headline() {
        assert!(is_site_edition("青山网移动版"));
        assert!(is_site_edition("青山新闻網手機版"));
        assert!(!is_site_edition("青山网"));
        assert!(!is_site_edition("关于推广政务服务移动版的通知"));
    }

    #[test]
    fn an_outlets_posting_stamp_is_no_headline() {
        assert!(is_posting_stamp("青山新闻 03月05日 19:38"));
        assert!(is_posting_stamp("青山日报 3月5日 9:05"));
        assert!(!is_posting_stamp("报到时间 3月5日 14:00"));
        assert!(!is_posting_stamp("青山新闻 03月05日 19:38 发布会召开"));
        assert!(!is_posting_stamp("青山新闻 03月05日"));
    }

    #[test]
    fn issuer_lines_are_named() {
        // A document-type label, alone or after an issuer: no subject.
        assert!(issuer_line("某某部新闻稿").is_some());
        assert!(issuer_line("新聞稿").is_some());
        assert!(issuer_line("某市人民政府公告").is_some());
        // A document-type word with a subject is a headline.
        assert_eq!(issuer_line("关于三起违规问题的通报"), None);
        assert_eq!(issuer_line("某市发布第3号公告"), None);
        assert_eq!(issuer_line("某校期末考试安排公告"), None);
        // An organisation's name alone is an issuer.
        assert!(issuer_line("中共某市纪委办公室").is_some());
        assert!(issuer_line("某某省人力资源和社会保障厅").is_some());
        assert!(issuer_line("某市人民政府办公室").is_some());
        // A headline that happens to end in an organisation word is none.
        assert_eq!(issuer_line("走进某某职业技术学院"), None);
        assert_eq!(issuer_line("某县成立乡村振兴服务中心"), None);
        assert_eq!(issuer_line("扎根西部"), None);
        assert_eq!(issuer_line("我心中的大学"), None);
        assert_eq!(issuer_line("关于某某委员会"), None);
    }
}
