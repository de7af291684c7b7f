//! The Chinese footnote style: `作者:《书名》,译者译,出版社YYYY年版,第N页。`,
//! `作者:《题名》,载《刊名》YYYY年第N期。`, chapters `载某某主编:《书》`,
//! collected works `《马克思恩格斯文集》第8卷,…`, and the damage real text
//! carries (a lost 《 or 》, a lost 卷, `https//`).

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::names::{dated_head, names_editors, split_names};
use crate::bibliography::{Cited, ParsedEntry, ParsedWork, ReferenceStyle, WorkKind, find_locator};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry in the Chinese footnote style, parsed into the work it cites:
    /// `作者:《书名》,译者译,出版社YYYY年版,第N页。`, `作者:《题名》,载《刊名》
    /// YYYY年第N期。`, chapters `载某某主编:《书》`, collected-works volumes
    /// `《马克思恩格斯文集》第8卷`, web texts.
    ///
    /// In:  `哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。`
    /// Out: a `fabio:Book` with `dcterms:title "劳动与垄断资本"`, `dcterms:creator`
    ///      <person/哈里·布雷弗曼>, `ag:translator` <person/方生>,
    ///      `dcterms:publisher "商务印书馆"`, `fabio:hasPublicationYear 1978`;
    ///      the note `biro:references` it with `ag:locator "205"`;
    ///      `ag:rule` <rule/N003>.
    ChineseFootnote { id: "N003", name: "chinese-footnote" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &ChineseFootnote::META,
    parse,
};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("Chinese footnote pattern")
}

/// `作者:《题名》…`, or `作者:题名》…` with the opening mark lost; several
/// authors parted by 、 or by commas (`战德臣，张丽杰：`), but not a year
/// after a comma (`作者，2023：` is an author–year head).
static WITH_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?P<authors>[^:：《》,，。]{1,40}?(?:[,，][^:：《》,，。0-9]{1,20}?){0,9})\s*[:：]\s*《?(?P<title>[^《》]{1,200})》(?P<rest>.*)$",
    )
});
/// `《题名》…` without an author (collected works, institutional texts), or
/// `“题名”，…` as styles that quote the titles of parts write it (中国人民大学:
/// `“四川会议厅暂行章程”，《广益丛报》，1910年9月3日`), followed by a mark.
static WITHOUT_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:《(?P<title>[^《》]{1,200})》(?P<rest>.*)|“(?P<quoted>[^“”]{1,200})”(?P<quoted_rest>\s*(?:[，,。.].*)?))$",
    )
});
/// A web text whose title stands bare before its address, as 法学引注手册
/// styles print it: `作者：题名，[载日期或网站，]https://…`.
static BARE_WEB_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:(?P<authors>[^:：，,《》“”]{1,20})[:：])?(?P<title>[^:：，,《》“”]{2,100})(?P<rest>[，,]\s*(?:载[^，,]{0,30}[，,]\s*)?https?[:：]?//.*)$",
    )
});
/// `载《刊名》`, `载编者主编:《书名》`, and the book's other cues: `载于`,
/// `收入`, `收于`, `见` (文学评论's `见许厚泽、赵其国编:《书名》`); the
/// translators may follow the editors (`载高道蕴等主编,谢鹏程译:《书名》`),
/// a comma end them (`见刘刚编，《书名》`), and a journal's office be one
/// (`载《环球科学》杂志社编：《书名》`).
static CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:载于?|收入|收于|(?:^|[,，])\s*见)\s*(?P<editors>(?:《[^《》]{1,30}》(?:杂志社|编辑部|编委会|编写组))?[^《:：,，]*?(?:主编|编著|编)\s*(?:[,，]\s*[^《:：,，]{1,30}?译\s*)?[:：,，])?\s*《(?P<container>[^《》]+?)(?:》|(?:\s*\d{4}\s*年))",
    )
});
static YEAR_ISSUE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?P<year>\d{4})\s*年\s*第\s*(?P<issue>\d+)\s*期"));
static TRANSLATORS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"[,，]\s*(?P<names>[^,，《》]{2,40}?)\s*(?:等)?\s*(?:合)?译"));
static PUBLISHER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:^|[,，]\s*)(?:[^,，:：]{2,6}[:：]\s*)?(?P<publisher>[^,，]{2,40}?(?:出版社|印书馆|书局|书店|出版公司|出版集团|[Pp]ress))\s*[,，]?\s*(?P<year>\d{4})\s*(?:年|[。.,，;；]|$)",
    )
});
/// `,《马克思恩格斯全集》第35卷`: a second title right after the first, without
/// 载: the book or journal the work is in.
static SECOND_TITLE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s*[,，]\s*[:：]?\s*《(?P<container>[^《》]+)》"));
/// `,地:出版者,YYYY年`, `,出版者,YYYY年版`, `地:出版者YYYY年版`: a publisher
/// the names of publishers do not end like (湘乡曾国荃, 柏書房株式会社), known
/// by its place or by 年版; at the end of the entry also `,地:出版者` without
/// a year and `,出版者,YYYY年` without a place (有斐閣，1971年), or with
/// the year run into it (a data set's repository: `，ChinaXiv2023年`). The comma
/// after the title may be missing (探索与争鸣 writes `》東京：`).
static PLACE_PUBLISHER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:^|[,，])\s*(?:[^,，:：《》]{1,8}[:：]\s*(?P<placed>[^,，:：《》/]{2,40}?)\s*[,，]?\s*(?P<year>\d{4})\s*年|(?P<publisher>[^,，:：《》]{2,40}?)\s*[,，]?\s*(?P<year2>\d{4})\s*年版|[^,，:：《》\d]{1,8}[:：]\s*(?P<undated>[^,，:：《》\d]{2,40}?)\s*[。.]?$|(?P<last>[^,，:：《》\d]{2,40}?)\s*[,，]?\s*(?P<year3>\d{4})\s*年\s*[。.]?$)",
    )
});
/// `,博士学位论文,武汉大学,2022年` or `,[武汉：]武汉大学2022年博士学位论文`: a
/// thesis and the university it was written at.
static THESIS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:学位)?论文\s*[,，]\s*(?P<school>[^,，《》]{2,40}?)\s*[,，]\s*(?P<year>\d{4})\s*年|[,，]\s*(?:[^,，《》:：\d]{1,8}[:：]\s*)?(?P<school_first>[^,，《》:：\d]{2,40}?)\s*(?P<year_first>\d{4})\s*年\s*(?:博士|硕士|学士)(?:学位)?论文",
    )
});
/// `,《人民日报》2020年1月1日,第3版`: an article in a newspaper.
static NEWSPAPER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*[,，]?\s*《(?P<paper>[^《》]{1,20}?(?:报|日报|时报|晚报|周刊))》\s*[,，]?\s*(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日(?:\s*[,，]?\s*第\s*(?P<page>\d+)\s*版)?",
    )
});
/// `访问日期:2024年1月5日`, `(引用日期2024年1月5日)`.
static ACCESSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?:访问|引用|检索|浏览)(?:日期|时间|于)\s*[:：]?\s*(?P<year>\d{4})\s*[年\-./]\s*(?P<month>\d{1,2})\s*[月\-./]\s*(?P<day>\d{1,2})",
    )
});
/// `，人民网，2004年，https://…`, `，载新华网，https://…`, `，载微信公众号
/// “中国法律评论”2018年12月1日，https://…`: the site a web text stands on,
/// named between its title and its address.
static WEB_SITE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*[,，]\s*(?:载\s*)?(?:微信公众号|公众号)?\s*[“]?(?P<site>[^,，:：《》“”\d]{2,30}?)[”]?\s*[,，]?\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[,，]?\s*)?(?:互联网\s*[,，]\s*)?https?[:：]?//",
    )
});
static VOLUME: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s*[,，]?\s*第\s*(?P<volume>\d+)\s*(?:卷)?\s*(?:[,，]|$)"));
static URL: LazyLock<Regex> = LazyLock::new(|| regex(r"(?P<url>https?:?//?[^\s,，。]+)"));
/// A year without 年 that ends the entry, as 中国人民大学 writes it:
/// `，《最高人民法院公报》，2013。`, `，1957/1990。`
static BARE_YEAR_LAST: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"[,，]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?(?:\s*/\s*\d{4})?\s*[。.]?\s*$")
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| regex(r"(?P<year>(?:1[5-9]|20)\d{2})\s*年"));

/// `https//host`, `https:/host` and `http：//host` (a lost or full-width
/// colon, a lost slash) → `https://host`; Markdown's escapes (`\~`) out.
pub(crate) fn repair_url(url: &str) -> String {
    let url = url.replace('\\', "");
    let (scheme, rest) = url.split_once('/').unwrap_or((&url, ""));
    format!(
        "{}://{}",
        scheme.trim_end_matches([':', '：']),
        rest.trim_start_matches('/')
    )
}

pub fn parse(text: &str) -> Option<ParsedEntry> {
    // `：《书名》`: a colon with no name before it (an entry without authors).
    let text = text.trim_start_matches([':', '：', ' ']);
    // `作者（2002）：《题名》`: names dated by a year, read element by element.
    if dated_head(text).is_some() {
        return None;
    }
    let mut head_names = "";
    let (authors, title, rest) = if let Some(c) = WITH_AUTHOR.captures(text) {
        head_names = c.name("authors").map_or("", |m| m.as_str());
        (
            split_names(&c["authors"]),
            c["title"].trim().to_string(),
            c["rest"].to_string(),
        )
    } else if let Some(c) = WITHOUT_AUTHOR.captures(text) {
        let part = |names: [&str; 2]| {
            names
                .iter()
                .find_map(|name| c.name(name))
                .map_or("", |m| m.as_str())
        };
        (
            Vec::new(),
            part(["title", "quoted"]).trim().to_string(),
            part(["rest", "quoted_rest"]).to_string(),
        )
    } else if let Some(c) = BARE_WEB_TITLE.captures(text) {
        head_names = c.name("authors").map_or("", |m| m.as_str());
        (
            split_names(head_names),
            c["title"].trim().to_string(),
            c["rest"].to_string(),
        )
    } else {
        return None;
    };
    // `李黎主编:《哲学译丛》`: the names are the book's editors, not its authors.
    let (authors, editors) = if names_editors(head_names) {
        (Vec::new(), authors)
    } else {
        (authors, Vec::new())
    };
    let mut work = ParsedWork {
        editors,
        authors,
        title,
        ..ParsedWork::default()
    };
    if let Some(c) = VOLUME.captures(&rest) {
        work.volume = Some(c["volume"].to_string());
        work.kind = Some(WorkKind::Book);
    }
    let second_title = SECOND_TITLE
        .captures(&rest)
        .filter(|_| !NEWSPAPER.is_match(&rest));
    if let Some(c) = CONTAINER.captures(&rest) {
        work.container = Some(c["container"].trim().to_string());
        work.kind = Some(if let Some(editors) = c.name("editors") {
            let editors = editors.as_str().trim_end_matches([':', '：', ',', '，']);
            // `高道蕴等主编,谢鹏程译`: the translators after the editors.
            match editors.rsplit_once([',', '，']) {
                Some((editors, translators)) if translators.trim_end().ends_with('译') => {
                    work.editors = split_names(editors);
                    work.translators = split_names(translators.trim_end().trim_end_matches('译'));
                }
                _ => work.editors = split_names(editors),
            }
            WorkKind::BookChapter
        } else {
            WorkKind::JournalArticle
        });
    } else if let Some(c) = NEWSPAPER.captures(&rest) {
        work.container = Some(c["paper"].trim().to_string());
        work.year = Some(c["year"].to_string());
        work.date = Some(format!(
            "{}-{:0>2}-{:0>2}",
            &c["year"], &c["month"], &c["day"]
        ));
        work.pages = c.name("page").map(|p| p.as_str().to_string());
        work.kind = Some(WorkKind::NewspaperArticle);
    }
    if work.container.is_none()
        && let Some(c) = WEB_SITE.captures(&rest)
    {
        work.container = Some(c["site"].trim().to_string());
        work.kind = Some(WorkKind::WebContent);
    }
    if work.container.is_none()
        && let Some(c) = &second_title
    {
        work.container = Some(c["container"].trim().to_string());
        work.kind = Some(WorkKind::JournalArticle);
    }
    if let Some(c) = ACCESSED.captures(&rest) {
        work.accessed = Some(format!(
            "{}-{:0>2}-{:0>2}",
            &c["year"], &c["month"], &c["day"]
        ));
    }
    if let Some(c) = YEAR_ISSUE.captures(&rest) {
        work.year = Some(c["year"].to_string());
        work.issue = Some(c["issue"].to_string());
        work.kind.get_or_insert(WorkKind::JournalArticle);
    }
    if let Some(c) = TRANSLATORS.captures(&rest) {
        work.translators = split_names(&c["names"]);
    }
    if let Some(c) = PUBLISHER_YEAR.captures(&rest) {
        work.publisher = Some(c["publisher"].trim().to_string());
        work.year.get_or_insert_with(|| c["year"].to_string());
        work.kind.get_or_insert(WorkKind::Book);
    }
    if work.publisher.is_none()
        && let Some(c) = THESIS.captures(&rest)
    {
        let (school, year) = match (c.name("school"), c.name("year")) {
            (Some(school), Some(year)) => (school, year),
            _ => (c.name("school_first")?, c.name("year_first")?),
        };
        work.publisher = Some(school.as_str().trim().to_string());
        work.year.get_or_insert_with(|| year.as_str().to_string());
        work.kind = Some(WorkKind::Thesis);
    }
    if work.publisher.is_none()
        && let Some(c) = PLACE_PUBLISHER_YEAR.captures(&rest)
    {
        let publisher = ["placed", "publisher", "undated", "last"]
            .iter()
            .find_map(|name| c.name(name))
            .map(|m| m.as_str());
        work.publisher = publisher.map(|p| p.trim().to_string());
        let year = ["year", "year2", "year3"]
            .iter()
            .find_map(|name| c.name(name))
            .map(|m| m.as_str().to_string());
        if work.year.is_none() {
            work.year = year;
        }
        work.kind.get_or_insert(WorkKind::Book);
    }
    // A second title with a publisher after it is the book a chapter is in.
    if second_title.is_some()
        && work.publisher.is_some()
        && work.kind == Some(WorkKind::JournalArticle)
    {
        work.kind = Some(WorkKind::BookChapter);
    }
    let before_access = ACCESSED.find(&rest).map_or(rest.len(), |m| m.start());
    if work.year.is_none()
        && let Some(c) = YEAR
            .captures(&rest[..before_access])
            .or_else(|| BARE_YEAR_LAST.captures(&rest[..before_access]))
    {
        work.year = Some(c["year"].to_string());
    }
    if let Some(c) = URL.captures(&rest) {
        work.url = Some(repair_url(&c["url"]));
        let kind = if work.title.contains("白皮书") {
            WorkKind::WhitePaper
        } else if work.title.contains("报告") {
            WorkKind::ReportDocument
        } else {
            WorkKind::WebContent
        };
        work.kind.get_or_insert(kind);
    }
    // A page range right after a journal issue is the article's; a page
    // after a book's publisher is the page cited.
    let locator = if work.kind == Some(WorkKind::JournalArticle) {
        None
    } else {
        find_locator(&rest)
    };
    // A short form (`作者:《书名》,第104页`): a title in 《》 cited by page is a book.
    if locator.is_some() && work.kind.is_none() {
        work.kind = Some(WorkKind::Book);
    }
    Some(ParsedEntry {
        cited: Cited::Work(Box::new(work)),
        locator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_full_width_colons_and_markdown_escapes() {
        assert_eq!(repair_url("http：//a.org/x"), "http://a.org/x");
        assert_eq!(
            repair_url("https//a.org/\\~/media"),
            "https://a.org/~/media"
        );
        assert_eq!(repair_url("https:/a.org"), "https://a.org");
    }

    fn work(text: &str) -> (ParsedWork, Option<String>) {
        crate::bibliography::expect_work(text, parse(text))
    }

    #[test]
    fn a_translated_book_with_its_page() {
        let (book, page) =
            work("哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。");
        assert_eq!(book.kind, Some(WorkKind::Book));
        assert_eq!(book.authors, vec!["哈里·布雷弗曼"]);
        assert_eq!(book.title, "劳动与垄断资本");
        assert_eq!(book.translators, vec!["方生"]);
        assert_eq!(book.publisher.as_deref(), Some("商务印书馆"));
        assert_eq!(book.year.as_deref(), Some("1978"));
        assert_eq!(page.as_deref(), Some("205"));
    }

    #[test]
    fn a_journal_article_with_two_authors() {
        let (article, page) = work(
            "闻翔、周潇:《西方劳动过程理论与中国经验:一个批判性的述评》,载《中国社会科学》2007年第3期。",
        );
        assert_eq!(article.kind, Some(WorkKind::JournalArticle));
        assert_eq!(article.authors, vec!["闻翔", "周潇"]);
        assert_eq!(article.container.as_deref(), Some("中国社会科学"));
        assert_eq!(
            (article.year.as_deref(), article.issue.as_deref()),
            (Some("2007"), Some("3"))
        );
        assert_eq!(page, None);
    }

    #[test]
    fn a_container_that_lost_its_closing_mark() {
        let (article, _) = work(
            "孙伟平:《数智时代的新型人机关系及其构建》,载《湖北大学学报(哲学社会科学版)2023年第3期。",
        );
        assert_eq!(
            article.container.as_deref(),
            Some("湖北大学学报(哲学社会科学版)")
        );
        assert_eq!(article.year.as_deref(), Some("2023"));
    }

    #[test]
    fn a_volume_of_collected_works_that_lost_its_juan() {
        let (volume, page) = work("《马克思恩格斯文集》第8,人民出版社2009年版,186页。");
        assert_eq!(volume.title, "马克思恩格斯文集");
        assert_eq!(volume.volume.as_deref(), Some("8"));
        assert_eq!(volume.publisher.as_deref(), Some("人民出版社"));
        assert_eq!(page.as_deref(), Some("186"));
        let (short, page) = work("《马克思恩格斯文集》第5,743页。");
        assert!(short.is_short_form());
        assert_eq!(
            short.identity(),
            work("《马克思恩格斯文集》第5卷,人民出版社2009年版,417页。")
                .0
                .identity()
        );
        assert_eq!(page.as_deref(), Some("743"));
    }

    #[test]
    fn translators_joined_and_names_with_other_dots() {
        let (book, page) = work(
            "刘易斯⋅芒福德:《技术与文明》,王克仁、李华山译,中国建筑工业出版社2009年版,第323页。",
        );
        assert_eq!(book.translators, vec!["王克仁", "李华山"]);
        assert_eq!(page.as_deref(), Some("323"));
        let (short, _) = work("哈里⋅布雷弗曼:《劳动与垄断资本》,第104页。");
        let (full, _) =
            work("哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。");
        assert_eq!(short.identity(), full.identity());
    }

    #[test]
    fn a_white_paper_with_a_lost_opening_mark_and_a_damaged_url() {
        let (paper, _) = work(
            "华为、清华大学:AI与人协作、服务于人——AI终端白皮书》,https://www.bgcaijingpro.com/doc/75981.html",
        );
        assert_eq!(paper.kind, Some(WorkKind::WhitePaper));
        assert_eq!(paper.authors, vec!["华为", "清华大学"]);
        assert_eq!(paper.title, "AI与人协作、服务于人——AI终端白皮书");
        let (report, _) = work(
            "埃森哲:《生成式AI时代的工作模式、工作组织、工作者》,https//www.sgpjbg.com/baogao/169510.html",
        );
        assert_eq!(
            report.url.as_deref(),
            Some("https://www.sgpjbg.com/baogao/169510.html")
        );
    }

    #[test]
    fn a_newspaper_article_and_an_access_date() {
        let (article, page) =
            work("习近平:《在文艺工作座谈会上的讲话》,《人民日报》2015年10月15日,第2版。");
        assert_eq!(article.kind, Some(WorkKind::NewspaperArticle));
        assert_eq!(article.container.as_deref(), Some("人民日报"));
        assert_eq!(article.date.as_deref(), Some("2015-10-15"));
        assert_eq!(article.pages.as_deref(), Some("2"));
        assert_eq!(page, None);
        let (report, _) = work(
            "中国信息通信研究院:《人工智能发展白皮书》,http://www.caict.ac.cn/a.htm,访问日期:2024年3月5日。",
        );
        assert_eq!(report.accessed.as_deref(), Some("2024-03-05"));
        assert_eq!(report.year, None);
    }

    #[test]
    fn a_web_text_on_its_site() {
        for text in [
            "汪波：《哈尔滨市政法机关正对“宝马案”认真调查复查》，人民网，2004年，http://www.people.com.cn/GB/shehui/1062/2289764.html，访问时间：2022年5月3日。",
            "汪波：《哈尔滨市政法机关正对“宝马案”认真调查复查》，载人民网2004年1月10日，http://www.people.com.cn/GB/shehui/1062/2289764.html。",
            "汪波：《哈尔滨市政法机关正对“宝马案”认真调查复查》，载微信公众号“人民网”2004年1月10日，http://www.people.com.cn/GB/shehui/1062/2289764.html。",
        ] {
            let (page, _) = work(text);
            assert_eq!(page.container.as_deref(), Some("人民网"), "{text}");
            assert_eq!(page.year.as_deref(), Some("2004"), "{text}");
            assert_eq!(page.kind, Some(WorkKind::WebContent), "{text}");
        }
        // The date before the address is the year, not the reading after it.
        let (page, _) = work(
            "仉尚航：《开放世界中的实体基础模型》，2024年12月24日，https://www.ppthub.com.cn/view/19309，2025年1月2日。",
        );
        assert_eq!(page.year.as_deref(), Some("2024"));
        assert_eq!(page.publisher, None);
    }

    #[test]
    fn a_repository_with_its_year_run_into_it() {
        let (data, _) = work(
            "彭守璋：《1901—2023年中国1km分辨率逐月降水量数据集》，西北农林科技大学水土保持研究所2024年。",
        );
        assert_eq!(
            data.publisher.as_deref(),
            Some("西北农林科技大学水土保持研究所")
        );
        assert_eq!(data.year.as_deref(), Some("2024"));
        let (data, _) = work("方向明、曹迎杰：《元宇宙在图书馆的应用》，ChinaXiv2023年。");
        assert_eq!(data.publisher.as_deref(), Some("ChinaXiv"));
    }

    #[test]
    fn an_edited_book_names_its_editors() {
        let (book, _) = work("李黎主编:《哲学译丛》,上海译文出版社1999年版,第49页。");
        assert!(book.authors.is_empty());
        assert_eq!(book.editors, vec!["李黎"]);
    }

    #[test]
    fn a_chapter_in_an_edited_book_and_a_nationality_mark() {
        let (chapter, _) = work(
            "[德]哈贝马斯:《技术与科学作为意识形态》,载李黎主编:《哲学译丛》,上海译文出版社1999年版,第49页。",
        );
        assert_eq!(chapter.kind, Some(WorkKind::BookChapter));
        assert_eq!(chapter.authors, vec!["哈贝马斯"]);
        assert_eq!(chapter.container.as_deref(), Some("哲学译丛"));
        assert_eq!(chapter.editors, vec!["李黎"]);
        assert_eq!(chapter.publisher.as_deref(), Some("上海译文出版社"));
    }

    #[test]
    fn books_of_chapters_after_their_cues_and_publishers_known_by_place() {
        let (chapter, _) = work(
            "程根伟：《1998年长江洪水的成因与减灾对策》，见许厚泽、赵其国编：《长江流域洪涝灾害与科技对策》，科学出版社1999年版，第32—36页。",
        );
        assert_eq!(
            chapter.container.as_deref(),
            Some("长江流域洪涝灾害与科技对策")
        );
        assert_eq!(chapter.editors, vec!["许厚泽", "赵其国"]);
        let (chapter, _) = work(
            "欧中坦：《千方百计上京城：清朝的京控》，载高道蕴、高鸿钧、贺卫方主编，谢鹏程译：《美国学者论中国法律传统》，中国政法大学出版社，1994年",
        );
        assert_eq!(chapter.translators, vec!["谢鹏程"]);
        assert_eq!(chapter.editors.len(), 3);
        let (chapter, _) = work(
            "[德]莱纳·沃尔夫：《风险法的风险》，见刘刚编，《风险规制：德国的理论与实践》，陈霄译，法律出版社2012年版。",
        );
        assert_eq!(
            chapter.container.as_deref(),
            Some("风险规制：德国的理论与实践")
        );
        assert_eq!(chapter.editors, vec!["刘刚"]);
        let (chapter, _) = work(
            "阿扬：《谈谈记忆》，载《环球科学》杂志社编：《认识记忆力》，姜海伦译，机械工业出版社，2023年版，第15—18页。",
        );
        assert_eq!(chapter.container.as_deref(), Some("认识记忆力"));
        assert_eq!(chapter.editors, vec!["《环球科学》杂志社"]);
        let (book, _) = work("狄葆贤：《平等阁笔记》，上海：有正书局。");
        assert_eq!(book.publisher.as_deref(), Some("有正书局"));
        let (book, _) = work("我妻栄：《新訂担保物権法》有斐閣，1971年");
        assert_eq!(book.publisher.as_deref(), Some("有斐閣"));
        // Names dated by a year are read element by element, not here.
        assert_eq!(
            parse("林毅夫（2002）：《发展战略、自生能力和经济收敛》，《经济学（季刊）》第2期。"),
            None
        );
    }
}

#[cfg(test)]
mod style_tests {
    use crate::bibliography::Cited;
    use crate::rules::fixture::{run, works_of_style};

    #[test]
    fn chinese_entries_become_works() {
        let (_, found) = run(
            "正文(1)。\n注释:\n(1)哈里·布雷弗曼:《劳动与垄断资本》,方生等译,商务印书馆1978年版,205页。\n(2)Ethan Mollick,Co-intelligence,p.119.\n",
            &[],
        );
        let works = works_of_style(&found, &super::STYLE);
        assert_eq!(works.len(), 1);
        let Cited::Work(work) = &works[0].entry.cited else {
            panic!()
        };
        assert_eq!(work.title, "劳动与垄断资本");
        assert_eq!(works[0].entry.locator.as_deref(), Some("205"));
    }
}
