//! The lines around the title that are the article's but not its body: the
//! author line in the forms journals and OCR give it (`熊劲1 潘锋烽2*`,
//! `■李燕`, `张杰刘俊秦君`, `张培，张华（某大学，北京100072）`), found by
//! every item being a person name, and the zone that runs from the title to
//! the abstract and keywords, which holds affiliations and addresses.

use crate::chars::is_han;
use crate::resources::Resources;

/// The author line is looked for among this many lines at the top: a
/// journal's column name or a DOI line may stand before the title.
const AUTHOR_SEARCH_LINES: usize = 4;
/// A run of names written without separators is at most this long.
const NAME_RUN_MAX_CHARS: usize = 12;

/// An author line: the names, and the affiliation bracketed after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorLine {
    pub names: Vec<String>,
    pub affiliation: Option<String>,
}

/// The index of the first author line among the top lines that has a
/// title-like line right before it, when that is not the first line: the
/// lines before such a title are a column name or a DOI line.
pub fn title_before_author_line(
    lines: &[&str],
    resources: &Resources,
    looks_like_title: impl Fn(&str) -> bool,
) -> Option<usize> {
    (2..lines.len().min(AUTHOR_SEARCH_LINES + 1))
        .find(|&index| {
            author_line(lines[index], resources).is_some() && looks_like_title(lines[index - 1])
        })
        .map(|index| index - 1)
}

/// `黄再胜:大模型生产下的人机协作…` → (["黄再胜"], "大模型生产下的人机协作…"), when
/// what stands before the colon is a name: 2–4 Han characters starting with a
/// known surname (several names may be joined by 、).
pub fn split_author_title(line: &str, resources: &Resources) -> (Vec<String>, String) {
    if let Some((before, after)) = line.split_once([':', '：'])
        && !after.trim().is_empty()
    {
        let names: Vec<&str> = before.split(['、', ',', '，', ' ']).collect();
        if names.iter().all(|name| is_person_name(name, resources)) {
            return (
                names.iter().map(|name| name.to_string()).collect(),
                after.trim().to_string(),
            );
        }
    }
    (Vec::new(), line.to_string())
}

/// Reads `line` as a line of author names: `熊劲 潘锋烽 刘凯捷`,
/// `王小明1,2、李华*`, `# 1张小平`, `■李燕`, `张杰刘俊秦君`, with an
/// affiliation bracketed at the end (`张培，张华（某大学，北京100072）`).
/// Every item must be a person name once the marks of affiliation and
/// correspondence are dropped.
pub fn author_line(line: &str, resources: &Resources) -> Option<AuthorLine> {
    let (names_part, affiliation) = split_bracketed_tail(line);
    let names_part =
        names_part.trim_start_matches(|c: char| is_author_mark(c) || c.is_whitespace());
    let mut names = Vec::new();
    for item in names_part.split([' ', '、', ',', '，', ';', '；']) {
        let item = item.trim_matches(|c: char| is_author_mark(c) || c.is_whitespace());
        if item.is_empty() {
            continue;
        }
        names.extend(split_names(item, resources)?);
    }
    (!names.is_empty()).then_some(AuthorLine { names, affiliation })
}

/// Marks set beside a name: affiliation numbers (also in superscript, and
/// `」` that OCR reads for a superscript 1), the corresponding author's
/// `*`, Markdown's escaped `\*`, and the square some journals print before
/// the name.
fn is_author_mark(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '*' | '\\'
                | '†'
                | '‡'
                | '¹'
                | '²'
                | '³'
                | '⁴'
                | '⁵'
                | '⁶'
                | '」'
                | '■'
                | '□'
                | '●'
                | '◆'
                | '▲'
        )
}

/// `张培，张华（北京某大学，北京100072）` → (`张培，张华`, Some(`北京某大学，北京100072`)).
fn split_bracketed_tail(line: &str) -> (&str, Option<String>) {
    let line = line.trim_end();
    if line.ends_with([')', '）'])
        && let Some(open) = line.find(['(', '（'])
        && open > 0
    {
        let inside = line[open..]
            .trim_start_matches(['(', '（'])
            .trim_end_matches([')', '）'])
            .trim();
        if !inside.is_empty() {
            return (&line[..open], Some(inside.to_string()));
        }
    }
    (line, None)
}

/// One name, or a run of names written without a separator (`张杰刘俊秦君`,
/// `郑念王明`): the split into 2–3 character names, each opening on a
/// surname, with the fewest names.
fn split_names(item: &str, resources: &Resources) -> Option<Vec<String>> {
    let chars: Vec<char> = item.chars().collect();
    if chars.len() > NAME_RUN_MAX_CHARS || !chars.iter().all(|&c| is_han(c)) {
        return None;
    }
    let four_as_two = chars.len() == 4
        && !is_compound_surname(&chars[..2], resources)
        && is_person_name(&chars[..2].iter().collect::<String>(), resources)
        && is_person_name(&chars[2..].iter().collect::<String>(), resources);
    if chars.len() <= 4 && !four_as_two {
        return is_person_name(item, resources).then(|| vec![item.to_string()]);
    }
    // fewest[i]: the shortest split of chars[i..] into names, if any.
    let mut fewest: Vec<Option<Vec<String>>> = vec![None; chars.len() + 1];
    fewest[chars.len()] = Some(Vec::new());
    for start in (0..chars.len()).rev() {
        fewest[start] = (2..=3)
            .filter(|length| start + length <= chars.len())
            .filter_map(|length| {
                let name: String = chars[start..start + length].iter().collect();
                let rest = fewest[start + length].as_ref()?;
                is_person_name(&name, resources).then(|| {
                    let mut names = vec![name];
                    names.extend(rest.iter().cloned());
                    names
                })
            })
            .min_by_key(Vec::len);
    }
    fewest[0].take()
}

fn is_compound_surname(chars: &[char], resources: &Resources) -> bool {
    resources
        .surnames
        .contains(&chars.iter().collect::<String>())
}

/// 2–4 Han characters opening on a known surname.
pub fn is_person_name(name: &str, resources: &Resources) -> bool {
    let chars: Vec<char> = name.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) {
        return false;
    }
    is_compound_surname(&chars[..2], resources)
        || resources.surnames.contains(&chars[0].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<Vec<String>> {
        author_line(line, &Resources::builtin()).map(|a| a.names)
    }

    fn list(names: &[&str]) -> Option<Vec<String>> {
        Some(names.iter().map(|n| n.to_string()).collect())
    }

    #[test]
    fn names_with_marks_of_affiliation_and_correspondence() {
        assert_eq!(
            names("熊劲1 潘锋烽2* 刘凯捷"),
            list(&["熊劲", "潘锋烽", "刘凯捷"])
        );
        assert_eq!(names("1张小平"), list(&["张小平"]));
        assert_eq!(names("■李燕"), list(&["李燕"]));
        assert_eq!(names("张智光\\*"), list(&["张智光"]));
        assert_eq!(names("蔡凡」，陈丽²"), list(&["蔡凡", "陈丽"]));
        assert_eq!(
            names("张智雄；张闪闪；顾立平"),
            list(&["张智雄", "张闪闪", "顾立平"])
        );
    }

    #[test]
    fn names_run_together_are_split_on_surnames() {
        assert_eq!(names("张杰刘俊秦君"), list(&["张杰", "刘俊", "秦君"]));
        assert_eq!(names("郑念王明"), list(&["郑念", "王明"]));
        assert_eq!(names("初毅邵兆通 武涛"), list(&["初毅", "邵兆通", "武涛"]));
        assert_eq!(names("欧阳修"), list(&["欧阳修"]));
    }

    #[test]
    fn a_bracketed_affiliation_after_the_names() {
        let line = author_line(
            "张培，张华，高冬华（北京中医药大学东方医院西院区，北京100072）",
            &Resources::builtin(),
        )
        .expect("an author line");
        assert_eq!(line.names, vec!["张培", "张华", "高冬华"]);
        assert_eq!(
            line.affiliation.as_deref(),
            Some("北京中医药大学东方医院西院区，北京100072")
        );
    }

    #[test]
    fn titles_and_headings_are_not_author_lines() {
        assert_eq!(names("英国智库概况及对我国智库建设的启示"), None);
        assert_eq!(names("1 引言"), None);
        assert_eq!(names("研究方法"), None);
        assert_eq!(names("Big Data"), None);
    }

    #[test]
    fn a_column_name_before_the_title() {
        let lines = [
            "智库建设",
            "英国智库概况及对我国智库建设的启示",
            "袁莉莉 杨国梁",
            "正文。",
        ];
        let title =
            title_before_author_line(&lines, &Resources::builtin(), |line| !line.ends_with('。'));
        assert_eq!(title, Some(1));
        let plain = ["数字劳动研究", "王小明", "正文。"];
        assert_eq!(
            title_before_author_line(&plain, &Resources::builtin(), |_| true),
            None
        );
    }
}
