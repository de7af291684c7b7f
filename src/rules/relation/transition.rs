use crate::rules::relation::for_each_pair;
use crate::rules::{Extractions, Phase, RelationKind, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A movement from one concept to another: 从X到Y, 由X转向Y, 从X走向Y
    /// (`transition_from` right before X, `transition_to` alone between X
    /// and Y, in `relation_cues.tsv`).
    ///
    /// In:  `从去技能化到再技能化。`
    /// Out: an `ag:ConceptRelation` from <concept/去技能化> to
    ///      <concept/再技能化>, `ag:relationType` `ag:transitionsTo`,
    ///      `ag:cue "从…到"`, `ag:rule` <rule/R003>; and the direct triple.
    Transition { id: "R003", name: "transition" }
}

impl Rule for Transition {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Relations
    }

    fn priority(&self) -> u8 {
        30
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.relation_cues;
        let relations = for_each_pair(
            context,
            |_, _, _, gap| {
                let from = cues
                    .transition_from
                    .iter()
                    .find(|cue| gap.before.trim_end().ends_with(cue.as_str()))?;
                let to = cues
                    .transition_to
                    .iter()
                    .find(|cue| gap.between.trim() == cue.as_str())?;
                Some((RelationKind::TransitionsTo, format!("{from}…{to}")))
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
    fn from_x_to_y() {
        let (_, found) = run(
            "劳动过程从去技能化到再技能化。去技能化到再技能化。\n",
            &[&LexiconTerm, &Transition],
        );
        assert_eq!(found.relations.len(), 1);
        assert_eq!(found.relations[0].cue, "从…到");
    }
}
