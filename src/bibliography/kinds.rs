//! The kinds of work that their own forms tell, whatever the style that
//! cites them and whether or not it codes types: a case is named
//! `原告诉被告…案` or carries a court's docket number; a law or an official
//! notice carries a document number or the title of one; a standard and a
//! patent carry their numbers; a preprint names its server. The numbers of
//! standards and official documents tell the year, too.

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::{ParsedWork, WorkKind};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("kind pattern")
}

/// A standard's number: `GB/T 7714—2015`, `NB/T 10386—2020`, `ISO 16363:2012`.
static STANDARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"\b(?:GB|GB/T|GB/Z|[A-Z]{2}/T|ISO|IEC|ISO/IEC|IEEE)\s*[\d.]+\s*(?:[—–-]\s*\d{4}|:\s*\d{4})",
    )
});
/// A patent's number: `CN202210123456.7`, `ZL 200610171314.3`, `专利号：…`.
static PATENT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b(?:CN|ZL|US|JP|EP|WO)\s*\d{6,}|专利号"));
/// A preprint server as the publisher: `ChinaXiv`, `arXiv`, `PSSXiv`, `bioRxiv`.
static PREPRINT_SERVER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^[a-z]*r?xiv$"));
/// The address of a paper on a preprint server: `https://arxiv.org/abs/2306.01615`,
/// `http://www.chinaxiv.org/abs/202303.00020`, `https://www.biorxiv.org/…`.
static PREPRINT_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)r?xiv\.org/(?:abs|pdf|content)/\d"));

/// `包郑照诉苍南县人民政府强制拆除房屋案`, `…合同纠纷上诉案`: a case named by
/// its parties; not a study of one (`论…诉…案`).
static CASE_NAME: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^[^论评析从《》“”]\S{0,60}?诉\S{1,80}?案$"));
/// A court's docket number: `（2013）锡民终字第497号`, `（2011）民一终字第 81 号`.
static DOCKET: LazyLock<Regex> =
    LazyLock::new(|| regex(r"[（(]\s*\d{4}\s*[）)]\s*\p{Han}{1,12}?字?\s*第?\s*\d+\s*号"));
/// A document number of a state organ: `国发〔2007〕19号`, `法释〔2018〕1号`,
/// `主席令第80号`; the year in its brackets is the year it was issued.
static DOCUMENT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\p{Han}{1,6}[〔\[［(（](?P<year>\d{4})[〕\]］)）]\s*\d+\s*号|令第\s*\d+\s*号")
});
/// The year a standard's number ends in, whatever body issued it:
/// `GB/T 7714—2015`, `NB/T 10386—2020`, `JGJ 100—2015`.
static STANDARD_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"\b[A-Z]{1,4}(?:/[A-Z])?\s*[\d.]+\s*[—–-]\s*(?P<year>(?:1[5-9]|20)\d{2})\b")
});
/// The title of a law or regulation: `中华人民共和国公司法`, `…管理条例`,
/// `国务院关于…的通知`.
static LAW_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:中华人民共和国\S{1,40}(?:法|条例|规定)(?:\s*[（(][^（）()]{1,20}[）)])?|\S{2,40}(?:国务院|委员会|人民法院|人民检察院|人大常委会|办公厅|部|局|省人民政府|市人民政府)(?:、\S{2,30})?关于\S{2,80}的(?:通知|决定|规定|意见|解释|批复|办法))$",
    )
});

/// Gives a work the kind its forms tell (see `refine`), and the year its
/// number tells when the entry names none.
pub fn refine_kind(work: &mut ParsedWork, entry: &str) {
    refine(work, entry);
    // `GB/T 3792—2021`, `国发〔2007〕19号`: a number that ends in or holds
    // the year the work was issued, when the entry gives no other.
    let numbered = match work.kind {
        Some(WorkKind::TechnicalStandard) => STANDARD_YEAR.captures(entry),
        Some(WorkKind::Legislation) => DOCUMENT_NUMBER.captures(entry),
        _ => None,
    };
    if work.year.is_none()
        && let Some(year) = numbered.and_then(|c| c.name("year"))
    {
        work.year = Some(year.as_str().to_string());
    }
}

/// The kind a work's forms tell, when the style's own reading named
/// another or none: a case reported in a gazette stays a case, a notice
/// printed as a book stays a notice, a standard or a patent cited in a
/// footnote is one. Theses and conference papers keep their kinds; so do
/// journal articles, unless their title names a case.
fn refine(work: &mut ParsedWork, entry: &str) {
    let uncoded = matches!(
        work.kind,
        None | Some(WorkKind::Book | WorkKind::WebContent)
    );
    if uncoded && STANDARD_NUMBER.is_match(entry) {
        work.kind = Some(WorkKind::TechnicalStandard);
        return;
    }
    if uncoded && PATENT.is_match(entry) {
        work.kind = Some(WorkKind::PatentDocument);
        return;
    }
    let on_server = work
        .publisher
        .as_deref()
        .is_some_and(|p| PREPRINT_SERVER.is_match(p.trim()))
        || work
            .url
            .as_deref()
            .is_some_and(|u| PREPRINT_ADDRESS.is_match(u));
    if uncoded && on_server {
        work.kind = Some(WorkKind::Preprint);
        return;
    }
    let open = matches!(
        work.kind,
        None | Some(
            WorkKind::Book
                | WorkKind::WebContent
                | WorkKind::JournalArticle
                | WorkKind::BookChapter
                | WorkKind::ArchivalDocument
        )
    );
    if !open {
        return;
    }
    let title = work.title.trim();
    if CASE_NAME.is_match(title) || DOCKET.is_match(entry) && title.ends_with('案') {
        work.kind = Some(WorkKind::LegalCase);
    } else if work.kind != Some(WorkKind::JournalArticle)
        && (LAW_TITLE.is_match(title) || DOCUMENT_NUMBER.is_match(entry))
    {
        work.kind = Some(WorkKind::Legislation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(title: &str, entry: &str, before: Option<WorkKind>) -> Option<WorkKind> {
        let mut work = ParsedWork {
            title: title.to_string(),
            kind: before,
            ..ParsedWork::default()
        };
        refine_kind(&mut work, entry);
        work.kind
    }

    #[test]
    fn standards_patents_and_preprints_by_their_numbers_and_servers() {
        assert_eq!(
            kind(
                "信息与文献 资源描述",
                "全国信息与文献标准化技术委员会《信息与文献 资源描述》，GB/T 3792—2021。",
                None
            ),
            Some(WorkKind::TechnicalStandard)
        );
        assert_eq!(
            kind(
                "全智能节电器",
                "邓一刚：《全智能节电器》，中国专利：ZL 200610171314.3。",
                Some(WorkKind::Book)
            ),
            Some(WorkKind::PatentDocument)
        );
        let mut preprint = ParsedWork {
            title: "数据要素的统计测算方法探究".to_string(),
            publisher: Some("PSSXiv".to_string()),
            ..ParsedWork::default()
        };
        refine_kind(
            &mut preprint,
            "肖玲、张雪、王永：《数据要素的统计测算方法探究》，PSSXiv2024年。",
        );
        assert_eq!(preprint.kind, Some(WorkKind::Preprint));
    }

    #[test]
    fn standards_and_official_documents_are_dated_by_their_numbers() {
        let year = |title: &str, entry: &str| {
            let mut work = ParsedWork {
                title: title.to_string(),
                ..ParsedWork::default()
            };
            refine_kind(&mut work, entry);
            work.year
        };
        assert_eq!(
            year(
                "信息与文献 资源描述",
                "全国信息与文献标准化技术委员会《信息与文献 资源描述》，GB/T 3792—2021。"
            )
            .as_deref(),
            Some("2021")
        );
        assert_eq!(
            year(
                "国务院关于在全国建立农村最低生活保障制度的通知",
                "《国务院关于在全国建立农村最低生活保障制度的通知》，国发〔2007〕19号。"
            )
            .as_deref(),
            Some("2007")
        );
        // A year the entry names stays.
        let mut work = ParsedWork {
            title: "中华人民共和国公司法".to_string(),
            year: Some("2018".to_string()),
            ..ParsedWork::default()
        };
        refine_kind(
            &mut work,
            "《中华人民共和国公司法》，主席令第15号，2018年。",
        );
        assert_eq!(work.year.as_deref(), Some("2018"));
    }

    #[test]
    fn cases_by_their_names_and_dockets() {
        assert_eq!(
            kind(
                "陆红霞诉南通市发改委政府信息公开案",
                "陆红霞诉南通市发改委政府信息公开案，载《最高人民法院公报》2015年第11期。",
                Some(WorkKind::JournalArticle)
            ),
            Some(WorkKind::LegalCase)
        );
        assert_eq!(
            kind(
                "论包郑照诉苍南县人民政府案",
                "",
                Some(WorkKind::JournalArticle)
            ),
            Some(WorkKind::JournalArticle)
        );
    }

    #[test]
    fn legislation_by_its_titles_and_numbers() {
        assert_eq!(
            kind(
                "国务院关于在全国建立农村最低生活保障制度的通知",
                "《国务院关于在全国建立农村最低生活保障制度的通知》，国发〔2007〕19号。",
                None
            ),
            Some(WorkKind::Legislation)
        );
        assert_eq!(
            kind(
                "中华人民共和国公司法（2013年修正）",
                "",
                Some(WorkKind::Book)
            ),
            Some(WorkKind::Legislation)
        );
        assert_eq!(
            kind(
                "辩证法",
                "《辩证法》，人民出版社，1980年。",
                Some(WorkKind::Book)
            ),
            Some(WorkKind::Book)
        );
        assert_eq!(
            kind("论中华人民共和国公司法", "", Some(WorkKind::Thesis)),
            Some(WorkKind::Thesis)
        );
    }
}
