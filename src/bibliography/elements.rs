//! Chinese references read element by element, whatever order a journal's
//! style puts them in. The styles of Chinese journals and universities
//! arrange the same elements — authors, year, title, container, place,
//! publisher, volume, issue, pages — in many orders and with many marks
//! between them: `作者，年，《题名》，地：出版社。` (社会学研究),
//! `作者，年：《题名》` and `作者（年）：`, `作者，“题名”，《刊名》，年，期。`,
//! `作者《题名》，地：出版社，年。`. Each element is known by its own form,
//! not by its place: a title stands in 《》 or “”, a publisher ends with
//! 出版社 or 书局, a year is four digits, a container is the second title
//! or the one after 载. The entry is cut into elements at the marks that
//! stand outside brackets and each element is read by its form.

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::chinese::repair_url;
use crate::bibliography::names::{join_page_ranges, names_editors, split_names};
use crate::bibliography::{Cited, ParsedEntry, ParsedWork, ReferenceStyle, WorkKind};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry of a Chinese style that orders its elements its own way,
    /// read element by element: the authors first; a year after them
    /// (`作者，2023，`, `作者，2023：`, `作者（2023）：`) or anywhere; the
    /// title in 《》 or “” (or the text before a type code `[M]`); the
    /// container as the second title, or the one after 载 or `//`; place
    /// and publisher (`北京：商务印书馆`, `北京，海洋出版社`); 第N卷,
    /// 第N期, `40（12）`; pages. Tried after the styles of fixed order.
    ///
    /// In:  `曹凌，2011，《中国佛教疑伪经综录》，上海：上海古籍出版社。`
    /// Out: a `fabio:Book` with `dcterms:title "中国佛教疑伪经综录"`,
    ///      `dcterms:creator` <person/曹凌>, `dcterms:publisher "上海古籍出版社"`,
    ///      `fabio:hasPublicationYear 2011`; `ag:rule` <rule/N008>.
    ElementEntry { id: "N008", name: "element-entry" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &ElementEntry::META,
    parse,
};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("element pattern")
}

/// A year alone, or with 年 or 年版, or the date of a day: `2011`, `2011年`,
/// `2011a`, `2025年2月17日`, `2021-04-21`.
static YEAR_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*(?:年\s*(?:版|印|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|[-./]\d{1,2}[-./]\d{1,2})?$",
    )
});
/// A year within an element: `2002年第4期`, `1984，1（1）`.
static YEAR_WITHIN: LazyLock<Regex> = LazyLock::new(|| regex(r"(?P<year>(?:1[5-9]|20)\d{2})\s*年"));
/// The year the authors are dated by: `阿扬（2023）`, `阿扬(2023a)`.
static DATED_AUTHORS: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?P<authors>[^（(《“]+?)\s*[（(]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*[）)]$")
});
/// Names and then a title: `张伯伟《全唐五代诗格汇考》`, `王夫之《宋论》（刻本）`;
/// not `某协会关于发布《…》的通知`, a title inside a longer one.
static NAMES_THEN_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^(?P<authors>[^《“”]{1,60}?)\s*(?P<title>《[^《》]+》|“[^“”]+”)(?P<rest>.*)$")
});
/// A title in 《》 or “” and what follows it in the element: `《社会学研究》第3期`.
static LEADING_TITLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<title>《[^《》]+》|“[^“”]+”)(?P<rest>.*)$"));
static ISSUE: LazyLock<Regex> = LazyLock::new(|| regex(r"第\s*(?P<issue>\d+)\s*期"));
static VOLUME: LazyLock<Regex> = LazyLock::new(|| regex(r"第\s*(?P<volume>\d+)\s*卷"));
/// `40（12）`, `50(3)`: volume and issue.
static VOLUME_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<volume>\d{1,4})\s*[（(]\s*(?P<issue>\d{1,3})\s*[）)]"));
static PAGES: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:第\s*)?(?P<pages>\d{1,5}\s*(?:[-—–~～]+\s*\d{1,5})?)\s*页?$"));
static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?:出版社|印书馆|书局|书店|书社|出版公司|出版集团|出版中心|(?i:press)|杂志社|编辑部)$")
});
static PUBLISHER_AND_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<publisher>.{2,40}?(?:出版社|印书馆|书局|书店|书社|出版公司|出版集团|(?i:press)))\s*(?P<year>(?:1[5-9]|20)\d{2})\s*年?\s*(?:版|印)?$",
    )
});
static THESIS_AT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<school>[^，,]{2,40}?)\s*(?:博士|硕士)(?:学位)?论文$"));
static TYPE_CODE: LazyLock<Regex> = LazyLock::new(|| regex(r"\[(?P<code>[A-Z]{1,2})(?:/OL)?\]"));
static URL: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)https?[:：]?//|www\."));
/// A journal's office named by the journal, as editors: `《环球科学》杂志社主编`.
static TITLED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<names>《[^《》]{1,30}》(?:杂志社|编辑部|编委会|编写组)(?:主编|编著|编)?)\s*(?P<rest>.*)$",
    )
});
/// `互联网`, `网络`: the medium a web text is in, named before its address.
static ONLINE: LazyLock<Regex> = LazyLock::new(|| regex(r"^(?:互联网|网络|在线|online)$"));
/// Words that open a container: `载`, `见`, `收入`, `in`.
static CONTAINER_CUE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:载于?|见于?|收入|收于|(?i:in)\s)\s*"));

/// One element of an entry and the mark that ended it.
#[derive(Debug)]
struct Element<'a> {
    text: &'a str,
    /// `：` or `:` ended it: what follows belongs to it (a place before its
    /// publisher, a speaker before a title).
    colon: bool,
}

/// The entry cut at `，,。；;：:` and at `. ` outside 《》“”（）() [].
fn elements(text: &str) -> Vec<Element<'_>> {
    let mut found = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // A web address is one element: its colon and dots cut nothing.
    let mut in_url_until = 0;
    for (position, &(at, c)) in chars.iter().enumerate() {
        if at < in_url_until {
            continue;
        }
        if text[at..].starts_with("http") || text[at..].starts_with("www.") {
            in_url_until = text[at..]
                .find(|c: char| c.is_whitespace() || "，。；、（）()".contains(c))
                .map_or(text.len(), |end| at + end);
            continue;
        }
        match c {
            '《' | '“' | '（' | '(' | '[' | '【' | '〔' => depth += 1,
            '》' | '”' | '）' | ')' | ']' | '】' | '〕' => depth = (depth - 1).max(0),
            _ => {}
        }
        let next = chars.get(position + 1).map(|&(_, c)| c);
        // `Swingland I. R.、雷光春`: the stop of an initial cuts nothing.
        let initial = position >= 1
            && chars[position - 1].1.is_ascii_uppercase()
            && (position < 2 || !chars[position - 2].1.is_alphabetic());
        // `拉普拉斯, Pierre-Simon`: a surname in Chinese and the Latin given
        // names after it are one name.
        let given_names_next = c == ','
            && position >= 1
            && crate::chars::is_han(chars[position - 1].1)
            && text[at + 1..]
                .trim_start_matches(' ')
                .chars()
                .take(2)
                .map(|c| c.is_ascii_uppercase())
                .eq([true, false]);
        let cut = depth == 0
            && match c {
                '，' | '。' | '；' | ';' | '：' | '．' => true,
                ',' => !given_names_next,
                ':' => true,
                '.' => !initial && next.is_none_or(|n| n == ' ' || !n.is_ascii_alphanumeric()),
                _ => false,
            };
        if cut {
            push(&mut found, &text[start..at], matches!(c, '：' | ':'));
            start = at + c.len_utf8();
        }
    }
    push(&mut found, &text[start..], false);
    found
}

fn push<'a>(found: &mut Vec<Element<'a>>, text: &'a str, colon: bool) {
    let text = text.trim();
    if !text.is_empty() {
        found.push(Element { text, colon });
    }
}

/// The inside of `《…》` or `“…”` when the element is one such title.
fn bracketed(text: &str) -> Option<&str> {
    let inner = text
        .strip_prefix('《')
        .and_then(|t| t.strip_suffix('》'))
        .or_else(|| text.strip_prefix('“').and_then(|t| t.strip_suffix('”')))?;
    (!inner.contains(['《', '》', '“', '”'])).then_some(inner.trim())
}

/// Whether an element reads as a list of personal or institutional names.
fn names_like(text: &str) -> bool {
    let chars = text.chars().count();
    let longest = text
        .split(['、', '，', ',', '&'])
        .map(|name| name.trim().chars().count())
        .max()
        .unwrap_or(0);
    (2..=300).contains(&chars)
        && longest <= 40
        && !text.contains(['《', '》', '“', '”', '[', ']'])
        && !text.chars().any(|c| c.is_ascii_digit())
        && !PUBLISHER.is_match(text)
}

pub fn parse(text: &str) -> Option<ParsedEntry> {
    let text = text.trim().trim_end_matches(['。', '.', '．']);
    let mut parts = elements(text);
    let mut work = ParsedWork::default();
    // The authors, and the year that dates them.
    let first = parts.first()?;
    if let Some(c) = NAMES_THEN_TITLE.captures(first.text)
        && names_like(c["authors"].trim())
        && (c["rest"].trim().is_empty() || c["rest"].trim_start().starts_with(['（', '(']))
    {
        let (authors, title, rest) = (
            c["authors"].trim().to_string(),
            c["title"].to_string(),
            c["rest"].trim().to_string(),
        );
        work.authors = split_names(&authors);
        let colon = first.colon;
        let owned: Vec<(String, bool)> = std::iter::once((title, rest.is_empty() && colon))
            .chain((!rest.is_empty()).then_some((rest, colon)))
            .chain(parts.iter().skip(1).map(|p| (p.text.to_string(), p.colon)))
            .collect();
        return read_rest(work, &owned);
    }
    let mut named = true;
    if let Some(c) = DATED_AUTHORS.captures(first.text) {
        work.authors = split_names(&c["authors"]);
        work.year = Some(c["year"].to_string());
        parts.remove(0);
    } else if bracketed(first.text).is_none() && names_like(first.text) {
        let head = first.text;
        if names_editors(head) {
            work.editors = split_names(head);
        } else {
            work.authors = split_names(head);
        }
        parts.remove(0);
        if let Some(year) = parts.first().and_then(|p| YEAR_ALONE.captures(p.text)) {
            work.year = Some(year["year"].to_string());
            parts.remove(0);
        }
    } else {
        named = false;
    }
    // Authors dated by a year, or followed by a title in 《》 or “”: an
    // entry that leads with its title is a style of fixed order's.
    let titled = parts
        .first()
        .is_some_and(|p| LEADING_TITLE.is_match(p.text));
    if work.year.is_none() && (!named || !titled) {
        return None;
    }
    let owned: Vec<(String, bool)> = parts
        .iter()
        .map(|p| (p.text.to_string(), p.colon))
        .collect();
    read_rest(work, &owned)
}

/// Reads the elements after the authors (and their year).
fn read_rest(mut work: ParsedWork, parts: &[(String, bool)]) -> Option<ParsedEntry> {
    // `『書名』（出版社，2004年）`: publisher and year in brackets after the
    // title, as Japanese citations give them, are elements of their own.
    let parts: Vec<(String, bool)> = parts
        .iter()
        .flat_map(|(element, colon)| {
            let inner = element
                .strip_prefix(['（', '('])
                .and_then(|e| e.strip_suffix(['）', ')']))
                .filter(|inner| inner.contains(['，', ',']) && YEAR_WITHIN.is_match(inner));
            match inner {
                Some(inner) => elements(inner)
                    .into_iter()
                    .map(|e| (e.text.to_string(), e.colon))
                    .collect::<Vec<_>>(),
                None => vec![(element.clone(), *colon)],
            }
        })
        .collect();
    let parts = parts.as_slice();
    // The titles in the order they stand: the work's, then its container's.
    let mut titles: Vec<String> = Vec::new();
    let mut editors_next: Vec<String> = Vec::new();
    let mut skip_next = false;
    let mut plain: Vec<String> = Vec::new();
    let mut before_year: Option<String> = None;
    // The part that last went to `plain`, by its index in `parts`.
    let mut last_plain: Option<usize> = None;
    for (index, (element, colon)) in parts.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let element = element.as_str();
        let cued = CONTAINER_CUE.find(element).map(|m| &element[m.end()..]);
        let (element, after_cue) = match cued {
            Some(rest) => (rest.trim(), true),
            None => (element, false),
        };
        // `《环球科学》杂志社主编《书名》`: a journal's office is a name, not a
        // title.
        let element = match TITLED_BODY.captures(element) {
            Some(c) => {
                let names = split_names(&c["names"]);
                let rest = c.name("rest").map_or("", |m| m.as_str()).trim();
                match (names_editors(&c["names"]), rest.is_empty()) {
                    (true, true) => editors_next = names,
                    (true, false) => work.editors = names,
                    (false, _) => {}
                }
                if rest.is_empty() {
                    continue;
                }
                &element[element.len() - rest.len()..]
            }
            None => element,
        };
        // `马克思、恩格斯《马克思恩格斯全集》第35卷`: the editors of the book a
        // part is in, then its title.
        let element = match NAMES_THEN_TITLE
            .captures(element)
            .filter(|c| !titles.is_empty() && names_like(c["authors"].trim()))
        {
            Some(c) => {
                work.editors = split_names(c["authors"].trim());
                let start = c.name("title").map_or(0, |m| m.start());
                &element[start..]
            }
            None => element,
        };
        let element = match LEADING_TITLE.captures(element) {
            Some(c) => {
                let title = c.name("title").map_or("", |m| m.as_str());
                titles.push(title[3..title.len() - 3].trim().to_string());
                if after_cue && !editors_next.is_empty() {
                    work.editors = std::mem::take(&mut editors_next);
                }
                let rest = c.name("rest").map_or("", |m| m.as_str()).trim();
                if rest.is_empty() {
                    continue;
                }
                rest
            }
            None => element,
        };
        if let Some(code) = TYPE_CODE.captures(element) {
            let title = element[..code.get(0).map_or(0, |m| m.start())].trim();
            if titles.is_empty() && !title.is_empty() {
                titles.push(title.to_string());
            }
            work.kind = kind_of_code(&code["code"]).or(work.kind);
            continue;
        }
        if PUBLISHER.is_match(element) && work.publisher.is_none() {
            work.publisher = Some(element.to_string());
            continue;
        }
        // `中国人民大学出版社2012年版`: the publisher and its year as one element.
        if let Some(c) = PUBLISHER_AND_YEAR.captures(element)
            && work.publisher.is_none()
        {
            work.publisher = Some(c["publisher"].trim().to_string());
            work.year.get_or_insert_with(|| c["year"].to_string());
            continue;
        }
        // `武汉大学博士学位论文`: a thesis and its university.
        if let Some(c) = THESIS_AT.captures(element) {
            work.publisher
                .get_or_insert_with(|| c["school"].trim().to_string());
            work.kind = Some(WorkKind::Thesis);
            continue;
        }
        // `出版地：出版者`: a short place and a colon, then the publisher,
        // whatever its name ends with (湘乡曾国荃, 柏書房株式会社); not the
        // editors of a book before its title (`收入某学会编：《书名》（第1卷）`).
        if *colon
            && !after_cue
            && !names_editors(element)
            && element.chars().count() <= 8
            && bracketed(element).is_none()
            && let Some((next, _)) = parts.get(index + 1)
            && !YEAR_ALONE.is_match(next)
            && !PAGES.is_match(next)
            && bracketed(next).is_none()
            && !next.starts_with(['《', '“'])
        {
            if work.publisher.is_none() {
                work.publisher = Some(next.to_string());
            }
            skip_next = true;
            continue;
        }
        if let Some(c) = YEAR_ALONE.captures(element) {
            work.year.get_or_insert_with(|| c["year"].to_string());
            if before_year.is_none() && !titles.is_empty() {
                before_year = plain
                    .last()
                    .cloned()
                    .filter(|last| index > 0 && parts[index - 1].0 == *last && !URL.is_match(last));
                if before_year.is_some() {
                    plain.pop();
                }
            }
            continue;
        }
        if let Some(c) = YEAR_WITHIN.captures(element) {
            work.year.get_or_insert_with(|| c["year"].to_string());
        }
        if let Some(c) = ISSUE.captures(element) {
            work.issue = Some(c["issue"].to_string());
        }
        if let Some(c) = VOLUME.captures(element) {
            work.volume = Some(c["volume"].to_string());
        }
        if let Some(c) = VOLUME_ISSUE.captures(element) {
            work.volume = Some(c["volume"].to_string());
            work.issue = Some(c["issue"].to_string());
            continue;
        }
        if let Some(c) = PAGES.captures(element)
            && (work.year.is_some() || !titles.is_empty())
        {
            work.pages = Some(join_page_ranges(&c["pages"]));
            continue;
        }
        // `“题名”，人民网，互联网，http://…`: the address of a web text, and
        // the site named right before it.
        if let Some(url) = URL.find(element).filter(|m| m.start() == 0) {
            work.url
                .get_or_insert_with(|| repair_url(&element[url.start()..]));
            let site = (0..index)
                .rev()
                .find(|&before| !ONLINE.is_match(&parts[before].0));
            if site.is_some() && site == last_plain && !titles.is_empty() {
                work.container = plain.pop();
                work.kind = Some(WorkKind::WebContent);
            }
            continue;
        }
        if element.ends_with('译') {
            work.translators = split_names(element.trim_end_matches('译'));
        } else if names_editors(element) && names_like(element) {
            editors_next = split_names(element);
        } else if !ISSUE.is_match(element)
            && !VOLUME.is_match(element)
            && !URL.is_match(element)
            && !ONLINE.is_match(element)
        {
            plain.push(element.to_string());
            last_plain = Some(index);
        }
    }
    // `，2024，《题名》，ChinaXiv。`, `《题名》，2024年7月19日，某数据中心。`: a
    // name that ends the entry after its title, the one element nothing
    // else reads, is who put the work out.
    if work.publisher.is_none()
        && work.container.is_none()
        && titles.len() == 1
        && plain.len() == 1
        && before_year.is_none()
        && last_plain == Some(parts.len() - 1)
        && plain.last().is_some_and(|last| names_like(last))
    {
        work.publisher = plain.pop();
    }
    // No publisher named as such: the element right before the year, when
    // it is nothing else (`，武汉大学，2016`, `，ChinaXiv，2023`).
    if work.publisher.is_none()
        && work.container.is_none()
        && titles.len() < 2
        && let Some(before_year) = before_year
    {
        work.publisher = Some(before_year);
    }
    // No title in brackets: the first element that is nothing else is the
    // title (`作者（2023）：题名，刊名，第3期`), and the next one, before
    // a volume, issue or pages and no publisher, the journal.
    if titles.is_empty() && !plain.is_empty() {
        let mut plain = plain.into_iter();
        titles.extend(plain.next());
        if work.publisher.is_none()
            && (work.issue.is_some() || work.volume.is_some() || work.pages.is_some())
        {
            titles.extend(plain.next());
        }
    }
    let mut titles = titles.into_iter();
    let title = titles.next()?;
    work.title = title;
    if let Some(container) = titles.next() {
        work.container = Some(container);
        if !editors_next.is_empty() && work.editors.is_empty() {
            work.editors = editors_next;
        }
    }
    work.kind = work.kind.or(Some(match (&work.container, &work.publisher) {
        (Some(_), Some(_)) => WorkKind::BookChapter,
        (Some(_), None) => WorkKind::JournalArticle,
        _ => WorkKind::Book,
    }));
    Some(ParsedEntry {
        cited: Cited::Work(Box::new(work)),
        locator: None,
    })
}

/// The FaBiO class of a GB/T 7714 type code.
fn kind_of_code(code: &str) -> Option<WorkKind> {
    Some(match code {
        "J" => WorkKind::JournalArticle,
        "M" => WorkKind::Book,
        "C" => WorkKind::ConferencePaper,
        "D" => WorkKind::Thesis,
        "R" => WorkKind::ReportDocument,
        "N" => WorkKind::NewspaperArticle,
        "P" => WorkKind::PatentDocument,
        "S" => WorkKind::TechnicalStandard,
        "EB" => WorkKind::WebContent,
        "A" => WorkKind::ArchivalDocument,
        "DS" => WorkKind::Dataset,
        "CM" => WorkKind::Map,
        "PP" => WorkKind::Preprint,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibliography::expect_work;

    #[test]
    fn author_year_heads_in_three_forms() {
        for text in [
            "曹凌，2011，《中国佛教疑伪经综录》，上海：上海古籍出版社。",
            "曹凌，2011：《中国佛教疑伪经综录》，上海：上海古籍出版社。",
            "曹凌（2011）：《中国佛教疑伪经综录》，上海：上海古籍出版社。",
        ] {
            let (work, _) = expect_work(text, parse(text));
            assert_eq!(work.authors, vec!["曹凌"], "{text}");
            assert_eq!(work.year.as_deref(), Some("2011"), "{text}");
            assert_eq!(work.title, "中国佛教疑伪经综录", "{text}");
            assert_eq!(work.publisher.as_deref(), Some("上海古籍出版社"), "{text}");
            assert_eq!(work.kind, Some(WorkKind::Book), "{text}");
        }
    }

    #[test]
    fn a_quoted_title_in_a_journal() {
        let text = "王五，2020，“平台劳动的时间政治”，《社会学研究》第3期，第1—20页。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.title, "平台劳动的时间政治");
        assert_eq!(work.container.as_deref(), Some("社会学研究"));
        assert_eq!(work.issue.as_deref(), Some("3"));
        assert_eq!(work.kind, Some(WorkKind::JournalArticle));
    }

    #[test]
    fn names_right_before_the_title() {
        let text = "倪素香《德育学科的比较研究》，载《武汉大学学报》2002年第4期。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.authors, vec!["倪素香"]);
        assert_eq!(work.container.as_deref(), Some("武汉大学学报"));
        assert_eq!(work.year.as_deref(), Some("2002"));
    }

    #[test]
    fn a_surname_in_chinese_keeps_its_latin_given_names() {
        let text = "拉普拉斯, Pierre-Simon，《概率哲学》，北京，未名出版社，1951。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.authors, vec!["拉普拉斯, Pierre-Simon"]);
        assert_eq!(work.title, "概率哲学");
        assert_eq!(work.year.as_deref(), Some("1951"));
    }

    #[test]
    fn a_web_text_names_its_site_before_its_address() {
        let text = "汪波，2004年1月10日，“哈尔滨市政法机关正对‘宝马案’认真调查复查”，人民网，互联网，http://www.people.com.cn/GB/shehui/1062/2289764.html，2022年5月3日。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.container.as_deref(), Some("人民网"));
        assert_eq!(work.kind, Some(WorkKind::WebContent));
        assert_eq!(
            work.url.as_deref(),
            Some("http://www.people.com.cn/GB/shehui/1062/2289764.html")
        );
    }

    #[test]
    fn a_name_that_ends_the_entry_put_the_work_out() {
        for text in [
            "方向明、曹迎杰，2023，《元宇宙在图书馆的应用：理论研究与实践进展》，ChinaXiv。",
            "方向明、曹迎杰《元宇宙在图书馆的应用：理论研究与实践进展》，2023年7月19日，ChinaXiv。",
        ] {
            let (work, _) = expect_work(text, parse(text));
            assert_eq!(work.publisher.as_deref(), Some("ChinaXiv"), "{text}");
            assert_eq!(work.year.as_deref(), Some("2023"), "{text}");
        }
        // Not when other elements are left unread: the last is no publisher.
        let text = "张三，2007，《题名》，Volume 3 Issue 2，pages 14-20，October。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.publisher, None);
    }

    #[test]
    fn the_book_a_part_is_in_after_its_editors() {
        let text = "王保树《股份有限公司机关构造中的董事和董事会》，收入梁慧星编：《民商法论丛》（第1卷），法律出版社，1994年，第110页。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.container.as_deref(), Some("民商法论丛"));
        assert_eq!(work.editors, vec!["梁慧星"]);
        assert_eq!(work.publisher.as_deref(), Some("法律出版社"));
        let text = "阿扬，2023，《谈谈记忆》，姜海伦译，《环球科学》杂志社主编《认识记忆力》，北京：机械工业出版社。";
        let (work, _) = expect_work(text, parse(text));
        assert_eq!(work.container.as_deref(), Some("认识记忆力"));
        assert_eq!(work.editors, vec!["《环球科学》杂志社"]);
    }

    #[test]
    fn entries_of_fixed_order_are_left_to_their_styles() {
        assert_eq!(
            parse("《马克思恩格斯文集》第8卷,人民出版社2009年版,第186页。"),
            None
        );
        assert_eq!(
            parse("某协会关于发布《收费标准》的通知，某字[2013]9号。"),
            None
        );
        assert_eq!(parse("本文所说的平台，指数字中介。"), None);
    }
}
