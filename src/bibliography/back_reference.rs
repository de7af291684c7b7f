//! Entries that cite no work of their own but point back to one cited
//! before: 同上, 同上书, 同前, 前引, ibid.; and, after an author's name,
//! `布雷弗曼:前引书`, `Braverman, op. cit.`. Resolution (`resolve::works`)
//! finds the work they point to.

use std::sync::LazyLock;

use regex::Regex;

use crate::bibliography::{Cited, ParsedEntry, ReferenceStyle, find_locator};
use crate::rule_meta::declare_rule;

declare_rule! {
    /// An entry that cites the work of the entry before it: 同上, 同上书,
    /// 同前, 前引, ibid. — with its own page, or the page before when it
    /// names none; or, after an author's name (`布雷弗曼:前引书`,
    /// `Braverman, op. cit.`), that author's work cited earlier.
    ///
    /// In:  `(24)《马克思恩格斯文集》第1,159页。` then `(25)同上书,159160页。`
    /// Out: note 25 `biro:references` the work of note 24 (volume 1 of the
    ///      collected works), `ag:locator "159-160"`, `ag:rule` <rule/N005>.
    IbidEntry { id: "N005", name: "ibid-entry" }
}

pub const STYLE: ReferenceStyle = ReferenceStyle {
    meta: &IbidEntry::META,
    parse,
};

static IBID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:同上书?|同前书?|前引书?|ibid\.?|ibidem\.?)\s*[,，.。]?\s*(?P<rest>.*)$")
        .expect("ibid pattern")
});

/// `布雷弗曼:前引书,第5页`, `Braverman, op. cit., p. 5`.
static OP_CIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?P<author>[^:：,，.。《》“”]{1,40}?)\s*[:：,，]?\s*(?:前引|前揭|op\.\s*cit\.?)(?:书|文|论文)?\s*[,，.。]?\s*(?P<rest>.*)$",
    )
    .expect("op. cit. pattern")
});

/// Reads 同上 (the work before) or `作者:前引书` (that author's work).
pub fn parse(text: &str) -> Option<ParsedEntry> {
    if let Some(captures) = IBID.captures(text) {
        return Some(ParsedEntry {
            cited: Cited::SameAsBefore,
            locator: find_locator(&captures["rest"]),
        });
    }
    let captures = OP_CIT.captures(text)?;
    Some(ParsedEntry {
        cited: Cited::EarlierBy(captures["author"].trim().to_string()),
        locator: find_locator(&captures["rest"]),
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::{run, works_of_style};

    #[test]
    fn ibid_entries_only() {
        let (_, found) = run(
            "正文(1)。又(2)。\n注释:\n(1)殷杰:《主体性问题》,载《中国社会科学》2024年第8期。\n(2)同上书,第5页。\n",
            &[],
        );
        let works = works_of_style(&found, &super::STYLE);
        assert_eq!(works.len(), 1);
        assert_eq!(works[0].note, 1);
        assert_eq!(works[0].entry.locator.as_deref(), Some("5"));
    }
}
