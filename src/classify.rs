//! One line on its own: page furniture, a metadata line (source, byline, editors), or text.

use crate::model::Meta;
use crate::names::{is_personal_name, is_role, names_in};
use crate::scan::date::find_date;
use crate::text::{chars, count_to, is_cjk, is_terminator, trim, CharSet};

/// What a single line is, before structure is looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineClass {
    /// Page furniture, with the reason, e.g. `app download`.
    Furniture(&'static str),
    /// A metadata line; the reason names what was read from it, e.g. `source, date`.
    Meta(String),
    /// Anything else: text for the outline.
    Text,
}

/// Phrases that mark a short line as page furniture, with the reason.
const FURNITURE: &[(&str, &str)] = &[
    // A WeChat page's chrome, copied with the article: follow prompts over it, the
    // preview notice and swipe prompts under it. First, so that they name the reason even
    // where a shorter phrase below (`扫一扫`, `阅读原文`) matches too.
    ("点击上方蓝字", "WeChat chrome (follow prompt)"),
    ("点击蓝字", "WeChat chrome (follow prompt)"),
    ("关注该公众号", "WeChat chrome (follow prompt)"),
    ("微信扫一扫", "WeChat chrome (follow prompt)"),
    ("预览时标签不可点", "WeChat chrome (preview notice)"),
    ("滑动看下一个", "WeChat chrome (swipe prompt)"),
    ("轻触阅读原文", "WeChat chrome (source link)"),
    ("客户端", "app download"),
    ("扫描下载", "app download"),
    ("下载APP", "app download"),
    ("APP", "app advert"),
    ("扫一扫", "share widget"),
    ("二维码", "share widget"),
    ("手机阅读", "share widget"),
    ("分享到", "share widget"),
    ("A-A+", "font-size widget"),
    ("A+A-", "font-size widget"),
    ("【字号", "font-size widget"),
    ("打印本页", "page tools"),
    ("关闭窗口", "page tools"),
    ("返回顶部", "page tools"),
    ("【纠错】", "page tools"),
    ("上一篇", "navigation"),
    ("下一篇", "navigation"),
    ("上一版", "navigation (an e-paper's pages)"),
    ("下一版", "navigation (an e-paper's pages)"),
    ("原文链接", "source link"),
    ("阅读原文", "source link"),
    ("首发地址", "source link"),
    ("相关新闻", "related news"),
    ("相关阅读", "related news"),
    ("相关文章", "related news"),
    ("推荐阅读", "related news"),
    ("相关推荐", "related news"),
    ("延伸阅读", "related news"),
    ("版权所有", "copyright notice"),
    ("Copyright", "copyright notice"),
    ("©", "copyright notice"),
    ("播报本文", "listen widget (text to speech)"),
    ("提交回复", "comment form"),
    ("评论回复", "comment form"),
    ("我要评论", "comment form"),
];

/// The most characters of a follow prompt (`点击标题下面蓝色字“某某”关注我们`).
const FOLLOW_PROMPT_MAX: usize = 30;

/// Tells whether a line asks the reader to tap the account's name, which a WeChat post
/// sets in blue, to follow it: `点击` and where it stands (`上方` `标题下面`), then the blue
/// words (`蓝字` `蓝色字`), the name and `关注` maybe after. A short line, no sentence.
fn is_follow_prompt(text: &str) -> bool {
    let Some(rest) = text
        .trim_start()
        .strip_prefix("点击")
        .or_else(|| text.trim_start().strip_prefix("點擊"))
    else {
        return false;
    };
    let blue = ["蓝色字", "藍色字", "蓝字", "藍字"]
        .iter()
        .find_map(|b| rest.find(b).map(|at| (at, at + b.len())));
    // After the blue words, the asking to follow (`关注` `订阅`), or the account's name in
    // quotes closing the line: `点击蓝色字体部分可以放大` and `点击蓝字“报名入口”填写` ask
    // for other things.
    let follows = |after: &str| {
        let after = trim(after);
        ["关注", "關注", "订阅", "訂閱"]
            .iter()
            .any(|w| after.contains(w))
            || after.starts_with(['“', '"', '”', '「']) && after.ends_with(['”', '"', '」'])
    };
    count_to(text, FOLLOW_PROMPT_MAX + 1) <= FOLLOW_PROMPT_MAX
        && blue.is_some_and(|(at, end)| count_to(&rest[..at], 8) <= 6 && follows(&rest[end..]))
        && !text.contains(['。', '；', '，'])
}

/// The characters the phrases of [`FURNITURE`] start with (a test holds the two together).
static FURNITURE_FIRST: CharSet = CharSet::new(&[
    '客', '扫', '下', 'A', '二', '手', '分', '【', '打', '关', '返', '上', '相', '推', '提', '评',
    '我', '延', '原', '阅', '首', '点', '微', '预', '滑', '轻', '版', 'C', '©', '播',
]);

/// The buttons of a WeChat page's action row (`分享 收藏 点赞 在看`): a line made of two or
/// more of them, and nothing else, is the row.
const SHARE_BUTTONS: &[&str] = &[
    "分享",
    "收藏",
    "点赞",
    "在看",
    "赞",
    "转发",
    "写留言",
    "留言",
    "推荐",
    "喜欢",
    // The sites a page shares to (`微信 微博 QQ空间 复制链接`).
    "微信",
    "微博",
    "QQ空间",
    "朋友圈",
    "复制链接",
    // A page's tools (`打印 关闭 增大字体 减小字体`).
    "打印",
    "打印本页",
    "关闭",
    "关闭窗口",
    "返回顶部",
    "增大字体",
    "减小字体",
    "默认字体",
    // The font-size tool as a label and its sizes (`字号：大 中 小`, `字號: 默認 超大`).
    "字号:",
    "字号：",
    "字號:",
    "字號：",
    "字体:",
    "字体：",
    "字體:",
    "字體：",
    "默认",
    "默認",
    // (Or as buttons that zoom the text: `放大 缩小 默认`.)
    "放大",
    "缩小",
    "超大",
    "大",
    "中",
    "小",
    // Traditional characters' pages.
    "打印本頁",
    "關閉",
    "關閉窗口",
    "分享到",
];

/// The fewest buttons of an action row: one word alone (`分享`) may be a heading.
const SHARE_ROW_MIN: usize = 2;

/// Tells whether a line is a page's action row: [`SHARE_ROW_MIN`] or more words, each a
/// button of [`SHARE_BUTTONS`], parted by spaces or bars.
fn is_share_row(text: &str) -> bool {
    // Ten buttons of three bytes with spaces: longer lines are settled without a split.
    if text.len() > 64 {
        return false;
    }
    // Counted without a vector: most short lines fail at their first word.
    let mut words = 0;
    for w in text
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '丨' | '·'))
        .filter(|w| !w.is_empty())
    {
        // A button's count beside it (`0 收藏`, `12 点赞`).
        if w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        // A tool's label run into its first button (`字號:默認`): the label with its colon,
        // then the button.
        let (label, button) = match w.char_indices().find(|&(_, c)| matches!(c, ':' | '：')) {
            Some((at, c)) if at + c.len_utf8() < w.len() => w.split_at(at + c.len_utf8()),
            _ => (w, ""),
        };
        if !SHARE_BUTTONS.contains(&label) || !button.is_empty() && !SHARE_BUTTONS.contains(&button)
        {
            return false;
        }
        words += 1 + usize::from(!button.is_empty());
    }
    words >= SHARE_ROW_MIN
}

/// Tells whether a line is a page's clock: `今天是` and a date first (`今天是:2024年05月02日
/// 星期四　欢迎光临……`), the day a reader opened the page, no date of the text. A sentence
/// that says what today is ends with its full stop.
fn is_page_clock(text: &str) -> bool {
    let Some(rest) = ["今天是", "今天是：", "今天是:", "今日是", "今天："]
        .iter()
        .rev()
        .find_map(|p| text.strip_prefix(p))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(['：', ':', ' ']);
    crate::scan::date::find_date(rest).is_some_and(|(_, r)| r.start == 0)
        && !text.ends_with(['。', '！', '!'])
}

/// The most characters inside one bracketed button (`【字体：大 中 小】`); a longer one
/// is a bracketed headline.
const BUTTON_MAX: usize = 8;

/// Tells whether a line is a row of page buttons: two or more short bracketed labels
/// (`【打印】【关闭】`, `[大] [中] [小]`) and nothing else but spaces. One bracketed label
/// alone may be a heading (`【案例】`); words outside the brackets make a sentence.
fn is_button_row(text: &str) -> bool {
    let mut buttons = 0;
    let mut rest = trim(text);
    // A row cut before its first bracket (`CNML格式】 【 】 【打 印】`, the page copied from
    // inside a button): that button's words, closed.
    if !rest.starts_with(['【', '[', '［']) {
        if let Some(end) = rest.find('】').filter(|&e| !rest[..e].contains('【')) {
            if chars(&rest[..end]) > BUTTON_MAX {
                return false;
            }
            buttons += 1;
            rest = trim(&rest[end + '】'.len_utf8()..]);
        }
    }
    while !rest.is_empty() {
        let Some(close) = (match rest.chars().next() {
            Some('【') => Some('】'),
            Some('[') => Some(']'),
            Some('［') => Some('］'),
            _ => None,
        }) else {
            return false;
        };
        let open_len = rest.chars().next().map_or(0, char::len_utf8);
        let Some(end) = rest[open_len..].find(close) else {
            return false;
        };
        let inner = &rest[open_len..open_len + end];
        if inner.is_empty() || chars(inner) > BUTTON_MAX {
            return false;
        }
        // (A button whose label a script fills in, `【 】`, is one, of no words.)
        buttons += usize::from(!trim(inner).is_empty());
        rest = trim(&rest[open_len + end + close.len_utf8()..]);
    }
    buttons >= 2
}

/// Lines that are furniture when they are the whole line.
const FURNITURE_LINES: &[&str] = &[
    "首页",
    // A mirror's link to the page it copied, alone on its line (`二、查看原文献` is a heading).
    "查看原文",
    "返回",
    "打印",
    "关闭",
    "END",
    "-END-",
    "—END—",
    "原标题:",
    "原标题：",
    "字号",
    "小字号",
    "大字号",
    // A WeChat page's `在看` button left on a line of its own.
    "在看",
    // A page's buttons to take or open the whole text, left on lines of their own.
    "立即下载",
    "免费下载",
    "点击下载",
    "下载文档",
    "查看全文",
    "阅读全文",
    "展开全文",
    "点击查看全文",
    "回首页",
    "回顶部",
];

/// The most characters of an e-paper's page label (`第01版：要闻`, `第 5 版　理论`).
const PAGE_LABEL_MAX: usize = 14;

/// Tells whether a line is an e-paper's page label counted in words, naming its page after
/// a colon (`第一版：要闻`): `第三版` alone is a book's edition. Read so above the text
/// only ([`head_only`]): in the text, `第一版：初步成型` tells a book's editions.
fn paper_page_in_words(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('第') else {
        return false;
    };
    let Ok((after, _)) = crate::scan::numeral::cn_numeral(rest.trim_start()) else {
        return false;
    };
    after
        .strip_prefix('版')
        .and_then(|a| a.strip_prefix([':', '：']))
        .is_some_and(|name| {
            let name = trim(name);
            !name.is_empty() && name.chars().all(|c| is_cjk(c) || c == ' ')
        })
        && chars(text) <= PAGE_LABEL_MAX
}

/// Tells whether a line is an e-paper's page label: `第` (or not: `01版:要 闻`), the
/// page's number, `版`, and the page's name or nothing; or counted in words
/// ([`paper_page_in_words`]).
fn is_paper_page_label(text: &str) -> bool {
    if paper_page_in_words(text) {
        return true;
    }
    let ordinal = text.starts_with('第');
    let rest = text.strip_prefix('第').unwrap_or(text).trim_start();
    let digits = rest
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || ('０'..='９').contains(c))
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    let after = rest[digits..].trim_start();
    // Without `第` the number is a page's (`01版`), never a year's edition (`2025版手册`), and
    // a separator or nothing follows `版`.
    let bare_ok = ordinal
        || (chars(&rest[..digits]) <= 2
            && after
                .strip_prefix('版')
                .is_some_and(|a| a.is_empty() || a.starts_with([':', '：', ' ', '\u{3000}'])));
    digits > 0
        && bare_ok
        && after.starts_with('版')
        && chars(text) <= PAGE_LABEL_MAX
        && !text.contains(is_terminator)
}

/// The most bytes of a periodical's imprint line: its publisher, its numbers, its address
/// and telephone (sixty characters).
const IMPRINT_MAX_BYTES: usize = 180;

/// Tells whether a line holds a periodical's registration number, the imprint an e-paper
/// or a journal prints at its masthead (`国内统一刊号:CN52-0013 代号65-1`, `ISSN 1002-4980`):
/// `CN` and two digits, a hyphen and four; or `ISSN` and four digits, a hyphen, three and
/// a check digit.
fn has_serial_number(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |at: usize, n: usize| {
        b.get(at..at + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    // A space or a colon may follow the letters (`CN 52-0013`, `ISSN：1002-4980`): the
    // offset past them.
    let past = |mut k: usize, seps: &[&str]| {
        while let Some(s) = seps
            .iter()
            .find(|s| b.get(k..).is_some_and(|r| r.starts_with(s.as_bytes())))
        {
            k += s.len();
        }
        k
    };
    // The hyphen may be full-width (`CN52－0013`): the offset past it.
    let hyphen = |k: usize| {
        let r = b.get(k..)?;
        if r.starts_with(b"-") {
            Some(k + 1)
        } else {
            r.starts_with("－".as_bytes()).then(|| k + "－".len())
        }
    };
    memchr::memmem::find_iter(b, b"CN").any(|at| {
        let k = past(at + 2, &[" "]);
        digits(k, 2) && hyphen(k + 2).is_some_and(|h| digits(h, 4))
    }) || memchr::memmem::find_iter(b, b"ISSN").any(|at| {
        let k = past(at + 4, &[" ", ":", "："]);
        digits(k, 4)
            && hyphen(k + 4).is_some_and(|h| {
                digits(h, 3)
                    && b.get(h + 3)
                        .is_some_and(|c| c.is_ascii_digit() || *c == b'X')
            })
    })
}

/// Tells whether a line is a page's font-size switch: `字体：小 中 大`, `字号：【大】【中】【小】`
/// — a label, then nothing but the sizes.
fn is_font_sizes(text: &str) -> bool {
    let Some(rest) = ["字体", "字号", "字體", "字號"]
        .iter()
        .find_map(|l| text.strip_prefix(l))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
    let sizes = rest
        .chars()
        .filter(|c| matches!(c, '大' | '中' | '小'))
        .count();
    sizes >= 2
        && rest.chars().all(|c| {
            matches!(
                c,
                '大' | '中'
                    | '小'
                    | '默'
                    | '认'
                    | '超'
                    | '特'
                    | '【'
                    | '】'
                    | '['
                    | ']'
                    | '|'
                    | '/'
            ) || c.is_whitespace()
        })
}

/// The reason of a date read from a bare `时间：` or `日期：` field: the document's date at
/// its head, an event's time in its body (`时间：5月9日上午`), which a sign-off outweighs.
pub const BARE_DATE_FIELD: &str = "meta: date (a 时间 or 日期 field)";

/// The reason of a date read from a page's stamp (`更新时间：2023-02-03`): its date above
/// the text, and an event's in it (`报名时间：2024年5月1日至10日`), where it stays text.
pub const STAMP_DATE_FIELD: &str = "meta: date (a page's stamp: a label for when, then a date)";

/// Why a line was read as the paper's number (`某政发〔2024〕3号`).
pub const DOC_NUMBER_WHY: &str = "meta: document number";

/// Classifies one trimmed line, filling `meta` with what a metadata line says.
pub fn classify(text: &str, meta: &mut Meta) -> LineClass {
    // (Read as a reader reads it: the pinyin glosses a mirror's converter puts after
    // characters, `發(fā)布時(shí)間：`, are no part of a label or a name.)
    let plain = crate::text::without_glosses(text);
    // (Nor are a label's layout spaces, `作　　者：`: it is matched as it is spelt.)
    let plain = crate::text::without_label_spaces(&plain);
    if let Some(reason) = meta_line(&plain, meta) {
        return LineClass::Meta(reason);
    }
    match furniture(text) {
        Some(reason) => LineClass::Furniture(reason),
        None => LineClass::Text,
    }
}

/// Tells whether a line is the markup of a static-site tool, which the page never shows as
/// words: a container's fence (`::: tip 修订信息`, `:::`), a placeholder for the contents
/// (`[[toc]]`, `[TOC]`), a tab's label (`@tab 章节`).
fn site_tool_markup(text: &str) -> Option<&'static str> {
    if text.starts_with(":::") {
        return Some("markup: a container's fence (::: tip)");
    }
    let placeholder = text
        .trim_start_matches('@')
        .trim_start_matches('[')
        .trim_end_matches(']');
    if text.starts_with(['[', '@'])
        && text.ends_with(']')
        && placeholder.eq_ignore_ascii_case("toc")
    {
        return Some("markup: a placeholder for the contents ([[toc]])");
    }
    if text
        .strip_prefix("@tab")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
    {
        return Some("markup: a tab's label (@tab)");
    }
    None
}

/// Tells whether the words before an info line's first known field are a dated field of
/// their own (`编辑日期:2022-06-02`): a short label, a colon, a date and maybe a time.
fn dated_field(prefix: &str) -> bool {
    prefix
        .split_once(['：', ':'])
        .is_some_and(|(label, value)| {
            (2..=BLANK_LABEL_MAX).contains(&chars(trim(label)))
                && trim(label).chars().all(is_cjk)
                && date_and_time(trim(value))
        })
}

/// The most characters of a label before a blank to fill in (`准考证号`).
const BLANK_LABEL_MAX: usize = 8;

/// Tells whether the words before an info line's first known field are a field of their
/// own parted from it by a bar (`适用年级：高二年级　｜`): a short label, a colon, a value.
fn field_before_bar(prefix: &str) -> bool {
    prefix
        .strip_suffix(['|', '｜', '丨'])
        .and_then(|p| p.split_once(['：', ':']))
        .is_some_and(|(label, value)| {
            (2..=BLANK_LABEL_MAX).contains(&chars(trim(label)))
                && trim(label).chars().all(is_cjk)
                && !trim(value).is_empty()
                && !value.contains(is_terminator)
        })
}

/// Tells whether a line is nothing but labelled blanks to fill in (`考生姓名：＿＿＿　准考证号：
/// ＿＿＿`): every part parted by spaces a short label, a colon, and a run of underscores.
fn is_blank_form(text: &str) -> bool {
    let blank = |v: &str| v.chars().count() >= 2 && v.chars().all(|c| matches!(c, '_' | '＿'));
    (memchr::memchr(b'_', text.as_bytes()).is_some() || text.contains('＿'))
        && text
            .split(|c: char| c.is_whitespace())
            .filter(|p| !p.is_empty())
            .all(|part| {
                part.split_once(['：', ':']).is_some_and(|(label, value)| {
                    (1..=BLANK_LABEL_MAX).contains(&chars(label))
                        && label.chars().all(is_cjk)
                        && blank(value)
                })
            })
}

/// The most bytes of a copyright line: the sign, years, a site's name in two scripts and
/// `All Rights Reserved`.
const COPYRIGHT_MAX_BYTES: usize = 200;

/// A button that switches the page's version is at most this many characters
/// (`切换到无障碍模式`).
const SWITCH_MAX: usize = 8;

/// Tells whether a line is a button that switches the page to another version or mode:
/// a verb of going (`进入` `切换到` `返回`), then a version, a mode or the home page, and
/// nothing else (`进入老年版`, `切换到长者模式`, `返回首页`). A sentence that goes on
/// (`进入新版本后，……`) is none.
fn is_version_switch(text: &str) -> bool {
    const VERBS: &[&str] = &["进入", "切换到", "切换至", "切换", "返回"];
    // (A mode is a page's only for readers who need it: `进入智能制造模式` is a heading.)
    const PLACES: &[&str] = &[
        "版",
        "首页",
        "主站",
        "长者模式",
        "关怀模式",
        "老年模式",
        "无障碍模式",
    ];
    count_to(text, SWITCH_MAX + 1) <= SWITCH_MAX
        && VERBS.iter().any(|v| text.starts_with(v))
        && PLACES.iter().any(|p| text.ends_with(p))
        && text.chars().all(is_cjk)
}

/// Endings of a picture's file name.
const IMAGE_ENDINGS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"];

/// Tells whether a line is a picture's file name alone (`IMG_2031.jpg`, `???.jpg` where
/// the copy lost its characters): no space, an image's ending.
fn is_image_name(text: &str) -> bool {
    // (Asked of every line: settled without a copy, most lines hold no `.` near their end.)
    let t = text.trim();
    t.len() > 4
        && t.as_bytes()[t.len().saturating_sub(5)..].contains(&b'.')
        && !t.contains(char::is_whitespace)
        && IMAGE_ENDINGS.iter().any(|e| {
            t.len() > e.len()
                && t.get(t.len() - e.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(e))
        })
}

/// Why a line of numbers and marks alone is furniture.
pub const NO_WORDS: &str = "no words";

/// Tells why `text` is page furniture, or `None` when it is not.
pub fn furniture(text: &str) -> Option<&'static str> {
    // The longest whole-line phrase has 18 bytes; layout spaces do not count (`- END -`).
    let squeezed;
    let text_key = if text.len() <= 36 && text.contains(char::is_whitespace) {
        squeezed = text.split_whitespace().collect::<String>();
        squeezed.as_str()
    } else {
        text
    };
    // Rules and bullets set around the phrase are decoration (`• END -`, a Markdown list
    // made of `- END -`).
    let bare = text_key.trim_matches(['-', '—', '–', '_', '•', '·', '*', '~', '=']);
    let bare = if bare.is_empty() { text_key } else { bare };
    if bare.len() <= 18 && (FURNITURE_LINES.contains(&text_key) || FURNITURE_LINES.contains(&bare))
    {
        return Some(if text.starts_with("原标题") {
            "empty original title"
        } else if text == "在看" {
            "WeChat chrome (share, favourite, like buttons)"
        } else {
            "navigation"
        });
    }
    if is_font_sizes(text) {
        return Some("font-size widget");
    }
    if is_image_name(text) {
        return Some("an image's file name (a picture the copy lost)");
    }
    if is_version_switch(text) {
        return Some("a button to switch the page's version (进入老年版)");
    }
    if is_paper_page_label(text) {
        return Some("an e-paper's page label (第01版：要闻)");
    }
    if text.ends_with([')', '）']) && crate::title::is_counted_label(text) {
        return Some("a widget's label with its count (推荐回答(1个), 评论(12))");
    }
    // A lone colon belongs to the line above (`目标是` / `：`); the joiner puts it back.
    // Ideographs are letters; they are settled without the Unicode tables.
    let letter = |c: char| is_cjk(c) || c.is_alphabetic();
    // A page count (`第3页 共12页`, `第 3 页`): its only words count pages.
    // (A short line only: a char-set search of every long line costs more than the rule.)
    if text.len() <= PAGE_COUNT_MAX_BYTES
        && text.contains(['页', '頁'])
        && crate::repeated::is_page_number(text)
    {
        return Some("a page number");
    }
    // A date alone (`2025.4.20`) has no words either: the head reads it as a date.
    if !text.chars().any(letter) && !matches!(text, "：" | ":") && !crate::title::is_date_line(text)
    {
        return Some(NO_WORDS);
    }
    if let Some(why) = site_tool_markup(text) {
        return Some(why);
    }
    // A front matter's page number (`Ⅱ`, `ⅳ`): Roman numerals alone.
    let page = trim(text);
    let latin = |c: char| matches!(c, 'I' | 'V' | 'X');
    if !page.is_empty()
        && (page.len() <= 12 && page.chars().all(crate::text::is_roman_numeral)
            || page.len() <= 4 && page.chars().all(latin))
    {
        return Some("a page number (Roman numerals)");
    }
    if is_blank_form(text) {
        return Some("a form's blanks to fill in (考生姓名：＿＿＿)");
    }
    if is_follow_prompt(text) {
        return Some("WeChat chrome (follow prompt)");
    }
    if is_share_row(text) {
        return Some("a page's action row (share, favourite, print buttons)");
    }
    if is_page_clock(text) {
        return Some("a page's clock (today's date and a greeting)");
    }
    if is_button_row(text) {
        return Some("page tools (a row of bracketed buttons)");
    }
    // A copyright line runs longer in English than a widget's label (`Copyright © 2025
    // 某某网 All Rights Reserved`); a sentence never starts with the word or sign.
    if text.len() <= COPYRIGHT_MAX_BYTES
        && (text.starts_with('©')
            || text
                .get(..9)
                .is_some_and(|w| w.eq_ignore_ascii_case("copyright")))
    {
        return Some("copyright notice");
    }
    // A periodical's imprint (`某某日报社 出版 国内统一刊号:CN52-0013`): no words of the text.
    // (A masthead's line runs long; a sentence that names the number ends as one.)
    if text.len() <= IMPRINT_MAX_BYTES
        && !text.contains(['。', '；', ';', '，'])
        && has_serial_number(text)
    {
        return Some("a periodical's imprint (its registration number, CN52-0013)");
    }
    // A sentence that names an app or a download (`“某某办”APP已覆盖全省。`) is text:
    // page widgets are labels and never end a sentence with a full stop.
    if text.len() > 120 || count_to(text, 41) > 40 || text.ends_with(['。', '；', ';']) {
        return None;
    }
    // A share widget's caption opens with where to (`分享至好友和朋友圈`, `分享至：`); in a
    // headline the words share something first (`……经验分享至全省`), or say another thing
    // (`分享至上`), and a notice's sentence ends (`分享至朋友圈……即可领取！`).
    if text.strip_prefix("分享至").is_some_and(|rest| {
        rest.is_empty()
            || [
                "好友",
                "朋友圈",
                "微信",
                "微博",
                "QQ",
                "空间",
                "：",
                ":",
                " ",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
    }) && !text.ends_with(['！', '!', '？', '?'])
    {
        return Some("share widget");
    }
    // A headline set between its page's QR codes' captions is the headline's line: the head
    // takes them off it.
    if crate::title::between_code_captions(text) {
        return None;
    }
    // So is a headline with its page's buttons after it (`……的贺信 打印本文 关闭窗口`).
    if crate::title::before_page_buttons(text) {
        return None;
    }
    // The first phrase of the list found anywhere in the line gives the reason. Phrases are
    // tried only where a character that starts one stands.
    let mut best: Option<usize> = None;
    for (at, _) in text
        .char_indices()
        .filter(|&(_, c)| FURNITURE_FIRST.contains(c))
    {
        let here = &text[at..];
        let limit = best.unwrap_or(FURNITURE.len());
        // The first byte first: most phrases start with another character.
        best = FURNITURE[..limit]
            .iter()
            .position(|(phrase, _)| {
                phrase.as_bytes()[0] == here.as_bytes()[0] && here.starts_with(phrase)
            })
            .or(best);
    }
    best.map(|k| FURNITURE[k].1)
}

/// The most bytes of a line that is a role alone: an agency of six characters and a role
/// of five (`某某日报特约评论员`), three bytes each, with a few layout spaces.
const ROLE_LINE_MAX_BYTES: usize = 40;

/// The reason of a byline that is a role alone (`本报评论员`).
pub const ROLE_BYLINE: &str = "meta: byline (a role without a name)";

/// Reads a metadata line into `meta`, returning what it held, or `None` for other lines.
fn meta_line(text: &str, meta: &mut Meta) -> Option<String> {
    if let Some(name) = note_author(text) {
        meta.author.push(name);
        return Some("meta: editorial note".into());
    }
    // A role alone on its line (`本报评论员`) is a byline that names no one.
    if text.len() <= ROLE_LINE_MAX_BYTES && crate::names::may_end_a_role(text) && is_role(text) {
        return Some(ROLE_BYLINE.into());
    }
    // More than 480 bytes is more than 120 characters, whatever they are.
    if text.len() > 480 || count_to(text, 121) > 120 {
        return None;
    }
    if let Some(names) = marked_authors(text) {
        meta.author.extend(names);
        return Some("meta: authors (with their affiliation numbers)".into());
    }
    if let Some(h) = wechat_header(text) {
        meta.author.extend(h.author);
        let mut what = String::from(if text.starts_with("原创") {
            "meta: WeChat header (原创"
        } else {
            "meta: WeChat header (a post's time and place"
        });
        if set_date(text, meta) {
            what.push_str(", date");
        }
        what.push_str("; the account is the source unless a 来源 names one)");
        return Some(what);
    }
    if let Some((source, author)) = wechat_repost(text) {
        meta.source.get_or_insert(source);
        meta.author.extend(author);
        return Some(
            "meta: a repost's credit (以下文章来源于 the account, 作者 the writer)".into(),
        );
    }
    if let Some(name) = posted_by(text) {
        meta.author.push(name.to_string());
        set_date(text, meta);
        return Some("meta: a post's byline (a name, then when it was posted)".into());
    }
    if posted_on(text) {
        set_date(text, meta);
        return Some("meta: when the post was posted (a word for posting, then the date)".into());
    }
    // A standard's cover: `2024-06-18 发布　　2024-07-01 实施`: the issue date is its date.
    if trim(text).ends_with("实施") && text.contains("发布") {
        if let Some((_, range)) = find_date(text) {
            if trim(&text[range.end..]).starts_with("发布") {
                set_date(&text[range.clone()], meta);
                return Some("meta: a standard's issue and effective dates".into());
            }
        }
    }
    // (A page may set its counts between, `某某委员会 阅读量:1050 2022-09-19 16:32`: the
    // imprint is read without them.)
    let uncounted = without_counts(text);
    if let Some(date) = imprint_date(&uncounted) {
        set_date(date, meta);
        return Some("meta: imprint (who edited an issue, and its date)".into());
    }
    // A post's credits, roles and names taking turns (`文/图 某某  审核 某某`, `文字 某某
    // 摄影 某某`): no separator needed. (A line that opens with no role is let go at its
    // first word.)
    if let Some(c) = crate::names::credits(text) {
        meta.author.extend(c.authors);
        meta.editors.extend(c.editors);
        return Some("meta: credits (the writers are the authors)".into());
    }
    // The writer's label, a space and names alone (`作者 某某某`, `作者　张三　李四`), as a
    // page sets its byline without a colon. (A sentence after the label, `作者 简介如下`, is
    // no byline: each word is a personal name.)
    if let Some(rest) = text
        .strip_prefix("作者")
        .filter(|r| r.starts_with(crate::scan::marker::is_space))
    {
        let names: Vec<&str> = rest
            .split(crate::scan::marker::is_space)
            .filter(|w| !w.is_empty())
            .collect();
        if !names.is_empty() && names.iter().all(|n| crate::names::is_bare_name(n)) {
            meta.author.extend(names.iter().map(|n| n.to_string()));
            return Some("meta: author (the writer's label, a space, names)".into());
        }
    }
    // Every metadata line has a label separator, a book-title mark, a note star, a
    // reporter's role, a paper's page or a document number: lines without one are settled in one scan.
    static TRIGGERS: CharSet = CharSet::new(&[
        ':', '：', '|', '｜', '丨', '/', '／', '《', '*', '＊', '记', '記', '讯', '訊', '号', '號',
        // (A label in brackets needs no colon: `【发布日期】2023-05-10`.)
        ']', '】', '］',
        // (An e-paper's issue line names its page: `某某日报 2023年05月06日 第A2版`.)
        '版',
    ]);
    if !text.contains(|c| TRIGGERS.contains(c)) {
        // An e-paper's masthead with the issue's day (`某某日报 2024年12月06日 Fri`) names no
        // page: the paper's name tells it.
        if let Some(paper) = paper_issue(text) {
            meta.source.get_or_insert(paper.to_string());
            set_date(text, meta);
            return Some("meta: source, date (an e-paper's masthead and the issue's day)".into());
        }
        return None;
    }

    let inner = unwrap_parens(text);
    // An info line has two labelled fields (two colons at least), or one and a date after
    // a bar.
    let colons = || inner.bytes().filter(|&b| b == b':').count() + inner.matches('：').count();
    let barred =
        || inner.contains(['|', '｜', '丨']) || SPACED_DOTS.iter().any(|d| inner.contains(d));
    if let Some((first, fields)) = (colons() >= 2 || barred())
        .then(|| info_fields(inner))
        .flatten()
    {
        return Some(read_info_fields(inner, first, &fields, meta));
    }
    // A date and a site parted by bars, unlabelled (`2012年03月13日09:11 | 某某网
    // www.example.cn | 字号`): a page's info line.
    if let Some((date, site)) = dated_site(inner) {
        set_date(date, meta);
        return Some(match site {
            Some(site) => {
                meta.source.get_or_insert(site);
                "meta: info line (date, source: a date and a site parted by bars)".into()
            }
            None => "meta: info line (date: a date and a site's address parted by bars)".into(),
        });
    }
    // A name and a date parted by a bar, unlabelled (`某某某 ｜ 2024年5月8日`): a byline.
    if let Some((name, date)) = named_and_dated(inner) {
        meta.author.push(name);
        set_date(date, meta);
        return Some("meta: byline (a name and a date parted by a bar)".into());
    }
    if let Some(rest) = after_label(inner, &["原标题"]).filter(|r| !r.is_empty()) {
        meta.original_title = Some(rest.to_string());
        return Some("meta: original title".into());
    }
    if let Some(rest) = after_label(inner, &["作者单位"]) {
        meta.affiliation = Some(rest.to_string());
        return Some("meta: affiliation".into());
    }
    if after_label(
        inner,
        &["制图", "摄影", "图片", "图", "摄", "供图", "视觉", "设计"],
    )
    .is_some()
        && chars(text) <= 24
    {
        return Some("meta: credit".into());
    }
    if let Some((unit, name)) =
        after_label(inner, SPEAKER_LABELS).and_then(crate::names::speaker_value)
    {
        meta.author.push(name);
        if let Some(u) = unit {
            meta.affiliation.get_or_insert(u);
        }
        return Some("meta: speaker (主讲人, 报告人: the name after the office)".into());
    }
    if let Some(rest) = after_label(
        inner,
        &[
            "博客",
            "供稿",
            "撰文",
            "文字",
            "文",
            "作者",
            "執筆",
            "执笔",
            "编写",
            "編寫",
            "撰写",
            "撰寫",
            "提案人",
        ],
    ) {
        byline(rest, meta);
        return Some("meta: author".into());
    }
    // A unit, its colon and a writer's name (`某某中心小学：王某某`), a school's byline.
    if let Some((unit, name)) = unit_colon_name(inner) {
        meta.author.push(name);
        meta.affiliation.get_or_insert(unit);
        return Some("meta: byline (a unit, a colon and a name)".into());
    }
    // A unit, then its writers (`某镇联合调研组　执笔：张三　李四`): the unit is the
    // affiliation, the names the authors.
    if let Some((unit, names)) = unit_then_writers(inner) {
        meta.author.extend(names);
        meta.affiliation.get_or_insert(unit);
        return Some("meta: author (a unit, then its writers)".into());
    }
    if doc_number(text) {
        meta.doc_number = Some(text.to_string());
        return Some(DOC_NUMBER_WHY.into());
    }
    if let Some(names) = reporter_names(inner) {
        meta.author.extend(names);
        return Some("meta: reporters".into());
    }
    if let Some(names) = editor_names(inner) {
        meta.editors.extend(names);
        // (The page's credits with its stamp, `责编：　终审：　时间：2006-12-06`: its date.)
        if let Some(pos) =
            find_label(text, DAY_LABELS).or_else(|| find_label(text, PUBLICATION_LABELS))
        {
            if set_date(&text[pos..], meta) {
                return Some("meta: editors, date".into());
            }
        }
        return Some("meta: editors".into());
    }
    if let Some(pos) = find_label(text, SOURCE_LABELS) {
        let mut what = String::from("meta: source");
        if let Some(source) = source_value(&text[pos..]) {
            if writer_after_source(&text[pos..], &source, meta) {
                what.push_str(", author");
            }
            meta.source = Some(source);
        }
        if set_date(text, meta) {
            what.push_str(", date");
        }
        return Some(what);
    }
    if let Some(pos) = find_label(text, PUBLICATION_LABELS) {
        let value = &text[pos..];
        // (A headline before the field, `某某典型案例 发布时间：……`, is the title reader's:
        // the date is read here, the line left to it; a line it does not take is the date's
        // all the same, [`crate::meta`] settles.)
        if let Some((_, value)) = headline_with_date_field(text) {
            set_date(value, meta);
            return None;
        }
        if find_date(value).is_some() {
            // The date a paper was written (`成文日期`) gives way to the date it was
            // published (`发布日期`), whichever comes first in the fields.
            let label = trim(&text[..pos]).trim_end_matches([':', '：']);
            let written = WRITTEN_LABELS.iter().any(|l| label.ends_with(l));
            if !written && meta.date_written {
                meta.date = None;
            }
            if set_date(value, meta) {
                meta.date_written = written;
            }
            if let Some(site) = site_before_label(text, pos, PUBLICATION_LABELS) {
                meta.source.get_or_insert_with(|| site.to_string());
                return Some("meta: date, source (a site's name before the date's label)".into());
            }
            return Some("meta: date".into());
        }
        // `發布日期：114-03-18`: a date of the Republic of China era, read only where the
        // label says a date follows.
        if let Some(date) = roc_date(value) {
            if meta.date.is_none() {
                meta.date = Some(date);
            }
            return Some("meta: date (of the Republic of China era)".into());
        }
    }
    if let Some(rest) = after_label(inner, &["发布时间", "發佈時間", "发布日期"]) {
        if find_date(rest).is_some() {
            set_date(rest, meta);
            return Some("meta: date".into());
        }
    }
    if let Some(rest) = after_label(inner, DAY_LABELS) {
        if find_date(rest).is_some() {
            set_date(rest, meta);
            return Some(BARE_DATE_FIELD.into());
        }
    }
    // A page's stamp, its label a word for what was done that day before `时间` or `日期`
    // (`更新时间：2023-02-03`, `系统发布时间：…`, `公告日期：…`, after a counter: `点击次数：
    // 484 更新时间：…`): the page's date where it stands above the text (see the head).
    if let Some(value) = stamp_value(inner) {
        if set_date(value, meta) {
            return Some(STAMP_DATE_FIELD.into());
        }
    }
    // The same after the site's name (`某某网　时间：2024-05-06 08:30`): the page's date and
    // its source.
    if let Some(pos) = find_label(inner, DAY_LABELS) {
        if let Some(site) = site_before_label(inner, pos, DAY_LABELS) {
            if set_date(&inner[pos..], meta) {
                meta.source.get_or_insert_with(|| site.to_string());
                return Some("meta: date, source (a site's name before the date's label)".into());
            }
        }
    }
    if let Some(rest) = after_label(inner, &["发布人", "發佈人", "发布者", "發佈者"]) {
        // The poster's line may carry the page's date in a field of its own
        // (`发布者：宣传部　时间：2023年11月18日　点击：215`).
        if set_date(rest, meta) {
            return Some("meta: poster (and the date beside it)".into());
        }
        return Some("meta: poster".into());
    }
    if let Some(paper) = paper_issue(inner) {
        meta.source.get_or_insert(paper.to_string());
        set_date(inner, meta);
        return Some("meta: source, date (an e-paper's issue and page)".into());
    }
    if let Some((names, paper, tail)) = page_line(inner) {
        match byline_fields(names) {
            // (Each field's value its own byline: `本报记者 王某` names a writer, a body's
            // staff none.)
            Some(values) => {
                for v in values {
                    meta.author.extend(names_in(v).unwrap_or_default());
                }
            }
            None => match names_in(names) {
                Some(found) => meta.author.extend(found),
                // The writer after their posts (`某某学院院长、教授 张某某`).
                None => {
                    if let Some((unit, name)) = crate::names::name_byline(names) {
                        meta.author.push(name);
                        if let Some(u) = unit {
                            meta.affiliation.get_or_insert(u);
                        }
                    }
                }
            },
        }
        // The writer named after the page, inside the brackets (`（2019年03月05日第06版
        // 某某）`, as a paper's site credits a piece).
        if names.is_empty() {
            let after_page = tail
                .rsplit_once('版')
                .map_or("", |(_, after)| after.trim_end_matches([')', '）']));
            let after_page = trim(after_page);
            // (Read as names without a label, a common surname first, of three characters
            // or more: a page's column, `要闻` `文化` `金台`, has two.)
            let named = |n: &str| crate::names::is_bare_name(n) && chars(n) >= PAGE_NAME_CHARS_MIN;
            if named(after_page) {
                meta.author.push(after_page.to_string());
            } else if let Some(names) =
                crate::names::bare_names(after_page).filter(|ns| ns.iter().all(|n| named(n)))
            {
                meta.author.extend(names);
            }
        }
        meta.source.get_or_insert(paper);
        set_date(text, meta);
        return Some("meta: source, date".into());
    }
    None
}

/// Labels of the person who gives a lecture or a report (`主讲人：某某大学党委书记 某某`): the
/// name after them is the author. Longer labels first (`主讲人` before `主讲`).
const SPEAKER_LABELS: &[&str] = &[
    "主讲人",
    "主講人",
    "主讲嘉宾",
    "主講嘉賓",
    "主讲",
    "主講",
    "报告人",
    "報告人",
    "宣讲人",
    "宣講人",
    "授课人",
    "授課人",
    "述职人",
    "述職人",
];

/// The most characters of a WeChat header line (`原创 作者 公众号 2024-05-06 08:00 北京`).
const WECHAT_HEADER_MAX: usize = 60;

/// What a WeChat header says: the author after `原创` and the account's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeChatHeader {
    /// The author, when two names stand before the date (the first is the author).
    pub author: Option<String>,
    /// The account's name: the last word before the date.
    pub account: String,
}

/// The most characters of a WeChat account's name in a repost's credit.
const ACCOUNT_NAME_MAX: usize = 30;

/// Reads the credit a WeChat repost carries over its text (`以下文章来源于某某看天下 ，作者某某`):
/// the account it came from, the source; and the writer, when named.
pub fn wechat_repost(text: &str) -> Option<(String, Option<String>)> {
    let rest = ["以下文章来源于", "以下文章來源於"]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let (account, writer) = match rest.find("作者") {
        Some(at) => (&rest[..at], Some(&rest[at + "作者".len()..])),
        None => (rest, None),
    };
    let account = trim(account.trim_end_matches(|c: char| {
        matches!(c, '，' | ',' | '、' | '|' | '｜') || crate::scan::marker::is_space(c)
    }));
    let writer = writer
        .map(|w| trim(w.trim_start_matches(['：', ':'])))
        .filter(|w| crate::names::is_personal_name(w))
        .map(str::to_string);
    // An account's name is a name: no sentence, no clause (`以下文章来源于某报，有删节。` is a
    // note of the text's).
    let named = !account.is_empty()
        && count_to(account, ACCOUNT_NAME_MAX + 1) <= ACCOUNT_NAME_MAX
        && !account.contains(|c: char| matches!(c, '，' | ',') || is_terminator(c));
    named.then(|| (account.to_string(), writer))
}

/// Reads a WeChat article's header as copied with the text: `原创` then the author and the
/// account, then the date, time and place (`原创 林某 某某观察 2024-05-06 08:00 北京`). Needs
/// `原创` and a space opening the line, words only before the date and no sentence mark;
/// without a date (it stands on the next line), exactly a personal name and an account.
/// With one word before the date that word is the account, and no author is read.
pub fn wechat_header(text: &str) -> Option<WeChatHeader> {
    let rest = match text.strip_prefix("原创") {
        Some(rest) if rest.starts_with(|c: char| c.is_whitespace()) => rest,
        Some(_) => return None,
        // Without `原创`, the post's time and place say it: `某某党建 2024-06-14 09:12 发表于江西`.
        None if posted_at(text) => text,
        None => return None,
    };
    if chars(text) > WECHAT_HEADER_MAX || text.contains(['。', '，', '！', '？', '；']) {
        return None;
    }
    // The date may stand on the next line (`原创 林某 某某观察` / `2024-05-06 08:00`): then
    // the line is the two names alone.
    let dated = find_date(rest).map(|(_, r)| r.start);
    let words: Vec<&str> = rest[..dated.unwrap_or(rest.len())]
        .split_whitespace()
        .collect();
    let (account, before) = words.split_last()?;
    let plain = |w: &&str| w.chars().all(|c| is_cjk(c) || c.is_alphanumeric());
    if !words.iter().all(plain)
        || (dated.is_none() && !(words.len() == 2 && is_personal_name(words[0])))
    {
        return None;
    }
    // The account's own name in the author's place (`原创 城南教育 城南教育 …`) is no
    // person: the account posted in its own name.
    let author = match before {
        [name] if name != account && is_personal_name(name) => Some(name.to_string()),
        _ => None,
    };
    Some(WeChatHeader {
        author,
        account: account.to_string(),
    })
}

/// The most characters of the place a post was published from (`江西`, `内蒙古`).
const POST_PLACE_MAX: usize = 6;

/// Tells whether a line ends as a WeChat post's header does: a date with its time, then
/// the place it was posted from (`2024-06-14 09:12 发表于江西`, `2024-06-14 09:12 江西`),
/// after one or two names.
fn posted_at(text: &str) -> bool {
    // Looked at for every line: the cheap tests first (a header is short and has a time).
    if text.len() > WECHAT_HEADER_MAX * 4 || !text.contains(':') {
        return false;
    }
    find_date(text).is_some_and(|(d, r)| {
        let place = trim(&text[r.end..]);
        let place = place.strip_prefix("发表于").unwrap_or(place);
        let before = text[..r.start].split_whitespace().count();
        // The date stands apart, as a header sets it: `我们于2024-06-14 09:12到达江西`
        // is a sentence.
        let apart = text[..r.start].ends_with(char::is_whitespace)
            && text[r.end..].starts_with(char::is_whitespace);
        d.hm().is_some()
            && apart
            && (1..=2).contains(&before)
            && (2..=POST_PLACE_MAX).contains(&chars(place))
            && place.chars().all(is_cjk)
    })
}

/// The most characters after a post's date (`・IP 属地浙江`, `· 编辑于 昨天`).
const POSTED_TAIL_MAX: usize = 16;

/// Tells whether a line is a post's time line as a forum sets it under the text: a word for
/// posting, the date with its time, maybe where from (`发布于 2024-10-09 22:14・IP 属地浙江`).
fn posted_on(text: &str) -> bool {
    let Some(rest) = POSTED.iter().find_map(|w| text.strip_prefix(w)) else {
        return false;
    };
    let rest = trim(rest);
    find_date(rest).is_some_and(|(d, r)| {
        r.start == 0
            && d.hm().is_some()
            && count_to(&rest[r.end..], POSTED_TAIL_MAX + 1) <= POSTED_TAIL_MAX
            && !rest[r.end..].contains(is_sentence_mark)
    })
}

/// A mark inside a sentence or at its end: a time line holds none.
fn is_sentence_mark(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '，')
}

/// The most bytes of a page count alone on its line (`第 12 页 共 120 页`, spaced).
const PAGE_COUNT_MAX_BYTES: usize = 48;

/// The words a blog or forum writes between a post's author and its date.
const POSTED: &[&str] = &["发表于", "發表於", "发布于", "發佈於", "写于", "寫於"];

/// Reads a post's byline as a blog or forum sets it under the headline: a name, a word for
/// posting and the date, maybe counters after bars (`某某  发表于 2024-11-03 21:47  |  阅读
/// 1208`). The name is a personal name or a user name of letters and digits; the line holds
/// no sentence. Returns the name.
fn posted_by(text: &str) -> Option<&str> {
    // Every posting word ends in `于` or `於`: one byte search settles most lines.
    if !(text.contains('于') || text.contains('於'))
        || text.contains(is_terminator)
        || text.contains(['，', ','])
    {
        return None;
    }
    let (at, len) = POSTED
        .iter()
        .find_map(|w| text.find(w).map(|at| (at, w.len())))?;
    let name = trim(&text[..at]);
    let (found, date) = find_date(&text[at + len..])?;
    // A name that reads as one (`王某`), or any word of two to four characters when the line
    // is set as a post's header is: a time, or counters after a bar (`青衫 发表于 … | 阅读`).
    let header = found.hm().is_some() || text[at + len + date.end..].contains(['|', '｜']);
    // The date right after the word: `发表于 2024-11-03`.
    if !trim(&text[at + len..at + len + date.start]).is_empty() {
        return None;
    }
    let handle = |n: &str| {
        (2..=20).contains(&n.len())
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            && n.chars().any(|c| c.is_ascii_alphabetic())
    };
    let named = !name.contains(char::is_whitespace)
        && (crate::names::is_bare_name(name) || header && is_personal_name(name));
    (named || handle(name)).then_some(name)
}

/// An info line's fields: where the first label starts, and each field's kind, label and
/// value's range.
type InfoFields<'a> = (usize, Vec<(FieldKind, &'a str, std::ops::Range<usize>)>);

/// What a label of a page's info line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldKind {
    Author,
    Source,
    Date,
    Editor,
    Affiliation,
    /// Who compiled the text (`整理：`): its author where no field names one.
    Compiler,
    /// A field read past (`浏览次数：`, `发布者：`, `字号：`): it only ends the one before it.
    Other,
}

/// Labels of an info line's fields, each with what it names. A longer label that starts
/// with a shorter one (`作者单位`, `作者`) is listed before it.
const INFO_LABELS: &[(&str, FieldKind)] = &[
    ("作者单位", FieldKind::Affiliation),
    ("作者", FieldKind::Author),
    ("主讲人", FieldKind::Author),
    ("主讲", FieldKind::Author),
    ("提案人", FieldKind::Author),
    ("宣讲人", FieldKind::Author),
    ("宣講人", FieldKind::Author),
    ("记录人", FieldKind::Author),
    ("記錄人", FieldKind::Author),
    ("汇报人", FieldKind::Author),
    ("報告人", FieldKind::Author),
    ("报告人", FieldKind::Author),
    ("编写", FieldKind::Author),
    ("編寫", FieldKind::Author),
    ("撰文", FieldKind::Author),
    ("撰稿", FieldKind::Author),
    ("执笔", FieldKind::Author),
    ("執筆", FieldKind::Author),
    ("记者", FieldKind::Author),
    ("記者", FieldKind::Author),
    ("通讯员", FieldKind::Author),
    ("通訊員", FieldKind::Author),
    ("文字", FieldKind::Author),
    ("文", FieldKind::Author),
    // A source qualified by what came from it (`信息来源：` `文章来源：` `资料来源：`, a
    // picture's or data's `图片来源：` crediting no publisher): one label, that a page may
    // glue to the field before (`2008-04-02文章来源：`, `张明资料来源：`).
    ("资料来源", FieldKind::Source),
    ("資料來源", FieldKind::Source),
    ("图片来源", FieldKind::Other),
    ("数据来源", FieldKind::Other),
    ("信息来源", FieldKind::Source),
    ("信息來源", FieldKind::Source),
    ("文章来源", FieldKind::Source),
    ("文章來源", FieldKind::Source),
    ("稿件来源", FieldKind::Source),
    ("新闻来源", FieldKind::Source),
    ("本文来源", FieldKind::Source),
    ("来源", FieldKind::Source),
    // A repost's credit to the account it came from (`本文来自微信公众号：某某（ID：……）`).
    ("本文来自微信公众号", FieldKind::Source),
    ("本文來自微信公眾號", FieldKind::Source),
    // The publishing body on an intranet's or a school's byline, as [`SOURCE_LABELS`] reads
    // it on a line of its own.
    ("发布单位", FieldKind::Source),
    ("发布部门", FieldKind::Source),
    ("发布机构", FieldKind::Source),
    ("來源", FieldKind::Source),
    ("稿源", FieldKind::Source),
    ("出处", FieldKind::Source),
    ("發佈時間", FieldKind::Date),
    ("發佈日期", FieldKind::Date),
    ("發布時間", FieldKind::Date),
    ("發布日期", FieldKind::Date),
    ("发布时间", FieldKind::Date),
    ("发布日期", FieldKind::Date),
    ("发表时间", FieldKind::Date),
    ("发表日期", FieldKind::Date),
    ("發表時間", FieldKind::Date),
    ("发稿时间", FieldKind::Date),
    ("更新时间", FieldKind::Date),
    ("上传时间", FieldKind::Date),
    ("录入时间", FieldKind::Date),
    ("提交时间", FieldKind::Date),
    ("更新于", FieldKind::Date),
    ("公布日期", FieldKind::Date),
    ("日期", FieldKind::Date),
    ("时间", FieldKind::Date),
    ("時間", FieldKind::Date),
    ("责任编辑", FieldKind::Editor),
    ("責任編輯", FieldKind::Editor),
    ("审核发布", FieldKind::Editor),
    ("责编", FieldKind::Editor),
    ("编辑", FieldKind::Editor),
    ("編輯", FieldKind::Editor),
    ("审核人", FieldKind::Editor),
    ("审核", FieldKind::Editor),
    ("初审", FieldKind::Editor),
    ("复审", FieldKind::Editor),
    ("终审", FieldKind::Editor),
    // A government site's three checks (`一审：某某　二审：某某　三审：某某`).
    ("一审", FieldKind::Editor),
    ("二审", FieldKind::Editor),
    ("三审", FieldKind::Editor),
    ("一審", FieldKind::Editor),
    ("二審", FieldKind::Editor),
    ("三審", FieldKind::Editor),
    ("校对", FieldKind::Editor),
    ("整理人", FieldKind::Compiler),
    ("整理", FieldKind::Compiler),
    // Who made the pictures and the layout: credited, no author.
    ("图片", FieldKind::Other),
    ("圖片", FieldKind::Other),
    ("摄影", FieldKind::Other),
    // A repost's credit for its picture (`……，作者：某某，头图来自：视觉中国`).
    ("头图来自", FieldKind::Other),
    ("題圖來自", FieldKind::Other),
    ("题图来自", FieldKind::Other),
    ("頭圖來自", FieldKind::Other),
    ("攝影", FieldKind::Other),
    ("制图", FieldKind::Other),
    ("视频", FieldKind::Other),
    ("设计", FieldKind::Other),
    ("美编", FieldKind::Other),
    ("排版", FieldKind::Other),
    ("界别", FieldKind::Other),
    ("联系电话", FieldKind::Other),
    ("发布者", FieldKind::Other),
    ("发布人", FieldKind::Other),
    ("發佈者", FieldKind::Other),
    ("發佈人", FieldKind::Other),
    ("浏览次数", FieldKind::Other),
    ("浏览量", FieldKind::Other),
    ("浏览", FieldKind::Other),
    ("阅读量", FieldKind::Other),
    ("阅读次数", FieldKind::Other),
    ("阅读", FieldKind::Other),
    ("点击数", FieldKind::Other),
    ("点击量", FieldKind::Other),
    ("点击次数", FieldKind::Other),
    ("点击", FieldKind::Other),
    ("访问量", FieldKind::Other),
    ("字号", FieldKind::Other),
    // A page's widgets run into its stamp (`信息来源：某县人民政府文字大小：[ ] 背景色：`).
    ("文字大小", FieldKind::Other),
    ("字体大小", FieldKind::Other),
    ("背景色", FieldKind::Other),
    ("摄影", FieldKind::Other),
    ("供图", FieldKind::Other),
];

/// The fewest labelled fields of an info line read field by field: one `label：value` is
/// read by the single-label rules below, and a sentence with a colon is no info line.
const INFO_FIELDS_MIN: usize = 2;

/// The most characters before an info line's first label (`新闻频道`, `本站`), unless they
/// are a date and time (`2024年04月08日 07:45 来源：…`) or a site's name: more is a sentence
/// that happens to hold labels.
const INFO_PREFIX_MAX: usize = 8;

/// Tells whether `c` opens a bracketed field of an info line (`【来源:某报】`).
fn opens_field(c: char) -> bool {
    matches!(c, '【' | '[' | '［')
}

/// Tells whether `before` ends with a full date (`2024年06月12日`): a label may be glued
/// to its `日`.
fn after_date(before: &str) -> bool {
    let tail = crate::text::last_chars(before, DATE_TAIL_CHARS);
    find_date(tail).is_some_and(|(_, range)| range.end == tail.len())
}

/// The most characters of a date written out (`2024年06月12日`, `二〇二四年六月十二日`).
const DATE_TAIL_CHARS: usize = 12;

/// The most characters from a glued label's start to its colon: the longest label and a
/// space or two.
const GLUED_LABEL_REACH: usize = 9;

/// Words of respect set after a writer's name (`李一老师`): no part of it.
const HONORIFICS: &[&str] = &["老师", "同志", "先生", "女士"];

/// The fewest characters of a label an info line glues to the value before it
/// (`某局浏览次数：`): shorter, it may be the end of a label it does not know (`某某|来源`),
/// unless the value is a bare name, a site's or a body's (`张明来源：`, `大众网作者：`).
const GLUED_LABEL_MIN: usize = 3;

/// Splits a page's info line into its `label：value` fields, whatever their order and
/// spacing (`来源：某报 作者：张三 2024-03-02`, `作者：张三　来源：某网`): each label of
/// [`INFO_LABELS`] starts the line or follows a space or a bar, and is followed by a colon.
/// `None` unless two fields or more are found and one names an author or a source (the
/// lines of dates and editors alone are read by the rules for them). Returns where the
/// first label starts, and each field's kind, label and value's range.
fn info_fields(text: &str) -> Option<InfoFields<'_>> {
    // Where each label starts and its value begins.
    let mut starts: Vec<(usize, usize, FieldKind, &str)> = Vec::new();
    let mut at = 0;
    while at < text.len() {
        // (Or a comma, as a repost's line parts its fields: `来源：某号，作者：某某`. Or
        // nothing, where a page glued its fields: a label right after a date's or a time's
        // figures, `16:15来源：`, `2024年6月12日来源：`, or one of three characters or more
        // after the words of a field's value, `来源：某局浏览次数：`; a shorter one there may
        // be the end of a label the list does not hold, `某某|来源：`, unless the value is a
        // bare name, a site's or a body's, `张明来源：`, `大众网作者：`.)
        let prev = text[..at].chars().next_back();
        // (Glued, a label's colon stands a label's length on: looked at before the labels
        // are tried.)
        let colon_near = || {
            text[at..]
                .chars()
                .take(GLUED_LABEL_REACH)
                .any(|c| c == ':' || c == '：')
        };
        let boundary = prev.is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '|' | '｜' | '丨' | '/' | '／' | '，' | ',')
                || opens_field(c)
        });
        // (After a figure or a day's `日`, a colon near, and the `日` a date's.)
        let after_figures = !boundary
            && prev.is_some_and(|c| crate::scan::numeral::is_any_digit(c) || c == '日')
            && colon_near()
            && (prev != Some('日') || after_date(&text[..at]));
        let glued = !boundary
            && !after_figures
            && !starts.is_empty()
            && prev.is_some_and(is_cjk)
            && colon_near();
        let boundary = boundary || after_figures;
        // (A short label glued to a value that names a person, a site or a body.)
        let named_before = || {
            let value = trim(&text[starts.last().map_or(0, |s| s.1)..at]);
            crate::names::is_bare_name(value)
                || crate::title::is_site_name(value)
                || crate::title::ends_as_org(value)
        };
        if boundary || glued {
            // (Asked once a place, of the short labels only.)
            let mut named: Option<bool> = None;
            let found = INFO_LABELS.iter().find_map(|&(label, kind)| {
                if glued
                    && chars(label) < GLUED_LABEL_MIN
                    && !*named.get_or_insert_with(named_before)
                {
                    return None;
                }
                let after = text[at..].strip_prefix(label)?;
                let after = after.trim_start_matches([' ', '\u{3000}']);
                // `文字：某某`, or with a bar as a post credits its people (`文字 | 某某`).
                let value = after.strip_prefix([':', '：', '|', '｜', '丨'])?;
                Some((text.len() - value.len(), kind, label))
            });
            // A label the list does not hold, after a space among the line's fields
            // (`作者：某某 分类：请示`), ends the field before it all the same.
            let found = found.or_else(|| {
                let spaced = !starts.is_empty() && prev.is_some_and(|c| c.is_whitespace());
                spaced
                    .then(|| unknown_label(&text[at..]))
                    .flatten()
                    .map(|label| {
                        let value = text[at + label.len()..].trim_start_matches([':', '：']);
                        (text.len() - value.len(), FieldKind::Other, label)
                    })
            });
            if let Some((value_at, kind, label)) = found {
                starts.push((at, value_at, kind, label));
                at = value_at;
                continue;
            }
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    // (Or an editor's, on a line that dates the page: `2022-03-23 11:18 编辑：某某 阅读次数：
    // 2236`, a page's info bar.)
    let named = starts.iter().any(|s| {
        matches!(
            s.2,
            FieldKind::Author | FieldKind::Source | FieldKind::Compiler
        )
    }) || starts.iter().any(|s| matches!(s.2, FieldKind::Editor))
        && find_date(&text[..starts[0].0]).is_some();
    let first = starts.first()?.0;
    let prefix = trim(trim(&text[..first]).trim_end_matches(opens_field));
    // One labelled name and a date (`整理：某某 ｜ 更新于 2024-10-08`) make a byline too.
    // So does one field after the page's day and time, glued or not (`2021-07-06 19:00:52来源：
    // 某某网`).
    let dated_byline = starts.len() == 1
        && ((text.contains(['|', '｜', '丨']) || SPACED_DOTS.iter().any(|d| text.contains(d)))
            && find_date(text).is_some()
            || date_and_time(prefix));
    if starts.len() < INFO_FIELDS_MIN && !dated_byline
        || !named
        || (chars(prefix) > INFO_PREFIX_MAX
            && !date_and_time(prefix)
            && !field_before_bar(prefix)
            && !dated_field(prefix)
            && site_before(&text[..first]).is_none())
        || text.ends_with(['。', '；', '？', '！'])
    {
        return None;
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &(at, value_at, kind, label)) in starts.iter().enumerate() {
        let mut end = starts.get(k + 1).map_or(text.len(), |s| s.0);
        // A field in brackets (`【作者:某某】`, `【 作者：某某 】`) ends at its closing bracket.
        if text[..at]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(opens_field)
        {
            if let Some(close) = text[value_at..end].find(['】', ']', '］']) {
                end = value_at + close;
            }
        }
        // (The comma that parts it from the next field is none of its value.)
        let value = text[value_at..end]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ',' | '\u{3000}'));
        out.push((kind, label, value_at..value_at + value.len()));
    }
    Some((first, out))
}

/// The most characters of a field's label that [`INFO_LABELS`] does not hold (`分类`,
/// `栏目`, `所属专题`): a word, as labels are.
const UNKNOWN_LABEL_MAX: usize = 4;

/// The label that opens `text`, if it reads as one: two to [`UNKNOWN_LABEL_MAX`] ideographs
/// and a colon (`分类：`).
fn unknown_label(text: &str) -> Option<&str> {
    let colon = text
        .char_indices()
        .take(UNKNOWN_LABEL_MAX + 1)
        .find(|&(_, c)| c == ':' || c == '：')?
        .0;
    let label = &text[..colon];
    (chars(label) >= 2 && label.chars().all(is_cjk)).then_some(label)
}

/// The most characters of a unit set before its writers' label (`某镇党委、镇政府联合调研组`).
const WRITERS_UNIT_MAX: usize = 24;

/// The most characters of a unit before its colon and a writer's name.
const COLON_UNIT_MAX: usize = 16;

/// Reads `某某中心小学：王某某`: a unit (ending as an organisation does), a colon and a name
/// that reads as one without a label: the unit and the name.
fn unit_colon_name(text: &str) -> Option<(String, String)> {
    let (unit, name) = text.split_once(['：', ':'])?;
    let (unit, name) = (trim(unit), trim(name));
    // (A name's length first: most fields' values are longer.)
    ((2..=crate::names::LISTED_NAME_MAX + 1).contains(&count_to(name, 6))
        && chars(unit) <= COLON_UNIT_MAX
        && unit.chars().all(is_cjk)
        && crate::names::is_bare_name(name)
        && crate::names::byline_unit(unit))
    .then(|| (unit.to_string(), crate::names::join_spaces(name)))
}

/// Reads `某镇联合调研组　执笔：张三　李四`: a unit (an organisation's name, or a group:
/// `调研组`, `课题组`), layout space, and a writers' label with names: the unit and the names.
fn unit_then_writers(text: &str) -> Option<(String, Vec<String>)> {
    let value_at = find_label(text, &["执笔", "執筆", "撰稿", "作者"])?;
    let label_at = text[..value_at].rfind(|c: char| c.is_whitespace())?;
    let unit = trim(&text[..label_at]);
    let group = ["组", "组织", "小组"].iter().any(|e| unit.ends_with(e));
    let org = group || crate::title::ends_as_org(unit);
    if unit.is_empty() || chars(unit) > WRITERS_UNIT_MAX || !org || text.contains(is_terminator) {
        return None;
    }
    let names = names_in(&text[value_at..])?;
    Some((unit.to_string(), names))
}

/// The name alone after a date and its time that open an info line's unlabelled start
/// (`2019-06-25 07:28:12 某某某`): a name that reads as one without a label.
fn name_after_stamp(before: &str) -> Option<String> {
    let (_, r) = find_date(before).filter(|(_, r)| r.start == 0)?;
    let rest = trim(&before[r.end..]);
    let rest = trim(rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ':' | '：') || c.is_whitespace()
    }));
    (!rest.is_empty() && crate::names::is_bare_name(rest)).then(|| crate::names::join_spaces(rest))
}

/// Tells whether a text is a date, maybe with a time of day after it (`2026-03-16 09:30:00`,
/// `2024年4月8日 07:45`).
fn date_and_time(text: &str) -> bool {
    if crate::title::is_date_line(text) {
        return true;
    }
    find_date(text).is_some_and(|(_, r)| {
        r.start == 0
            && text[r.end..]
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '：' | ' ' | '\u{3000}'))
    })
}

/// Reads each field of an info line into `meta` and says what was read.
/// Dots set between spaces part the fields of a byline as bars do (`某某 · 2024年10月12日`).
const SPACED_DOTS: &[&str] = &[" · ", " • ", " ・ ", "\u{3000}·\u{3000}"];

fn read_info_fields(
    text: &str,
    first: usize,
    fields: &[(FieldKind, &str, std::ops::Range<usize>)],
    meta: &mut Meta,
) -> String {
    let mut read: Vec<&str> = Vec::new();
    // A date before the first label (`2024年4月8日 07:45 来源：…`) is the line's date.
    if set_date(&text[..first], meta) {
        read.push("date");
    }
    // The site's name alone before it (`某某网 | 发布时间：…… 作者：……`) is the source, a
    // 来源 among the fields first.
    let named_source = fields.iter().any(|f| matches!(f.0, FieldKind::Source));
    if let Some(site) = site_before(&text[..first]).filter(|_| !named_source) {
        meta.source.get_or_insert_with(|| site.to_string());
        read.push("source");
    }
    let authored = fields.iter().any(|f| matches!(f.0, FieldKind::Author));
    // A name alone after the date and its time, before the first label (`2019-06-25 07:28:12
    // 某某某 来源：某某日报`), where no field names the writer: the writer, as a paper's site
    // sets its byline.
    if let Some(name) = name_after_stamp(&text[..first]).filter(|_| !authored) {
        meta.author.push(name);
        read.push("author");
    }
    for (kind, _, range) in fields {
        // A bar ends a value: what follows it is another field, labelled or not
        // (`整理：某某 ｜ 适用：……`).
        let value = text[range.clone()]
            .split(['|', '｜', '丨'])
            .next()
            .unwrap_or_default();
        // So does a dot set between spaces (`作者：某某 · 2024年10月12日 · 阅读约8分钟`); a
        // dot inside a name (`马克·吐温`) has no spaces.
        let value = SPACED_DOTS
            .iter()
            .filter_map(|d| value.find(d))
            .min()
            .map_or(value, |at| &value[..at]);
        // So does a page's widget in black brackets, its labels lost or a letter each
        // (`作者：某某 【 】 浏览：0次`, `【大 中 小】`): no name holds one.
        let value = value
            .find('【')
            .filter(|&at| {
                // (After a name: `【美】某某` opens with the writer's country.)
                !trim(&value[..at]).is_empty()
                    && value[at + '【'.len_utf8()..]
                        .split_once('】')
                        .is_some_and(|(inside, _)| inside.split_whitespace().all(|w| chars(w) == 1))
            })
            .map_or(value, |at| &value[..at]);
        let value = trim(trim(value).trim_end_matches(['/', '／']));
        // An unlabelled date after a value (`作者：张三 2024-03-02`) is the line's date.
        let (value, date) = match find_date(value) {
            Some((_, r)) => (trim(&value[..r.start]), Some(&value[r.start..])),
            None => (value, None),
        };
        let what = match kind {
            FieldKind::Author if !value.is_empty() => {
                byline(value, meta);
                Some("author")
            }
            FieldKind::Compiler if !authored && !value.is_empty() => {
                byline(value, meta);
                Some("author")
            }
            FieldKind::Source => source_value(value).map(|s| {
                if !authored {
                    writer_after_source(value, &s, meta);
                }
                meta.source.get_or_insert(s);
                "source"
            }),
            FieldKind::Editor => {
                meta.editors.extend(names_in(value).unwrap_or_default());
                Some("editors")
            }
            FieldKind::Affiliation if !value.is_empty() => {
                meta.affiliation = Some(value.to_string());
                Some("affiliation")
            }
            _ => None,
        };
        read.extend(what);
        if date.is_some_and(|d| set_date(d, meta)) {
            read.push("date");
        }
    }
    // A date after a bar, unlabelled or labelled in words (`｜ 更新于 2024-10-08`).
    if !read.contains(&"date") && set_date(&text[first..], meta) {
        read.push("date");
    }
    read.dedup();
    if read.is_empty() {
        "meta: info line".into()
    } else {
        format!("meta: info line ({})", read.join(", "))
    }
}

/// Fills author and affiliation from a byline such as `中共筠连县委组织部 李刚`.
fn byline(rest: &str, meta: &mut Meta) {
    let rest = crate::names::without_joined_roles(rest);
    // A name with the honorific a site adds after it (`李一老师`, `张三同志`): the name. (A
    // surname alone with it, `王老师` `欧阳老师`, is how the byline names the writer.)
    if let Some(name) = HONORIFICS
        .iter()
        .find_map(|h| trim(rest).strip_suffix(h))
        .map(crate::names::join_spaces)
        .filter(|n| crate::names::is_bare_name(n) && !crate::names::is_surname_alone(n))
    {
        meta.author.push(name);
        return;
    }
    // `等` after the names (`王某 李某等`, `张某某等`: "and others"): the names given.
    if let Some(before) = trim(rest).strip_suffix('等') {
        if names_in(before).is_some_and(|names| {
            names.len() >= 2 || names.iter().all(|n| crate::names::is_bare_name(n))
        }) {
            return byline(before, meta);
        }
    }
    // The paper after the names, its day and page in brackets after it (`王某 李某 《某某日报》
    // （ 2022年10月31日 10版）`, how a paper's site credits a piece): the writers, the paper
    // the source, the day the date.
    if let Some((names, paper, tail)) = paper_after_names(rest) {
        set_date(tail, meta);
        meta.source.get_or_insert_with(|| paper.to_string());
        return byline(names, meta);
    }
    // A date after the names, parted by layout space (`张伟　2024年5月6日`, a time or a
    // weekday after it): the day.
    if let Some((names, day)) = crate::title::trailing_date(rest.trim_end()) {
        if !names.is_empty() && set_date(day, meta) {
            return byline(names, meta);
        }
    }
    // Names after their roles (`记者 张三 通讯员 李四`): the roles are no one's name.
    if let Some(names) = crate::names::credited_names(rest) {
        meta.author.extend(names);
        return;
    }
    if let Some(names) = names_in(rest) {
        meta.author.extend(names);
        return;
    }
    // Writers parted by `、` `，` `；` (`王某某、李某某`): every part a person's name, as
    // short as one (an outlet or a unit after the comma, `王某，新华社`, is none).
    if rest.contains(['、', '，', ',', '；', ';']) {
        let parts: Option<Vec<Vec<String>>> = rest
            .split(['、', '，', ',', '；', ';'])
            .map(|p| {
                let p = trim(p);
                // (Four characters only with a surname of two: `欧阳某某`.)
                let short = (2..=crate::names::LISTED_NAME_MAX).contains(&chars(p))
                    || chars(p) == crate::names::LISTED_NAME_MAX + 1
                        && crate::names::is_bare_name(p);
                let person = short && !crate::names::is_outlet(p) && !crate::title::ends_as_org(p);
                names_in(p).filter(|_| person)
            })
            .collect();
        if let Some(parts) = parts {
            meta.author.extend(parts.into_iter().flatten());
            return;
        }
    }
    // The name, then who the writer is after a comma: `贺某某，系某某大学教授` (`系`, is),
    // or the outlet or unit alone (`王某，某某社`).
    if let Some((name, unit)) = rest.split_once(['，', ',']) {
        let (name, unit) = (trim(name), trim(unit));
        let stated = unit.strip_prefix(['系', '為', '为']).or_else(|| {
            (crate::names::is_outlet(unit) || crate::title::ends_as_org(unit)).then_some(unit)
        });
        if let Some(unit) = stated.filter(|_| is_personal_name(name)) {
            meta.author.push(name.to_string());
            meta.affiliation = Some(unit.to_string());
            return;
        }
    }
    // `王立新（某某大学马克思主义学院教授）`: the name, then the unit in brackets.
    if let Some((name, unit)) = rest
        .strip_suffix(['）', ')'])
        .and_then(|r| r.split_once(['（', '(']))
    {
        if is_personal_name(trim(name)) && !unit.contains(['（', '(']) {
            meta.author.push(trim(name).to_string());
            meta.affiliation = Some(unit.to_string());
            return;
        }
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    // (A name glued after its unit, `空港系王虎`: the name, the unit its affiliation.)
    let glued = words.last().and_then(|w| crate::names::unit_glued_name(w));
    match (words.split_last(), glued) {
        (Some((name, unit)), _) if is_personal_name(name) => {
            meta.author.push(name.to_string());
            if !unit.is_empty() {
                meta.affiliation = Some(unit.join(" "));
            }
        }
        (Some((_, unit)), Some((own, name))) => {
            meta.author.push(name);
            let units: Vec<&str> = unit.iter().copied().chain([own.as_str()]).collect();
            meta.affiliation = Some(units.join(" "));
        }
        // A short unit (`招生办`, `宣传部`) signs as an affiliation, not as a person.
        (Some(_), _) if chars(rest) <= 4 && !crate::title::ends_as_org(rest) => {
            meta.author.push(rest.to_string())
        }
        (Some(_), _) => meta.affiliation = Some(rest.to_string()),
        (None, _) => {}
    }
}

/// Splits a byline's names from the paper named after them in `《》` and what follows it:
/// `(names, paper, tail)` when the paper is an outlet's name (`光明日报`) or its day and
/// page or issue follow it (`（2022年10月31日 10版）`, `2022年第5期`). A book's title after a
/// name (`曹某《红楼梦》`, with a date or not) is none.
fn paper_after_names(rest: &str) -> Option<(&str, &str, &str)> {
    let (names, after) = rest.split_once('《')?;
    let (paper, tail) = after.split_once('》')?;
    let names = trim(names).trim_end_matches(['，', ',', '、', '；', ';']);
    let tail = trim(tail);
    let dated = find_date(tail).is_some();
    // (Its page, `10版`, or its issue, `第5期`: `星期` is no issue.)
    let paged = dated && (tail.contains('版') || tail.contains('第') && tail.contains('期'));
    (!names.is_empty()
        && !tail.contains('《')
        && (tail.is_empty() || dated)
        && (crate::names::is_outlet(paper) || paged))
        .then_some((names, paper, tail))
}

/// The most characters of a site's name set before its address (`某某在线 example.cn`).
const SITE_NAME_MAX: usize = 10;

/// Reads a page's info line of a date (maybe with its time) and a site parted by bars,
/// unlabelled (`2012年03月13日09:11 | 某某网 www.example.cn | 字号`): the date, and the
/// site's name when one stands there (`None` when only its address does). `None` unless the
/// date opens the line and a site's name or address stands after a bar.
fn dated_site(text: &str) -> Option<(&str, Option<String>)> {
    // (A row of a table of works, `2024年03月15日 | 某某日报 | 《……》`, names a piece.)
    if text.contains('《') {
        return None;
    }
    let mut parts = text.split(['|', '｜', '丨']).map(trim);
    let date = parts.next().filter(|d| date_and_time(d))?;
    // The site: its name (an outlet's, `某某网`), maybe with its address after it, or its
    // address alone.
    let mut addressed = false;
    for part in parts {
        let words: Vec<&str> = part.split_whitespace().collect();
        for (k, word) in words.iter().enumerate() {
            if crate::names::is_outlet(word) {
                return Some((date, Some(word.to_string())));
            }
            if crate::title::is_domain(word) {
                // A name of words right before the address is the site's (`某某在线
                // example.cn`), whatever it ends with.
                let named = k
                    .checked_sub(1)
                    .map(|j| words[j])
                    .filter(|n| (2..=SITE_NAME_MAX).contains(&chars(n)) && n.chars().all(is_cjk));
                if let Some(name) = named {
                    return Some((date, Some(name.to_string())));
                }
                addressed = true;
            }
        }
    }
    addressed.then_some((date, None))
}

/// Reads a byline of a name and a date parted by one bar (`某某某 ｜ 2024年5月8日`, either
/// first): the name alone or after its unit, the date alone on its side.
fn named_and_dated(text: &str) -> Option<(String, &str)> {
    let (a, b) = text.split_once(['|', '｜', '丨'])?;
    let (a, b) = (trim(a), trim(b));
    let (name, date) = if crate::title::is_date_line(b) {
        (a, b)
    } else {
        (b, a)
    };
    if !crate::title::is_date_line(date) || date.contains(['|', '｜', '丨']) {
        return None;
    }
    crate::names::name_byline(name).map(|(_, n)| (n, date))
}

/// Reads the names from an editors line such as `编辑:黄佐春 责任编辑:王敬东` or `编辑 | 罗 萱`.
fn editor_names(text: &str) -> Option<Vec<String>> {
    const LABELS: &[&str] = crate::names::EDITOR_ROLES;
    let mut names = Vec::new();
    let mut rest = match after_label(text, LABELS) {
        Some(rest) => rest,
        // (A role worded with its stage names people: `我的编辑：工作就是……。` is a sentence.)
        None => after_editor_role(text).filter(|rest| {
            names_in(rest).is_some_and(|names| {
                !names.is_empty() && names.iter().all(|n| crate::names::is_personal_name(n))
            })
        })?,
    };
    loop {
        // The value runs up to the next label, or to the end.
        let next = LABELS
            .iter()
            .filter_map(|l| rest.find(l))
            .min()
            .unwrap_or(rest.len());
        let value = &rest[..next];
        if let Some(found) = names_in(value) {
            names.extend(found);
        } else {
            names.extend(
                value
                    .split_whitespace()
                    .filter(|w| w.chars().all(is_cjk) && !w.is_empty())
                    .map(str::to_string),
            );
        }
        match after_label(&rest[next..], LABELS) {
            Some(r) if next < rest.len() => rest = r,
            _ => break,
        }
    }
    Some(names)
}

/// Reads a paper's author line, each name followed by the numbers of its affiliations
/// (`陈某某1,2　刘某某1`, `王某1，李某2，赵　某1`): at least one name must carry a number,
/// and every part must read as a name (a common surname first) once its numbers are off.
fn marked_authors(text: &str) -> Option<Vec<String>> {
    // A name and its numbers are at most a few characters: short lines only.
    if count_to(text, 41) > 40 || !text.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // The numbers follow the names: a line opening with a number is a numbered heading
    // (`1　范围`).
    if text.starts_with(|c: char| c.is_ascii_digit() || crate::scan::numeral::is_any_digit(c)) {
        return None;
    }
    let mut names = Vec::new();
    let mut marked = false;
    let mut rest = text;
    while !rest.is_empty() {
        // A name runs to its numbers or a comma (a space may stand inside it: `赵　敏`).
        let end = rest
            .find(|c: char| c.is_ascii_digit() || matches!(c, '，' | ',' | '、' | '；'))
            .unwrap_or(rest.len());
        let name = trim(&rest[..end]);
        rest = &rest[end..];
        // Its numbers: digits and the commas between them (`1,2`).
        let numbers = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ','))
            .unwrap_or(rest.len());
        let has_number = rest[..numbers].contains(|c: char| c.is_ascii_digit());
        marked |= has_number;
        rest = rest[numbers..].trim_start_matches(['，', ',', '、', '　', ' ', '；']);
        if name.is_empty() {
            continue;
        }
        // No label says these are people: each must read as a name by its surname.
        if !crate::names::is_bare_name(name) {
            return None;
        }
        names.push(crate::names::join_spaces(name));
    }
    (marked && !names.is_empty()).then_some(names)
}

/// Reads the names from a reporters' byline such as `本报记者 石文远 见习记者 龙 悦`.
/// The name a reporter's role is glued to, alone after it on its line (`通讯员王某某`,
/// `■本报记者李某某`), a short outlet at most before the role.
fn glued_reporter(text: &str) -> Option<String> {
    const GLUED_ROLES: &[&str] = &["记者", "記者", "通讯员", "通訊員"];
    let (at, role) = GLUED_ROLES
        .iter()
        .filter_map(|r| text.find(r).map(|at| (at, r)))
        .min()?;
    let glued = &text[at + role.len()..];
    let after = trim(glued);
    // (Glued: no space nor colon between. A name of three characters or more: two glued to
    // a role may be a column's word, `记者连线`, unless the outlet stands before the role,
    // `新华网记者钱芳`, a paper's credit whole.)
    let outlet = &text[..at];
    let shortest = if crate::names::is_outlet(outlet) {
        2
    } else {
        3
    };
    (chars(outlet) <= 4
        && !glued.starts_with(|c: char| c.is_whitespace() || matches!(c, '\u{3000}' | '：' | ':'))
        && chars(after) >= shortest
        && !REPORTER_COLUMNS.contains(&after)
        && crate::names::is_bare_name(after))
    .then(|| after.to_string())
}

/// Words of a reporters' column glued to their role (`本报记者连线`, `新华社记者关注`,
/// `记者手记`): what they bring, no one's name, though some open as a surname does.
const REPORTER_COLUMNS: &[&str] = &[
    "连线", "連線", "关注", "關注", "观察", "觀察", "时评", "時評", "手记", "手記", "直击", "直擊",
    "探访", "探訪", "调查", "調查", "聚焦", "视点", "視點", "专访", "專訪", "快讯", "快訊", "追踪",
    "追蹤", "走访", "走訪",
];

/// Tells whether a line is read as metadata only where it stands among the head's lines,
/// above the text: an e-paper's issue line, a role glued to a name (`记者万里行` heads a
/// report's part in the text), a line in a table's bars (a table's row in the text), a
/// speaker's field (`主讲人：某某`, one of the speakers a report names).
pub fn head_only(text: &str) -> bool {
    // (Read as [`classify`] reads it: a label's layout spaces out, `校　长：某某`.)
    let text = crate::text::without_label_spaces(trim(text));
    let text = text.as_ref();
    // (Both lines are short: most lines are settled by their length.)
    text.starts_with(['|', '｜'])
        || paper_issue(text).is_some()
        || paper_page_in_words(text)
        // A speaker's field (`主讲人：某某`): under the text, who spoke at what it tells of;
        // a unit and a name (`某某小学：王某某`), who of that unit the text names.
        || text.len() <= SPEAKER_LINE_MAX_BYTES
            && (after_label(text, SPEAKER_LABELS).is_some() || unit_colon_name(text).is_some())
        || text.len() <= GLUED_LINE_MAX_BYTES
            && text.contains(['者', '員', '员'])
            && glued_reporter(text).is_some()
        // A data note's source (`资料来源：海关统计`): under a table in the text, where its
        // figures came from; above the text, the page's.
        || ["资料来源", "資料來源"].iter().any(|l| text.starts_with(l))
        // A stamp with counts set among its words (`某某委员会 阅读量:1050 2022-09-19
        // 16:32`): a page's, above the text; in the text, a record's line (`到会人数:12`).
        || matches!(without_counts(text), std::borrow::Cow::Owned(_))
}

/// The most bytes of a speaker's field on its line (`主讲人：某某大学党委书记 某某`): twenty
/// ideographs.
const SPEAKER_LINE_MAX_BYTES: usize = 60;

/// The most bytes of a line a role and a name glued make (`■本报通讯员欧阳某某`): twelve
/// ideographs and a bullet.
const GLUED_LINE_MAX_BYTES: usize = 40;

fn reporter_names(text: &str) -> Option<Vec<String>> {
    const ROLES: &[&str] = &[
        "特约记者",
        "见习记者",
        "見習記者",
        "实习记者",
        "實習記者",
        "记者",
        "記者",
        "通讯员",
        "通訊員",
        "实习生",
        "實習生",
    ];
    // Every role has one of these characters; most lines have none.
    if count_to(text, 41) > 40 || !text.contains(['记', '記', '讯', '訊', '习', '習']) {
        return None;
    }
    let text = crate::names::without_credit_verb(text);
    let first = ROLES
        .iter()
        .filter_map(|r| text.find(r).map(|at| (at, r)))
        .min()?;
    // At most a short outlet (`本报`, `新华社`) before the first role, and a space after it.
    let (at, role) = first;
    let after = &text[at + role.len()..];
    // (A label's colon after the role is a separator too: `记者：某某　某某`.)
    if chars(&text[..at]) > 4 {
        return None;
    }
    // (Or nothing, where a name alone ends the line: `通讯员王某某`, as a paper sets its
    // credit; `记者从会上获悉` goes on as a sentence.)
    if !after.starts_with(|c: char| c.is_whitespace() || matches!(c, '\u{3000}' | '：' | ':')) {
        return glued_reporter(text).map(|name| vec![name]);
    }
    let mut names = Vec::new();
    let mut rest = after;
    loop {
        let next = ROLES
            .iter()
            .filter_map(|r| rest.find(r).map(|at| (at, r.len())))
            .min();
        let chunk = next.map_or(rest, |(at, _)| &rest[..at]);
        let chunk = chunk.trim_start_matches(['：', ':']);
        let chunk = match next {
            Some(_) => crate::names::without_next_outlet(chunk),
            None => chunk,
        };
        match names_in(chunk) {
            Some(found) => names.extend(found),
            None if trim(chunk).is_empty() || matches!(trim(chunk), "本报") => {}
            None => return None,
        }
        match next {
            Some((at, len)) => rest = &rest[at + len..],
            None => break,
        }
    }
    (!names.is_empty()).then_some(names)
}

/// A newspaper page line, maybe after the authors: `韦  宁  贺  川《某某日报》（2024年05月06日第 07 版）`.
/// Returns the text before `《`, the paper and what follows it (its day and page).
/// Or a reprint's note of where and when the text first appeared, in brackets or not:
/// `（原载《某某时报》2023年5月8日）`, `本文原载于《某某日报》2023年5月8日第3版`: no names then.
fn page_line(text: &str) -> Option<(&str, String, &str)> {
    let open = text.find('《')?;
    let rest = &text[open + '《'.len_utf8()..];
    let end = rest.find('》')?;
    let tail = &rest[end + '》'.len_utf8()..];
    let before = trim(&text[..open]);
    let reprinted = REPRINTED.iter().find_map(|w| before.strip_suffix(w));
    // (A reprint's note names where the text appeared, no one who wrote it: `本文原载于`,
    // `原文刊载于`, `该文原载` — whatever stands before the word is the text itself.)
    let before = if reprinted.is_some() { "" } else { before };
    // (Names, maybe after the writer's posts, `某某学院院长、教授 某某`.)
    let names_only = before
        .chars()
        .all(|c| is_cjk(c) || c.is_whitespace() || c == '\u{3000}' || c == '、')
        && chars(before) <= 20
        || byline_fields(before).is_some();
    // (After the paper, its day and page only: `……的文章。` goes on as a sentence.)
    let dated =
        chars(tail) <= PAGE_TAIL_MAX && !tail.contains(is_terminator) && find_date(tail).is_some();
    (names_only && (tail.contains('版') || reprinted.is_some()) && dated)
        .then(|| (before, rest[..end].to_string(), tail))
}

/// The most characters of a byline of fields before a paper's name on its page line.
const BYLINE_FIELDS_MAX: usize = 40;

/// The values of a byline's fields, each after a person's role and a colon
/// (`解读人：某部门负责人  采访人：本报记者 王某`): every label a role of two to four ideographs
/// ending in `人` `者` `员` (who interprets, asks, reports, writes), the first at the line's
/// start. `None` for anything else (`地址：某市某区`, a sentence).
fn byline_fields(text: &str) -> Option<Vec<&str>> {
    if !text.contains(['：', ':']) || count_to(text, BYLINE_FIELDS_MAX + 1) > BYLINE_FIELDS_MAX {
        return None;
    }
    let mut values = Vec::new();
    let mut rest = text;
    loop {
        let (label, after) = rest.split_once(['：', ':'])?;
        let label = trim(label);
        let role = (2..=4).contains(&chars(label))
            && label.chars().all(is_cjk)
            && label.ends_with(['人', '者', '员', '員']);
        if !role {
            return None;
        }
        // The value runs to the next field's label: the last word before the next colon.
        match after.find(['：', ':']) {
            Some(colon) => {
                let head = after[..colon].trim_end();
                let (value, next) = head.rsplit_once(char::is_whitespace)?;
                values.push(trim(value));
                rest = &after[head.len() - next.len()..];
            }
            None => {
                values.push(trim(after));
                break;
            }
        }
    }
    (!text.contains(is_terminator) && values.iter().all(|v| !v.is_empty())).then_some(values)
}

/// The most characters of a page's name after its number (`第B3版：信宜观察`).
const PAGE_COLUMN_MAX: usize = 8;

/// The most characters of an e-paper's issue line (`某某日报 第2018-07-16期 第B3版：要闻`).
const ISSUE_LINE_MAX: usize = 40;

/// The paper an e-paper's issue line names, maybe after the page's location label: the
/// paper's name (its words ending in `报`), then the issue's day and the page, `版`
/// (`当前位置：某某日报 2023年05月06日 第A2版`). A sentence (`某某日报第2版刊发了……。`) is none.
fn paper_issue(text: &str) -> Option<&str> {
    // (Short lines naming a page or a day only: most lines are settled by their length and a
    // byte search.)
    if text.len() > ISSUE_LINE_MAX * 4
        || !text.contains(['报', '報'])
        || !text.contains(|c: char| c.is_whitespace())
        || !text.contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return None;
    }
    let text = trim(crate::title::location_value(text).unwrap_or(text));
    let (paper, rest) = text.split_once(|c: char| c.is_whitespace())?;
    let named = (3..=10).contains(&chars(paper))
        && paper.chars().all(is_cjk)
        && paper.ends_with(['报', '報']);
    // (After the page, its name after a colon or nothing: `第A3版：要闻`; words going on,
    // `第3版刊登了……`, make a sentence.)
    // (Or the issue's day and its weekday: `某某日报 2024年12月06日 星期五`, as an e-paper's
    // masthead dates the page; a day alone, `某某选报 2022年3月4日`, may be a column's.)
    let masthead_day = || {
        find_date(rest).is_some_and(|(_, r)| {
            trim(&rest[..r.start]).is_empty() && is_weekday(trim(&rest[r.end..]))
        })
    };
    let paged = masthead_day()
        || rest.rsplit_once('版').is_some_and(|(_, after)| {
            let after = trim(after);
            after.is_empty()
                || after
                    .strip_prefix(['：', ':'])
                    .is_some_and(|column| chars(trim(column)) <= PAGE_COLUMN_MAX)
        });
    (named
        && count_to(text, ISSUE_LINE_MAX + 1) <= ISSUE_LINE_MAX
        && !text.contains(is_terminator)
        && paged
        && find_date(rest).is_some())
    .then_some(paper)
}

/// Tells whether words are a weekday alone (`星期五` `周五` `Fri` `Friday`).
fn is_weekday(text: &str) -> bool {
    const DAYS: &[&str] = &["星期", "周", "禮拜", "礼拜"];
    const WEEK: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let t = trim(text);
    DAYS.iter().any(|d| {
        t.strip_prefix(d)
            .is_some_and(|n| chars(n) == 1 && n.chars().all(|c| "一二三四五六日天".contains(c)))
    }) || (3..=9).contains(&t.len())
        && t.chars().all(|c| c.is_ascii_alphabetic())
        && WEEK
            .iter()
            .any(|w| t.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
}

/// The fewest characters of a writer's name after a page line's page (`（……第06版 孙某某）`):
/// three, as a column's name (`要闻`, `文化`, `金台`) never has. (A name of two is not told
/// from a column there; it is left.)
const PAGE_NAME_CHARS_MIN: usize = 3;

/// The most characters after a paper's name on a page line: its day and its page
/// (`（2024年05月06日第 07 版）`).
const PAGE_TAIL_MAX: usize = 24;

/// Words saying where a reprinted text first appeared (`原载《……》`, `刊于《……》`), longest
/// first.
const REPRINTED: &[&str] = &[
    "刊载于",
    "刊載於",
    "发表于",
    "發表於",
    "原载于",
    "原載於",
    "原刊于",
    "原刊於",
    "刊发于",
    "刊發於",
    "转载自",
    "轉載自",
    "原载",
    "原載",
    "原刊",
    "刊于",
    "刊於",
    "载于",
    "載於",
    "摘自",
    "选自",
    "選自",
    "转自",
    "轉自",
];

/// Reads the author from an editorial note such as `* 这是周立言为某委员会所写的决定。` or
/// `* 毛泽东的这篇文章是为了……`.
fn note_author(text: &str) -> Option<String> {
    let body = trim(text.strip_prefix(['*', '＊'])?);
    if let Some(rest) = body
        .strip_prefix("这是")
        .or_else(|| body.strip_prefix("這是"))
    {
        return name_before(rest, NOTE_AFTER_THIS_IS);
    }
    name_before(body, NOTE_AFTER_NAME)
}

/// The personal name that `s` opens with, up to the first of `ends`.
fn name_before(s: &str, ends: &[&str]) -> Option<String> {
    let end = ends.iter().filter_map(|e| s.find(e)).min()?;
    let name = &s[..end];
    is_personal_name(name).then(|| name.to_string())
}

/// What follows the name in a note `这是某某为……` / `这是某某在……`: where the name ends.
const NOTE_AFTER_THIS_IS: &[&str] = &[
    "为", "為", "在", "给", "給", "所", "同志", "于", "於", "对", "對", "起草", "写", "寫", "的",
];
/// What follows the name in a note `某某的这篇文章……` / `某某此文……`: the words that point at
/// the text the note stands over.
const NOTE_AFTER_NAME: &[&str] = &[
    "的这篇",
    "的這篇",
    "这篇",
    "這篇",
    "同志的",
    "此文",
    "的此文",
];

/// The kinds of work a headnote says the text is (`这是某某在……上所作的结论`): a talk, a
/// report, a letter or an article, written or given by the person it names.
const WORKS: &[&str] = &[
    "讲话", "講話", "报告", "報告", "结论", "結論", "谈话", "談話", "演说", "演說", "演讲", "演講",
    "讲演", "講演", "发言", "發言", "指示", "批示", "批语", "批語", "文章", "决定", "決定", "决议",
    "決議", "通知", "电报", "電報", "信", "书信", "总结", "總結", "提纲", "提綱", "序言", "按语",
    "按語", "题词", "題詞", "社论", "社論", "评论", "評論", "声明", "聲明", "命令", "讲稿", "講稿",
];

/// What a headnote may say of its work after naming its kind: a part or an outline of it
/// (`……所作的结论的一部分`, `……谈话的要点`).
const WORK_PARTS: &[&str] = &[
    "的一部分",
    "一部分",
    "的要点",
    "要点",
    "要點",
    "的节录",
    "节录",
    "節錄",
    "的摘要",
    "摘要",
];

/// Words of a headnote `某某的这篇文章是为了……而写的` that say the person wrote or gave the
/// text: the evidence that the name is its author, not a person it discusses.
const WROTE: &[&str] = &[
    "而写",
    "而寫",
    "写的",
    "寫的",
    "所写",
    "所寫",
    "所作",
    "作的",
    "发表的",
    "發表的",
    "写于",
    "寫於",
    "作于",
    "作於",
];

/// Words of a subtitle under a title that say the text is a talk given (`——某某在……上的
/// 讲话`, `……讲解《……》`), besides the works a headnote names.
const TALKS: &[&str] = &[
    "讲解", "講解", "致辞", "致辭", "讲课", "講課", "党课", "黨課", "授课",
];

/// Reads the speaker from a subtitle under a title that says where the text was given:
/// `——某某在某某大会上的讲话`, `——某某同志在……上讲解《……》`. The name must read as one
/// without a label (a surname first), and the line must say the text is a talk or a work.
pub fn dash_speaker(text: &str) -> Option<String> {
    // The dash of a subtitle (`——`), no list's hyphen (`- 某某在开幕式上致辞`).
    let rest = text.trim_start_matches(crate::title::DASHES);
    if rest.len() == text.len() {
        return None;
    }
    let rest = trim(rest);
    let at = rest.find('在')?;
    let said = &rest[at..];
    // (Words of two characters or more: `信` alone stands in many words, `信访`.)
    let talk = WORKS
        .iter()
        .chain(TALKS)
        .filter(|w| w.chars().count() >= 2)
        .any(|w| said.contains(w));
    if !talk {
        return None;
    }
    // (Under a title, the dash's `某某在……` names a speaker: two characters will do.)
    let name = rest[..at].strip_suffix("同志").unwrap_or(&rest[..at]);
    if crate::names::is_bare_name(name) {
        return Some(crate::names::join_spaces(name));
    }
    crate::names::name_with_post(&rest[..at])
}

/// Reads the speaker a speech's headline names before where the speech was given
/// (`某某在……上的讲话`, `……──某某校长在……典礼上的讲话` after a theme's words): a name read
/// without a label, a post after it or none, and the headline ends in a speech's kind after
/// `的` (`……上的讲话`, `……时的致辞`). A post alone (`县委书记在……上的讲话`) names no one; nor
/// does a story's headline (`某某在基层岗位上的二十年`).
pub fn headline_speaker(title: &str) -> Option<String> {
    // The part after a dash: the speech's own line, under its theme.
    let part = trim(title.rsplit(crate::title::DASHES).next()?);
    // (Or a news headline that says who gave it: `国家主席某某发表二〇二四年新年贺词`.)
    if let Some((who, said)) = part.split_once("发表").or_else(|| part.split_once("發表")) {
        if !who.contains('在') && crate::glued::ends_as_occasion(said) {
            return crate::names::name_with_post(crate::names::strip_role(who));
        }
    }
    let at = part.find('在')?;
    let said = &part[at..];
    if !crate::glued::speech_after_de(said) {
        return None;
    }
    crate::names::name_with_post(&part[..at])
}

/// Reads the author from a headnote without a mark, the first paragraph under a title as a
/// selected works' editor writes it: `这是某某在某会议上所作的结论的一部分。`, `某某的这篇文章是
/// 为了……而写的。`, `某某此文是为……而写的。`. Without the mark, the first sentence must say
/// what kind of work the text is (it ends in a talk, a report …) or that the person wrote
/// it: `这是王明在村里种下的第一棵树。` names no author.
pub fn headnote_author(text: &str) -> Option<String> {
    let (sentence, _, _) = crate::text::first_sentence(trim(text));
    if let Some(rest) = sentence
        .strip_prefix("这是")
        .or_else(|| sentence.strip_prefix("這是"))
    {
        let work = WORK_PARTS
            .iter()
            .find_map(|p| rest.strip_suffix(p))
            .unwrap_or(rest);
        if !WORKS.iter().any(|w| work.ends_with(w)) && !crate::glued::ends_as_speech(work) {
            return None;
        }
        return headnote_name(name_before(rest, NOTE_AFTER_THIS_IS));
    }
    if !WROTE.iter().any(|w| sentence.contains(w)) {
        return None;
    }
    headnote_name(name_before(sentence, NOTE_AFTER_NAME))
}

/// The name a headnote opens with, when it reads as a name without a label (a surname
/// first: `父亲`, `爷爷` are no writers' names) and ends in no verb (`某某写的这篇……`).
fn headnote_name(name: Option<String>) -> Option<String> {
    name.filter(|n| crate::names::is_bare_name(n) && !n.ends_with(['写', '寫', '说', '說']))
}

/// Tells whether `text` is a document number such as `某社部发[2009]7号`, `国办发〔2024〕12号`
/// or, in traditional characters, `府發〔2017〕92號`: the year is the bracket that holds four
/// digits (a reading in brackets may come first, `發(fā)`, as a converted page leaves it).
/// A minutes' or a bulletin's number gives the year alone, in the hexagonal or square
/// brackets that mark it (`〔2024〕5号`); in round ones it could be any year in a line.
pub fn doc_number(text: &str) -> bool {
    let year_at = text
        .match_indices(['〔', '[', '［', '（', '('])
        .map(|(open, _)| open)
        .find(|&open| {
            let year: String = text[open..].chars().skip(1).take(4).collect();
            year.len() == 4 && year.chars().all(|c| c.is_ascii_digit())
        });
    chars(text) <= 30
        && year_at.is_some_and(|open| open > 0 || text.starts_with(['〔', '[', '［']))
        && text.ends_with(['号', '號'])
        && !text.contains(['，', '。'])
}

/// The most characters of the editor an imprint names: an office's full name.
const IMPRINT_EDITOR_MAX: usize = 30;

/// Words that end the editor's part of an imprint: it edited, printed or issued the paper.
const IMPRINT_VERBS: &[&str] = &["编印", "编发", "印发", "主办", "编"];

/// The most bytes of a page's stamp with its counts (an office's name, two counts, a date
/// and its time: some forty ideographs).
const STAMP_MAX_BYTES: usize = 160;

/// A line without the page's counts set among its words (`阅读量:1050`: [`crate::title::is_count`]),
/// the words left parted by one space; the line itself where it has none.
/// Only a page's stamp has them: the line ends with the time it was posted (`16:32:45`); a
/// record's count before its date (`参会人数:105 2022年9月19日`) is the record's.
fn without_counts(text: &str) -> std::borrow::Cow<'_, str> {
    // (Most lines are settled by their last byte, and a stamp's time is read from the end:
    // a long paragraph is never walked.)
    let end = text.trim_end();
    if !end.ends_with(|c: char| c.is_ascii_digit()) || text.len() > STAMP_MAX_BYTES {
        return std::borrow::Cow::Borrowed(text);
    }
    let words = || text.split_whitespace();
    // (The time of day: an hour of one or two digits, then minutes and maybe seconds of two.)
    let timed = end.rsplit(char::is_whitespace).next().is_some_and(|w| {
        (2..=3).contains(&w.split(':').count())
            && w.split(':').enumerate().all(|(k, p)| {
                p.bytes().all(|b| b.is_ascii_digit())
                    && if k == 0 {
                        (1..=2).contains(&p.len())
                    } else {
                        p.len() == 2
                    }
            })
    });
    if !timed || !words().any(crate::title::is_count) {
        return std::borrow::Cow::Borrowed(text);
    }
    let kept: Vec<&str> = words().filter(|w| !crate::title::is_count(w)).collect();
    std::borrow::Cow::Owned(kept.join(" "))
}

/// The date of an imprint line (`某某办公室编　　2026年4月15日`: an issue's editor, or an
/// office's name, layout space, its date, nothing else), or `None`.
fn imprint_date(text: &str) -> Option<&str> {
    // The date may say what was done on it (`2025年4月18日印发`, the paper's imprint).
    let text = ["印发", "印發", "编印", "编发", "发布", "發布"]
        .iter()
        .find_map(|v| text.strip_suffix(v).filter(|t| t.ends_with('日')))
        .unwrap_or(text);
    // A date ends the line (`……日`, or digits): most lines are settled by their last byte.
    if !(text.ends_with('日') || text.ends_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    // The editor, layout space, the date: parted at the first space, or at the last one when
    // the editor's verb is set apart (`某某工作队　编印　　2025年6月20日`).
    let first = text.find(['\u{3000}', ' ', '\t'])?;
    let last = text.rfind(['\u{3000}', ' ', '\t'])?;
    [first, last].into_iter().find_map(|gap| {
        let date = text[gap..].trim_start_matches(char::is_whitespace);
        let editor: String = text[..gap]
            .chars()
            .filter(|&c| !crate::scan::marker::is_space(c))
            .collect();
        // An office's name alone (`某某领导小组办公室　2024年5月16日`) issues the paper too.
        let office = crate::title::is_org_name(&editor);
        let named = office
            || IMPRINT_VERBS.iter().any(|v| {
                editor.strip_suffix(v).is_some_and(|who| {
                    (2..=IMPRINT_EDITOR_MAX).contains(&count_to(who, IMPRINT_EDITOR_MAX + 1))
                })
            });
        let plain = editor.chars().all(is_cjk);
        (named && plain && crate::title::is_date_line(date)).then_some(date)
    })
}

/// Sets `meta.date` (and time) from the first date in `text`, unless it is set.
pub fn set_date(text: &str, meta: &mut Meta) -> bool {
    if meta.date.is_some() {
        return false;
    }
    match find_date(text) {
        Some((d, _)) => {
            meta.date = Some(d.ymd());
            meta.time = d.hm();
            true
        }
        None => false,
    }
}

/// Tells whether `c` belongs to a word (an ideograph, a letter or a digit), so that a label
/// right after it is part of a longer label.
fn is_word_char(c: char) -> bool {
    is_cjk(c) || c.is_alphanumeric()
}

/// The most characters of the word before `时间` or `日期` in a stamp's label: a verb and
/// its object at most (`系统发布`, `公告`, `更新`); more is a phrase of the text.
const STAMP_WORD_MAX: usize = 4;

/// The value of a date stamp in `text`: a label of up to [`STAMP_WORD_MAX`] ideographs and
/// then `时间`, `時間` or `日期`, standing at the line's start or after a space or a bar, a
/// colon or a bar after it, and a day in figures right after that, no span.
fn stamp_value(text: &str) -> Option<&str> {
    ["时间", "時間", "日期"].iter().find_map(|stamp| {
        text.match_indices(stamp).find_map(|(at, _)| {
            let before = &text[..at];
            let (words, bytes) = before
                .chars()
                .rev()
                .take_while(|&c| is_cjk(c))
                .fold((0, 0), |(n, b), c| (n + 1, b + c.len_utf8()));
            let opens = before[..before.len() - bytes]
                .chars()
                .next_back()
                .is_none_or(|c| crate::scan::marker::is_space(c) || matches!(c, '|' | '｜' | '丨'));
            if !(1..=STAMP_WORD_MAX).contains(&words) || !opens {
                return None;
            }
            let after = trim(&text[at + stamp.len()..]);
            let value = trim(after.strip_prefix([':', '：', '|', '｜', '丨'])?);
            // A machine's stamp: figures (`2023-02-03`, `2021/12/03 13:44`), the day alone,
            // never a span (`2024-06-01至06-30` times an event, as `2024年6月1日` words it).
            let (_, range) = find_date(value).filter(|(_, range)| range.start == 0)?;
            let figures = value
                .as_bytes()
                .get(..4)
                .is_some_and(|year| year.iter().all(u8::is_ascii_digit))
                && value
                    .get(4..)
                    .is_some_and(|r| r.starts_with(['-', '/', '.']));
            let span =
                trim(&value[range.end..]).starts_with(['至', '到', '—', '–', '-', '~', '～', '－']);
            (figures && !span).then_some(value)
        })
    })
}

/// Labels of a bare day or time (`时间：2024-05-06`): the page's stamp, or an event's.
pub const DAY_LABELS: &[&str] = &["日期", "时间", "時間"];

/// Labels of a page's publication date, found anywhere in an info line
/// (`发布者：某处 发布时间：2018-5-10 点击：`): a date label with a publishing verb.
const PUBLICATION_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "發佈時間",
    "發佈日期",
    "發布時間",
    "發布日期",
    "发表时间",
    "发表日期",
    "發表時間",
    "发稿时间",
    "上传时间",
    "录入时间",
    "公布日期",
    "公布时间",
    // The law databases' `公發布日` (promulgation day), as the Republic of China's writes it.
    "公發布日",
    "公发布日",
    "提交时间",
    "提交日期",
    "印发日期",
    "成文日期",
    // A journal's or a paper's issue (`发行时间：1995-04-20`, `出版日期：……`).
    "发行时间",
    "发行日期",
    "出版时间",
    "出版日期",
    "刊发时间",
    "刊发日期",
];

/// The labels of [`PUBLICATION_LABELS`] that date the writing or printing of a paper, not
/// its publication.
const WRITTEN_LABELS: &[&str] = &["印发日期", "成文日期"];

/// Labels of the body that published a document: its source.
const SOURCE_LABELS: &[&str] = &[
    "来源",
    "來源",
    // A qualified source label names where the page's text came from; other words before
    // `来源` (`资金来源：`) make a field of the text, which stays text.
    "信息来源",
    "信息來源",
    "资料来源",
    "資料來源",
    "文章来源",
    "文章來源",
    "稿件来源",
    "新闻来源",
    "本文来源",
    "发布单位",
    "發布單位",
    "發佈單位",
    "发布机构",
    "發布機關",
    "发布部门",
];

/// The first year of the Republic of China era, less one: its year 114 is 2025.
const ROC_YEAR_BEFORE: u32 = 1911;

/// Reads a date of the Republic of China era after a label (`發布日期：114-03-18`,
/// `113/5/21`, `114年3月18日`): two or three digits of year, a month and a day.
fn roc_date(labelled: &str) -> Option<String> {
    let value = labelled
        .split_once(['：', ':'])
        .map_or(labelled, |(_, v)| v)
        .trim();
    // The era may be named (`民國 113 年 06 月 20 日`).
    let value = ["中華民國", "中华民国", "民國", "民国"]
        .iter()
        .find_map(|era| value.strip_prefix(era))
        .unwrap_or(value);
    let mut parts = value
        .split(['-', '/', '.', '年', '月', '日'])
        .map(str::trim);
    let number = |s: Option<&str>, max: u32| -> Option<u32> {
        let s = s?;
        (1..=3).contains(&s.len()).then_some(())?;
        s.parse().ok().filter(|&n| (1..=max).contains(&n))
    };
    let year = number(parts.next(), 200).filter(|&y| y >= 10)?;
    let month = number(parts.next(), 12)?;
    let day = number(parts.next(), 31)?;
    Some(format!("{}-{month:02}-{day:02}", year + ROC_YEAR_BEFORE))
}

/// Reads the writer's name after a source's value, layout space between and no label
/// (`来源：某某日报　　王某某`, as a paper's site credits a piece) into the author, when no
/// author is known: `true` when it did.
fn writer_after_source(value: &str, source: &str, meta: &mut Meta) -> bool {
    let value = value.trim_end();
    let last = value.rsplit(char::is_whitespace).next().unwrap_or("");
    let named = meta.author.is_empty()
        && !last.is_empty()
        && last.len() < value.len()
        && !source.contains(last)
        && crate::names::is_bare_name(last);
    if named {
        meta.author.push(last.to_string());
    }
    named
}

/// Reads a source's name from the text after `来源：`: up to a space or a bar, with a part
/// in brackets that names the source further (`某数据库（example.gov.cn）`), never one that
/// holds a date or another label (`某报（2025年1月2日）`, `某网（作者：…）`).
fn source_value(value: &str) -> Option<String> {
    // A link's text copied for the source (`某某新闻的标题 - Example.com.cn`): the page's
    // headline, a dash set between spaces, the site's name or address. The site.
    // (The site by its address only: `某某日报 - 某某新闻网` names a paper and its site,
    // `某某大会 - 主论坛` a meeting and its part.)
    if let Some((page, site)) = value.rsplit_once(" - ") {
        let site = trim(site);
        // (A site's name before its address, `某市文明网 - www.example.gov.cn`, is the name.)
        if !trim(page).is_empty()
            && crate::title::is_domain(site)
            && !crate::title::is_site_name(trim(page))
        {
            return Some(site.to_string());
        }
    }
    // A periodical named in guillemets, then its issue (`《某某学刊》2024年第6期`): the name.
    if let Some(inner) = value.strip_prefix('《') {
        let name = inner.split_once('》').map(|(name, _)| trim(name));
        if let Some(name) = name.filter(|n| !n.is_empty() && !n.contains('《')) {
            return Some(name.to_string());
        }
    }
    let end = value
        .find(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '（' | '(' | '　'))
        .unwrap_or(value.len());
    // The next field glued on without a space (`浙江在线作者:某某编辑:某某`): the source
    // ends at its label.
    let end = INFO_LABELS
        .iter()
        .filter_map(|(label, _)| {
            let at = value[..end].find(label)?;
            let after = &value[at + label.len()..end];
            (at > 0 && after.starts_with([':', '：'])).then_some(at)
        })
        .min()
        .unwrap_or(end);
    let mut source = value[..end].to_string();
    let mut rest = &value[end..];
    // Joint publishers parted by spaces (`教务处 学生工作部`): each name after the first
    // ends as an organisation's does; a word that does not (`记者`) ends the source.
    while let Some(next) = rest.strip_prefix([' ', '\u{3000}']) {
        let next = next.trim_start_matches([' ', '\u{3000}']);
        let word_end = next
            .find(|c: char| c.is_whitespace() || matches!(c, '|' | '｜' | '（' | '('))
            .unwrap_or(next.len());
        let word = &next[..word_end];
        if word.is_empty()
            || !word.chars().all(crate::text::is_cjk)
            || !crate::title::ends_as_org(word)
        {
            break;
        }
        source.push(' ');
        source.push_str(word);
        rest = &next[word_end..];
    }
    if let Some(open) = rest.strip_prefix(['（', '(']) {
        if let Some(close) = open.find(['）', ')']) {
            let inner = &open[..close];
            let plain = !inner.is_empty()
                && find_date(inner).is_none()
                && !inner.contains([':', '：', ' ', '，', '、']);
            if plain {
                source.push_str(&rest[..rest.len() - open.len() + close]);
                let closer = open[close..].chars().next().map_or(1, char::len_utf8);
                source.push_str(&open[close..close + closer]);
            }
        }
    }
    (!source.is_empty()).then_some(source)
}

/// Strips one pair of enclosing parentheses: `（作者：…）` → `作者：…`.
fn unwrap_parens(text: &str) -> &str {
    let t = text
        .strip_prefix(['（', '('])
        .and_then(|t| t.strip_suffix(['）', ')']));
    // (Or in a table's bars, as a page's info bar is copied from its cells: `|| 2022-03-23
    // 编辑：某某 |`.)
    let bars = ['|', '｜', '丨'];
    let barred = text
        .strip_prefix(bars)
        .map(|t| trim(t.trim_start_matches(bars)))
        .map(|t| trim(t.trim_end_matches(bars)));
    t.map(trim).or(barred).unwrap_or(text)
}

/// The most characters of what an editor's role says before `编辑` (`初审编辑` `值班编辑`).
const EDITOR_ROLE_PREFIX_MAX: usize = 2;

/// Gives what follows an editor's role that words its stage or duty before `编辑`
/// (`初审编辑：` `网络编辑：` `值班編輯：`), as [`after_label`] does for the roles listed.
fn after_editor_role(text: &str) -> Option<&str> {
    let at = text.find("编辑").or_else(|| text.find("編輯"))?;
    let duty = &text[..at];
    if duty.is_empty() || chars(duty) > EDITOR_ROLE_PREFIX_MAX || !duty.chars().all(is_cjk) {
        return None;
    }
    after_label(&text[at..], &["编辑", "編輯"])
}

/// Returns the text after `label` and a separator (`:` `：` `|`) at the start of `text`.
fn after_label<'a>(text: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let rest = trim(text.strip_prefix(label)?);
        let rest = rest.strip_prefix([':', '：', '|', '｜', '丨', '/', '／'])?;
        Some(trim(rest))
    })
}

/// The site's name set alone before a line's first field, a space or a bar between
/// (`某某网　发布时间：……`, `某某网 | 时间：……`): the page's publisher, as a 来源 would
/// name it.
fn site_before(before: &str) -> Option<&str> {
    let site = trim(trim(before).trim_end_matches(['|', '｜', '丨']));
    // (A name: no field's value, `报名网站：某某网`, and no sentence.)
    (before.len() > site.len()
        && crate::title::is_site_name(site)
        && !site.contains(|c: char| is_terminator(c) || matches!(c, '：' | ':' | '，' | ',')))
    .then_some(site)
}

/// The fewest characters of a headline before a date's field on its line: a headline's
/// words, more than a site's or a column's short name.
const HEADLINE_BEFORE_FIELD_MIN: usize = 8;

/// Splits a headline and the date's field the page set after it on its line, a space
/// between (`某区法院环境资源典型案例 发布时间:2025-06-05 10:53:15`): the headline and the
/// field's value. `None` unless the words before the label read as a headline (long enough,
/// no field, no sentence, no site's name) and the value holds a date.
pub fn headline_with_date_field(text: &str) -> Option<(&str, &str)> {
    let pos = find_label(text, PUBLICATION_LABELS)?;
    let value = trim(&text[pos..]);
    let before = text[..pos].trim_end_matches([':', '：', ' ', '\u{3000}']);
    let label = PUBLICATION_LABELS.iter().find(|l| before.ends_with(*l))?;
    let spaced = &before[..before.len() - label.len()];
    let head = trim(spaced);
    // (One run of words: labels and names set side by side, `信息来源 某某办公室`, are
    // fields; an office's or a unit's name alone is the publisher's.)
    (head.len() < spaced.len()
        && chars(head) >= HEADLINE_BEFORE_FIELD_MIN
        && !head.contains(['：', ':', '|', '｜', '丨'])
        && !head.contains(char::is_whitespace)
        && !crate::title::is_org_name(head)
        && !crate::title::is_site_name(head)
        && site_before(spaced).is_none()
        && crate::title::looks_like_title(head)
        && find_date(value).is_some())
    .then_some((head, value))
}

/// The site's name before a date's label whose value starts at `pos` (`某某网　发布时间：
/// 2024-05-06 10:30`), where the value is a date and a time alone (`中国某某网 时间：2024年5月
/// 6日，会议召开` is a sentence).
fn site_before_label<'a>(text: &'a str, pos: usize, labels: &[&str]) -> Option<&'a str> {
    let label = trim(&text[..pos]).trim_end_matches([':', '：']);
    labels
        .iter()
        .find_map(|l| label.strip_suffix(l))
        .and_then(site_before)
        .filter(|_| date_and_time(trim(&text[pos..])))
}

/// Finds `label` followed by a separator in `text`, at the start or after a space, bar or
/// bracket (never glued to a word before it: `资金来源：` is another label), returning where
/// its value starts.
fn find_label(text: &str, labels: &[&str]) -> Option<usize> {
    // A credit line opening with its label and a bar (`来源丨某中心`, `来源 | 某中心`, as
    // posts set them).
    // (Spaced, the value is one cell: a table's header row, `来源 | 金额 | 占比`, or a
    // sentence after a bar is none.)
    let barred = labels.iter().find_map(|label| {
        let after = text.strip_prefix(label)?;
        let unspaced = after.trim_start_matches([' ', '\u{3000}']);
        let rest = unspaced.strip_prefix(['丨', '｜', '|'])?;
        let value = trim(rest);
        let spaced = unspaced.len() < after.len();
        let one_cell = || {
            !value.contains(|c: char| {
                matches!(c, '丨' | '｜' | '|' | '，' | ',') || crate::text::is_terminator(c)
            })
        };
        (!value.is_empty() && (!spaced || one_cell())).then(|| offset_in(text, value))
    });
    if barred.is_some() {
        return barred;
    }
    // A label in brackets, with or without a colon after them (`[发表时间]:2017-02-21`,
    // `【发布日期】2001-12-18`, as sites set their fields).
    let bracketed = text.match_indices(['[', '【', '［']).find_map(|(open, _)| {
        let (label, value) = crate::title::bracketed_field(&text[open..])?;
        labels.contains(&label).then(|| offset_in(text, value))
    });
    if bracketed.is_some() {
        return bracketed;
    }
    // A label ends at a colon: each colon is looked behind for one, in the list's order
    // (most lines have no colon and are settled in one scan).
    text.char_indices()
        .filter(|&(_, c)| matches!(c, ':' | '：'))
        .find_map(|(colon, c)| {
            let before = &text[..colon];
            labels.iter().find_map(|label| {
                let at = colon.checked_sub(label.len())?;
                // (A label quoted in a sentence, `凡本网注明“来源：某报”的作品`, names
                // no field of this line.)
                let free = before.ends_with(label)
                    && !text[..at].chars().next_back().is_some_and(|c| {
                        is_word_char(c) || matches!(c, '“' | '「' | '『' | '‘' | '"')
                    });
                free.then(|| {
                    let value = trim(&text[colon + c.len_utf8()..]);
                    offset_in(text, value)
                })
            })
        })
}

/// Where `part`, a slice of `text`, starts in it (a value trimmed at both ends ends before
/// the text does: its start is not the text's length less its own).
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unlisted_label_is_a_word_and_a_colon() {
        assert_eq!(unknown_label("分类:请示 来源:某网"), Some("分类"));
        assert_eq!(unknown_label("所属专题：党建"), Some("所属专题"));
        // One character, five, or not ideographs: no label.
        assert_eq!(unknown_label("类:请示"), None);
        assert_eq!(unknown_label("本文所属专题：党建"), None);
        assert_eq!(unknown_label("ID:12345"), None);
    }

    #[test]
    fn a_label_whose_value_is_trimmed_at_its_end_is_found_at_the_value() {
        let text = "一、来源：委\t\u{3000}。";
        let at = find_label(text, SOURCE_LABELS).expect("a source label");
        assert!(text.is_char_boundary(at));
        assert!(text[at..].starts_with('委'));
    }

    #[test]
    fn a_periodicals_imprint_is_furniture() {
        for line in [
            "某某日报社 出版 国内统一刊号:CN52-0013 代号65-1",
            "国内统一连续出版物号 CN11-0001",
            "ISSN 1002-498X",
            "刊号：ISSN:1671-0320 CN44-1234/D",
        ] {
            assert!(has_serial_number(line), "{line}");
            assert!(furniture(line).is_some(), "{line}");
        }
        // Spaced, with a full-width colon or hyphen, as Chinese mastheads set them.
        assert!(furniture("某某日报 国内统一刊号：CN 52-0013 ISSN：1002-4980").is_some());
        assert!(has_serial_number("CN52－0013"));
        // A sentence that names the number is text, its stop lost or not, and so are
        // numbers of other shapes.
        assert!(furniture("本刊国内统一刊号为CN52-0013，欢迎订阅。").is_none());
        assert!(furniture("本刊创刊于1985年，国内统一刊号CN11-1234/G4，双月刊").is_none());
        for line in [
            "CN5-0013",
            "CN52-013",
            "ISSN 1002-49",
            "CNY 1000-2000元",
            "ISSN",
        ] {
            assert!(!has_serial_number(line), "{line}");
        }
    }

    #[test]
    fn site_tool_markup_is_no_words() {
        for markup in [
            "::: tip 修订信息",
            ":::",
            "::::details 目录",
            "[[toc]]",
            "[TOC]",
            "@[toc]",
            "@tab 章节",
        ] {
            assert!(site_tool_markup(markup).is_some(), "{markup}");
        }
        for words in [
            "@张老师 请审阅。",
            "[目录]",
            "toc",
            "@table 表格",
            "三个冒号:::之后",
        ] {
            assert!(site_tool_markup(words).is_none(), "{words}");
        }
    }

    #[test]
    fn a_posts_byline_gives_its_author_and_date() {
        assert_eq!(
            posted_by("山月  发表于 2023-08-12 20:15  |  阅读 86"),
            Some("山月")
        );
        assert_eq!(posted_by("reader_07 发布于 2023-08-12"), Some("reader_07"));
        let (c, m) = class("山月  发表于 2023-08-12 20:15  |  阅读 86  |  评论 3");
        assert!(matches!(c, LineClass::Meta(_)));
        assert_eq!(m.author, ["山月"]);
        assert_eq!(m.date.as_deref(), Some("2023-08-12"));
        // A sentence that says when something was published stays text.
        assert_eq!(
            posted_by("这篇文章发表于2023年8月12日，引起了广泛讨论。"),
            None
        );
        assert_eq!(posted_by("论文发表于 2023-08-12"), None);
        assert_eq!(posted_by("2023-08-12 20:15 发表于江西"), None);
    }

    #[test]
    fn a_quoted_label_in_a_sentence_is_no_field() {
        let text = "凡本网注明“来源：某某日报”的作品，版权均属于某某日报社。";
        assert_eq!(find_label(text, SOURCE_LABELS), None);
        assert!(find_label("来源：某某日报", SOURCE_LABELS).is_some());
        assert!(find_label("2025-04-16 来源：某某日报", SOURCE_LABELS).is_some());
    }

    #[test]
    fn an_author_field_of_roles_and_names_gives_the_names() {
        let mut meta = Meta::default();
        byline("记者 王小川 通讯员 李一鸣", &mut meta);
        assert_eq!(meta.author, ["王小川", "李一鸣"]);
        assert_eq!(meta.affiliation, None);
    }

    #[test]
    fn a_widget_in_black_brackets_ends_a_name_but_a_country_before_it_does_not() {
        let (_, meta) = class("2019-03-14 18:04 来源：某某学刊 作者：王向阳 【 】 浏览：0次");
        assert_eq!(meta.author, ["王向阳"]);
        let (_, meta) = class("作者：【美】约翰·史密斯　译者：王丽");
        assert!(meta.author.is_empty() || meta.author.iter().any(|a| a.contains("史密斯")));
        assert!(meta
            .affiliation
            .as_deref()
            .is_none_or(|a| a.contains("史密斯")));
    }

    #[test]
    fn button_rows_are_two_short_bracketed_labels_and_nothing_else() {
        assert!(is_button_row("【打印】【关闭】"));
        assert!(is_button_row("[大] [中] [小]"));
        assert!(is_button_row("【字体：大 中 小】 【打印】"));
        assert!(!is_button_row("【案例】"));
        assert!(!is_button_row("【打印】本页内容"));
        assert!(!is_button_row("【从山村教师到全国人大代表的二十年】【一】"));
        assert!(!is_button_row("【打印"));
    }

    fn class(text: &str) -> (LineClass, Meta) {
        let mut meta = Meta::default();
        (classify(text, &mut meta), meta)
    }

    #[test]
    fn an_e_papers_page_label_is_furniture() {
        for yes in [
            "第01版：要闻",
            "第 5 版　理论",
            "第１２版",
            "01版:要 闻",
            "04版",
            "第一版:要闻",
            "第十二版：理论 评论",
        ] {
            assert!(is_paper_page_label(yes), "{yes}");
        }
        for no in [
            "第1版面设计要美观。",
            "第三版",
            "第三版：修订说明。",
            "第二版前言",
            "第2版修订说明和有关情况的报告",
            "2025版招生简章",
            "3版本对比",
        ] {
            assert!(!is_paper_page_label(no), "{no}");
        }
    }

    #[test]
    fn font_size_switches_are_furniture_a_sentence_about_fonts_is_not() {
        for yes in [
            "字体：小 中 大",
            "字号：【大】【中】【小】",
            "字体 大 中 小",
            "字号：默认 大 超大",
        ] {
            assert_eq!(furniture(yes), Some("font-size widget"), "{yes}");
        }
        for no in [
            "字体：宋体",
            "字号大小要统一。",
            "字体小而清晰，大中小标题分明。",
        ] {
            assert_ne!(furniture(no), Some("font-size widget"), "{no}");
        }
    }

    #[test]
    fn furniture_lines_are_named() {
        assert_eq!(
            furniture("央视新闻客户端点击或扫描下载"),
            Some("app download")
        );
        assert_eq!(furniture("扫一扫 手机阅读"), Some("share widget"));
        assert_eq!(furniture("860010-1102010100"), Some("no words"));
        assert_eq!(furniture("1 1 1"), Some("no words"));
        for button in ["进入老年版", "切换到长者模式", "返回首页"] {
            assert!(is_version_switch(button), "{button}");
        }
        for text in [
            "进入新发展阶段",
            "进入新版本后，界面更加简洁。",
            "返回",
            "进入智能制造模式",
        ] {
            assert!(!is_version_switch(text), "{text}");
        }
        assert_eq!(furniture("第3页 共12页"), Some("a page number"));
        assert_eq!(furniture("第 3 页"), Some("a page number"));
        assert_eq!(furniture("第3页"), Some("a page number"));
        assert_eq!(furniture("第3页说明"), None);
        assert_eq!(furniture("原标题:"), Some("empty original title"));
        assert_eq!(furniture("一、总体要求"), None);
        assert_eq!(furniture("“某某办”APP已覆盖全省。"), None);
        assert_eq!(furniture("点击下一篇阅读；"), None);
    }

    #[test]
    fn wechat_chrome_is_furniture() {
        for line in [
            "点击上方蓝字关注我们",
            "点击蓝字 关注我们",
            "预览时标签不可点",
            "微信扫一扫关注该公众号",
            "继续滑动看下一个",
            "向上滑动看下一个",
            "轻触阅读原文",
            "阅读原文",
            "分享 收藏 点赞 在看",
            "分享｜收藏｜在看",
            "在看",
        ] {
            assert!(furniture(line).is_some(), "{line}");
        }
        assert_eq!(
            furniture("点击上方蓝字关注我们"),
            Some("WeChat chrome (follow prompt)")
        );
        assert_eq!(
            furniture("分享 收藏 点赞 在看"),
            Some("a page's action row (share, favourite, print buttons)")
        );
        assert_eq!(
            furniture("0 收藏 打印 增大字体 减小字体"),
            Some("a page's action row (share, favourite, print buttons)")
        );
        // A tool's label run into its first button, bars between the tools.
        assert_eq!(
            furniture("字號:默認 超大 | 打印 |"),
            Some("a page's action row (share, favourite, print buttons)")
        );
        assert_eq!(furniture("字号：大家都来说"), None);
        // The same words in an ordinary sentence are text.
        for line in [
            "读者可点击上方蓝字关注我们，获取更多政策解读。",
            "向上滑动看下一个页面的做法，已被很多读者熟悉。",
            "在手机上预览时标签不可点，这是平台的设置。",
            "不少人习惯微信扫一扫关注该公众号，方便随时阅读。",
        ] {
            assert_eq!(furniture(line), None, "{line}");
        }
        assert_eq!(
            furniture("CNML格式】 【 】 【打 印】"),
            Some("page tools (a row of bracketed buttons)")
        );
        assert_eq!(furniture("说明】 【 】"), None);
        assert_eq!(
            furniture("今天是:2024年05月02日 星期四     欢迎光临某某区《某某》"),
            Some("a page's clock (today's date and a greeting)")
        );
        assert_eq!(furniture("今天是2024年5月4日，是青年节。"), None);
        assert_eq!(furniture("今天是我们入党的日子"), None);
        assert_eq!(
            furniture("字號: 默認 超大 | 打印 |"),
            Some("a page's action row (share, favourite, print buttons)")
        );
        // One button word alone, or buttons among other words, is no action row.
        assert_eq!(furniture("分享"), None);
        assert_eq!(furniture("大"), None);
        assert_eq!(furniture("字号：统一使用三号仿宋"), None);
        assert_eq!(furniture("收藏 一份温暖"), None);
        assert_eq!(furniture("为奋斗者点赞"), None);
    }

    #[test]
    fn a_wechat_header_gives_author_and_date() {
        let (c, m) = class("原创 林晓雨 某某观察 2024-05-06 08:00 北京");
        assert!(matches!(c, LineClass::Meta(ref w) if w.starts_with("meta: WeChat header")));
        assert_eq!(m.author, vec!["林晓雨"]);
        assert_eq!(m.date.as_deref(), Some("2024-05-06"));
        assert_eq!(m.time.as_deref(), Some("08:00"));
        assert_eq!(
            wechat_header("原创 林晓雨 某某观察 2024-05-06 08:00 北京").map(|h| h.account),
            Some("某某观察".into())
        );
        // One word before the date: the account, no author.
        let own = wechat_header("原创 城南教育 城南教育 2024-05-20 17:30 发表于江苏").unwrap();
        assert_eq!((own.author, own.account.as_str()), (None, "城南教育"));
        let h = wechat_header("原创 某某观察 2024年5月6日 08:00").unwrap();
        assert_eq!((h.author, h.account.as_str()), (None, "某某观察"));
        // A sentence about originality, or no date: text.
        assert_eq!(wechat_header("原创作品 2024年5月6日发布"), None);
        assert_eq!(wechat_header("原创 不易，感谢 2024-05-06 支持"), None);
        assert_eq!(wechat_header("原创 不易 请多支持 谢谢"), None);
        assert_eq!(wechat_header("原创 某某观察"), None);
        // The date on the next line: an author and an account.
        let h = wechat_header("原创 林晓雨 某某观察").unwrap();
        assert_eq!(
            (h.author.as_deref(), h.account.as_str()),
            (Some("林晓雨"), "某某观察")
        );
        assert_eq!(class("原创是文艺作品的生命。").0, LineClass::Text);
    }

    #[test]
    fn a_speaker_label_gives_the_author() {
        let (c, m) = class("主讲人：某某大学党委书记 冯志远");
        assert_eq!(
            c,
            LineClass::Meta("meta: speaker (主讲人, 报告人: the name after the office)".into())
        );
        assert_eq!(m.author, vec!["冯志远"]);
        assert_eq!(m.affiliation.as_deref(), Some("某某大学党委书记"));
        assert_eq!(class("报告人：林 岚").1.author, vec!["林岚"]);
        assert_eq!(class("主讲：某某学院院长 何一舟").1.author, vec!["何一舟"]);
        // A topic after the label is no byline.
        assert_eq!(class("主讲：新时代青年的使命与担当").0, LineClass::Text);
    }

    #[test]
    fn source_line_gives_source_and_date() {
        let (c, m) = class("新闻频道 来源:求是网 2017年07月27日 09:30 A-A+ 二维码");
        assert_eq!(c, LineClass::Meta("meta: source, date".into()));
        assert_eq!(m.source.as_deref(), Some("求是网"));
        assert_eq!(m.date.as_deref(), Some("2017-07-27"));
        assert_eq!(m.time.as_deref(), Some("09:30"));
    }

    #[test]
    fn a_qualified_source_label_gives_the_source() {
        let (_, m) = class("发布时间：2025-05-12 09:30 信息来源：某县政府采购中心 浏览次数：417");
        assert_eq!(m.source.as_deref(), Some("某县政府采购中心"));
        assert_eq!(m.date.as_deref(), Some("2025-05-12"));
        let (_, m) = class("文章来源：某某日报");
        assert_eq!(m.source.as_deref(), Some("某某日报"));
        // Another word before `来源` makes a field of the text.
        let (c, m) = class("资金来源：县财政专项资金");
        assert_eq!((c, m.source), (LineClass::Text, None));
    }

    #[test]
    fn a_compiler_is_the_author_where_no_field_names_one() {
        let (_, m) = class("整理：陈某某 ｜ 适用：2026届考研 ｜ 日期：2025-09-12");
        assert_eq!(m.author, vec!["陈某某"]);
        assert_eq!(m.date.as_deref(), Some("2025-09-12"));
        let (_, m) = class("主讲：孙某某　　整理：教研组助教　　更新于：2025-03-01");
        assert_eq!(m.author, vec!["孙某某"]);
    }

    #[test]
    fn a_post_header_without_its_mark_is_read_by_its_time_and_place() {
        let (c, m) = class("某某机关党建　2024-06-14 09:12　发表于江西");
        assert!(matches!(c, LineClass::Meta(_)), "{c:?}");
        assert_eq!(m.date.as_deref(), Some("2024-06-14"));
        assert!(m.author.is_empty());
        // A sentence with a date and a place is no header.
        let (c, _) = class("我们于2024-06-14 09:12到达江西");
        assert_eq!(c, LineClass::Text);
    }

    #[test]
    fn byline_gives_author_and_affiliation() {
        let (_, m) = class("(作者:中共筠连县委组织部 李刚)");
        assert_eq!(m.author, vec!["李刚"]);
        assert_eq!(m.affiliation.as_deref(), Some("中共筠连县委组织部"));
    }

    #[test]
    fn byline_with_the_unit_in_brackets_after_the_name() {
        let (_, m) = class("作者：林一帆（某某大学公共管理学院副教授）");
        assert_eq!(m.author, vec!["林一帆"]);
        assert_eq!(m.affiliation.as_deref(), Some("某某大学公共管理学院副教授"));
    }

    #[test]
    fn dates_of_the_republic_of_china_era_under_a_label() {
        assert_eq!(
            roc_date("發布日期：114-03-18").as_deref(),
            Some("2025-03-18")
        );
        assert_eq!(
            roc_date("發布日期：113/5/21").as_deref(),
            Some("2024-05-21")
        );
        assert_eq!(
            roc_date("發布日期：114年3月18日").as_deref(),
            Some("2025-03-18")
        );
        assert_eq!(roc_date("發布日期：第3次會議"), None);
        let (_, m) = class("来源：《某某学刊》2024年第6期");
        assert_eq!(m.source.as_deref(), Some("某某学刊"));
        // The era named, the parts spaced (a law database's `公發布日`).
        let (_, m) = class("公發布日：民國 112 年 09 月 05 日");
        assert_eq!(m.date.as_deref(), Some("2023-09-05"));
        let (_, m) = class("發布日期：114-03-18");
        assert_eq!(m.date.as_deref(), Some("2025-03-18"));
        let (_, m) = class("發布單位：行政院新聞傳播處");
        assert_eq!(m.source.as_deref(), Some("行政院新聞傳播處"));
    }

    #[test]
    fn a_papers_authors_with_affiliation_numbers() {
        assert_eq!(
            marked_authors("陈某远1,2　刘晓梅1"),
            Some(vec!["陈某远".into(), "刘晓梅".into()])
        );
        assert_eq!(
            marked_authors("王立新1，陈思远2，赵　敏1"),
            Some(vec!["王立新".into(), "陈思远".into(), "赵敏".into()])
        );
        assert_eq!(marked_authors("陈思远　刘晓梅"), None);
        assert_eq!(marked_authors("增长3，回落2"), None);
        assert_eq!(marked_authors("全年完成投资120亿元"), None);
    }

    #[test]
    fn a_short_unit_in_a_byline_is_no_author() {
        let (_, m) = class("作者：招生办");
        assert!(m.author.is_empty());
        assert_eq!(m.affiliation.as_deref(), Some("招生办"));
        let (_, m) = class("作者：林然");
        assert_eq!(m.author, vec!["林然"]);
    }

    #[test]
    fn reporters_and_interns_are_the_authors() {
        let (_, m) = class("本报记者 周雨晴 实习生 郑可");
        assert_eq!(m.author, vec!["周雨晴", "郑可"]);
    }

    #[test]
    fn editors_line_gives_every_editor() {
        let (_, m) = class("编辑:黄佐春 责任编辑:王敬东");
        assert_eq!(m.editors, vec!["黄佐春", "王敬东"]);
        // A role that words its stage before `编辑`.
        let (_, m) = class("初审编辑:赵小川");
        assert_eq!(m.editors, vec!["赵小川"]);
        assert_eq!(class("我们的编辑：认真负责，一丝不苟。").0, LineClass::Text);
        assert_eq!(class("我的编辑：工作就是给别人做嫁衣。").0, LineClass::Text);
        assert_eq!(
            class("网络编辑：这个岗位如今越来越重要。").0,
            LineClass::Text
        );
    }

    #[test]
    fn reporters_credit_verb_is_no_name() {
        let names = |t: &str| reporter_names(t).map(|n| n.join(" "));
        assert_eq!(
            names("大众网记者 赵晓燕 烟台报道").as_deref(),
            Some("赵晓燕")
        );
        assert_eq!(names("记者 李华 张伟报道").as_deref(), Some("李华 张伟"));
        assert_eq!(names("记者 王小明 整理").as_deref(), Some("王小明"));
        assert_eq!(names("記者 陳大文 整理").as_deref(), Some("陳大文"));
        assert_eq!(names("记者 李华 张伟 报道").as_deref(), Some("李华 张伟"));
        assert_eq!(names("本报记者 赵刚").as_deref(), Some("赵刚"));
    }

    #[test]
    fn reporters_byline_gives_every_name() {
        let (_, m) = class("本报记者 石文远 见习记者 龙 悦");
        assert_eq!(m.author, vec!["石文远", "龙悦"]);
        let (_, m) = class("本报通讯员   易思远");
        assert_eq!(m.author, vec!["易思远"]);
        assert_eq!(class("记者从日前召开的会议上获悉。").0, LineClass::Text);
    }

    #[test]
    fn an_e_papers_issue_line_gives_the_paper_and_the_day() {
        let (c, m) = class("当前位置：某江日报 第2023-05-06期 第A2版：要闻");
        assert!(matches!(c, LineClass::Meta(_)));
        assert_eq!(m.source.as_deref(), Some("某江日报"));
        assert_eq!(m.date.as_deref(), Some("2023-05-06"));
        let (_, m) = class("某山晚报 2022年03月04日 第05版");
        assert_eq!(m.source.as_deref(), Some("某山晚报"));
        for text in [
            "某江日报 2022年3月4日第2版刊发了评论文章。",
            "当前位置：首页",
            "某江日报 第A2版",
            "群众来信选报 2022年3月4日",
        ] {
            assert!(paper_issue(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_role_glued_to_a_name_alone_is_a_byline() {
        let (_, m) = class("通讯员王锦程");
        assert_eq!(m.author, vec!["王锦程"]);
        let (_, m) = class("■本报记者李晓燕");
        assert_eq!(m.author, vec!["李晓燕"]);
        for text in ["记者从会上获悉", "记者证办理", "通讯员队伍建设", "记者节"]
        {
            assert_eq!(class(text).0, LineClass::Text, "{text}");
        }
    }

    #[test]
    fn a_dash_subtitle_names_the_speaker() {
        assert_eq!(
            dash_speaker("——周立言在市场部全体会议上的讲话").as_deref(),
            Some("周立言")
        );
        assert_eq!(
            dash_speaker("——周立言同志在干部大会上讲解《十大工作要点》").as_deref(),
            Some("周立言")
        );
        assert_eq!(dash_speaker("——在市场部全体会议上的讲话"), None);
        assert_eq!(dash_speaker("——某某日报在创刊十周年之际的回顾"), None);
        assert_eq!(dash_speaker("周立言在市场部全体会议上的讲话"), None);
        assert_eq!(dash_speaker("——周立言在村口种下一棵树"), None);
        assert_eq!(dash_speaker("- 周立言在开幕式上致辞"), None);
        assert_eq!(dash_speaker("——周立言在基层信访岗位上的二十年"), None);
    }

    #[test]
    fn a_speechs_headline_names_its_speaker() {
        for (title, name) in [
            ("周立言在市场部全体会议上的讲话", Some("周立言")),
            ("周立言同志在干部大会上的总结讲话", Some("周立言")),
            ("志存高远──周立言校长在毕业典礼上的讲话", Some("周立言")),
            ("周立言副市长在全市招商大会上的致辞", Some("周立言")),
            ("县委书记在全县经济工作会议上的讲话", None),
            ("在全县经济工作会议上的讲话", None),
            ("周立言在基层信访岗位上的二十年", None),
            ("周立言在会上讲话", None),
            ("青山村在全镇表彰大会上的发言", None),
            ("关于在全县开展整治情况的报告", None),
            ("应邀在全市座谈会上的发言", None),
            ("温州在全省数字经济大会上的发言", None),
            ("常务副县长在全县春耕会议上的讲话", None),
            ("王林书记在全县春耕会议上的讲话", None),
            ("景区主任在全县旅游工作会议上的讲话", None),
            ("周立言书记在全县春耕会议上的讲话", Some("周立言")),
            ("周立言在开学典礼上的演讲", Some("周立言")),
            ("国家主席周立言发表二〇二六年新年贺词", Some("周立言")),
            ("周立言校长在开学典礼上发表讲话", None),
            ("青川日报发表新年献词", None),
            ("周立言发表获奖感言", None),
            ("周立言在开幕式上的开幕词", Some("周立言")),
        ] {
            assert_eq!(headline_speaker(title).as_deref(), name, "{title}");
        }
    }

    #[test]
    fn a_headnote_names_the_author_by_what_it_says_of_the_work() {
        for (note, name) in [
            ("这是周立言在某某会议上所作的结论的一部分。", "周立言"),
            ("这是周立言为某地委起草的指示。", "周立言"),
            ("这是周立言同志会见外宾时的谈话要点。", "周立言"),
            (
                "周立言的这篇文章是为了反对当时的教条主义而写的。那时……",
                "周立言",
            ),
            ("周立言此文是为反对两种倾向而写的。", "周立言"),
        ] {
            assert_eq!(headnote_author(note).as_deref(), Some(name), "{note}");
        }
        for text in [
            "这是王明在村里种下的第一棵树。",
            "这是王明在会上提出的问题，我们要认真研究。",
            "王明的这篇文章写得很好。",
            "这是各地在实践中总结的经验。",
            "这是本报记者在现场看到的情形。",
            "父亲的这篇日记写于1950年。那年他刚参军。",
            "这是爷爷写给我的信。",
            "李华写的这篇文章发表于去年。",
        ] {
            assert_eq!(headnote_author(text), None, "{text}");
        }
    }

    #[test]
    fn editorial_note_names_the_author() {
        assert_eq!(
            class("* 这是周立言为某委员会所写的决定。").1.author,
            vec!["周立言"]
        );
        assert_eq!(
            class("* 周立言的这篇文章是为了批评空谈作风而写的。")
                .1
                .author,
            vec!["周立言"]
        );
        assert_eq!(class("* 要点一").0, LineClass::Text);
    }

    #[test]
    fn every_furniture_phrase_starts_with_a_listed_character() {
        for (phrase, _) in FURNITURE {
            let first = phrase.chars().next().unwrap();
            assert!(FURNITURE_FIRST.contains(first), "{phrase}");
        }
    }

    #[test]
    fn a_field_before_a_bar_opens_an_info_line() {
        assert!(field_before_bar("适用年级：高二年级　｜"));
        assert!(!field_before_bar("本学期我们用八周时间完成阅读。｜"));
        assert!(!field_before_bar("适用年级：高二年级"));
    }

    #[test]
    fn a_name_and_a_date_parted_by_a_bar() {
        assert_eq!(
            named_and_dated("林晓舟 ｜ 2025年3月2日"),
            Some(("林晓舟".into(), "2025年3月2日"))
        );
        assert_eq!(
            named_and_dated("2025-03-02 | 林晓舟"),
            Some(("林晓舟".into(), "2025-03-02"))
        );
        assert_eq!(named_and_dated("春节前 ｜ 2025年3月2日"), None);
        assert_eq!(named_and_dated("林晓舟 ｜ 南关老街"), None);
        assert_eq!(named_and_dated("林晓舟 ｜ 2025年3月2日 ｜ 阅读 35"), None);
    }

    #[test]
    fn names_with_and_without_layout_spaces() {
        assert_eq!(class("本报记者 李四 王五").1.author, vec!["李四", "王五"]);
        assert_eq!(class("文/张三").1.author, vec!["张三"]);
        // An issuing office, layout space, and the date it issued the paper on.
        let (c, m) = class("某市人民政府办公室　　　　2025年4月18日印发");
        assert!(matches!(c, LineClass::Meta(_)));
        assert_eq!(m.date.as_deref(), Some("2025-04-18"));
        // A post's credits, label and bar (`来源丨某中心`, `文字丨某某`).
        assert_eq!(
            class("来源丨某区融媒体中心").1.source.as_deref(),
            Some("某区融媒体中心")
        );
        assert_eq!(class("文字丨李某某").1.author, vec!["李某某"]);
        // A forum post's time line under its text.
        let (c, m) = class("发布于 2024-10-09 22:14・IP 属地浙江");
        assert!(matches!(c, LineClass::Meta(_)));
        assert_eq!(m.date.as_deref(), Some("2024-10-09"));
        let (c, _) = class("发布于2024年，这份报告引起了广泛关注。");
        assert!(matches!(c, LineClass::Text));
        // The one who reports on their duties is the author (`述职人：某某`).
        assert_eq!(class("述职人：王某某").1.author, vec!["王某某"]);
        // A reporter's role with a label's colon (`记者：某　某某`).
        assert_eq!(class("记者：林某　方某某").1.author, vec!["林某", "方某某"]);
        assert_eq!(
            class("记者：林某 通讯员：方某某").1.author,
            vec!["林某", "方某某"]
        );
        // A full-width bar is the same separator (`文｜周某　何某`).
        assert_eq!(class("文｜周某　何某").1.author, vec!["周某", "何某"]);
        assert_eq!(class("作者：赵六 钱七").1.author, vec!["赵六", "钱七"]);
    }

    #[test]
    fn stamp_values() {
        assert_eq!(stamp_value("更新时间：2023-02-03"), Some("2023-02-03"));
        assert_eq!(
            stamp_value("点击次数:484 更新时间:2023-02-03 09:00"),
            Some("2023-02-03 09:00")
        );
        assert_eq!(stamp_value("系统发布时间 | 2021-12-03"), Some("2021-12-03"));
        // Five words before `时间` are a phrase; a word glued to a number opens no label;
        // a date must follow the label at once.
        assert_eq!(stamp_value("全市集中宣传时间：2024-06-01"), None);
        assert_eq!(stamp_value("第3期更新时间：2024-06-01"), None);
        assert_eq!(stamp_value("更新时间：约在2024-06-01"), None);
        assert_eq!(stamp_value("今天的时间过得很快"), None);
        // An event's day, worded or spanning days, is no page's stamp.
        assert_eq!(stamp_value("活动时间：2024年6月1日至30日"), None);
        assert_eq!(stamp_value("报名截止日期：2024年5月10日"), None);
        assert_eq!(stamp_value("申报时间：2024-07-01至2024-07-15"), None);
        assert_eq!(stamp_value("申报时间：2024-07-01—07-15"), None);
    }

    #[test]
    fn labelled_authors_and_credits() {
        assert_eq!(class("博客 | 林曉晴").1.author, vec!["林曉晴"]);
        assert_eq!(class("供稿 | 罗 萱").1.author, vec!["罗萱"]);
        assert_eq!(
            class("制图：孔令仪").0,
            LineClass::Meta("meta: credit".into())
        );
    }

    #[test]
    fn document_number_is_meta() {
        let (c, m) = class("某社部发[2009]7号");
        assert_eq!(c, LineClass::Meta("meta: document number".into()));
        assert_eq!(m.doc_number.as_deref(), Some("某社部发[2009]7号"));
        assert_eq!(
            class("国办发〔2024〕12号").0,
            LineClass::Meta("meta: document number".into())
        );
        for number in ["府發〔2017〕92號", "府發(fā)〔2017〕92號"] {
            assert_eq!(
                class(number).0,
                LineClass::Meta("meta: document number".into()),
                "{number}"
            );
        }
        // A minutes' number, the year alone in its brackets.
        assert_eq!(
            class("〔2024〕5号").0,
            LineClass::Meta("meta: document number".into())
        );
        // A sentence that names a year in brackets and ends in 号 is no number.
        assert_ne!(
            class("（2017）年度的安排见第3号").0,
            LineClass::Meta("meta: document number".into())
        );
        assert_ne!(
            class("(2017)年度的安排见第3号").0,
            LineClass::Meta("meta: document number".into())
        );
    }

    #[test]
    fn a_unit_then_its_writers() {
        let (_, m) = class("某镇党委、镇政府联合调研组　执笔：张三　李四");
        assert_eq!(m.author, vec!["张三", "李四"]);
        assert_eq!(m.affiliation.as_deref(), Some("某镇党委、镇政府联合调研组"));
        // A sentence naming a writer is text.
        let (c, m) = class("本报告由调研组撰写，执笔：张三。");
        assert!(m.author.is_empty(), "{c:?}");
    }

    #[test]
    fn an_info_line_after_a_date_and_time_gives_its_author() {
        let (_, m) = class("2026-03-16 09:30:00　　来源：某某网　　作者：张三");
        assert_eq!(m.author, vec!["张三"]);
        assert_eq!(m.source.as_deref(), Some("某某网"));
        assert_eq!(m.date.as_deref(), Some("2026-03-16"));
    }

    #[test]
    fn page_line_with_the_writer_after_the_page() {
        let (_, m) = class("《某某日报海外版》(2019年03月05日第06版 孙某某)");
        assert_eq!(m.author, vec!["孙某某"]);
        assert_eq!(m.source.as_deref(), Some("某某日报海外版"));
        assert_eq!(m.date.as_deref(), Some("2019-03-05"));
        // A page's label after the page is no one's name.
        for column in ["要闻", "文化", "金台", "时评"] {
            let (_, m) = class(&format!("《某某日报》（2019年03月05日第06版 {column}）"));
            assert!(m.author.is_empty(), "{column}");
        }
    }

    #[test]
    fn paper_after_names_needs_an_outlet_or_its_page() {
        assert_eq!(
            paper_after_names("王某 李某 《某某日报》（ 2022年10月31日 10版）"),
            Some(("王某 李某", "某某日报", "（ 2022年10月31日 10版）"))
        );
        assert_eq!(
            paper_after_names("张三，《求是》2022年第5期 2022年3月1日").map(|p| p.0),
            Some("张三")
        );
        // A book's title with a date after it is no paper.
        assert_eq!(paper_after_names("王某 《红楼梦》 2022年10月31日"), None);
        assert_eq!(paper_after_names("曹某《红楼梦》读后"), None);
    }

    #[test]
    fn page_line_with_authors() {
        let (_, m) = class("韦  宁  贺  川《某某日报》（2024年05月06日第 07 版）");
        assert_eq!(m.author, vec!["韦宁", "贺川"]);
        assert_eq!(m.source.as_deref(), Some("某某日报"));
        assert_eq!(m.date.as_deref(), Some("2024-05-06"));
    }

    #[test]
    fn spaced_editor_names_are_joined() {
        assert_eq!(class("编辑 | 罗 萱").1.editors, vec!["罗萱"]);
        assert_eq!(class("(责任编辑：梁斌 SF055)").1.editors, vec!["梁斌"]);
    }

    #[test]
    fn page_line_gives_paper_and_date() {
        let (_, m) = class("《某某日报》（2024年03月18日第 02 版）");
        assert_eq!(m.source.as_deref(), Some("某某日报"));
        assert_eq!(m.date.as_deref(), Some("2024-03-18"));
    }

    #[test]
    fn a_role_alone_is_a_byline() {
        assert_eq!(
            class("本报评论员").0,
            LineClass::Meta("meta: byline (a role without a name)".into())
        );
        assert_eq!(class("记者是时代的记录者").0, LineClass::Text);
    }

    #[test]
    fn an_info_line_is_read_field_by_field() {
        let (c, m) = class("来源：某晚报 作者：周文涛 2023-11-08");
        assert_eq!(m.author, vec!["周文涛"]);
        assert_eq!(m.source.as_deref(), Some("某晚报"));
        assert_eq!(m.date.as_deref(), Some("2023-11-08"));
        assert_eq!(
            c,
            LineClass::Meta("meta: info line (source, author, date)".into())
        );
        let (_, m) = class("作者：林子航　来源：某某在线");
        assert_eq!(m.author, vec!["林子航"]);
        assert_eq!(m.source.as_deref(), Some("某某在线"));
        assert_eq!(m.affiliation, None);
        let (_, m) = class(
            "发布时间：2022年6月1日  来源：某区融媒体中心 | 作者：某区教育局 吴明 | 浏览次数：32",
        );
        assert_eq!(m.author, vec!["吴明"]);
        assert_eq!(m.affiliation.as_deref(), Some("某区教育局"));
        assert_eq!(m.source.as_deref(), Some("某区融媒体中心"));
        assert_eq!(m.date.as_deref(), Some("2022-06-01"));
        let (_, m) = class("2021年09月30日 18:05 来源:某某网 作者:邝一鸣");
        assert_eq!(m.author, vec!["邝一鸣"]);
        assert_eq!(m.date.as_deref(), Some("2021-09-30"));
        assert_eq!(m.time.as_deref(), Some("18:05"));
        let (_, m) = class("(编辑：宋一凡 作者：唐小禾)");
        assert_eq!(m.author, vec!["唐小禾"]);
        assert_eq!(m.editors, vec!["宋一凡"]);
    }

    #[test]
    fn labels_inside_a_sentence_are_no_info_line() {
        // Glued to a word, or in a sentence: text.
        assert!(info_fields("资金来源：财政拨款 作者：不详").is_none());
        assert!(info_fields("他在会上强调，要核实来源：作者：等信息。").is_none());
        assert!(info_fields("作者：王小明").is_none());
        // One labelled name and a date after a bar: a byline.
        assert!(info_fields("整理：王小明 ｜ 更新于 2024-10-08").is_some());
        assert!(info_fields("整理：王小明 2024-10-08").is_none());
        // A long run of words before the labels is a sentence.
        assert!(info_fields("请各位读者在转载时注明 来源：某网 作者：某人").is_none());
        assert!(class("本文作者：某人，请读者注意甄别真伪。")
            .1
            .author
            .is_empty());
    }

    #[test]
    fn bracketed_fields_after_a_dated_field() {
        // Fields in brackets end at their brackets; a dated field before them is the line's.
        let (c, meta) = class("编辑日期:2023-04-05 【来源:某某日报】 【作者:张明】   阅读次数: 次");
        assert!(matches!(c, LineClass::Meta(_)));
        assert_eq!(meta.source.as_deref(), Some("某某日报"));
        assert_eq!(meta.author, ["张明"]);
        assert_eq!(meta.date.as_deref(), Some("2023-04-05"));
        // A sentence about a date, then a bracketed note, is no info line.
        assert!(
            info_fields("会议决定:2023年4月5日起施行 【来源:某某日报】 【作者:张明】").is_none()
        );
    }

    #[test]
    fn ordinary_text_is_text() {
        assert_eq!(class("坚持以人民为中心的发展思想。").0, LineClass::Text);
    }
}
