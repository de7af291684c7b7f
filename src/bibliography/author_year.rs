//! Author–year (APA) lists, common in psychology and management papers:
//! `Lazarus, R. S. (1991). Emotion and Adaptation. New York: Oxford
//! University Press.`, `李其维.(2008).“认知革命”与“第二代认知科学”刍议.心理学报,
//! 40(12),1306-1327.`, chapters `In R. S. Cropanzano (Eds.), Handbook (pp.
//! 1-20). Publisher.` OCR's letters in years (`(2o14)`, `(20l1)`) are read as
//! digits.

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::fold::Folded;
use crate::bibliography::names::{join_page_ranges, split_names, unquoted};
use crate::bibliography::{Cited, ParsedEntry, ParsedWork, ReferenceStyle, WorkKind};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry of an author–year (APA) list, parsed into the work it cites:
    /// `作者.(年).题名.刊名,卷(期),起-止页.`, `Author, A. (Year). Title. Journal,
    /// Vol(Issue), pages.`, books with their publisher, chapters `In Editors
    /// (Eds.), Book (pp. x-y).`, theses.
    ///
    /// In:  `李其维.(2008)．“认知革命”与“第二代认知科学”刍议．心理学报,40(12),1306-1327.`
    /// Out: a `fabio:JournalArticle` with `dcterms:creator` <person/李其维>,
    ///      `fabio:hasPublicationYear 2008`, `frbr:partOf` a `fabio:Journal`
    ///      titled 心理学报, `prism:volume "40"`, `prism:issueIdentifier "12"`,
    ///      `prism:startingPage "1306"`, `prism:endingPage "1327"`;
    ///      the entry `biro:references` it; `ag:rule` <rule/N007>.
    AuthorYearEntry { id: "N007", name: "author-year-entry" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &AuthorYearEntry::META,
    parse,
};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("author-year pattern")
}

/// `Authors (1991).`, `Authors.(2008).`, `Authors (October 1999).`, with
/// no colon in the names (`案名: （2013）锡民终字` is a title and its docket),
/// OCR letters in the year; not `作者（2002）：《题名》` or `Author (1991),
/// "Title"`, the heads of economics journals' styles, read element by element.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<authors>[^()\[\]:：]{1,300}?)\s*\.?\s*\(\s*(?:[A-Za-z]+\.?\s+)?(?P<year>[12][0-9oOlI]{3})[a-z]?\s*(?:,[^()]{0,20})?\)\s*\.?\s*(?P<rest>[^:：,，\s].+)$",
    )
});
/// `Journal, 40(12), 1306-1327`, `科学通报(60):994-1001`, `Science 286: 509-512`.
static JOURNAL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*(?P<container>[^,()\[\]:]{2,120}?)\s*,?\s*(?P<volume>\d{1,5})?\s*(?:\(\s*(?P<issue>[^()]{1,12}?)\s*\))?\s*[,:]\s*(?:pp?\.\s*)?(?P<pages>[A-Za-z]?\d{1,6}(?:\s*-+\s*[A-Za-z]?\d{1,6})?)",
    )
});
/// `In R. S. Cropanzano & M. L. Ambrose (Eds.), The Oxford Handbook (pp. 1-20).`
static CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*in\s*:?\s*(?P<editors>[^()]{1,200}?)\s*\(\s*eds?\.?\s*\)\s*,?\s*(?P<book>[^()]{2,200}?)\s*(?:\(\s*pp?\.\s*(?P<pages>[0-9]+(?:\s*-+\s*[0-9]+)?)\s*\))?\s*\.\s*(?P<publisher>[^.]*)",
    )
});
/// `New York: Oxford University Press`, `Cambridge University Press`.
static PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*(?:[^:.]{2,30}:\s*)?(?P<publisher>[^.:]{2,80}?(?:Press|Publishers?|Publishing|Books|Verlag|Buchhandlung|Wiley|Springer|Elsevier|Routledge|Sage|出版社|书局|印书馆))",
    )
});
/// `(博士学位论文)`, `(Doctoral dissertation)`: the note that makes a thesis.
static THESIS_NOTE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\(\s*[^()]{0,20}(?:学位论文|(?i:dissertation|thesis))\s*\)"));

/// Where the title ends: at a full stop (or `?`, `!`) followed by a space,
/// the end, or a Chinese character, or a stop OCR glued to the next word
/// (`will.Cambridge`); `U.S.Pakistan` goes on.
fn title_end(rest: &str) -> usize {
    let mut chars = rest.char_indices().peekable();
    let mut previous = ' ';
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = match next {
            None => c == '.',
            Some(n) => {
                n.is_whitespace()
                    || (c == '.' && !n.is_ascii())
                    || (c == '.' && previous.is_lowercase() && n.is_ascii_uppercase())
            }
        };
        previous = c;
        if matches!(c, '.' | '?' | '!') && ends {
            return at;
        }
    }
    rest.len()
}

/// `2o14` → `2014`, `20l1` → `2011`.
fn repair_year(year: &str) -> String {
    year.chars()
        .map(|c| match c {
            'o' | 'O' => '0',
            'l' | 'I' => '1',
            c => c,
        })
        .collect()
}

pub fn parse(entry: &str) -> Option<ParsedEntry> {
    let folded = Folded::new(entry.trim());
    let text = folded.text();
    let head = HEAD.captures(text)?;
    let authors = head.name("authors")?;
    let rest_start = head.name("rest")?.start();
    let rest = &text[rest_start..];
    let title_end = title_end(rest);
    let mut work = ParsedWork {
        authors: split_names(folded.original(authors.range())),
        title: unquoted(folded.original(rest_start..rest_start + title_end)).to_string(),
        year: Some(repair_year(&head["year"])),
        ..ParsedWork::default()
    };
    if work.authors.is_empty() || work.title.is_empty() {
        return None;
    }
    // Keep a closing `?` or `!` that ends the title.
    if let Some(mark @ ('?' | '!')) = rest[title_end..].chars().next() {
        work.title.push(mark);
    }
    let after_start = rest_start + (title_end + 1).min(rest.len());
    let after = &text[after_start..];
    let original = |range: std::ops::Range<usize>| {
        folded
            .original(after_start + range.start..after_start + range.end)
            .to_string()
    };
    if let Some(c) = CHAPTER.captures(after) {
        work.kind = Some(WorkKind::BookChapter);
        work.editors = split_names(&original(c.name("editors")?.range()));
        work.container = Some(original(c.name("book")?.range()));
        work.pages = c
            .name("pages")
            .map(|m| join_page_ranges(&original(m.range())));
        work.publisher = c
            .name("publisher")
            .map(|m| original(m.range()))
            .filter(|p| !p.is_empty());
    } else if let Some(marker) = THESIS_NOTE.find(rest) {
        // `题名(博士学位论文)，学校,地点.`: the school follows the note.
        work.kind = Some(WorkKind::Thesis);
        work.title = folded
            .original(rest_start..rest_start + marker.start())
            .to_string();
        let after_note = rest_start + marker.end();
        let lead =
            text[after_note..].len() - text[after_note..].trim_start_matches([',', '.', ' ']).len();
        let start = after_note + lead;
        let end = start + text[start..].find([',', '.']).unwrap_or(text.len() - start);
        work.publisher = Some(folded.original(start..end).to_string()).filter(|p| !p.is_empty());
    } else if let Some(c) = JOURNAL.captures(after) {
        work.kind = Some(WorkKind::JournalArticle);
        work.container = Some(original(c.name("container")?.range()));
        work.volume = c.name("volume").map(|m| original(m.range()));
        work.issue = c.name("issue").map(|m| original(m.range()));
        work.pages = c
            .name("pages")
            .map(|m| join_page_ranges(&original(m.range())));
    } else if let Some(c) = PUBLISHER.captures(after) {
        work.kind = Some(WorkKind::Book);
        work.publisher = Some(original(c.name("publisher")?.range()));
    }
    Some(ParsedEntry {
        cited: Cited::Work(Box::new(work)),
        locator: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(text: &str) -> ParsedWork {
        crate::bibliography::expect_work(text, parse(text)).0
    }

    #[test]
    fn a_journal_article_in_chinese_and_in_english() {
        let article =
            work("李其维.(2008)．“认知革命”与“第二代认知科学”刍议．心理学报,40(12),1306-1327.");
        assert_eq!(article.kind, Some(WorkKind::JournalArticle));
        assert_eq!(article.authors, vec!["李其维"]);
        assert_eq!(article.title, "“认知革命”与“第二代认知科学”刍议");
        assert_eq!(article.container.as_deref(), Some("心理学报"));
        assert_eq!(
            (
                article.year.as_deref(),
                article.volume.as_deref(),
                article.issue.as_deref()
            ),
            (Some("2008"), Some("40"), Some("12"))
        );
        assert_eq!(article.pages.as_deref(), Some("1306-1327"));
        let article = work(
            "Wang,M.,Liao,H., Zhan,Y.,& Shi,J. (2O11). Daily customer mistreatment and employee sabotage against customers. Academy of Management Journal, 54(2), 312-334.",
        );
        assert_eq!(
            article.authors,
            vec!["Wang, M", "Liao, H", "Zhan, Y", "Shi, J"]
        );
        assert_eq!(article.year.as_deref(), Some("2011"));
        assert_eq!(
            article.container.as_deref(),
            Some("Academy of Management Journal")
        );
    }

    #[test]
    fn books_chapters_and_theses() {
        let book =
            work("Lazarus,R. S.(1991). Emotion and Adaptation. New York: Oxford University Press.");
        assert_eq!(book.kind, Some(WorkKind::Book));
        assert_eq!(book.authors, vec!["Lazarus, R. S"]);
        assert_eq!(book.title, "Emotion and Adaptation");
        assert_eq!(book.publisher.as_deref(), Some("Oxford University Press"));
        let book = work(
            "Ainslie,G.(2oo1).Breakdown of will.Cambridge,England: Cambridge University Press.",
        );
        assert_eq!(book.title, "Breakdown of will");
        assert_eq!(book.year.as_deref(), Some("2001"));
        assert_eq!(
            book.publisher.as_deref(),
            Some("Cambridge University Press")
        );
        let chapter = work(
            "Bobocel, D. R., & Gosse, L. (2015). Procedural justice: A historical review. In R. S. Cropanzano & M. L. Ambrose (Eds.), The Oxford Handbook of Justice in the Workplace (pp. 51-88). Oxford University Press.",
        );
        assert_eq!(chapter.kind, Some(WorkKind::BookChapter));
        assert_eq!(
            chapter.container.as_deref(),
            Some("The Oxford Handbook of Justice in the Workplace")
        );
        assert_eq!(chapter.pages.as_deref(), Some("51-88"));
        let thesis =
            work("夏兰．(2014)．失眠障碍患者认知功能的临床研究(博士学位论文)，安徽医科大学,合肥.");
        assert_eq!(thesis.kind, Some(WorkKind::Thesis));
        assert_eq!(thesis.title, "失眠障碍患者认知功能的临床研究");
        assert_eq!(thesis.publisher.as_deref(), Some("安徽医科大学"));
    }

    #[test]
    fn entries_without_a_year_in_parentheses_are_not_author_year() {
        assert!(parse("张三.题名[J].刊名,2020,3(2):1-9.").is_none());
        assert!(parse("哈里·布雷弗曼:《劳动与垄断资本》,商务印书馆1978年版,205页。").is_none());
    }
}

#[cfg(test)]
mod style_tests {
    use crate::bibliography::{Cited, WorkKind};
    use crate::rules::fixture::{run, works_of_style};

    #[test]
    fn author_year_entries_become_works() {
        let (_, found) = run(
            "正文(李其维,2008)。\n参考文献\n李其维.(2008)．“认知革命”与“第二代认知科学”刍议．心理学报,40(12),1306-1327.\n张三.题名[J].刊名,2020,3(2):1-9.\n",
            &[],
        );
        let works = works_of_style(&found, &super::STYLE);
        assert_eq!(works.len(), 1);
        let Cited::Work(work) = &works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.kind, Some(WorkKind::JournalArticle));
        assert_eq!(work.container.as_deref(), Some("心理学报"));
    }
}
