//! Name lists and page ranges as entries write them: `闻翔、周潇`,
//! `[德]哈贝马斯`, `蔡旭，肖剑伟，等`, `Liu W D, Dunford M`, `Struyk, R. J`,
//! `Anil R.Doshi and Oliver P.Hauser`, `1939-1945，1952`.

use std::sync::LazyLock;

use regex::Regex;

/// Nationality marks before a name: `[德]`, `(美)`, `〔英〕`.
pub(super) static NATIONALITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\[［(（〔【]\s*\p{Han}{1,3}\s*[\]］)）〕】]\s*").expect("nationality pattern")
});
/// A head of names dated by a year in brackets and a mark after it:
/// `林毅夫（2002）：`, `Krugman, P. (1991), `, the economics journals' way.
static DATED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<names>[^()（）《》“”\x22]{1,200}?)\s*[(（]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?\s*[)）]\s*[:：,，]\s*(?P<rest>.+)$",
    )
    .expect("dated head pattern")
});

/// The names, year and rest of an entry whose names are dated by a year
/// in brackets (`林毅夫（2002）：《题名》…`).
pub fn dated_head(entry: &str) -> Option<(&str, &str, &str)> {
    let c = DATED_HEAD.captures(entry)?;
    let part = |name| c.name(name).map_or("", |m| m.as_str());
    Some((part("names"), part("year"), part("rest")))
}

/// Role words and `et al.` after a name or a list.
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\s*(?:等著|等编著|等主编|等编|等|编著|主编|合著|著|编|译|ほか編|ほか|他)|(?:^|\s+|\s*\()(?:eds?\.?\)?|et\s*al\.?))+\s*$",
    )
        .expect("role pattern")
});
/// Editors named as such: `李黎主编`, `张三 编`, `Leo Panitch (eds.)`.
static EDITOR_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:主编|[^著]编|(?:\s+|\()eds?\.?\)?)\s*$").expect("editor role pattern")
});
/// A part that holds only Latin given names, after a surname written in
/// Chinese: `拉普拉斯, Pierre-Simon` is one person.
static GIVEN_NAMES_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)*$").expect("given names pattern")
});
/// A part that holds only initials: the given names of the surname before
/// it (`Struyk, R. J`).
static INITIALS_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[A-Z]\.?\s*){1,3}$").expect("initials pattern"));

fn clean(name: &str) -> String {
    let name = NATIONALITY.replace(name.trim(), "");
    ROLE.replace(name.trim(), "")
        .trim()
        .trim_end_matches(['.', ','])
        .trim()
        .to_string()
}

/// The names of a list, without nationality marks, role words or `等`.
pub fn split_names(list: &str) -> Vec<String> {
    let list = ROLE.replace(list.trim(), "");
    let mut names: Vec<String> = Vec::new();
    for part in list
        .split(" and ")
        .flat_map(|part| part.split(['、', ',', '，', ';', '；', '&', '=', '＝']))
    {
        let name = clean(part);
        if name.is_empty() || is_anonymous(&name) {
            continue;
        }
        match names.last_mut() {
            Some(previous)
                if !previous.contains(',')
                    && (INITIALS_ONLY.is_match(&name)
                        || GIVEN_NAMES_ONLY.is_match(&name)
                            && previous.chars().all(is_han_or_dot)) =>
            {
                previous.push_str(", ");
                previous.push_str(&name);
            }
            _ => names.push(name),
        }
    }
    names
}

/// A character of a name written in Chinese: `莱纳·沃尔夫`.
fn is_han_or_dot(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '·' | '•')
}

/// 佚名, 无名氏, Anon., Anonymous: no name, an entry's way of saying the
/// work has no known author.
fn is_anonymous(name: &str) -> bool {
    matches!(
        name.to_lowercase().trim_end_matches('.'),
        "佚名" | "无名氏" | "anon" | "anonymous" | "不详" | "作者不详"
    )
}

/// A title without the quotation marks that enclose all of it.
pub fn unquoted(title: &str) -> &str {
    match title.strip_prefix(['“', '"', '《']) {
        Some(inner) => match inner.strip_suffix(['”', '"', '》']) {
            Some(core) if !core.contains(['”', '"', '》']) => core,
            _ => title,
        },
        None => title,
    }
}

/// Whether a name list names editors (`主编`, `编`, `eds.`) rather than authors.
pub fn names_editors(list: &str) -> bool {
    EDITOR_ROLE.is_match(list.trim())
}

/// Page ranges as one value: dashes written `-`, no white space, ranges
/// joined by `,`: `1939—1945，1952` → `1939-1945,1952`.
pub fn join_page_ranges(pages: &str) -> String {
    let mut joined = String::with_capacity(pages.len());
    for c in pages.chars() {
        let c = match c {
            '—' | '–' | '－' | '~' | '～' => '-',
            '，' | '+' => ',',
            c if c.is_whitespace() => continue,
            c => c,
        };
        if !(c == '-' && joined.ends_with('-')) {
            joined.push(c);
        }
    }
    match joined.strip_prefix(['P', 'p']) {
        Some(digits) if digits.starts_with(|c: char| c.is_ascii_digit()) => digits.to_string(),
        _ => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_lists() {
        assert_eq!(split_names("闻翔、周潇"), vec!["闻翔", "周潇"]);
        assert_eq!(split_names("[德]哈贝马斯"), vec!["哈贝马斯"]);
        assert_eq!(
            split_names("蔡旭，肖剑伟，郭粉莲，等"),
            vec!["蔡旭", "肖剑伟", "郭粉莲"]
        );
        assert_eq!(split_names("刘卫东，田锦尘,等著"), vec!["刘卫东", "田锦尘"]);
        assert_eq!(split_names("方生等"), vec!["方生"]);
        assert_eq!(split_names("李黎主编"), vec!["李黎"]);
    }

    #[test]
    fn latin_lists() {
        assert_eq!(
            split_names("Liu W D, Dunford M"),
            vec!["Liu W D", "Dunford M"]
        );
        assert_eq!(split_names("Struyk, R. J"), vec!["Struyk, R. J"]);
        assert_eq!(split_names("Weidenbaum,M"), vec!["Weidenbaum, M"]);
        assert_eq!(
            split_names("拉普拉斯, Pierre-Simon"),
            vec!["拉普拉斯, Pierre-Simon"]
        );
        assert_eq!(split_names("张三, Smith J"), vec!["张三", "Smith J"]);
        assert_eq!(
            split_names("Anil R.Doshi and Oliver P.Hauser"),
            vec!["Anil R.Doshi", "Oliver P.Hauser"]
        );
        assert_eq!(
            split_names("Vivek Choudhary et al."),
            vec!["Vivek Choudhary"]
        );
        assert_eq!(
            split_names("Leo Panitch and Gregory Albo (eds.)"),
            vec!["Leo Panitch", "Gregory Albo"]
        );
    }

    #[test]
    fn editors_are_named_as_such() {
        assert!(names_editors("李黎主编"));
        assert!(names_editors("Leo Panitch and Gregory Albo (eds.)"));
        assert!(!names_editors("刘卫东，田锦尘,等著"));
        assert!(!names_editors("闻翔、周潇"));
    }

    #[test]
    fn heads_dated_by_a_year_in_brackets() {
        assert_eq!(
            dated_head("林毅夫（2002）：《发展战略》，《经济学（季刊）》第2期"),
            Some(("林毅夫", "2002", "《发展战略》，《经济学（季刊）》第2期"))
        );
        assert_eq!(
            dated_head("Krugman, P. (1991), \"Increasing Returns\""),
            Some(("Krugman, P.", "1991", "\"Increasing Returns\""))
        );
        assert_eq!(dated_head("Lazarus, R. S. (1991). Emotion"), None);
    }

    #[test]
    fn page_ranges() {
        assert_eq!(join_page_ranges("1939-1945，1952"), "1939-1945,1952");
        assert_eq!(join_page_ranges("30—31"), "30-31");
        assert_eq!(join_page_ranges("323 - - 340"), "323-340");
    }
}
