use crate::rules::relation::for_each_pair;
use crate::rules::{Extractions, Phase, RelationKind, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// One concept as a kind of another: X是Y的一种, X是Y之一, X属于Y的一部分
    /// (`is_a_link` alone between X and Y, `is_a_end` right after Y, in
    /// `relation_cues.tsv`).
    ///
    /// In:  `数字劳动是劳动过程的一种。`
    /// Out: an `ag:ConceptRelation` from <concept/数字劳动> to
    ///      <concept/劳动过程>, `ag:relationType` `ag:isA`,
    ///      `ag:cue "是…的一种"`, `ag:rule` <rule/R004>; and the direct triple.
    IsA { id: "R004", name: "is-a" }
}

impl Rule for IsA {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Relations
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.relation_cues;
        let relations = for_each_pair(
            context,
            |_, _, _, gap| {
                let link = cues
                    .is_a_link
                    .iter()
                    .find(|cue| gap.between.trim() == cue.as_str())?;
                let end = cues
                    .is_a_end
                    .iter()
                    .find(|cue| gap.after.trim_start().starts_with(cue.as_str()))?;
                Some((RelationKind::IsA, format!("{link}…{end}")))
            },
            &Self::META,
        );
        Extractions {
            relations,
            ..Extractions::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::concept::lexicon_term::LexiconTerm;
    use crate::rules::fixture::run;

    #[test]
    fn x_is_a_kind_of_y() {
        let (_, found) = run(
            "数字劳动是劳动过程的一种。数字劳动是劳动过程。\n",
            &[&LexiconTerm, &IsA],
        );
        assert_eq!(found.relations.len(), 1);
        assert_eq!(found.relations[0].cue, "是…的一种");
    }
}
