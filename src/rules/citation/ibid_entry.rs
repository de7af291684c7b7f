use crate::bibliography::{Cited, parse_entry};
use crate::rules::citation::parse_notes;
use crate::rules::{Extractions, Rule, RuleContext, RuleMeta, declare_rule};

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

impl Rule for IbidEntry {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn apply(&self, context: &RuleContext, found: &mut Extractions) {
        parse_notes(context, found, &Self::META, |text| {
            parse_entry(text)
                .filter(|entry| matches!(entry.cited, Cited::SameAsBefore | Cited::EarlierBy(_)))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::run;

    #[test]
    fn ibid_entries_only() {
        let (_, found) = run(
            "正文(1)。又(2)。\n注释:\n(1)殷杰:《主体性问题》,载《中国社会科学》2024年第8期。\n(2)同上书,第5页。\n",
            &[&IbidEntry],
        );
        assert_eq!(found.works.len(), 1);
        assert_eq!(found.works[0].note, 1);
        assert_eq!(found.works[0].entry.locator.as_deref(), Some("5"));
    }
}
