//! GB/T 7714 reference lists: `[1] 作者. 题名[J]. 刊名, 年, 卷(期): 起-止页.`
//! with the type codes of the standard ([J] [M] [C] [D] [R] [N] [EB/OL] [P]
//! [S] [A] [Z] …), the older lists that omit the codes, and English entries in
//! the same style (`Liu W D, Dunford M. Title. Journal, 2016, 1(3): 323-340.`).
//! Entries are matched with their punctuation folded to ASCII and cut from
//! the text as written.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::bibliography::fold::Folded;
use crate::bibliography::names::{join_page_ranges, split_names, unquoted};
use crate::bibliography::{Cited, ParsedEntry, ParsedWork, ReferenceStyle, WorkKind};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry of a GB/T 7714 reference list, parsed into the work it cites:
    /// `作者. 题名[J]. 刊名, 年, 卷(期): 起-止页.` with the standard's type
    /// codes ([J] [M] [C] [D] [R] [N] [EB/OL] [P] [S] [A] [Z]), lists that omit
    /// the codes, and English entries in the same style.
    ///
    /// In:  `[2] 周洪宇，申国昌.20世纪中国教育改革的回顾与反思[J].华中师范大学学报,2011,50(3):132-138.`
    /// Out: a `fabio:JournalArticle` with `dcterms:title "20世纪中国教育改革的回顾与反思"`,
    ///      `dcterms:creator` <person/周洪宇> and <person/申国昌>,
    ///      `frbr:partOf` a `fabio:Journal` titled 华中师范大学学报,
    ///      `fabio:hasPublicationYear 2011`, `prism:volume "50"`,
    ///      `prism:issueIdentifier "3"`, `prism:startingPage "132"`,
    ///      `prism:endingPage "138"`; the entry `biro:references` it;
    ///      `ag:rule` <rule/N006>.
    ReferenceListEntry { id: "N006", name: "reference-list-entry" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &ReferenceListEntry::META,
    parse,
};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("GB/T 7714 pattern")
}

/// Pages: `22-32`, `5`, `1939-1945,1952`, `e0123`.
const PAGES: &str = r"[0-9A-Za-z]{1,8}(?:\s*-+\s*[0-9A-Za-z]{1,8})?(?:\s*[,+]\s*[0-9]{1,6}(?:\s*-+\s*[0-9]{1,6})?)*";
const YEAR: &str = r"(?:1[5-9]|2[01])\d{2}";

static TYPE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"[\[|]\s*(?P<code>(?:EB|DB|CP|CM|DS|PP|[A-Z])\s*/\s*OL|EB|OL|DB|CP|CM|DS|PP|J|M|C|D|R|N|P|S|A|Z|G|K)\s*(?:\]|」|\.|,|$)|(?P<lost>[^A-Za-z\s])(?P<bare>[JMCDRNPS])\]",
    )
});
/// What GB/T 7714 writes after a title as its other title information
/// (`题名: 其他题名信息`) that is not part of the title: a volume (`卷 1`,
/// `第2册`, `上册`), a standard's number (`GB/T 7714—2015`), a document's
/// number (`国发〔2007〕19号`, `主席令第80号`), a court's docket number
/// (`（2013）锡民终字第497号`), an archive's call number
/// (`04-01-35-0399-039`) or collection, a code of digits and letters, a
/// volume and the part of it (`第1卷 疆域`, `第690卷服章部七`).
static OTHER_TITLE_INFO: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\s*:\s*(?:卷\s*\d+.*|第\s*\S{1,4}?\s*[册卷部辑].*|[上中下]\s*[册卷].*|[A-Z]{1,4}(?:/[A-Z])?\s*[\d.]+\s*[—–-]\s*\d{4}|.*[〔\[]\d{4}[〕\]].*号|\(\d{4}\)[^()]{1,20}号|.*令第\s*\d+\s*号|.*档案.*)\s*$|\s*:\s+[\dA-Za-z][\dA-Za-z/.\-]*\d[\dA-Za-z/.\-]*\s*$|\s*:\s*[\dA-Za-z]+(?:[-/][\dA-Za-z.]+)+\s*$",
    )
});
/// `刊名, 2011, 50(3): 132-138`, `刊名, 2008(5): 22-32`, `刊名, 2015, 40: 314`,
/// `刊名, 2010, (3): 31-35`. The journal's name may hold a colon or a comma
/// (`学报: 社会科学版`) once a type code has said it is a journal.
static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?P<container>[^\[\]]{{1,120}}?)\s*[,.]\s*(?P<year>{YEAR})[a-z]?\s*(?:,\s*(?P<volume>[A-Za-z]?\d[0-9A-Za-z\-]{{0,9}}))?\s*,?\s*(?:\(\s*(?P<issue>[^()]{{1,12}}?)\s*\))?\s*(?::\s*(?P<pages>{PAGES}))?"
    ))
});
/// `[译者译,] 地点: 出版者, 年[: 页]`, the place optional.
static BOOK: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?:(?P<translators>[^.:\[\]]{{1,40}}?)\s*,?\s*(?:等\s*)?,?\s*译校?\s*[.,]\s*)?(?:(?:第?\s*\d+\s*版|[^.,:\[\]]{{0,12}}[^.,:\[\]\d](?:本|版))\s*[.,]\s*){{0,2}}(?:[^.,:]{{0,10}}(?:学位论文|论文)\s*[.,]\s*)?(?:(?P<place>[^:,.\[\]]{{1,30}}?)\s*:\s*)?(?P<publisher>[^:\[\]]{{1,80}}?)\s*,\s*(?P<year>{YEAR})[a-z]?\s*(?:\([^()]*\))?\s*(?:[:.,]\s*(?P<pages>{PAGES}))?"
    ))
});
/// What follows a book's title in an author–year entry, whose year stands
/// after the authors: `[译者译,] 地点: 出版者[: 页]`.
static BOOK_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?:(?P<translators>[^.:\[\]]{{1,40}}?)\s*,?\s*(?:等\s*)?,?\s*译校?\s*[.,]\s*)?(?:(?:第?\s*\d+\s*版|[^.,:\[\]]{{0,12}}[^.,:\[\]\d](?:本|版))\s*[.,]\s*){{0,2}}(?:(?P<place>[^:,.\[\]]{{1,30}}?)\s*:\s*)?(?P<publisher>[^:,.\[\]]{{1,80}}?)\s*(?::\s*(?P<pages>{PAGES}))?\s*(?:[.\[]|$)"
    ))
});
/// What follows an article's title in an author–year entry: `刊名, 卷(期): 页`,
/// or `刊名(期): 页` without a volume; the journal's name may hold its
/// edition in brackets (`北京大学学报(哲学社会科学版), 62(2)`).
static JOURNAL_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?P<container>(?:[^\[\](),]|\([^()\d]{{1,20}}\))+?)\s*(?:,\s*(?P<volume>[A-Za-z]?\d[0-9A-Za-z\-]{{0,9}})?\s*(?:\(\s*(?P<issue>[^()]{{1,12}}?)\s*\))?|\(\s*(?P<issue_only>[^()]*\d[^()]*|增刊)\s*\))\s*(?::\s*(?P<pages>{PAGES}))?"
    ))
});
/// The translators of an article, before its journal: `. 顾幼静, 译.`
static LEADING_TRANSLATORS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[\s.,:]*(?P<names>[^.\[\]:]{1,40}?)\s*,?\s*译\s*\."));
/// A journal's name and nothing else: `[J]. 心理学报.`
static JOURNAL_NAME_ONLY: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[\s.,:]*(?P<container>[^\[\](),.:\d][^\[\](),.:]{1,59}?)\s*\.?\s*$"));
/// What a web text, a thesis or a text of no given type names after its
/// type code: its publisher (the site, the repository, the university),
/// before the year, the dates or the address: `ChinaXiv, 2023[2024-09-30]`,
/// `ChinaXiv（2023-03-03）[2024-09-30]`, `北京师范大学历史系.`, `人民网[C]. 2004.`
static PUBLISHER_AFTER_CODE: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?:[Vv]\d[\d.]*\s*\.\s*)?(?:[^:,.\[\]()/]{{1,15}}:\s*)?(?P<publisher>[^,.\[\]()/:\d][^,.\[\]()/:]{{1,59}}?)\s*(?:,\s*{YEAR}|\(\s*{YEAR}|\[|\.\s*(?:https?|ftp|{YEAR}|$)|$)"
    ))
});
/// `报纸名, 2008-04-07(12)`.
static NEWSPAPER: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?P<container>[^,:\[\]]{{1,40}}?)\s*[, ]\s*(?P<date>(?P<year>{YEAR})\s*[-./]?\s*\d{{1,2}}\s*[-./]?\s*\d{{1,2}})\s*(?:\(\s*(?P<pages>[0-9A-Za-z]{{1,6}})\s*\))?"
    ))
});
/// `[N]. 清议报(第1页).`: a newspaper named without the day of its issue.
static NEWSPAPER_UNDATED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[\s.,:]*(?P<container>[^,:.\[\]()\d]{1,40}?)\s*(?:\(\s*(?:第\s*)?(?P<pages>[0-9A-Za-z]{1,6})\s*[页版]?\s*\))?\s*\.?\s*$",
    )
});
/// `中国图书馆学报:1-23`: an article published online first, without a year.
static JOURNAL_ONLINE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?P<container>[^:,.\[\]]{{1,60}}?)\s*:\s*(?P<pages>{PAGES})"
    ))
});
/// `…, 2014: 111-114`: the pages after the year, wherever the rest of the
/// entry could not be read.
static YEAR_PAGES: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?P<year>{YEAR})[a-z]?\s*(?:\([^()]*\))?\s*[:,]\s*(?P<pages>{PAGES})"
    ))
});
/// `[C].会议录名.…`: the proceedings a paper is in, named before the
/// publication details.
static PROCEEDINGS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^[\s.,:]*(?P<container>[^.:\[\]]{{4,120}}?)\s*\.\s*\S.*{YEAR}"
    ))
});
/// The name of a newspaper, for lists without type codes.
static NEWSPAPER_NAME: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)(?:报|times|post|news|daily|herald|guardian)\s*$"));
/// `(2016-03-07)`: the date a web text was published or updated.
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"\(\s*(?P<date>(?P<year>{YEAR})(?:\s*[-./]\s*\d{{1,2}}){{0,2}})\s*\)"
    ))
});
/// `[2016-02-18]`: the date it was read.
static ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"\[\s*(?P<date>{YEAR}\s*[-./]\s*\d{{1,2}}\s*[-./]\s*\d{{1,2}})\s*\]"
    ))
});
static URL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?P<url>(?:https?|ftp)\s*:?\s*//?\s*[^\s,;\[\]]+)"));
static ANY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?:^|[^0-9])(?P<year>{YEAR})(?:[^0-9]|$)")));
/// `//编者.书名` after a [C] or [A] code: the book a paper is in.
static IN_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[\s.,:]*(?:(?P<translators>[^/.\[\]]{1,40}?)\s*,?\s*译\s*)?//\s*(?:(?P<editors>[^.\[\]]{1,60}?(?:主编|编|eds?|Eds?)\s*)\.\s*)?(?P<container>[^.\[\]]{1,120}?)\s*(?:\[\s*[A-Z]\s*\]\s*)?\.",
    )
});
/// `//责任者. 书名.` with the book's responsible party unmarked, as the
/// standard writes it: `//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策.`, the
/// names with their initials (`J.マーク・ラムザイヤー`), the part's translators
/// before (`谢鹏程, 译//高道蕴`).
static IN_BOOK_BY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[\s.,:]*(?:(?P<translators>[^/.\[\]]{1,40}?)\s*,?\s*译\s*)?//\s*(?P<editors>(?:\b[A-Z]\.|[^.:\[\]]){1,60}?)\s*\.\s*(?P<container>[^.\[\]]{1,120}?)\s*(?:\[\s*[A-Z]\s*\]\s*)?\.",
    )
});
/// The book a part is in, in GB/T 7714-1987's way (`析出题名[A]. 原文献责任者.
/// 原文献题名[C].`): no `//`, the book's title coded [C] or [M].
static IN_BOOK_CODED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[\s.,:]*(?:(?P<editors>[^.:\[\]]{1,60}?)\s*\.\s*)?(?P<container>[^.\[\]]{1,120}?)\s*\[\s*[CM]\s*\]\s*\.",
    )
});
/// A place and its publisher, `北京: 科学出版社`: not a book's title.
static PLACE_AND_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^[^:,]{1,15}:\s*[^,:]*(?:出版社|书局|印书馆|书店|出版公司|[Pp]ress|大学|研究所|[Pp]ublish\w*)\s*(?:,|$)",
    )
});
/// The volume of a multi-volume book after its title: `船山全书: 第1册`,
/// `马克思恩格斯全集: 第35卷`, `中华人民共和国药典: 一部`, a law report's
/// `最高裁判所民事判例集: 36卷6号`, a yearly volume's `论文集: 2011年卷`.
static BOOK_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\s*:\s*(?:第\s*\S{1,4}?\s*[册卷部辑分]|[一二三四五六七八九十]+部|卷\s*\d+|\d+\s*卷(?:\s*\d+\s*[号期])?|\d{4}\s*年\s*卷)\s*$",
    )
});
/// Years from and to after a title's colon (`科学数据: 2006-2011`): the
/// span the work covers, part of its title, not a code.
static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"^\s*:\s*{YEAR}\s*[-—–]\s*{YEAR}\s*$")));
/// A year that names a volume, not the book's date: `论文集: 2011年卷`.
static YEARLY_VOLUME: LazyLock<Regex> = LazyLock::new(|| regex(r"\d{4}\s*年\s*卷"));
/// The bracketed part of an institution's name: `(西北农林科技大学水土保持研究所)`.
static INSTITUTION_PART: LazyLock<Regex> = LazyLock::new(|| regex(r"\(\p{Han}{2,40}\)"));
/// A standard's number before its title, as GB/T 7714-2025 writes it:
/// `GB/T 3792—2021 信息与文献 资源描述[S]`.
static LEADING_STANDARD_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[A-Z]{1,4}(?:/[A-Z])?\s*[\d.]+\s*[—–-]\s*\d{4}\s+"));
/// A year that ends the entry, after its address: `https://…. 2021.`
static YEAR_LAST: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"\.\s*(?P<year>{YEAR})[a-z]?\s*\.?\s*$")));
/// The ending of a publisher's name: `商务印书馆`, `中华书局`, `Press`.
static PUBLISHER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?:出版社|印书馆|书局|书店|书社|出版公司|出版集团|[Pp]ress|[Pp]ublishers?)$")
});
/// A map's scale after its title: `沈阳市政区图. 1:170000`.
static MAP_SCALE: LazyLock<Regex> = LazyLock::new(|| regex(r"\s*[.,]\s*1\s*:\s*[\d,]+\s*$"));
/// Initials: `R`, `HL`, `G.A`, `M.S.`.
static INITIALS: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:[A-Z]\.?){1,3}$"));
/// Nationality marks before a name: `(美)`, `[德]`.
static NATIONALITY: LazyLock<Regex> = LazyLock::new(|| regex(r"[\[(（]\s*\p{Han}{1,3}\s*[\])）]"));
/// The signs of the footnote styles (`Vol.`, `pp.`, `,“Title”`, `:《书名》`,
/// `年版`): an entry that has them is not a reference list entry without
/// type codes.
static FOOTNOTE_SIGNS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?i)\b(?:vol|no|pp?)\.\s*\d|[,，]\s*[“"]|[”"]\s*[,，]|[:：]\s*《|年版|\bin\s+[^,]+\(eds?\.\)"#,
    )
});
/// A title that ends in its volume: `（第九卷）`, `（第5册）`, `（上册）`.
static TITLE_VOLUME: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"[(（]\s*第?\s*(?P<volume>[0-9一二三四五六七八九十百]+|[上中下])\s*[卷册]\s*[)）]\s*$")
});
/// A title that ends in translators: `原始文化.连树声,译`.
static TITLE_TRANSLATORS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\.\s*(?P<names>[^.\[\]]{1,40}?)\s*,?\s*(?:等\s*)?,?\s*译\s*$"));
/// A patent's country and number after its title: `:中国,200310102197.1`.
static PATENT_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| regex(r":\s*[^:]{0,10}?,?\s*[A-Z]{0,2}\s*\d{6,}[\d.A-Z]*\s*$"));

fn kind_of(code: &str) -> Option<WorkKind> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match code.as_str() {
        "J" | "J/OL" => WorkKind::JournalArticle,
        "M" | "M/OL" | "G" | "K" => WorkKind::Book,
        "C" | "C/OL" => WorkKind::ConferencePaper,
        // 档案 in GB/T 7714-2015; a part of the book after `//` in 1987's.
        "A" | "A/OL" => WorkKind::ArchivalDocument,
        "D" | "D/OL" => WorkKind::Thesis,
        "R" | "R/OL" => WorkKind::ReportDocument,
        "N" | "N/OL" => WorkKind::NewspaperArticle,
        "EB" | "OL" | "EB/OL" | "DB/OL" => WorkKind::WebContent,
        "P" | "P/OL" => WorkKind::PatentDocument,
        "S" | "S/OL" => WorkKind::TechnicalStandard,
        "DS" | "DS/OL" => WorkKind::Dataset,
        "CM" | "CM/OL" => WorkKind::Map,
        "PP" | "PP/OL" => WorkKind::Preprint,
        _ => return None,
    })
}

/// Where the authors at the head end: the first full stop that is not
/// part of a name. A stop after initials goes on when more of the name or
/// list follows: another initial (`Struyk, R. J. Managing`), a comma
/// (`Steen M., van Twist M.. Beyond`), a second stop, or the surname
/// (`James G.McGann.Global`). None when the head does not open with names.
fn authors_end(head: &str) -> Option<usize> {
    let dots: Vec<usize> = head.match_indices('.').map(|(i, _)| i).collect();
    for (n, &dot) in dots.iter().enumerate() {
        let before = head[..dot].trim_end();
        let last_word = before.rsplit([' ', ',']).next().unwrap_or_default();
        let after = head[dot + 1..].trim_start();
        let more = n + 1 < dots.len();
        if INITIALS.is_match(last_word) && more && name_goes_on(after, &head[dot + 1..dots[n + 1]])
        {
            continue;
        }
        return reads_as_names(before).then_some(dot);
    }
    None
}

/// Whether the text after a stop that follows initials is more of a name.
fn name_goes_on(after: &str, to_next_stop: &str) -> bool {
    let bytes = after.as_bytes();
    let initial =
        bytes.len() >= 2 && bytes[0].is_ascii_uppercase() && matches!(bytes[1], b'.' | b',');
    let surname = to_next_stop.len() >= 2
        && !to_next_stop.contains([' ', ','])
        && to_next_stop.starts_with(|c: char| c.is_ascii_uppercase())
        && to_next_stop
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'');
    initial || surname || after.starts_with([',', '.', ';'])
}

fn reads_as_names(text: &str) -> bool {
    let text = NATIONALITY.replace_all(text.trim(), "");
    // An institution's part in brackets: `黄土高原科学数据中心(西北农林科技大学水土保持研究所)`.
    let text = INSTITUTION_PART.replace_all(&text, "");
    !text.is_empty()
        && text.chars().count() <= 400
        && !text.contains(['[', ']', '"', '“', '”', '《', '》', ':', '(', ')'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && split_names(&text)
            .iter()
            .all(|name| name.chars().count() <= 40 && name.split(' ').count() <= 8)
}

/// An entry read: the cut between head (authors and title) and the rest.
struct Cut {
    /// Byte range of the title in the folded text.
    title: std::ops::Range<usize>,
    authors: Option<std::ops::Range<usize>>,
    rest: usize,
    kind: Option<WorkKind>,
    coded: bool,
}

fn cut_coded(text: &str) -> Option<Cut> {
    let code = TYPE_CODE
        .captures_iter(text)
        .find(|c| c.get(0).is_some_and(|m| m.start() > 0))?;
    let whole = code.get(0)?;
    // `(第二版)M]`: the opening bracket lost; the char before is the title's.
    let start = code.name("lost").map_or(whole.start(), |m| m.end());
    let head = &text[..start];
    let authors = authors_end(head);
    let title_start = authors.map_or(0, |end| end + 1);
    Some(Cut {
        title: title_start..start,
        authors: authors.map(|end| 0..end),
        rest: whole.end(),
        kind: kind_of(code.name("code").or(code.name("bare"))?.as_str()),
        coded: true,
    })
}

/// A list without type codes: `作者.题名.刊名,2015,34(5): 538-544.` The
/// title ends at the first full stop after which a journal, a publisher or
/// a web address follows.
fn cut_uncoded(text: &str) -> Option<Cut> {
    if FOOTNOTE_SIGNS.is_match(text) {
        return None;
    }
    let authors = authors_end(text)?;
    let title_start = authors + 1;
    text[title_start..]
        .match_indices('.')
        .map(|(i, _)| title_start + i)
        .filter(|&dot| dot > title_start)
        .find_map(|dot| {
            let rest = &text[dot + 1..];
            let journal = JOURNAL.captures(rest).filter(|c| {
                let numbered = c.name("volume").is_some() || c.name("issue").is_some();
                numbered || (c.name("pages").is_some() && !c["container"].contains(':'))
            });
            let newspaper = NEWSPAPER
                .captures(rest)
                .filter(|c| NEWSPAPER_NAME.is_match(&c["container"]));
            let kind = if newspaper.is_some() {
                WorkKind::NewspaperArticle
            } else if journal.is_some() {
                WorkKind::JournalArticle
            } else if BOOK
                .captures(rest)
                .is_some_and(|c| c.name("place").is_some() || c.name("translators").is_some())
            {
                WorkKind::Book
            } else if ACCESSED.is_match(rest) && URL.is_match(rest) {
                WorkKind::WebContent
            } else {
                return None;
            };
            Some(Cut {
                title: title_start..dot,
                authors: Some(0..authors),
                rest: dot + 1,
                kind: Some(kind),
                coded: false,
            })
        })
}

fn read_journal(work: &mut ParsedWork, folded: &Folded, base: usize, c: &Captures) {
    work.container = group(folded, base, c, "container");
    work.year = group(folded, base, c, "year");
    work.volume = group(folded, base, c, "volume");
    work.issue = group(folded, base, c, "issue").or_else(|| group(folded, base, c, "issue_only"));
    work.pages = group(folded, base, c, "pages").map(|p| join_page_ranges(&p));
}

fn group(folded: &Folded, base: usize, captures: &Captures, name: &str) -> Option<String> {
    let m = captures.name(name)?;
    let value = folded.original(base + m.start()..base + m.end());
    (!value.is_empty()).then(|| value.to_string())
}

/// `2010-7-29` → `2010-07-29`; OCR's `2014-0228` and `201507-22` too.
fn iso_date(date: &str) -> String {
    let parts: Vec<&str> = date
        .split(|c: char| matches!(c, '-' | '.' | '/') || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    match parts.as_slice() {
        [year, month, day] => format!("{year}-{month:0>2}-{day:0>2}"),
        [year, month] if parts.len() == 2 && digits.len() <= 6 => format!("{year}-{month:0>2}"),
        _ if digits.len() == 8 => format!("{}-{}-{}", &digits[..4], &digits[4..6], &digits[6..]),
        _ => date.to_string(),
    }
}

/// The head of an author–year (著者-出版年) entry: the year right after the
/// authors, `陈志勇, 2011. `, `Smith J, 2020a. `, or the year a web text is
/// dated by in brackets, `扬之水, [2007]. `.
static AUTHOR_YEAR_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<authors>[^.。．\[\]《》“”]{1,120}?)[,，]\s*[\[［]?(?P<year>(?:1[5-9]|20)\d{2})[a-z]?[\]］]?\s*[.．。]\s*(?P<rest>.+)$",
    )
    .expect("author-year head pattern")
});

/// Parses a numbered entry, or an author–year one (the year after the
/// authors, not after the publisher), which the standard orders alike
/// otherwise.
pub fn parse(entry: &str) -> Option<ParsedEntry> {
    if let Some(c) = AUTHOR_YEAR_HEAD.captures(entry.trim()) {
        let numbered = format!("{}. {}", c["authors"].trim(), &c["rest"]);
        if let Some(mut parsed) = parse_numbered(&numbered, true) {
            if let Cited::Work(work) = &mut parsed.cited {
                work.year = Some(c["year"].to_string());
            }
            return Some(parsed);
        }
    }
    parse_numbered(entry, false)
}

/// Whether the year found ends what precedes the access date or address:
/// a web text's `出版者, 出版年[引用日期]` (`ChinaXiv, 2023[2024-09-30]`) or
/// its year alone (`[DS/OL]. 2024. https://…`), not a number inside a name.
fn year_closes(searched: &str, year: &Captures) -> bool {
    let end = year.name("year").map_or(0, |m| m.end());
    searched[end..]
        .trim()
        .trim_end_matches(['.', ','])
        .is_empty()
        && searched[..year.name("year").map_or(0, |m| m.start())]
            .trim_end()
            .ends_with([',', '.'])
}

/// Parses a numbered entry; `dated` when the authors' year was cut from
/// its head, so that no year follows the publisher or the journal.
fn parse_numbered(entry: &str, dated: bool) -> Option<ParsedEntry> {
    let folded = Folded::new(
        entry
            .trim()
            .trim_start_matches(['.', ',', '。', '．', '，', ' ']),
    );
    let text = folded.text();
    let cut = cut_coded(text).or_else(|| cut_uncoded(text))?;
    let mut work = ParsedWork {
        kind: cut.kind,
        ..ParsedWork::default()
    };
    let mut title = cut.title.clone();
    if let Some(slashes) = text[title.clone()].find("//") {
        // `题名//会议录名[C]`: the older place of the book a paper is in.
        let container = folded.original(title.start + slashes + 2..title.end);
        work.container = Some(container.to_string());
        title.end = title.start + slashes;
    }
    let title_text = &text[title.clone()];
    if let Some(c) = TITLE_TRANSLATORS.captures(title_text) {
        work.translators = split_names(&c["names"]);
        title.end = title.start + c.get(0).map_or(0, |m| m.start());
    }
    if let Some(c) = TITLE_VOLUME.captures(&text[title.clone()]) {
        work.volume = Some(c["volume"].to_string());
        title.end = title.start + c.get(0).map_or(0, |m| m.start());
    }
    if work.kind == Some(WorkKind::PatentDocument)
        && let Some(m) = PATENT_NUMBER.find(&text[title.clone()])
    {
        title.end = title.start + m.start();
    }
    if let Some(m) = OTHER_TITLE_INFO
        .find(&text[title.clone()])
        .filter(|m| !YEAR_RANGE.is_match(m.as_str()))
    {
        title.end = title.start + m.start();
    }
    if let Some(m) = MAP_SCALE.find(&text[title.clone()]) {
        title.end = title.start + m.start();
    }
    if let Some(m) = LEADING_STANDARD_NUMBER.find(&text[title.clone()]) {
        title.start += m.end();
    }
    work.title = unquoted(folded.original(title).trim_end_matches(['.', '。', ' '])).to_string();
    if work.title.is_empty() {
        return None;
    }
    if let Some(authors) = cut.authors {
        work.authors = split_names(folded.original(authors));
    }
    let rest = &text[cut.rest..];
    let base = cut.rest;
    let mut locator = None;
    let mut rest_after = rest;
    let mut rest_base = base;
    let in_book = IN_BOOK
        .captures(rest)
        .filter(|c| c.name("editors").is_some())
        .or_else(|| {
            IN_BOOK_BY.captures(rest).filter(|c| {
                let container = &c["container"];
                // `//公报. https://www.…`: an address, not a book after its editors.
                !PLACE_AND_PUBLISHER.is_match(container.trim())
                    && !ANY_YEAR.is_match(&YEARLY_VOLUME.replace_all(container, ""))
                    && !container.contains("//")
            })
        })
        .or_else(|| IN_BOOK.captures(rest))
        .or_else(|| {
            IN_BOOK_CODED.captures(rest).filter(|c| {
                matches!(
                    work.kind,
                    Some(WorkKind::BookChapter | WorkKind::ArchivalDocument)
                ) || work.kind == Some(WorkKind::Book)
                    && c.get(0).is_some_and(|m| m.as_str().contains("[C]"))
            })
        });
    if let Some(c) = in_book {
        if matches!(work.kind, Some(WorkKind::Book | WorkKind::ArchivalDocument)) {
            work.kind = Some(WorkKind::BookChapter);
        }
        work.container = group(&folded, base, &c, "container").map(|container| {
            let book = Folded::new(&container);
            match BOOK_VOLUME.find(book.text()) {
                Some(m) => book.original(0..m.start()).trim().to_string(),
                None => container.clone(),
            }
        });
        if let Some(editors) = group(&folded, base, &c, "editors") {
            work.editors = split_names(&editors);
        }
        if let Some(translators) = group(&folded, base, &c, "translators") {
            work.translators = split_names(&translators);
        }
        let end = c.get(0).map_or(0, |m| m.end());
        rest_after = &rest[end..];
        rest_base = base + end;
    }
    match work.kind {
        Some(WorkKind::JournalArticle) if work.container.is_none() => {
            // `[J]. 顾幼静, 译. 东方博物, 2009(1)`: the translators first.
            let (rest, base) = match LEADING_TRANSLATORS.captures(rest) {
                Some(c) => {
                    work.translators =
                        split_names(&group(&folded, base, &c, "names").unwrap_or_default());
                    let end = c.get(0).map_or(0, |m| m.end());
                    (&rest[end..], base + end)
                }
                None => (rest, base),
            };
            // An author–year entry dates the work after its authors: the
            // journal has no year after it, and a year further on is
            // another number's (a DOI's `c.1990.06`).
            let undated = JOURNAL_UNDATED.captures(rest).filter(|c| {
                dated
                    && ["volume", "issue", "issue_only"]
                        .iter()
                        .any(|g| c.name(g).is_some())
            });
            if let Some(c) = undated.or_else(|| JOURNAL.captures(rest)) {
                read_journal(&mut work, &folded, base, &c);
            } else if let Some(c) = JOURNAL_ONLINE_FIRST.captures(rest) {
                work.container = group(&folded, base, &c, "container");
                work.pages = group(&folded, base, &c, "pages").map(|p| join_page_ranges(&p));
            } else if let Some(c) = JOURNAL_NAME_ONLY.captures(rest) {
                work.container = group(&folded, base, &c, "container");
            }
        }
        // A type the code does not give (`[Z]`) read as a journal article
        // when the rest has a journal's volume, issue or pages, and no `//`
        // named what it is in.
        None if work.container.is_none()
            && JOURNAL.captures(rest).is_some_and(|c| {
                ["volume", "issue", "pages"]
                    .iter()
                    .any(|g| c.name(g).is_some())
            }) =>
        {
            if let Some(c) = JOURNAL.captures(rest) {
                read_journal(&mut work, &folded, base, &c);
            }
        }
        Some(WorkKind::NewspaperArticle) => {
            if let Some(c) = NEWSPAPER.captures(rest) {
                work.container = group(&folded, base, &c, "container");
                work.year = group(&folded, base, &c, "year");
                work.date = group(&folded, base, &c, "date").map(|d| iso_date(&d));
                work.pages = group(&folded, base, &c, "pages");
            } else if let Some(c) = NEWSPAPER_UNDATED.captures(rest) {
                work.container = group(&folded, base, &c, "container");
                work.pages = group(&folded, base, &c, "pages");
            }
        }
        Some(WorkKind::WebContent) => {}
        Some(WorkKind::ConferencePaper)
            if work.container.is_none() && PROCEEDINGS.is_match(rest) =>
        {
            if let Some(c) = PROCEEDINGS.captures(rest) {
                work.container = group(&folded, base, &c, "container");
            }
        }
        _ => {
            // `[M/OL]. https://…. 数据中心, 2024.`: the address before the
            // publication details.
            let (rest_after, rest_base) = match URL
                .find(rest_after)
                .filter(|m| rest_after[..m.start()].trim_matches(['.', ' ']).is_empty())
            {
                Some(url) => (&rest_after[url.end()..], rest_base + url.end()),
                None => (rest_after, rest_base),
            };
            // Without a year after the publisher: an author–year entry's,
            // or a book that names no year (`上海: 有正书局.`).
            let book = BOOK.captures(rest_after).or_else(|| {
                BOOK_UNDATED.captures(rest_after).filter(|c| {
                    let ends = rest_after[c.get(0).map_or(0, |m| m.end())..]
                        .trim()
                        .is_empty();
                    let named_place = c.name("place").is_some_and(|place| {
                        !place.as_str().contains(|c: char| c.is_ascii_digit())
                    }) && !ANY_YEAR.is_match(&c["publisher"])
                        && !c["publisher"]
                            .trim()
                            .starts_with(|c: char| c.is_ascii_digit());
                    dated
                        && (c.name("place").is_some()
                            || PUBLISHER_NAME.is_match(c["publisher"].trim()))
                        || named_place && ends
                })
            });
            if let Some(c) = book {
                let publisher = group(&folded, rest_base, &c, "publisher");
                // A [C] without `//` names the conference where a book
                // names its publisher.
                if work.kind == Some(WorkKind::ConferencePaper) && work.container.is_none() {
                    work.container = publisher;
                } else {
                    work.publisher = publisher.map(|p| {
                        p.strip_suffix("出版社出版")
                            .map_or(p.clone(), |name| format!("{name}出版社"))
                    });
                }
                work.year = group(&folded, rest_base, &c, "year");
                if let Some(translators) = group(&folded, rest_base, &c, "translators") {
                    work.translators = split_names(&translators);
                }
                let pages = group(&folded, rest_base, &c, "pages").map(|p| join_page_ranges(&p));
                match work.kind {
                    Some(WorkKind::ConferencePaper | WorkKind::BookChapter) => work.pages = pages,
                    _ => locator = pages,
                }
            }
        }
    }
    let published_online_or_unknown = matches!(
        work.kind,
        None | Some(
            WorkKind::WebContent
                | WorkKind::Thesis
                | WorkKind::ReportDocument
                | WorkKind::Dataset
                | WorkKind::Map
                | WorkKind::Preprint
                | WorkKind::ArchivalDocument
        )
    );
    if published_online_or_unknown
        && work.publisher.is_none()
        && work.container.is_none()
        && let Some(c) = PUBLISHER_AFTER_CODE.captures(rest_after)
        && !c["publisher"].contains(['译', '@'])
        && !ANY_YEAR.is_match(&c["publisher"])
    {
        work.publisher = group(&folded, rest_base, &c, "publisher");
    }
    let paper_or_unknown = matches!(
        work.kind,
        None | Some(WorkKind::ConferencePaper | WorkKind::BookChapter)
    );
    if paper_or_unknown
        && work.pages.is_none()
        && locator.is_none()
        && let Some(c) = YEAR_PAGES.captures(rest_after)
    {
        work.year.get_or_insert_with(|| c["year"].to_string());
        work.pages = group(&folded, rest_base, &c, "pages").map(|p| join_page_ranges(&p));
    }
    if let Some(c) = ACCESSED.captures(rest) {
        work.accessed = group(&folded, base, &c, "date").map(|d| iso_date(&d));
    }
    if let Some(c) = URL.captures(rest) {
        let url: String = group(&folded, base, &c, "url")
            .unwrap_or_default()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        work.url = Some(super::chinese::repair_url(url.trim_end_matches('.')));
        if cut.coded && work.kind.is_none() {
            work.kind = Some(WorkKind::WebContent);
        }
    }
    if work.year.is_none() {
        let before_access = ACCESSED.find(rest).map_or(rest.len(), |m| m.start());
        let before_url = URL.find(rest).map_or(rest.len(), |m| m.start());
        let searched = &rest[..before_access.min(before_url)];
        if let Some(c) = PUBLISHED.captures(searched) {
            work.year = group(&folded, base, &c, "year");
            work.date = group(&folded, base, &c, "date").map(|d| iso_date(&d));
        } else if let Some(c) = ANY_YEAR
            .captures(searched)
            .filter(|c| work.kind != Some(WorkKind::WebContent) || year_closes(searched, c))
        {
            work.year = group(&folded, base, &c, "year");
        } else if let Some(c) = YEAR_LAST.captures(rest) {
            // `[EB/OL]. https://…. 2021.`: the year after the address.
            work.year = group(&folded, base, &c, "year");
        }
    }
    Some(ParsedEntry {
        cited: Cited::Work(Box::new(work)),
        locator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(text: &str) -> (ParsedWork, Option<String>) {
        crate::bibliography::expect_work(text, parse(text))
    }

    fn fields(work: &ParsedWork) -> [Option<&str>; 6] {
        [
            work.container.as_deref(),
            work.publisher.as_deref(),
            work.year.as_deref(),
            work.volume.as_deref(),
            work.issue.as_deref(),
            work.pages.as_deref(),
        ]
    }

    #[test]
    fn a_journal_article_with_full_width_punctuation() {
        let (article, _) = work(
            "石中英，张夏青．30年教育改革的中国经验[J]．北京师范大学学报（社会科学版），2008(5)：22-32.",
        );
        assert_eq!(article.kind, Some(WorkKind::JournalArticle));
        assert_eq!(article.authors, vec!["石中英", "张夏青"]);
        assert_eq!(article.title, "30年教育改革的中国经验");
        assert_eq!(
            fields(&article),
            [
                Some("北京师范大学学报（社会科学版）"),
                None,
                Some("2008"),
                None,
                Some("5"),
                Some("22-32")
            ]
        );
    }

    #[test]
    fn volume_issue_and_several_page_ranges() {
        let (article, _) = work(
            "王安铸，马晓昌．八段锦干预心力衰竭患者疗效的Meta分析[J].世界中医药，2020，15(13)：1939-1945，1952.",
        );
        assert_eq!(
            fields(&article)[2..],
            [Some("2020"), Some("15"), Some("13"), Some("1939-1945,1952")]
        );
        let (article, _) = work(
            "Huang Y P.Understanding China's Belt & Road Initiative:Motivation, framework and assessment[J].China Economic Review,2016,40: 314-321.",
        );
        assert_eq!(article.authors, vec!["Huang Y P"]);
        assert_eq!(
            fields(&article),
            [
                Some("China Economic Review"),
                None,
                Some("2016"),
                Some("40"),
                None,
                Some("314-321")
            ]
        );
    }

    #[test]
    fn a_translated_book_with_place_publisher_and_pages() {
        let (book, pages) = work(
            "唐纳德·埃布尔森.智库能发挥作用吗[M]．扈喜林译，上海：上海社会科学院出版社，2010:5-6.",
        );
        assert_eq!(book.kind, Some(WorkKind::Book));
        assert_eq!(book.translators, vec!["扈喜林"]);
        assert_eq!(book.publisher.as_deref(), Some("上海社会科学院出版社"));
        assert_eq!(book.year.as_deref(), Some("2010"));
        assert_eq!(pages.as_deref(), Some("5-6"));
    }

    #[test]
    fn english_names_with_initials() {
        let (book, _) = work(
            "Struyk, R. J. Managing Think Tanks: Practical Guidance[M].Budapest: OSI/LGI, The Urban Institute, 2006.",
        );
        assert_eq!(book.authors, vec!["Struyk, R. J"]);
        assert_eq!(book.title, "Managing Think Tanks: Practical Guidance");
        assert_eq!(
            book.publisher.as_deref(),
            Some("OSI/LGI, The Urban Institute")
        );
        let (book, _) = work("Paul Dickson. Think Tank[M].New York: Atheneum, 1971.");
        assert_eq!(book.authors, vec!["Paul Dickson"]);
        assert_eq!(book.publisher.as_deref(), Some("Atheneum"));
    }

    #[test]
    fn web_texts_keep_their_access_date_and_url() {
        let (page, _) = work(
            "中华人民共和国国务院.国家中长期教育改革和发展规划纲要(2010—2020年)[EB/OL].[2010-7-29].http://www.moe.edu.cn/publicfiles/93704.html.",
        );
        assert_eq!(page.kind, Some(WorkKind::WebContent));
        assert_eq!(page.authors, vec!["中华人民共和国国务院"]);
        assert_eq!(page.title, "国家中长期教育改革和发展规划纲要(2010—2020年)");
        assert_eq!(page.accessed.as_deref(), Some("2010-07-29"));
        assert_eq!(page.year, None);
        assert_eq!(
            page.url.as_deref(),
            Some("http://www.moe.edu.cn/publicfiles/93704.html")
        );
        let (page, _) = work("王五.某通知[EB/OL].(2016-03-07)[2016-05-01].https://a.cn/x.");
        assert_eq!(page.year.as_deref(), Some("2016"));
    }

    #[test]
    fn newspapers_theses_and_entries_without_author() {
        let (news, _) = work("“老慢支\"的食疗养生[N]．家庭医生报，2008-04-07(12).");
        assert_eq!(news.kind, Some(WorkKind::NewspaperArticle));
        assert!(news.authors.is_empty());
        assert_eq!(news.container.as_deref(), Some("家庭医生报"));
        assert_eq!(news.date.as_deref(), Some("2008-04-07"));
        assert_eq!(news.pages.as_deref(), Some("12"));
        let (thesis, _) = work(
            "庄鑫．慢性支气管炎老中医真实世界临床诊疗数据分析研究[D].南京：南京中医药大学，2020.",
        );
        assert_eq!(thesis.kind, Some(WorkKind::Thesis));
        assert_eq!(thesis.publisher.as_deref(), Some("南京中医药大学"));
    }

    #[test]
    fn a_paper_in_proceedings() {
        let (paper, _) = work(
            "钟文.数据共享机制研究[C]//张三,主编.第五届情报学会议论文集.北京:科学出版社,2015:12-19.",
        );
        assert_eq!(paper.kind, Some(WorkKind::ConferencePaper));
        assert_eq!(paper.container.as_deref(), Some("第五届情报学会议论文集"));
        assert_eq!(paper.editors, vec!["张三"]);
        assert_eq!(paper.publisher.as_deref(), Some("科学出版社"));
        assert_eq!(paper.pages.as_deref(), Some("12-19"));
    }

    #[test]
    fn lists_without_type_codes() {
        let (article, _) =
            work("刘卫东.“一带一路”战略的科学内涵与科学问题.地理科学进展,2015,34(5): 538-544.");
        assert_eq!(article.kind, Some(WorkKind::JournalArticle));
        assert_eq!(article.title, "“一带一路”战略的科学内涵与科学问题");
        assert_eq!(article.container.as_deref(), Some("地理科学进展"));
        let (book, _) = work("刘卫东，田锦尘,欧晓理,等著.“一带一路”战略研究.北京:商务印书馆,2017.");
        assert_eq!(book.kind, Some(WorkKind::Book));
        assert_eq!(book.authors, vec!["刘卫东", "田锦尘", "欧晓理"]);
        assert_eq!(book.publisher.as_deref(), Some("商务印书馆"));
        let (article, _) = work(
            "Liu W D, Dunford M. Inclusive globalization: unpacking China's Belt and Road Initiative. Area Development and Policy,\n2016,1(3): 323-340.",
        );
        assert_eq!(article.authors, vec!["Liu W D", "Dunford M"]);
        assert_eq!(
            article.container.as_deref(),
            Some("Area Development and Policy")
        );
    }

    #[test]
    fn footnotes_are_not_reference_list_entries() {
        assert!(
            parse("哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。").is_none()
        );
        assert!(parse("Ethan Mollick,Co-intelligence:Living and Working with AI,p.119.").is_none());
    }

    #[test]
    fn cases_standards_data_and_author_year_journals() {
        let (case, _) = work(
            "荣宝英诉王阳、永诚财产保险股份有限公司江阴支公司机动车交通事故责任纠纷案: （2013）锡民终字第497号[A]//最高人民法院公报. 2013.",
        );
        assert_eq!(
            case.title,
            "荣宝英诉王阳、永诚财产保险股份有限公司江阴支公司机动车交通事故责任纠纷案"
        );
        assert_eq!(case.container.as_deref(), Some("最高人民法院公报"));
        assert!(case.authors.is_empty());
        let (standard, _) = work("GB/T 3792—2021 信息与文献 资源描述[S].");
        assert_eq!(standard.title, "信息与文献 资源描述");
        assert_eq!(standard.kind, Some(WorkKind::TechnicalStandard));
        let (data, _) = work(
            "彭守璋, 2024. 1901—2023年中国1km分辨率逐月降水量数据集[DS/OL]. 西北农林科技大学水土保持研究所[2024-11-25]. https://www.geodata.cn/x.",
        );
        assert_eq!(
            data.publisher.as_deref(),
            Some("西北农林科技大学水土保持研究所")
        );
        let (article, _) = work("杨洪升, 2013. 四库馆私家抄校书考略[J]. 文献(1): 56-75.");
        assert_eq!(
            (article.container.as_deref(), article.issue.as_deref()),
            (Some("文献"), Some("1"))
        );
        let (chapter, _) = work(
            "欧中坦. 千方百计上京城：清朝的京控[M]. 谢鹏程, 译//高道蕴, 高鸿钧, 贺卫方. 美国学者论中国法律传统. 中国政法大学出版社, 1994.",
        );
        assert_eq!(chapter.container.as_deref(), Some("美国学者论中国法律传统"));
        assert_eq!(chapter.translators, vec!["谢鹏程"]);
    }

    #[test]
    fn the_responsible_party_of_a_book_after_its_double_slash() {
        let (chapter, _) = work(
            "佐藤英明. 一時所得の要件に関する覚書[M]//金子宏, 中里実, J.マーク・ラムザイヤー. 租税法と市場. 有斐閣, 2014: 220.",
        );
        assert_eq!(chapter.container.as_deref(), Some("租税法と市場"));
        assert_eq!(
            chapter.editors.last().map(String::as_str),
            Some("J.マーク・ラムザイヤー")
        );
        let (paper, _) = work(
            "贾东琴, 柯平. 面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆学会. 中国图书馆学会年会论文集: 2011年卷. 北京: 国家图书馆出版社, 2011: 45-52.",
        );
        assert_eq!(paper.container.as_deref(), Some("中国图书馆学会年会论文集"));
        assert_eq!(paper.editors, vec!["中国图书馆学会"]);
    }

    #[test]
    fn journals_with_their_edition_and_no_year_after_them() {
        let (article, _) = work(
            "徐建委, 2025. 历史的起点：《史记》中的时间设置及其意义[J/OL]. 北京大学学报（哲学社会科学版）, 62(2): 117-127[2025-12-02].",
        );
        assert_eq!(
            article.container.as_deref(),
            Some("北京大学学报（哲学社会科学版）")
        );
        assert_eq!(article.issue.as_deref(), Some("2"));
        // A DOI's digits are not the journal's year.
        let (article, _) = work(
            "魏丽英, 1990. 论近代西北人口波动的若干主要原因[J/OL]. 社会科学(6): 68-73, 86. DOI:10.15891/j.cnki.cn62-1093/c.1990.06.017.",
        );
        assert_eq!(article.container.as_deref(), Some("社会科学"));
        assert_eq!(article.year.as_deref(), Some("1990"));
    }

    #[test]
    fn books_and_newspapers_that_name_no_date() {
        let (book, _) = work("狄葆贤. 平等阁笔记[M]. 上海: 有正书局.");
        assert_eq!(
            (book.publisher.as_deref(), book.year),
            (Some("有正书局"), None)
        );
        let (article, _) = work("伤心人（麦孟华）. 说奴隶[N]. 清议报(第1页).");
        assert_eq!(article.container.as_deref(), Some("清议报"));
        assert_eq!(article.pages.as_deref(), Some("1"));
    }

    #[test]
    fn data_named_by_the_years_they_cover_and_published_after_their_address() {
        let (data, _) = work(
            "刘时银, 郭万钦, 许君利. 中国第二次水川编目科学数据：2006-2011[DS/OL]. 某实验室, 2012[2024-11-25].",
        );
        assert_eq!(data.title, "中国第二次水川编目科学数据：2006-2011");
        let (data, _) = work(
            "黄土高原科学数据中心. 青海省县域教育、卫生发展指标[M/OL]. https://loess.geodata.cn/data/x.html. 国家地理资源科学数据中心-黄土高原分中心, 2024.",
        );
        assert_eq!(
            data.publisher.as_deref(),
            Some("国家地理资源科学数据中心-黄土高原分中心")
        );
        assert_eq!(data.year.as_deref(), Some("2024"));
        assert_eq!(
            data.url.as_deref(),
            Some("https://loess.geodata.cn/data/x.html")
        );
    }
}

#[cfg(test)]
mod style_tests {
    use crate::bibliography::{Cited, WorkKind};
    use crate::rules::fixture::{run, works_of_style};

    #[test]
    fn coded_entries_become_works_and_footnotes_are_left_alone() {
        let (_, found) = run(
            "正文[1]。又[2]。\n参考文献\n[1] 周洪宇，申国昌.20世纪中国教育改革的回顾与反思[J].华中师范大学学报,2011,50(3):132-138.\n[2] 哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。\n",
            &[],
        );
        let works = works_of_style(&found, &super::STYLE);
        assert_eq!(works.len(), 1);
        let Cited::Work(work) = &works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.kind, Some(WorkKind::JournalArticle));
        assert_eq!(work.pages.as_deref(), Some("132-138"));
    }
}
