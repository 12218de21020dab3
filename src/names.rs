//! Personal names: what a byline, a speaker prefix or a self-introduction names, after the
//! roles and agencies in front of it and the layout spaces inside it are taken off.
//!
//! One test, [`is_personal_name`], is used wherever a name is read, so that a byline, a
//! dateline's reporters and a speaker are held to the same shape.

use crate::text::{chars, is_cjk, trim};

/// The fewest characters of a Chinese personal name: a surname and a given name.
pub const NAME_MIN: usize = 2;

/// The most characters of a personal name: a compound surname with a two-character given
/// name (`欧阳修文`), or a four-character transcribed name. Longer runs are units or titles.
pub const NAME_MAX: usize = 4;

/// The most characters of a name that is read without a label in front of it (a speaker
/// prefix, a self-introduction): a surname and one or two characters. Four-character runs
/// there are words far more often than names, so they are taken only with a compound surname.
const BARE_NAME_MAX: usize = 3;

/// Roles and agencies written in front of a name in a byline, longest first so that
/// `本报记者` is taken whole before `记者`. A name follows them (`新华社记者  姜  琳`).
const ROLE_ENDINGS: &[&str] = &[
    "特约评论员",
    "特约撰稿人",
    "特约记者",
    "见习记者",
    "見習記者",
    "本报记者",
    "本報記者",
    "评论员",
    "評論員",
    "通讯员",
    "通訊員",
    "撰稿人",
    "总书记",
    "總書記",
    "记者",
    "記者",
    "总理",
    "總理",
    "主席",
    "书记",
    "書記",
    "部长",
    "部長",
    "省长",
    "省長",
    "市长",
    "市長",
    "县长",
    "縣長",
    "区长",
    "區長",
    "局长",
    "局長",
    "厅长",
    "廳長",
    "常委",
    "实习生",
    "實習生",
    "校长",
    "校長",
    "院长",
    "院長",
    "检察长",
    "檢察長",
    "主任",
    "教授",
    "研究员",
    "研究員",
    // The team a report is credited to (`某某局调研组`): a byline that names no one.
    "调研组",
    "調研組",
    "课题组",
    "課題組",
    "写作组",
    "寫作組",
];

/// Tells whether words end in a post or a role (`某某委员会主任`, `检察长`): an office that a
/// name may follow.
pub fn names_a_post(text: &str) -> bool {
    ROLE_ENDINGS.iter().any(|r| text.ends_with(r))
}

/// Words that end a role or a group, never a name: `学生代表`, `全体教师`, `一名新生`.
const NOT_NAME_ENDINGS: &[&str] = &[
    "代表", "同学", "同志", "老师", "教师", "学生", "新生", "干部", "党员", "朋友", "大家", "家长",
    "记者", "委员", "成员", "人员", "群众", "团队", "单位", "部门", "学院", "大学", "中心",
];

/// Common single-character surnames (simplified and traditional forms): a name read without
/// a label must start with one of them, the evidence that a short run is a person.
const SURNAMES: &str = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺习習";

/// Compound surnames, the one case where a bare four-character run is taken as a name.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "公孙",
    "公孫", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙", "長孫", "宇文", "轩辕",
];

/// Joins the layout spaces a page puts inside a name (`姜  琳` → `姜琳`, `杨 洁` → `杨洁`).
pub fn join_spaces(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect()
}

/// Tells whether `text` is one personal name: 2–4 CJK characters once layout spaces are
/// joined, and not a role or a group (`学生代表`, `本报记者`); or a transliterated name, its
/// parts parted by a middle dot (`阿依古丽·买买提`).
pub fn is_personal_name(text: &str) -> bool {
    let name = join_spaces(text);
    // A name transliterated or of a minority people, its parts parted by a middle dot
    // (`阿依古丽·买买提`, `马克·吐温`): each part ideographs, none a role.
    if name.contains(NAME_DOTS) {
        let parts: Vec<&str> = name.split(NAME_DOTS).collect();
        return (2..=NAME_PARTS_MAX).contains(&parts.len())
            && parts.iter().all(|p| {
                (1..=NAME_PART_MAX).contains(&chars(p))
                    && p.chars().all(is_cjk)
                    && !p.ends_with(NOT_NAME_PART_ENDINGS)
            })
            && !ROLE_ENDINGS.iter().any(|r| name.ends_with(r))
            && !crate::title::ends_as_org(&name);
    }
    (NAME_MIN..=NAME_MAX).contains(&chars(&name))
        && name.chars().all(is_cjk)
        && !NOT_NAME_ENDINGS.iter().any(|e| name.ends_with(e))
        && !ROLE_ENDINGS.iter().any(|r| name.ends_with(r))
        // `招生办`, `宣传部`: a unit, not a person.
        && !crate::title::ends_as_org(&name)
        // `章程`, `方案`: a kind of paper, not a person.
        && !crate::title::is_kind_word(&name)
}

/// The middle dots that part a transliterated name (`·` `・` `•`).
const NAME_DOTS: [char; 3] = ['·', '・', '•'];
/// Words that end a site's, a paper's or a place's name, never a part of a person's
/// (`人民网·北京`, `某某日报·客户端` are no names).
const NOT_NAME_PART_ENDINGS: &[char] = &[
    '网', '報', '报', '社', '台', '站', '刊', '端', '号', '省', '市', '县', '区', '局', '部', '院',
    '校',
];
/// A transliterated name has at most this many parts (`阿卜杜勒·热合曼·买买提`).
const NAME_PARTS_MAX: usize = 3;
/// A part of a transliterated name has at most this many characters (`阿依古丽`, `穆罕默德`).
const NAME_PART_MAX: usize = 6;

/// Tells whether `text` reads as a name even without a label saying so: a personal name
/// that starts with a common surname, of at most three characters (four with a compound
/// surname). Used for speaker prefixes (`某某：在……上的讲话`) and self-introductions.
pub fn is_bare_name(text: &str) -> bool {
    let name = join_spaces(text);
    if !is_personal_name(&name) {
        return false;
    }
    if COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) {
        return true;
    }
    chars(&name) <= BARE_NAME_MAX && name.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// Posts written after a name rather than before it, besides the roles of a byline
/// (`某某同志`, `某某先生`): a speech's headline may say `某某校长在……`.
const POSTS_AFTER: &[&str] = &["同志", "先生", "女士", "总裁", "總裁", "董事长", "董事長"];

/// Reads a name read without a label (see [`is_bare_name`]) of three characters or more,
/// maybe with a post after it (`某某某同志`, `某某某书记`, `某某某副市长`): the name, its
/// spaces joined; `None` for a post alone (`县委书记`, `常务副县长`) or any other words. (A
/// run of two characters before `在` is as often a word as a name: `关于`, `温州`, `景区`.)
pub fn name_with_post(text: &str) -> Option<String> {
    let text = trim(text);
    let named = |t: &str| is_bare_name(t) && chars(&join_spaces(t)) >= HEADLINE_NAME_MIN;
    if named(text) {
        return Some(join_spaces(text));
    }
    // (With a post after it too: two characters before a post are as often a place or a
    // body as a name, `景区主任`, `文联主席`.)
    let name = ROLE_ENDINGS
        .iter()
        .chain(POSTS_AFTER)
        .filter_map(|r| text.strip_suffix(r))
        .map(|t| trim(t.strip_suffix('副').unwrap_or(t)))
        .find(|t| named(t))?;
    Some(join_spaces(name))
}

/// The fewest characters of a name read before `在` with no label (`某某某在……上的讲话`).
const HEADLINE_NAME_MIN: usize = 3;

/// Tells whether `text` is a surname alone, a compound one too (`王`, `欧阳`).
pub fn is_surname_alone(text: &str) -> bool {
    let mut cs = text.chars();
    COMPOUND_SURNAMES.contains(&text)
        || cs.next().is_some_and(|c| SURNAMES.contains(c)) && cs.next().is_none()
}

/// The most names of a list of writers without a label (`某某 某某：……`); more are a list
/// of people, no byline.
const BARE_NAMES_MAX: usize = 3;

/// Reads two or three names without a label, parted by spaces or `、` (`陈某某 胡某某`), each
/// a name by [`is_bare_name`]; `None` otherwise.
pub fn bare_names(text: &str) -> Option<Vec<String>> {
    let names = spaced_names(&text.replace('、', " "));
    ((2..=BARE_NAMES_MAX).contains(&names.len()) && names.iter().all(|n| is_bare_name(n)))
        .then_some(names)
}

/// Takes the roles and agencies off the front of a byline value: `新华社记者  姜  琳` →
/// `姜  琳`, `国务院总理 李某` → `李某`. Text without a role comes back as it was.
pub fn strip_role(text: &str) -> &str {
    let mut rest = trim(text);
    // A byline names at most an agency and a role or two before the name.
    for _ in 0..3 {
        let cut = ROLE_ENDINGS
            .iter()
            .filter_map(|r| rest.find(r).map(|at| (at, at + r.len())))
            // The role ends the byline's first word: what precedes it is an agency
            // (`新华社`, `本报`, `国务院`), short and without spaces.
            .filter(|&(at, _)| {
                let before = &rest[..at];
                chars(before) <= ROLE_PREFIX_MAX && !before.contains(char::is_whitespace)
            })
            .min_by_key(|&(at, end)| (at, std::cmp::Reverse(end)));
        match cut {
            Some((_, end)) if !trim(&rest[end..]).is_empty() => rest = trim(&rest[end..]),
            _ => break,
        }
    }
    rest
}

/// Tells whether `text` ends with a character some role ends with (`员` `者` `人` …): the
/// cheap look that settles most lines before [`is_role`] joins their spaces.
pub fn may_end_a_role(text: &str) -> bool {
    text.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| ROLE_LAST.contains(c))
}

/// The characters the roles of [`ROLE_ENDINGS`] end with (a test holds the two together).
static ROLE_LAST: crate::text::CharSet = crate::text::CharSet::new(&[
    '人', '任', '众', '位', '友', '员', '員', '学', '家', '师', '席', '心', '志', '授', '理', '生',
    '者', '表', '記', '记', '部', '長', '长', '门', '队', '院', '委', '组', '組',
]);

/// Tells whether a word is one of the roles alone (`记者`, `主席`, `教授`), no agency before it.
pub fn is_role_word(word: &str) -> bool {
    ROLE_ENDINGS.contains(&word)
}

/// Tells whether a line is a role alone, a byline without a name: `本报评论员`, `新华社记者`.
pub fn is_role(text: &str) -> bool {
    let t = join_spaces(text);
    ROLE_ENDINGS.iter().any(|r| {
        t.strip_suffix(r)
            // An agency is a name: no particle (`新时代的记者` is a phrase).
            .is_some_and(|agency| {
                chars(agency) <= ROLE_PREFIX_MAX
                    && agency
                        .chars()
                        .all(|c| is_cjk(c) && !matches!(c, '的' | '之' | '和'))
                    // A team is credited by its body's name (`某某局调研组`): `成立课题组`
                    // says what is done.
                    && (!r.ends_with(['组', '組']) || crate::title::ends_as_org(agency))
            })
    })
}

/// The most characters of an agency before a role (`新华社`, `国务院`, `人民日报`).
const ROLE_PREFIX_MAX: usize = 6;

/// Reads names laid out with spaces: `焦  捷  陆  毅` is two names, `张三 李四` two, `杨 洁`
/// one. Runs of single characters are paired (a two-character name written with a space
/// inside); longer words are names of their own.
pub fn spaced_names(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '\u{3000}')
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut singles: Vec<&str> = Vec::new();
    for w in words {
        if chars(w) == 1 {
            singles.push(w);
            continue;
        }
        out.extend(singles.chunks(2).map(|c| c.concat()));
        singles.clear();
        out.push(w.to_string());
    }
    out.extend(singles.chunks(2).map(|c| c.concat()));
    out
}

/// Reads the personal names in a byline value after its roles: `李刚`, `杨 洁`, `焦  捷  陆
/// 毅`, `新华社记者  姜  琳`; `None` unless every name passes [`is_personal_name`].
pub fn names_in(text: &str) -> Option<Vec<String>> {
    let names = spaced_names(strip_role(text));
    let ok = !names.is_empty() && names.iter().all(|n| is_personal_name(n));
    ok.then_some(names)
}

/// Reads the writer a note states in its own front matter (`author: 王明`): the names
/// [`names_in`] reads that read as names without a label ([`is_bare_name`]), or one handle
/// of letters and digits (`lanzi_2019`). An organisation (`某某市人民政府`, `某某网`), a
/// reporter's role alone and a placeholder (`me`, `admin`) name no writer. (Nor does a pen
/// name of ideographs without a surname: a clipped page's front matter states its site
/// there, `某某财经`, which no shape tells from a pen name.)
pub fn signed_names(value: &str) -> Option<Vec<String>> {
    if let Some(names) = names_in(value) {
        return names.iter().all(|n| is_bare_name(n)).then_some(names);
    }
    let handle = value.trim();
    // (A placeholder numbered, `user01` `admin2`, is one still; so is one letter over and
    // over, `xxx`.)
    let bare = handle.trim_end_matches(|c: char| c.is_ascii_digit());
    let placeholder = PLACEHOLDER_WRITERS
        .iter()
        .any(|p| bare.eq_ignore_ascii_case(p))
        || bare
            .chars()
            .all(|c| c.eq_ignore_ascii_case(&bare.chars().next().unwrap_or(' ')));
    // (No dots: `example.com` is a site, `v1.0.2` a version.)
    let shaped = (HANDLE_MIN..=HANDLE_MAX).contains(&handle.len())
        && handle.starts_with(|c: char| c.is_ascii_alphabetic())
        && handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    (shaped && !placeholder).then(|| vec![handle.to_string()])
}

/// A writer's handle has this many characters at least (`me`, `x` are no one's) …
const HANDLE_MIN: usize = 3;
/// … and at most this many (a longer run of letters is a slug or a key).
const HANDLE_MAX: usize = 24;

/// What note templates and tools leave in `author:` when no writer filled it in, and the
/// site roles and values that name no writer.
const PLACEHOLDER_WRITERS: &[&str] = &[
    "admin",
    "administrator",
    "anonymous",
    "author",
    "unknown",
    "user",
    "username",
    "guest",
    "root",
    "null",
    "nil",
    "none",
    "nobody",
    "nan",
    "true",
    "false",
    "default",
    "test",
    "todo",
    "tbd",
    "editor",
    "webmaster",
    "your-name",
    "your_name",
    "yourname",
];

/// Words that end an office or a unit written before a name in a byline under a title
/// (`某某大学党委书记　某某`, `某市某局　某某`): the evidence that the words before the name
/// say who the person is, not a phrase that happens to end in two characters.
const UNIT_ENDINGS: &[&str] = &[
    "大学",
    "大學",
    "中学",
    "中學",
    "小学",
    "小學",
    "幼儿园",
    "幼兒園",
    "学院",
    "學院",
    "学校",
    "學校",
    "委员会",
    "委員會",
    "党委",
    "黨委",
    "政府",
    "中心",
    "公司",
    "集团",
    "集團",
    "医院",
    "醫院",
    "研究院",
    "研究所",
    "办公室",
    "辦公室",
    "研究室",
    "政策室",
    "支部",
    "党组",
    "黨組",
    "局",
    "厅",
    "廳",
    "部",
    "科",
    "股",
    "室",
    "处",
    "處",
    "委",
    "办",
    "辦",
    "院",
    "所",
    "站",
    "社",
    "馆",
    "館",
    "会",
    "會",
    "校",
    "村",
    "街道",
    "社区",
    "社區",
    "乡",
    "镇",
    "鎮",
    "县",
    "縣",
    "市",
    "省",
    "区",
    "區",
    "班",
    "系",
    "组",
    "組",
    "队",
    "隊",
    "副主任",
    "副书记",
    "副校长",
    "副院长",
    "副部长",
    "局长",
    "局長",
    "厅长",
    "廳長",
    "处长",
    "處長",
    "科长",
    "科長",
    "镇长",
    "县长",
    "市长",
    "区长",
    "村长",
    "社长",
    "会长",
    "董事长",
    "书记",
    "書記",
    "主任",
    "主席",
    "委员长",
    "委員長",
    "秘书长",
    "部长",
    "院长",
    "校长",
    "省长",
    "检察长",
    "理事长",
    "行长",
    "总经理",
    "副教授",
    "讲师",
    "講師",
    "委员",
    "委員",
    "干部",
    "幹部",
    "党员",
    "黨員",
    "学生",
    "學生",
    "教师",
    "教師",
];

/// The most characters of the office or unit before a name in a byline line.
const UNIT_MAX: usize = 24;

/// Reads a byline that is a name alone, or an office or unit and then a name, as it stands
/// on a line of its own under a title: `陈某某`, `某某大学党委书记　陈某某`, `某市某局 王某`.
/// Returns the unit (if any) and the name. A bare name must read as one without a label
/// ([`is_bare_name`]); after a unit, any personal name, when the unit ends in an office or
/// an organisation ([`UNIT_ENDINGS`]). Words (`春风 十里`, `方法`) are no byline.
pub fn name_byline(text: &str) -> Option<(Option<String>, String)> {
    let text = trim(text);
    // A writer's role before it, a space between (`文　某某`, `撰文 某某班 某某`): the role
    // says the line is the byline, so the unit may be a class's, digits and all (`2017级`).
    // (Read past once: what follows one role is read without another, so that a line of
    // roles, `文 文 文 ……`, is no chain of calls.)
    if let Some(rest) = after_writer_role(text) {
        if after_writer_role(rest).is_some() {
            return None;
        }
        if let Some(found) = name_byline(rest) {
            return Some(found);
        }
        let (unit, name) = rest.rsplit_once(char::is_whitespace)?;
        let (unit, name) = (trim(unit), trim(name));
        return (!unit.contains(char::is_whitespace) && is_bare_name(name))
            .then(|| (Some(unit.to_string()), name.to_string()));
    }
    // A name, then its unit in brackets (`某某（某省委党校某教研部）`).
    if let Some((name, unit)) = text
        .strip_suffix(['）', ')'])
        .and_then(|t| t.split_once(['（', '(']))
    {
        let (name, unit) = (trim(name), trim(unit));
        let plain = |t: &str| t.chars().all(is_cjk);
        return (plain(name) && plain(unit) && is_bare_name(name) && byline_unit(unit))
            .then(|| (Some(unit.to_string()), join_spaces(name)));
    }
    // A unit's other name or a post's other reading in brackets inside the office
    // (`某某工作处（党委宣传部）处（部）长　某某`) is read past: the office is what is left.
    if text.contains(['（', '(']) {
        let plain = without_asides(text)?;
        return name_byline(&plain);
    }
    // An office may list two posts (`市委副书记、市长`); nothing else but words and spaces.
    if text.contains(|c: char| !(is_cjk(c) || c.is_whitespace() || c == '、')) {
        return None;
    }
    // An issuer and the kind of paper (`某市交通局　公告`) name no one.
    if crate::title::is_doc_type_label(text) {
        return None;
    }
    if is_bare_name(text) {
        return Some((None, join_spaces(text)));
    }
    // A name set with a space inside (`局长　周　敏`): its characters, one or two a piece,
    // are the last words.
    let words: Vec<&str> = text.split_whitespace().collect();
    // A label set out letter by letter (`会　议　纪　要`) names no one.
    if words.len() >= 3 && words.iter().all(|w| chars(w) == 1) {
        return None;
    }
    for k in [3, 2] {
        if words.len() > k && words[words.len() - k..].iter().all(|w| chars(w) <= 2) {
            let name: String = words[words.len() - k..].concat();
            let unit = words[..words.len() - k].concat();
            if is_personal_name(&name) && byline_unit(&unit) {
                return Some((Some(unit), name));
            }
        }
    }
    let (unit, name) = text.rsplit_once(|c: char| c.is_whitespace())?;
    let (unit, name) = (trim(unit), trim(name));
    // (Without a label, the name is one a byline bears: a surname and one or two
    // characters, `村卫生室　焕然一新` being a phrase.)
    let ok = !unit.contains(char::is_whitespace)
        && byline_unit(unit)
        && is_personal_name(name)
        && (chars(name) < NAME_MAX || is_bare_name(name));
    ok.then(|| (Some(unit.to_string()), name.to_string()))
}

/// What follows a writer's role and a space at the start of a byline (`文　某某`).
fn after_writer_role(text: &str) -> Option<&str> {
    ["文", "撰文"].iter().find_map(|r| {
        text.strip_prefix(r)
            .filter(|rest| rest.starts_with(char::is_whitespace))
            .map(trim)
    })
}

/// The most characters of an aside in brackets inside a byline's office (`（党委宣传部）`).
const ASIDE_MAX: usize = 10;

/// `text` without its asides in brackets, each of ideographs alone and at most
/// [`ASIDE_MAX`] of them; `None` where a bracket holds anything else or is not closed.
pub fn without_asides(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['（', '(']) {
        out.push_str(&rest[..open]);
        let inside = &rest[open + rest[open..].chars().next()?.len_utf8()..];
        let close = inside.find(['）', ')'])?;
        let aside = &inside[..close];
        if aside.is_empty() || chars(aside) > ASIDE_MAX || !aside.chars().all(is_cjk) {
            return None;
        }
        rest = &inside[close + inside[close..].chars().next()?.len_utf8()..];
    }
    out.push_str(rest);
    Some(out)
}

/// Reads a byline of several names laid out with spaces, as a journal sets its authors
/// under a title (`沈某某　许　某`, a two-character name padded to three): every word, single
/// characters paired, must read as a name without a label ([`is_bare_name`]); two names at
/// least (one is [`name_byline`]'s).
pub fn names_byline(text: &str) -> Option<Vec<String>> {
    let text = trim(text);
    // (Names may be parted by `、` or commas as by spaces: `王某某、李某某`, `刘某, 王某`, as
    // a journal lists a paper's authors.)
    const PARTS: [char; 3] = ['、', '，', ','];
    if text.contains(|c: char| !(is_cjk(c) || c.is_whitespace() || PARTS.contains(&c))) {
        return None;
    }
    let names: Vec<String> = text.split(PARTS).flat_map(spaced_names).collect();
    // (A longer list parted by `、` names people the text is about: `……名单` under its
    // title.)
    let listed = text.contains(PARTS);
    (names.len() >= 2
        && !(listed && names.len() > LISTED_WRITERS_MAX)
        && names.iter().all(|n| is_bare_name(n)))
    .then_some(names)
}

/// The most writers a byline lists parted by `、` (a joint paper's); more are a list of
/// people the text is about (`……名单`).
const LISTED_WRITERS_MAX: usize = 5;

/// The most characters of a name in a list of writers parted by `、` or `，` (a surname and
/// a given name of two: an outlet or a unit runs longer, or ends as one).
pub const LISTED_NAME_MAX: usize = 3;

/// Tells whether the words before a byline's name are an office or a unit: short, ending
/// as a unit or a role does (`某某局党组书记、局长`).
pub fn byline_unit(unit: &str) -> bool {
    !unit.is_empty()
        && chars(unit) <= UNIT_MAX
        && UNIT_ENDINGS
            .iter()
            .chain(ROLE_ENDINGS)
            .any(|e| unit.ends_with(e))
}

/// Roles that credit the people of a news item inside the brackets after `本报讯` or
/// `……电` (`（记者 某某 通讯员 某某）`), longest first so that `本报记者` is taken whole.
const CREDIT_ROLES: &[&str] = &[
    "本报记者",
    "本報記者",
    "特约记者",
    "特約記者",
    "见习记者",
    "見習記者",
    "通讯员",
    "通訊員",
    "实习生",
    "實習生",
    "记者",
    "記者",
];

/// What a byline's writers did, written after their names (`记者 某某 整理`, `某某 报道`):
/// no name of anyone.
const CREDIT_VERBS: &[&str] = &[
    "整理", "报道", "報導", "报导", "采写", "採寫", "撰稿", "供稿", "执笔", "執筆", "摄影", "攝影",
    "摄", "攝",
];

/// Takes off what a byline's writers did, after their names (`记者 某某 整理` → `记者 某某`,
/// `记者某某报道` → `记者某某`); a byline without it comes back as it was.
/// A place the reporters filed from, glued to the verb after their names (`记者 某某 烟台报道`),
/// goes with it: the names stand before it, each a word, and it opens with no common surname
/// (`记者 李华 张伟报道` credits two).
pub fn without_credit_verb(text: &str) -> &str {
    let text = trim(text);
    let Some(before) = CREDIT_VERBS.iter().find_map(|v| text.strip_suffix(v)) else {
        return text;
    };
    let glued = before.ends_with(|c: char| !c.is_whitespace());
    match before.rsplit_once(char::is_whitespace) {
        Some((names, place))
            if glued
                && chars(place) == PLACE_CHARS
                && place.chars().all(is_cjk)
                && !is_bare_name(place)
                && trim(names).split_whitespace().count() >= 2 =>
        {
            trim(names)
        }
        _ => trim(before),
    }
}

/// The characters of a place a reporter filed from (`烟台`, `兰考`): a word of three may as
/// well be a reporter's name (`王刚 仝卫东报道`).
const PLACE_CHARS: usize = 2;

/// Reads the names credited in the brackets of a news item's opening
/// (`通讯员 张三 李四`, `记者 王某 通讯员 赵某`, `记者张三、李四`): the roles are taken off,
/// and every name left must pass [`is_personal_name`]. `None` without a role, or when any
/// word left is no name (`记者从会上获悉`).
pub fn credited_names(inner: &str) -> Option<Vec<String>> {
    let mut rest = trim(inner);
    let mut names = Vec::new();
    let mut roles = 0;
    loop {
        let next = CREDIT_ROLES
            .iter()
            .filter_map(|r| rest.find(r).map(|at| (at, r.len())))
            .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
        let chunk = match next {
            Some((at, _)) => without_next_outlet(&rest[..at]),
            None => rest,
        };
        // The outlet before the first role (`新华社记者某某`) names no one.
        if roles == 0 && is_outlet(trim(chunk)) && next.is_some() {
            let (at, len) = next.unwrap_or_default();
            rest = &rest[at + len..];
            roles += 1;
            continue;
        }
        let words: Vec<String> = chunk
            .split(['、', '，', ',', '；'])
            .flat_map(spaced_names)
            .collect();
        if !words.iter().all(|w| is_personal_name(w)) {
            return None;
        }
        // Names stand after a role, never before the first.
        if roles == 0 && !words.is_empty() {
            return None;
        }
        names.extend(words);
        match next {
            Some((at, len)) => {
                rest = &rest[at + len..];
                roles += 1;
            }
            None => break,
        }
    }
    (roles > 0 && !names.is_empty()).then_some(names)
}

/// `text` (what follows a writer's label) without the roles set beside that label
/// (`/图 某某` after `文` in `文/图 某某`, `、摄影：某某`): roles standing together share the
/// names after them.
pub fn without_joined_roles(text: &str) -> &str {
    let mut rest = text;
    loop {
        let joined = rest.strip_prefix(['/', '／', '、', '&', '＆']);
        let after = joined.unwrap_or(rest).trim_start();
        // A role, then a boundary: a separator, a colon, or after a separator a space
        // (`图书馆` is no `图`; `记者 某某` is a byline of its own, read by its roles).
        let role = WRITER_ROLES
            .iter()
            .chain(MAKER_ROLES)
            .filter(|r| {
                after.strip_prefix(*r).is_some_and(|t| {
                    t.starts_with(|c: char| {
                        (joined.is_some() && c.is_whitespace())
                            || matches!(c, '/' | '／' | '、' | '：' | ':')
                    })
                })
            })
            .max_by_key(|r| r.len());
        match role {
            Some(r) => rest = after[r.len()..].trim_start(),
            None => break,
        }
    }
    rest.trim_start_matches(['：', ':']).trim_start()
}

/// Characters a sub-unit or a post ends with (`干部科` `金融系` `学生会` `安全员`): never a
/// name's last, where a unit is glued before it.
const UNIT_LAST: &[char] = &[
    '科', '系', '会', '會', '员', '員', '处', '處', '部', '室', '局', '组', '組', '队', '隊', '站',
    '所', '办', '辦', '院', '校', '厅', '廳', '委', '团', '團', '班', '社', '馆', '館', '中', '司',
];

/// A writer's name glued after the unit they sign for (`空港系王虎`, `经管学院李小红`), as a
/// school's post credits its writer: the unit (ending as a unit or an office does) and the
/// name (a personal name of two or three characters). `None` unless exactly one split
/// reads so.
pub fn unit_glued_name(word: &str) -> Option<(String, String)> {
    let n = chars(word);
    let splits: Vec<(String, String)> = [2, 3]
        .into_iter()
        .filter(|&k| n > k)
        .filter_map(|k| {
            let at = word.char_indices().nth(n - k)?.0;
            let (unit, name) = word.split_at(at);
            (word.chars().all(is_cjk)
                && byline_unit(unit)
                && is_personal_name(name)
                && !name.ends_with(UNIT_LAST))
            .then(|| (unit.to_string(), name.to_string()))
        })
        .collect();
    match splits.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The roles a post's credits give the people who wrote it (`文/图 某某`, `撰稿 某某`).
const WRITER_ROLES: &[&str] = &[
    "文",
    "文字",
    "撰文",
    "撰稿",
    "作者",
    "执笔",
    "執筆",
    "采写",
    "採寫",
    "记者",
    "記者",
    "通讯员",
    "通訊員",
];

/// The roles of those who made its pictures and its layout: credited, but not authors.
const MAKER_ROLES: &[&str] = &[
    "图", "圖", "图片", "圖片", "摄影", "攝影", "摄", "攝", "制图", "製圖", "供图", "视频", "視頻",
    "设计", "設計", "视觉", "視覺", "排版", "美编", "美編",
];

/// The roles of those who edited and checked it: the editors (a credits line's roles and an
/// editors line's labels alike).
pub const EDITOR_ROLES: &[&str] = &[
    "审核发布",
    "编辑",
    "編輯",
    "责任编辑",
    "責任編輯",
    "网站编辑",
    "網站編輯",
    "责编",
    "責編",
    "审核",
    "審核",
    "初审",
    "初審",
    "复审",
    "複審",
    "终审",
    "一审",
    "二审",
    "三审",
    "一審",
    "二審",
    "三審",
    "終審",
    "校对",
    "校對",
    "审校",
    "審校",
    "监制",
    "監製",
];

/// The names a credits line gives, by what they did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Credits {
    /// Names under a writer's role (`文` `撰稿`): the authors.
    pub authors: Vec<String>,
    /// Names under an editor's role (`编辑` `审核`).
    pub editors: Vec<String>,
}

/// Reads a post's credits line, roles and names taking turns with no colon needed
/// (`文/图 宋某某  审核 郭某某`, `撰稿：张三 / 摄影：李四 / 编辑：王五`): roles standing
/// together (`文/图`) share the names after them. `None` unless the line opens with a role,
/// names two roles' people or more, every word after a role is a personal name, and one
/// role is a writer's (a photo's credits alone name no author).
pub fn credits(text: &str) -> Option<Credits> {
    let words = text
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '/' | '／' | '|' | '｜' | '丨' | ':' | '：' | '、' | '，' | ','
                )
        })
        .filter(|w| !w.is_empty());
    // Each group: whether a writer's and an editor's role head it, and the words under it.
    let mut groups: Vec<(bool, bool, Vec<&str>)> = Vec::new();
    for w in words {
        let writer = WRITER_ROLES.contains(&w);
        let editor = EDITOR_ROLES.contains(&w);
        if writer || editor || MAKER_ROLES.contains(&w) {
            match groups.last_mut() {
                Some(g) if g.2.is_empty() => {
                    g.0 |= writer;
                    g.1 |= editor;
                }
                _ => groups.push((writer, editor, Vec::new())),
            }
        } else {
            groups.last_mut()?.2.push(w);
        }
    }
    if groups.len() < 2 || !groups.iter().any(|g| g.0) {
        return None;
    }
    let mut out = Credits::default();
    for (writer, editor, words) in groups {
        let names = spaced_names(&words.join(" "));
        if names.is_empty() || !names.iter().all(|n| is_personal_name(n)) {
            return None;
        }
        if writer {
            out.authors.extend(names);
        } else if editor {
            out.editors.extend(names);
        }
    }
    Some(out)
}

/// The most characters of a news outlet's name before a reporter's role (`新华社`,
/// `某某日报社`, `某某广播电视台`).
const OUTLET_MAX: usize = 10;

/// The names before a role without the outlet that role belongs to (`张三 本报` before
/// `通讯员 李四`): the outlet is no name of the names before it.
pub fn without_next_outlet(chunk: &str) -> &str {
    match chunk.trim_end().rsplit_once(char::is_whitespace) {
        Some((names, outlet)) if is_outlet(outlet) => names,
        _ => chunk,
    }
}

/// Tells whether a word names a news outlet: words ending in an agency's, a paper's, a
/// station's or a site's word.
pub fn is_outlet(word: &str) -> bool {
    (2..=OUTLET_MAX).contains(&chars(word))
        && word.chars().all(is_cjk)
        && word.ends_with(['社', '报', '報', '台', '网', '網'])
}

/// Reads the speaker named after a label such as `主讲人：`, maybe after an office
/// (`某某大学党委书记 冯某某`, `某某大学党委书记冯某某`): the unit (if any) and the name.
/// `None` when the value names no person (`主讲：新时代的青年使命`).
pub fn speaker_value(value: &str) -> Option<(Option<String>, String)> {
    let value = trim(value);
    if let Some(found) = name_byline(value) {
        return Some(found);
    }
    if let Some(names) = names_in(value).filter(|n| n.len() == 1) {
        let name = names.into_iter().next()?;
        // The office is what the role's cut left before the name.
        let unit = trim(&value[..value.len() - strip_role(value).len()]);
        let unit = (!unit.is_empty()).then(|| unit.to_string());
        return Some((unit, name));
    }
    // A name, then its office in brackets (`某某（某镇党委副书记）`).
    if let Some((name, office)) = value.split_once(['（', '(']) {
        let name = trim(name);
        let office = office.trim_end_matches(['）', ')']);
        if is_personal_name(name) && !office.is_empty() && office.chars().all(is_cjk) {
            return Some((Some(office.to_string()), name.to_string()));
        }
    }
    // An office glued to the name: the name is what follows the last office word.
    if value.chars().all(is_cjk) {
        let cut = UNIT_ENDINGS
            .iter()
            .chain(ROLE_ENDINGS)
            .filter(|e| chars(e) >= 2)
            .filter_map(|e| value.rfind(e).map(|at| at + e.len()))
            .max()?;
        let (unit, name) = value.split_at(cut);
        if (NAME_MIN..=BARE_NAME_MAX).contains(&chars(name)) && is_personal_name(name) {
            return Some((Some(unit.to_string()), name.to_string()));
        }
    }
    None
}

/// Reads the speaker's name from a self-introduction at the start of a speech: `我是来自某学院
/// 的张三！`, `我叫李四。` The name is the run after the last `的` (or right after `我是` /
/// `我叫`) up to the sentence's end, and must read as a name without a label.
pub fn self_introduced(text: &str) -> Option<String> {
    const OPENERS: &[&str] = &["我是", "我叫", "本人是", "本人"];
    for sentence in text.split(['。', '！', '!', '，', ',', '；']) {
        let sentence = trim(sentence);
        let Some(rest) = OPENERS.iter().find_map(|o| sentence.strip_prefix(o)) else {
            continue;
        };
        let name = rest.rsplit('的').next().unwrap_or(rest);
        if is_bare_name(name) {
            return Some(join_spaces(name));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn joined_roles_share_the_name_after_them() {
        assert_eq!(without_joined_roles("/图 王虎"), "王虎");
        assert_eq!(without_joined_roles("图：王虎"), "王虎");
        assert_eq!(without_joined_roles("/图/视频 李明"), "李明");
        // A word that opens with a role's character is no role.
        assert_eq!(without_joined_roles("图书馆 张三"), "图书馆 张三");
        assert_eq!(without_joined_roles("张三"), "张三");
    }

    #[test]
    fn a_name_glued_after_its_unit() {
        assert_eq!(
            unit_glued_name("空港系王虎"),
            Some(("空港系".into(), "王虎".into()))
        );
        assert_eq!(
            unit_glued_name("计算机学院张小明"),
            Some(("计算机学院".into(), "张小明".into()))
        );
        // A unit alone, a name alone, a phrase, a sub-unit after its unit: none.
        assert_eq!(unit_glued_name("学生会宣传部"), None);
        assert_eq!(unit_glued_name("市委组织部干部科"), None);
        assert_eq!(unit_glued_name("经管学院金融系"), None);
        assert_eq!(unit_glued_name("工会安全员"), None);
        assert_eq!(unit_glued_name("王虎"), None);
        assert_eq!(unit_glued_name("春风十里"), None);
    }

    #[test]
    fn credits_split_writers_from_editors() {
        let c = credits("文/图 宋雨桐  审核 郭建华").unwrap();
        assert_eq!(c.authors, vec!["宋雨桐"]);
        assert_eq!(c.editors, vec!["郭建华"]);
        let c = credits("撰稿：张 三 / 摄影：李四 / 编辑：王五").unwrap();
        assert_eq!(
            (c.authors, c.editors),
            (vec!["张三".to_string()], vec!["王五".to_string()])
        );
        // A photo's credits name no author; one role is a byline, read elsewhere.
        assert_eq!(credits("摄影 李四 编辑 王五"), None);
        assert_eq!(credits("文/张三"), None);
        // Words that are no names: a sentence, not credits.
        assert_eq!(credits("文 章写得很好 编辑 部门"), None);
        assert_eq!(credits("张三 文 李四 编辑 王五"), None);
    }

    #[test]
    fn a_transliterated_name_has_parts_parted_by_a_dot() {
        assert!(is_personal_name("阿依古丽·买买提"));
        assert!(is_personal_name("马克·吐温"));
        assert!(!is_personal_name("人民网·北京"));
        assert!(!is_personal_name("某某日报·客户端"));
        assert!(!is_personal_name("·张三"));
        assert!(!is_personal_name("甲·乙·丙·丁"));
    }

    #[test]
    fn a_team_under_its_bodys_name_is_a_byline() {
        assert!(is_role("市民政局调研组"));
        assert!(is_role("某某大学课题组"));
        assert!(!is_role("成立课题组"));
        assert!(!is_role("组建调研组"));
    }

    #[test]
    fn every_role_ends_with_a_listed_character() {
        for r in ROLE_ENDINGS {
            assert!(may_end_a_role(r), "{r}");
        }
    }

    use super::*;

    #[test]
    fn several_spaced_names_are_a_byline_words_are_not() {
        assert_eq!(names_byline("王晓川　李　明").unwrap(), ["王晓川", "李明"]);
        assert_eq!(names_byline("张三 李四").unwrap(), ["张三", "李四"]);
        assert_eq!(names_byline("王晓川"), None);
        assert_eq!(names_byline("春风 十里"), None);
        assert_eq!(names_byline("数字 赋能 治理"), None);
        assert_eq!(names_byline("王晓川（某大学）"), None);
        // A journal's authors parted by commas, a name spaced out among them.
        assert_eq!(
            names_byline("刘一鸣, 王峰, 周子健").unwrap(),
            ["刘一鸣", "王峰", "周子健"]
        );
        assert_eq!(names_byline("崔 岩，林珊珊").unwrap(), ["崔岩", "林珊珊"]);
        // Words parted by commas are none.
        assert_eq!(names_byline("春风，十里，桃花"), None);
        assert_eq!(names_byline("学习，思考，实践"), None);
    }

    #[test]
    fn personal_names_and_not() {
        assert!(is_personal_name("李刚"));
        assert!(is_personal_name("杨 洁"));
        assert!(is_personal_name("陳慧兒"));
        assert!(!is_personal_name("学生代表"));
        assert!(!is_personal_name("本报记者"));
        assert!(!is_personal_name("中共筠连县委组织部"));
        assert!(!is_personal_name("Li Gang"));
        assert!(!is_personal_name("李"));
    }

    #[test]
    fn bare_names_need_a_surname() {
        assert!(is_bare_name("王小明"));
        assert!(is_bare_name("欧阳文华"));
        assert!(!is_bare_name("通知"));
        assert!(!is_bare_name("两会观察"));
        assert!(!is_bare_name("王老师"));
    }

    #[test]
    fn roles_and_agencies_come_off() {
        assert_eq!(strip_role("新华社记者  张  岚"), "张  岚");
        assert_eq!(strip_role("本报记者 周某某"), "周某某");
        assert_eq!(strip_role("国务院总理 李某"), "李某");
        assert_eq!(strip_role("王五"), "王五");
        // A role word inside a long phrase is not a byline's role.
        assert_eq!(
            strip_role("本次会议的各位记者朋友"),
            "本次会议的各位记者朋友"
        );
    }

    #[test]
    fn a_role_alone_is_a_byline() {
        assert!(is_role("本报评论员"));
        assert!(is_role("常务副省长"));
        assert!(!is_role("农业增长"));
        assert!(is_role("某通讯社记者"));
        assert!(!is_role("致敬新时代的记者"));
        assert!(!is_role("以实干笃定前行"));
    }

    #[test]
    fn names_in_bylines() {
        assert_eq!(names_in("新华社记者  张  岚"), Some(vec!["张岚".into()]));
        assert_eq!(
            names_in("焦  捷  陆  毅"),
            Some(vec!["焦捷".into(), "陆毅".into()])
        );
        assert_eq!(
            names_in("赵六 钱七"),
            Some(vec!["赵六".into(), "钱七".into()])
        );
        assert_eq!(names_in("某某大学党委宣传部"), None);
    }

    #[test]
    fn writers_signed_in_a_notes_front_matter() {
        let signed = |v: &str| signed_names(v).map(|n| n.join(" "));
        assert_eq!(signed("王明").as_deref(), Some("王明"));
        assert_eq!(signed("某报记者  李  华").as_deref(), Some("李华"));
        // A handle; not a site's name, which reads as a pen name would.
        assert_eq!(signed("某某财经"), None);
        assert_eq!(signed("lanzi_2019").as_deref(), Some("lanzi_2019"));
        assert_eq!(signed("Kai").as_deref(), Some("Kai"));
        // Units, outlets, placeholders, and words that are no handle.
        assert_eq!(signed("某某市人民政府"), None);
        assert_eq!(signed("某某县人民代表大会常务委员会"), None);
        assert_eq!(signed("某某网"), None);
        assert_eq!(signed("me"), None);
        assert_eq!(signed("Admin"), None);
        assert_eq!(signed("Some Site Editor"), None);
        assert_eq!(signed("2019"), None);
        assert_eq!(signed("https://example.com"), None);
        for none in [
            "example.com",
            "www.some-site.cn",
            "xxx",
            "XXX",
            "test",
            "TODO",
            "your_name",
            "user01",
            "admin2",
            "webmaster",
            "true",
            "NaN",
            "v1.0.2",
        ] {
            assert_eq!(signed(none), None, "{none}");
        }
    }

    #[test]
    fn name_bylines_under_a_title_with_two_posts() {
        assert_eq!(
            name_byline("省委常委、常务副省长　赵明远"),
            Some((Some("省委常委、常务副省长".into()), "赵明远".into()))
        );
        assert_eq!(name_byline("推动产业、促进增长　赵明远"), None);
    }

    #[test]
    fn a_byline_reads_past_asides_in_its_office() {
        assert_eq!(
            name_byline("某省国资委宣传工作处（党委宣传部）处（部）长　田某某"),
            Some((
                Some("某省国资委宣传工作处处长".to_string()),
                "田某某".to_string()
            ))
        );
        assert_eq!(
            name_byline("某市委党校(行政学院)教授 王某"),
            Some((Some("某市委党校教授".to_string()), "王某".to_string()))
        );
        // A bracket that holds more than an aside, or is left open, reads as no byline.
        assert_eq!(name_byline("某某（2024年3月）处长 王某"), None);
        assert_eq!(name_byline("某某处（党委宣传部 处长 王某"), None);
        assert_eq!(name_byline("春天来了（一）"), None);
    }

    #[test]
    fn a_writer_s_role_before_a_byline_is_read_past_once() {
        assert_eq!(
            name_byline("文 2017药学班 黄某某"),
            Some((Some("2017药学班".into()), "黄某某".into()))
        );
        assert_eq!(name_byline("文 黄某某"), Some((None, "黄某某".into())));
        // A line of roles alone names no one, and is read in one step, not one a role.
        assert_eq!(name_byline(&"文 ".repeat(200_000)), None);
        assert_eq!(name_byline("文 化 建 设"), None);
    }

    #[test]
    fn name_bylines_under_a_title() {
        assert_eq!(name_byline("陈思远"), Some((None, "陈思远".into())));
        assert_eq!(name_byline("陈 思 远"), Some((None, "陈思远".into())));
        assert_eq!(
            name_byline("某某大学党委书记　沈雨桐"),
            Some((Some("某某大学党委书记".into()), "沈雨桐".into()))
        );
        assert_eq!(
            name_byline("某区委书记、区长 邝一鸣"),
            Some((Some("某区委书记、区长".into()), "邝一鸣".into()))
        );
        assert_eq!(name_byline("学习、工作 生活"), None);
        // An issuer and the kind of paper: `公告` reads as a surname and a name, but is none.
        assert_eq!(name_byline("某市交通运输局　公告"), None);
        assert_eq!(name_byline("某县人民政府 通告"), None);
        assert_eq!(
            name_byline("某县文化和旅游局 乐然"),
            Some((Some("某县文化和旅游局".into()), "乐然".into()))
        );
        // A name set with a space inside, after an office.
        assert_eq!(
            name_byline("市住房和城乡建设局党组书记、局长　周　敏"),
            Some((
                Some("市住房和城乡建设局党组书记、局长".into()),
                "周敏".into()
            ))
        );
        assert_eq!(
            name_byline("某县教育局 欧阳 明 华"),
            Some((Some("某县教育局".into()), "欧阳明华".into()))
        );
        assert_eq!(name_byline("推动产业 促进 增长"), None);
        // A name, then its unit in brackets.
        assert_eq!(
            name_byline("林思远（某省委党校公共管理教研部）"),
            Some((Some("某省委党校公共管理教研部".into()), "林思远".into()))
        );
        assert_eq!(name_byline("高质量发展（上篇）"), None);
        assert_eq!(name_byline("陈述（2024年）"), None);
        // A section of a bureau signs as a unit.
        assert_eq!(
            name_byline("某市交通局综合规划科　韩思远"),
            Some((Some("某市交通局综合规划科".into()), "韩思远".into()))
        );
        // Words and phrases are no byline.
        assert_eq!(name_byline("春风 十里"), None);
        assert_eq!(name_byline("大美 江山"), None);
        assert_eq!(name_byline("工作方法"), None);
        assert_eq!(name_byline("全体党员同志"), None);
        assert_eq!(name_byline("陈思远说，会议很重要。"), None);
        assert_eq!(name_byline("2024年 张三"), None);
    }

    #[test]
    fn a_speaker_introduces_themself() {
        assert_eq!(
            self_introduced("大家好！我是来自机械工程2301班的周小川！"),
            Some("周小川".into())
        );
        assert_eq!(
            self_introduced("我叫林一，来自外语学院。"),
            Some("林一".into())
        );
        assert_eq!(self_introduced("我是一名普通的新生。"), None);
        assert_eq!(self_introduced("我是你们的老师。"), None);
        assert_eq!(self_introduced("今天我们在这里相聚。"), None);
    }

    #[test]
    fn credited_names_in_a_news_opening() {
        assert_eq!(
            credited_names("通讯员 张小明 李大伟"),
            Some(vec!["张小明".into(), "李大伟".into()])
        );
        assert_eq!(
            credited_names("记者 王晓红 通讯员 赵一鸣"),
            Some(vec!["王晓红".into(), "赵一鸣".into()])
        );
        assert_eq!(
            credited_names("记者张三、李四"),
            Some(vec!["张三".into(), "李四".into()])
        );
        assert_eq!(credited_names("本报记者 陈 默"), Some(vec!["陈默".into()]));
        assert_eq!(
            credited_names("新华社记者马某兰、韩某诺"),
            Some(vec!["马某兰".into(), "韩某诺".into()])
        );
        assert_eq!(credited_names("某某工作会议记者"), None);
        // No role, a word that is no name, or a name before any role: none.
        assert_eq!(credited_names("张三 李四"), None);
        assert_eq!(credited_names("记者从会上获悉有关情况"), None);
        assert_eq!(credited_names("图片由某某单位提供"), None);
        assert_eq!(credited_names("记者"), None);
    }

    #[test]
    fn a_speaker_after_a_label() {
        assert_eq!(
            speaker_value("某某大学党委书记 冯志远"),
            Some((Some("某某大学党委书记".into()), "冯志远".into()))
        );
        assert_eq!(speaker_value("冯志远"), Some((None, "冯志远".into())));
        assert_eq!(
            speaker_value("某某省某某大学党委书记冯志远"),
            Some((Some("某某省某某大学党委书记".into()), "冯志远".into()))
        );
        assert_eq!(
            speaker_value("市委党校教授 林 岚"),
            Some((Some("市委党校教授".into()), "林岚".into()))
        );
        // A topic after the label names no one.
        assert_eq!(speaker_value("新时代青年的使命与担当"), None);
        assert_eq!(speaker_value("乡村振兴战略"), None);
    }
}
