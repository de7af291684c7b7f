//! Note and reference entries parsed into cited works: who, what, where,
//! when, and the page cited. One file a reference style, each declaring its
//! `STYLE`; the list below is the order an entry tries them in.

pub mod fold;
mod kinds;
pub mod names;

/// Declares the style modules and `STYLES`, the order an entry tries them
/// in: the first style that reads an entry is the entry's.
macro_rules! reference_styles {
    ($($module:ident),* $(,)?) => {
        $(pub mod $module;)*
        /// Every reference style, in the order an entry tries them.
        pub const STYLES: &[&ReferenceStyle] = &[$(&$module::STYLE),*];
    };
}

reference_styles! {
    // First: 同上 and 前引 would read as titles in the styles below.
    back_reference,
    author_year,
    gbt7714,
    chinese,
    english,
    elements,
}

/// A citation style: the rule that stands for it in the graph (`ag:rule`
/// of the works it reads) and its parser of one entry.
pub struct ReferenceStyle {
    pub meta: &'static RuleMeta,
    /// Reads one entry (its label and cue removed), as written.
    pub parse: fn(&str) -> Option<ParsedEntry>,
}

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::key::normalize_key;
use crate::rule_meta::RuleMeta;

/// The FaBiO type of a cited work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum WorkKind {
    JournalArticle,
    Book,
    BookChapter,
    ReportDocument,
    WhitePaper,
    WorkingPaper,
    WebContent,
    Thesis,
    ConferencePaper,
    NewspaperArticle,
    PatentDocument,
    TechnicalStandard,
    /// A data set (GB/T 7714 `[DS]`): `fabio:Dataset`.
    Dataset,
    /// A map (GB/T 7714 `[CM]`, 舆图): `fabio:StillImage`, FaBiO's class of
    /// maps, plans and figures.
    Map,
    /// A preprint (GB/T 7714-2025 `[PP]`): `fabio:Preprint`.
    Preprint,
    /// A record kept in an archive (GB/T 7714-2015 `[A]` with no book it is
    /// in): `fabio:ArchivalDocument`.
    ArchivalDocument,
    /// A court's decision in a case (`包郑照诉苍南县人民政府强制拆除房屋案`):
    /// `fabio:LegalOpinion`.
    LegalCase,
    /// A law, a regulation or an official notice (`国发〔2007〕19号`,
    /// `《中华人民共和国公司法》`): `ag:Legislation`, FaBiO having no class.
    Legislation,
}

/// A work as one entry describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ParsedWork {
    pub kind: Option<WorkKind>,
    pub authors: Vec<String>,
    pub translators: Vec<String>,
    /// Editors of the work, or of the book a chapter or paper is in.
    pub editors: Vec<String>,
    pub title: String,
    /// Journal, or the book a chapter is in, or the collected works a volume
    /// belongs to.
    pub container: Option<String>,
    pub publisher: Option<String>,
    pub year: Option<String>,
    pub volume: Option<String>,
    pub issue: Option<String>,
    /// Pages of the work itself (an article's range): `22-32`, `1939-1945,1952`.
    pub pages: Option<String>,
    /// The date of publication when the entry gives more than the year
    /// (a newspaper's issue, a web text's posting), `YYYY-MM-DD`.
    pub date: Option<String>,
    pub url: Option<String>,
    /// The date a web text was read, `YYYY-MM-DD`.
    pub accessed: Option<String>,
}

impl ParsedWork {
    /// The key of the work's identity: its title without punctuation, and
    /// its first author (or editor); the page cited is not part of it.
    pub fn identity(&self) -> String {
        let title: String = normalize_key(&self.title)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        // An edited book is known by its first editor.
        let author = self
            .authors
            .first()
            .or(self.editors.first())
            .map(|a| normalize_key(a))
            .unwrap_or_default();
        let volume = self.volume.clone().unwrap_or_default();
        format!("{title}|{author}|{volume}")
    }

    /// A short form (`作者:《书名》,第104页`) names no year, publisher or
    /// container: it refers to a fuller entry of the same work.
    pub fn is_short_form(&self) -> bool {
        self.year.is_none() && self.publisher.is_none() && self.container.is_none()
    }
}

/// What an entry cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Cited {
    Work(Box<ParsedWork>),
    /// 同上, 同上书, ibid.: the work of the entry before.
    SameAsBefore,
    /// `布雷弗曼:前引书`, `Braverman, op. cit.`: the work of this author cited
    /// in an earlier entry.
    EarlierBy(String),
}

/// An entry parsed: the work (or a reference back) and the page cited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedEntry {
    pub cited: Cited,
    /// The page or pages cited, as written (`205`, `159-160`, `XXVI`).
    pub locator: Option<String>,
}

/// Words that introduce a citation: `参见`, `转引自`, `See also`, `Cf.`.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:参见|详见|参阅|另见|又见|转引自|引自|see\s+also|see|cf\.)\s*[:：]?\s*")
        .expect("citation cue pattern")
});

/// Pages cited: `第104页`, `205页`, `第30—31页`, `159160页` (dash lost),
/// `pp.536-569`, `p.180`.
static LOCATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:第\s*(?P<cn>[0-9IVXLCDMivxlcdm]+(?:\s*[—\-–~]+\s*[0-9]+)?)\s*页|(?P<bare>[0-9]+(?:\s*[—\-–~]+\s*[0-9]+)?)\s*页|pp?\.\s*(?P<en>[0-9]+(?:\s*[—\-–]\s*[0-9]+)?))",
    )
    .expect("locator pattern")
});

/// The last page reference of `text`, normalised to `a-b`; a run of digits
/// that lost its dash (`159160`) is split in two halves when they ascend.
pub fn find_locator(text: &str) -> Option<String> {
    let captures = LOCATOR.captures_iter(text).last()?;
    let raw = ["cn", "bare", "en"]
        .iter()
        .find_map(|name| captures.name(name))?
        .as_str();
    let parts: Vec<&str> = raw
        .split(['—', '-', '–', '~'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    Some(match parts.as_slice() {
        [from, to] => format!("{from}-{to}"),
        [single] => split_lost_dash(single).unwrap_or_else(|| single.to_string()),
        _ => raw.to_string(),
    })
}

fn split_lost_dash(digits: &str) -> Option<String> {
    if digits.len() < 4
        || !digits.len().is_multiple_of(2)
        || !digits.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (from, to) = digits.split_at(digits.len() / 2);
    let (a, b): (u32, u32) = (from.parse().ok()?, to.parse().ok()?);
    (b > a && b - a < 50).then(|| format!("{from}-{to}"))
}

/// The works a note cites, each part of it read once by the first style
/// that reads it: a note citing several works (`参见A:《书一》,…；B:《书二》,…`)
/// is cut at its semicolons when every part reads as a citation, else read
/// whole; each part loses the cue before it (参见, See).
pub fn read_note(text: &str) -> Vec<Option<(&'static ReferenceStyle, ParsedEntry)>> {
    let parts: Vec<&str> = text
        .split(['；', ';'])
        .map(|part| without_cue(part.trim()))
        .filter(|part| !part.is_empty())
        .collect();
    if parts.len() > 1 {
        let read: Vec<_> = parts.iter().map(|part| read_entry(part)).collect();
        if read.iter().all(Option::is_some) {
            return read;
        }
    }
    vec![read_entry(text)]
}

/// An entry without the mark of its first author's nationality or dynasty
/// (`[美]富勒，《法律的道德性》`, `〔清〕王夫之`): names drop it anyway, and
/// the styles then read the entry by the name that follows.
fn without_nationality(text: &str) -> &str {
    names::NATIONALITY
        .find(text)
        .map_or(text, |m| &text[m.end()..])
}

fn without_cue(text: &str) -> &str {
    CUE.find(text).map_or(text, |m| &text[m.end()..])
}

/// Parses one entry (label removed) in whichever style fits.
pub fn parse_entry(text: &str) -> Option<ParsedEntry> {
    read_entry(text).map(|(_, entry)| entry)
}

/// Parses one entry (label removed) in the first style that reads it, and
/// names the style.
pub fn read_entry(text: &str) -> Option<(&'static ReferenceStyle, ParsedEntry)> {
    let text = inner_titles_protected(without_nationality(without_cue(text.trim())));
    let (style, mut entry) = STYLES
        .iter()
        .find_map(|style| Some((*style, finished((style.parse)(&text)?))))?;
    if let Cited::Work(work) = &mut entry.cited {
        kinds::refine_kind(work, &text);
    }
    Some((style, entry))
}

/// The marks of a title inside a title (`《苏颂与《本草图经》研究》`) while the
/// styles read an entry: private-use characters, so that a title ends at
/// its own 》; `finished` puts the marks back.
const INNER_OPEN: char = '\u{E000}';
const INNER_CLOSE: char = '\u{E001}';

fn inner_titles_protected(text: &str) -> String {
    let mut depth = 0usize;
    japanese_marks_as_chinese(text)
        .chars()
        .map(|c| match c {
            '《' => {
                depth += 1;
                if depth > 1 { INNER_OPEN } else { c }
            }
            '》' if depth > 1 => {
                depth -= 1;
                INNER_CLOSE
            }
            '》' => {
                depth = depth.saturating_sub(1);
                c
            }
            c => c,
        })
        .collect()
}

/// Japanese works cited in Japanese (as 法学引注手册 asks): 『書名』 is 《书名》
/// and 「論文名」 is “题名”. Only marks that pair up: OCR writes the `]` of
/// `[J]` as `」` and the `[` of `[美]` as `「`.
fn japanese_marks_as_chinese(text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (open, close, open_as, close_as) in [('『', '』', '《', '》'), ('「', '」', '“', '”')]
    {
        let mut at = 0;
        while let Some(start) = chars[at..].iter().position(|&c| c == open).map(|p| at + p) {
            let end = chars[start + 1..]
                .iter()
                .position(|&c| c == close || c == open)
                .map(|p| start + 1 + p)
                .filter(|&end| chars[end] == close);
            match end {
                Some(end) => {
                    chars[start] = open_as;
                    chars[end] = close_as;
                    at = end + 1;
                }
                None => at = start + 1,
            }
        }
    }
    chars.into_iter().collect()
}

fn inner_titles_restored(text: &str) -> String {
    text.replace(INNER_OPEN, "《").replace(INNER_CLOSE, "》")
}

/// An entry as a style parser read it, made ready for the graph: a title
/// or container that the entry's line breaks cut is one line again, the
/// marks of a title inside it are back. Every
/// entry, whichever way it was parsed, goes through here.
pub fn finished(mut entry: ParsedEntry) -> ParsedEntry {
    if let Cited::Work(work) = &mut entry.cited {
        work.title = inner_titles_restored(&join_lines(&work.title));
        if let Some(container) = &mut work.container {
            *container = inner_titles_restored(&join_lines(container));
        }
        for value in [&mut work.publisher, &mut work.volume, &mut work.issue]
            .into_iter()
            .flatten()
        {
            *value = inner_titles_restored(value);
        }
        for name in work
            .authors
            .iter_mut()
            .chain(&mut work.editors)
            .chain(&mut work.translators)
        {
            *name = inner_titles_restored(name);
        }
    }
    entry
}

/// A title an entry's line breaks cut: rejoined without a gap between two
/// Chinese characters (`教育期望\n与生活`), with one space otherwise
/// (`the Sole\nSuperpower`).
fn join_lines(text: &str) -> String {
    if !text.contains(['\n', '\r']) {
        return text.to_string();
    }
    let mut joined = String::with_capacity(text.len());
    for (index, line) in text
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let cjk_join = joined.chars().next_back().is_some_and(crate::chars::is_han)
            && line.chars().next().is_some_and(crate::chars::is_han);
        if index > 0 && !cjk_join {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined
}

/// The work an entry cites and its page; panics when it cites none.
#[cfg(test)]
pub(crate) fn expect_work(text: &str, entry: Option<ParsedEntry>) -> (ParsedWork, Option<String>) {
    match entry {
        Some(ParsedEntry {
            cited: Cited::Work(work),
            locator,
        }) => (*work, locator),
        other => panic!("{text}: {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_title_marks_that_pair_up_read_as_chinese_ones() {
        assert_eq!(
            japanese_marks_as_chinese("我妻栄『民法講義』，「抵当権」"),
            "我妻栄《民法講義》，“抵当権”"
        );
        // OCR's brackets: `[J」` and `「美]` stay as they are.
        assert_eq!(japanese_marks_as_chinese("题名[J」.刊名"), "题名[J」.刊名");
        assert_eq!(japanese_marks_as_chinese("「美]罗伯特"), "「美]罗伯特");
    }

    #[test]
    fn titles_cut_by_line_breaks_are_rejoined() {
        assert_eq!(join_lines("教育期望\n与生活期望"), "教育期望与生活期望");
        assert_eq!(join_lines("the Sole\nSuperpower"), "the Sole Superpower");
        assert_eq!(join_lines("AI\n与劳动"), "AI 与劳动");
    }

    #[test]
    fn locators_in_every_form() {
        assert_eq!(
            find_locator("商务印书馆1978年版,205页。").as_deref(),
            Some("205")
        );
        assert_eq!(find_locator("第30—31页。").as_deref(), Some("30-31"));
        assert_eq!(
            find_locator("同上书,159160页。").as_deref(),
            Some("159-160")
        );
        assert_eq!(find_locator("第XXVI页。").as_deref(), Some("XXVI"));
        assert_eq!(
            find_locator("Portfolio,2024,p.180.").as_deref(),
            Some("180")
        );
        assert_eq!(find_locator("2025年第2期。"), None);
    }

    #[test]
    fn op_cit_names_the_author_of_an_earlier_work() {
        let entry = parse_entry("布雷弗曼:前引书,第5页。").unwrap();
        assert_eq!(entry.cited, Cited::EarlierBy("布雷弗曼".into()));
        assert_eq!(entry.locator.as_deref(), Some("5"));
        let entry = parse_entry("Braverman, op. cit., p. 52.").unwrap();
        assert_eq!(entry.cited, Cited::EarlierBy("Braverman".into()));
        assert_eq!(entry.locator.as_deref(), Some("52"));
    }

    #[test]
    fn a_note_citing_two_works_has_two_parts() {
        let note = "参见张三:《书一》,人民出版社2000年版,第3页；李四:《书二》,商务印书馆2001年版。";
        let titles: Vec<String> = read_note(note)
            .into_iter()
            .map(|part| match part.map(|(_, entry)| entry.cited) {
                Some(Cited::Work(work)) => work.title,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(titles, vec!["书一", "书二"]);
        // A semicolon inside one text that is no citation: one part.
        assert_eq!(read_note("本文所说的平台；指数字中介。").len(), 1);
    }

    #[test]
    fn ibid_keeps_its_own_page() {
        let entry = parse_entry("同上书,156页。").unwrap();
        assert_eq!(entry.cited, Cited::SameAsBefore);
        assert_eq!(entry.locator.as_deref(), Some("156"));
        assert_eq!(parse_entry("同上。").unwrap().locator, None);
    }
}
