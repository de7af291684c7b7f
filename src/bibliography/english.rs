//! English footnote styles: articles `Author et al., “Title”, Journal,
//! Vol.51, No.2, 2025, pp.536-569.`, working papers, chapters `in Editor
//! (eds.), Book, City: Publisher, 2021, p.50.`, books `Author, Title, City:
//! Publisher, 2024, p.180.`, and web texts.

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::names::{dated_head, split_names};
use crate::bibliography::{Cited, ParsedEntry, ParsedWork, ReferenceStyle, WorkKind, find_locator};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry in an English footnote style, parsed into the work it cites:
    /// articles `Author et al., “Title”, Journal, Vol.51, No.2, 2025,
    /// pp.536-569.`, working papers, chapters `in Editor (eds.), Book, City:
    /// Publisher, 2021, p.50.`, books `Author, Title, City: Publisher, 2024,
    /// p.180.`, web texts.
    ///
    /// In:  `Erik Brynjolfsson et al.,“Generative AI at Work”,The Quarterly Journal of Economics,2025,pp.1-54.`
    /// Out: a `fabio:JournalArticle` titled "Generative AI at Work",
    ///      `frbr:partOf` the journal, `fabio:hasPublicationYear 2025`,
    ///      `prism:startingPage "1"`, `prism:endingPage "54"`; `ag:rule` <rule/N004>.
    EnglishFootnote { id: "N004", name: "english-footnote" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &EnglishFootnote::META,
    parse,
};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("English footnote pattern")
}

static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^(?P<authors>[^“"]{2,200}?)\s*[,，]\s*[“"](?P<title>[^”"]+?)[,，]?[”"]\s*[,，]?\s*(?P<rest>.*)$"#,
    )
});
static BOOK: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<authors>[A-Z\p{Han}\p{Hiragana}\p{Katakana}][^,，]{0,80}?(?:,\s*(?:[A-Z]\.\s*)+)?(?:\s+et al\.)?)\s*[,，]\s*(?P<title>[^,，]{3,200}?)\s*[,，]\s*(?P<rest>.*)$",
    )
});
/// Initials where a book's title should end: `Fuks,H.,Lawniczak,AT: …` is
/// still its list of authors, not `Lawniczak` by Fuks.
static INITIALS_FIRST: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:[A-Z]{1,2}\.?\s*){1,3}(?:[,，:&]|$)"));
/// `Krugman, P., 1991, `, `Acemoglu, D., and J. Robinson, 2012, `: names,
/// then the year, as the economics journals write English entries, or
/// the author–date `我妻栄 & 有泉亨 1950, ` of 社会学研究.
static YEAR_AFTER_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^(?P<names>[^“"0-9]{2,200}?)(?:\s*,\s*|\s+)(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*[,.:]\s*(?P<rest>.+)$"#,
    )
});
/// A quoted title first, and what follows it.
static QUOTED_TITLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r#"^[“"](?P<title>[^”"]+?)[,，]?[”"]\s*[,，.]?\s*(?P<rest>.*)$"#));
/// A title first, to the next comma, and what follows it.
static TITLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?P<title>[^,，]{3,200}?)\s*[,，]\s*(?P<rest>.*)$"));
/// A "title" that is the next name of the list: `&Zhang`, `KonovskyM.A.`.
static NAME_AS_TITLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:&.*|\p{Lu}\p{Ll}+\s*(?:\p{Lu}\.?\s*){1,3})$"));
static CONTAINER_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\s*[,，]\s*(?:vol\.|no\.|pp?\.|(?:19|20)\d{2}\b|\d{1,4}\s*\(\s*\d{1,3}\s*\))")
});
static VOLUME: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\bVol\.\s*(?P<v>[0-9]+)"));
static NUMBER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\bNo\.\s*(?P<n>[0-9][0-9\-]*)"));
static YEAR: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(?P<y>(?:19|20)\d{2})\b"));
static PAGES: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\bpp?\.\s*(?P<from>[0-9]+)(?:\s*[-–—]\s*(?P<to>[0-9]+))?"));
static PLACE_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"[A-Z][A-Za-z .]{1,30}:\s*(?P<publisher>[^,，]{2,60}?)\s*[,，]\s*(?:19|20)\d{2}")
});
/// A book's publisher right before its year, the place optional:
/// `有斐閣, 1971`, `Harvard University Press, 1974`.
static PUBLISHER_BEFORE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s*(?:[^,:\d()]{1,30}:\s*)?(?P<publisher>[^,:\d()]{2,60}?)\s*,\s*(?:1[5-9]|20)\d{2}\b")
});
/// A place and its publisher that end the entry, the year given before:
/// `Cambridge: MIT Press.`
static PLACE_PUBLISHER_LAST: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\s*[A-Z][A-Za-z .]{1,30}:\s*(?P<publisher>[^,，:()\d]{2,60}?)\s*\.?\s*$")
});
static EDITED_BOOK: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^in\s+(?P<editors>.+?)\s*\(eds?\.\)\s*[,，]\s*(?P<book>[^,，]+(?::[^,，]+)?)")
});
static URL: LazyLock<Regex> = LazyLock::new(|| regex(r"(?P<url>https?:?//?[^\s,，]+?)\.?$"));

/// `accessed 5 May 2024`, `accessed on May 5, 2024`, `accessed 2024-05-05`.
static ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)accessed(?:\s+on)?\s*:?\s*(?:(?P<iso>(?:19|20)\d{2}-\d{1,2}-\d{1,2})|(?P<day1>\d{1,2})\s+(?P<month1>[A-Za-z]{3,9})\.?,?\s+(?P<year1>(?:19|20)\d{2})|(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2}),?\s+(?P<year2>(?:19|20)\d{2}))",
    )
});

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The access date of a web text, as `YYYY-MM-DD`.
fn accessed(rest: &str) -> Option<String> {
    let c = ACCESSED.captures(rest)?;
    if let Some(iso) = c.name("iso") {
        let parts: Vec<&str> = iso.as_str().split('-').collect();
        return Some(format!("{}-{:0>2}-{:0>2}", parts[0], parts[1], parts[2]));
    }
    let (day, month, year) = match (c.name("day1"), c.name("day2")) {
        (Some(day), _) => (day, &c["month1"], &c["year1"]),
        (_, Some(day)) => (day, &c["month2"], &c["year2"]),
        _ => return None,
    };
    let prefix: String = month.to_lowercase().chars().take(3).collect();
    let month = MONTHS.iter().position(|m| *m == prefix)? + 1;
    Some(format!("{year}-{month:02}-{:0>2}", day.as_str()))
}

pub fn parse(text: &str) -> Option<ParsedEntry> {
    // Latin script, or Chinese and Japanese works cited the English way,
    // with its punctuation (`我妻栄, 新訂担保物権法, 有斐閣, 1971.`).
    let latin = text.starts_with(|c: char| c.is_ascii_alphabetic());
    if !latin && (!text.starts_with(is_cjk) || text.contains(CHINESE_MARKS)) {
        return None;
    }
    // `Krugman, P. (1991), "Title", …` and `Krugman, P., 1991, "Title", …`:
    // the year after the names is the work's, and the title follows it.
    let dated = dated_head(text).or_else(|| {
        YEAR_AFTER_NAMES.captures(text).map(|c| {
            let part = |name| c.name(name).map_or("", |m| m.as_str());
            (part("names"), part("year"), part("rest"))
        })
    });
    dated
        .filter(|(names, _, _)| latin_names(names))
        .and_then(|(names, year, rest)| parse_dated(names, year, rest))
        .or_else(|| parse_undated(text))
}

/// Whether a head reads as a list of names: short parts between commas,
/// `&` and `and` (`Acemoglu, D., and J. Robinson`), no colon.
fn latin_names(names: &str) -> bool {
    !names.contains([':', '：'])
        && names
            .split([',', '，', '&'])
            .flat_map(|part| part.split(" and "))
            .all(|part| part.split_whitespace().count() <= 4 && part.chars().count() <= 40)
}

/// An entry whose year follows its names: the title, then what follows it.
fn parse_dated(names: &str, year: &str, rest: &str) -> Option<ParsedEntry> {
    let (title, after, quoted) = if let Some(c) = QUOTED_TITLE.captures(rest) {
        (c["title"].to_string(), c["rest"].to_string(), true)
    } else {
        let c = TITLE.captures(rest)?;
        (c["title"].to_string(), c["rest"].to_string(), false)
    };
    let work = ParsedWork {
        authors: split_names(names),
        title: title.trim().to_string(),
        ..ParsedWork::default()
    };
    let mut entry = read_after_title(work, &after, quoted)?;
    if let Cited::Work(work) = &mut entry.cited {
        work.year = Some(year.to_string());
    }
    Some(entry)
}

/// The marks of the Chinese styles, which an entry written the English
/// way does not use.
const CHINESE_MARKS: [char; 8] = ['，', '。', '：', '；', '、', '《', '》', '（'];

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')
}

fn parse_undated(text: &str) -> Option<ParsedEntry> {
    let (work, rest, quoted) = if let Some(c) = QUOTED.captures(text) {
        let work = ParsedWork {
            authors: split_names(&c["authors"]),
            title: c["title"].trim().to_string(),
            ..ParsedWork::default()
        };
        (work, c["rest"].to_string(), true)
    } else if let Some(c) = BOOK.captures(text).filter(|c| {
        let title = c["title"].trim();
        !INITIALS_FIRST.is_match(&c["rest"])
            && !NAME_AS_TITLE.is_match(title)
            && !CONTAINER_END.is_match(&format!(", {title}"))
    }) {
        let work = ParsedWork {
            authors: split_names(&c["authors"]),
            title: c["title"].trim().to_string(),
            ..ParsedWork::default()
        };
        (work, c["rest"].to_string(), false)
    } else {
        return None;
    };
    read_after_title(work, &rest, quoted)
}

/// Reads what follows the title: the journal and its numbers when the
/// title was quoted, else a book's publisher, a chapter's book or a web
/// text's address.
fn read_after_title(mut work: ParsedWork, rest: &str, quoted: bool) -> Option<ParsedEntry> {
    let mut locator = None;
    work.accessed = accessed(rest);
    let before_access = ACCESSED.find(rest).map_or(rest.len(), |m| m.start());
    work.year = YEAR
        .captures(&rest[..before_access])
        .map(|c| c["y"].to_string());
    if let Some(c) = URL.captures(rest.trim()) {
        work.url = Some(super::chinese::repair_url(&c["url"]));
        work.kind = Some(WorkKind::WebContent);
    } else if let Some(c) = EDITED_BOOK.captures(rest) {
        work.kind = Some(WorkKind::BookChapter);
        work.container = Some(c["book"].trim().to_string());
        work.editors = split_names(&c["editors"]);
        work.publisher = PLACE_PUBLISHER
            .captures(rest)
            .map(|c| c["publisher"].trim().to_string());
        locator = find_locator(rest);
    } else if quoted {
        // The journal runs to its volume, number or year: `Theory,Culture &
        // Society,Vol.34`.
        let container = CONTAINER_END
            .find(rest)
            .map_or_else(
                || rest.split([',', '，']).next().unwrap_or_default(),
                |end| &rest[..end.start()],
            )
            .trim();
        let working_paper = container.to_lowercase().contains("working paper");
        work.kind = Some(if working_paper {
            WorkKind::WorkingPaper
        } else {
            WorkKind::JournalArticle
        });
        work.container = (!container.is_empty()).then(|| container.to_string());
        work.volume = VOLUME.captures(rest).map(|c| c["v"].to_string());
        work.issue = NUMBER.captures(rest).map(|c| c["n"].to_string());
        work.pages = PAGES.captures(rest).map(|c| match c.name("to") {
            Some(to) => format!("{}-{}", &c["from"], to.as_str()),
            None => c["from"].to_string(),
        });
    } else {
        work.publisher = PLACE_PUBLISHER
            .captures(rest)
            .or_else(|| PUBLISHER_BEFORE_YEAR.captures(rest))
            .or_else(|| PLACE_PUBLISHER_LAST.captures(rest))
            .map(|c| c["publisher"].trim().to_string());
        locator = find_locator(rest);
        if work.publisher.is_some() || work.year.is_some() || locator.is_some() {
            work.kind = Some(WorkKind::Book);
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

    #[test]
    fn a_journal_article() {
        let (article, page) = work(
            "Erik Brynjolfsson et al.,“Generative AI at Work”,The Quarterly Journal of Economics,2025,pp.1-54.",
        );
        assert_eq!(article.kind, Some(WorkKind::JournalArticle));
        assert_eq!(article.authors, vec!["Erik Brynjolfsson"]);
        assert_eq!(article.title, "Generative AI at Work");
        assert_eq!(
            article.container.as_deref(),
            Some("The Quarterly Journal of Economics")
        );
        assert_eq!(article.year.as_deref(), Some("2025"));
        assert_eq!(article.pages.as_deref(), Some("1-54"));
        assert_eq!(page, None);
        let (article, _) = work(
            "Vivek Choudhary et al.,“Human-AI Ensembles:When Can They Work?”,Journal of Management,Vol.51,No.2,2025,pp.536-569.",
        );
        assert_eq!(
            (article.volume.as_deref(), article.issue.as_deref()),
            (Some("51"), Some("2"))
        );
    }

    #[test]
    fn a_working_paper_a_chapter_and_a_web_text() {
        let (paper, _) = work(
            "Wei Jiang et al.,“AI and the Extended Workday:Productivity,Contracting Efficiency,and Distribution of Rents”,NBER Working Paper,No.33536,2025.",
        );
        assert_eq!(paper.kind, Some(WorkKind::WorkingPaper));
        assert_eq!(paper.issue.as_deref(), Some("33536"));
        let (chapter, page) = work(
            "Larry Lohmann,“Interpretation Machines:Contradictions of ‘Artificial Intelligence’ in 21st-Century Capitalism”,in Leo Panitch and Gregory Albo (eds.),Beyond Digital Capitalism:New Ways of Living,London:The Merlin Press,2021,p.50.",
        );
        assert_eq!(chapter.kind, Some(WorkKind::BookChapter));
        assert_eq!(
            chapter.container.as_deref(),
            Some("Beyond Digital Capitalism:New Ways of Living")
        );
        assert_eq!(chapter.publisher.as_deref(), Some("The Merlin Press"));
        assert_eq!(page.as_deref(), Some("50"));
        assert_eq!(chapter.editors, vec!["Leo Panitch", "Gregory Albo"]);
        let (web, _) = work(
            "Advait Sarkar,“Enough with Human-AI Collaboration”,https://arxiv.org/pdf/2306.01615.",
        );
        assert_eq!(web.url.as_deref(), Some("https://arxiv.org/pdf/2306.01615"));
        let (web, _) = work(
            "OpenAI,“GPT-4 Technical Report”,https://openai.com/research/gpt-4,accessed 5 May 2024.",
        );
        assert_eq!(web.accessed.as_deref(), Some("2024-05-05"));
        assert_eq!(web.year, None);
    }

    #[test]
    fn a_book_and_its_short_form() {
        let (book, page) = work(
            "Ethan Mollick,Co-intelligence:Living and Working with AI,New York:Portfolio/Penguin,2024,p.180.",
        );
        assert_eq!(book.kind, Some(WorkKind::Book));
        assert_eq!(book.title, "Co-intelligence:Living and Working with AI");
        assert_eq!(book.publisher.as_deref(), Some("Portfolio/Penguin"));
        assert_eq!(page.as_deref(), Some("180"));
        let (short, page) = work("Ethan Mollick,Co-intelligence:Living and Working with AI,p.119.");
        assert!(short.is_short_form());
        assert_eq!(short.identity(), book.identity());
        assert_eq!(page.as_deref(), Some("119"));
    }

    #[test]
    fn economics_heads_and_works_in_chinese_or_japanese_cited_the_english_way() {
        let (article, _) = work(
            "Krugman, P. (1991), \"Increasing Returns and Economic Geography\", Journal of Political Economy, 99(3), pp.483-499.",
        );
        assert_eq!(article.authors, vec!["Krugman, P"]);
        assert_eq!(article.year.as_deref(), Some("1991"));
        assert_eq!(
            article.container.as_deref(),
            Some("Journal of Political Economy")
        );
        let (book, _) = work("我妻栄 and 有泉亨, 民法総則物権法, 日本評論社, 1950.");
        assert_eq!(book.authors, vec!["我妻栄", "有泉亨"]);
        assert_eq!(book.title, "民法総則物権法");
        assert_eq!(book.publisher.as_deref(), Some("日本評論社"));
        let (book, _) = work(
            "Acemoglu, D., and J. Robinson, 2012, Why Nations Fail, New York: Crown Business.",
        );
        assert_eq!(book.authors, vec!["Acemoglu, D", "J. Robinson"]);
        assert_eq!(book.year.as_deref(), Some("2012"));
        assert_eq!(book.title, "Why Nations Fail");
        assert_eq!(book.publisher.as_deref(), Some("Crown Business"));
        // The next name of a list is not a title.
        assert_eq!(
            parse("Fuks,H.,Lawniczak,AT: Performance of data networks.Physica 51 (1999)"),
            None
        );
        assert_eq!(parse("Zhao,R.Y.,&Zhang,Y.(2018).基于时空维度的研究"), None);
    }
}

#[cfg(test)]
mod style_tests {
    use crate::rules::fixture::{run, works_of_style};

    #[test]
    fn english_entries_become_works() {
        let (_, found) = run(
            "正文(1)。\n注释:\n(1)Ethan Mollick,Co-intelligence:Living and Working with AI,New York:Portfolio/Penguin,2024,p.180.\n(2)殷杰:《主体性问题》,载《中国社会科学》2024年第8期。\n",
            &[],
        );
        let works = works_of_style(&found, &super::STYLE);
        assert_eq!(works.len(), 1);
        assert_eq!(works[0].note, 0);
        assert_eq!(works[0].entry.locator.as_deref(), Some("180"));
    }
}
