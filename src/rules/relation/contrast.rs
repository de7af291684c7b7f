use crate::rules::relation::for_each_pair;
use crate::rules::{Extractions, Phase, RelationKind, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// Two concepts set against each other: X而非Y, X而不是Y (`contrast` in
    /// `relation_cues.tsv`); only the cue (and a comma) stands between them.
    ///
    /// In:  `这是再技能化而非去技能化。`
    /// Out: an `ag:ConceptRelation` from <concept/再技能化> to
    ///      <concept/去技能化>, `ag:relationType` `ag:contrastsWith`,
    ///      `ag:cue "而非"`, `ag:rule` <rule/R002>; and the direct triple
    ///      `ag:contrastsWith`.
    Contrast { id: "R002", name: "contrast" }
}

impl Rule for Contrast {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Relations
    }

    fn priority(&self) -> u8 {
        40
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.relation_cues.contrast;
        let relations = for_each_pair(
            context,
            |_, _, _, gap| {
                let between = gap
                    .between
                    .trim_matches(|c: char| c.is_whitespace() || "，,".contains(c));
                let cue = cues.iter().find(|cue| between == cue.as_str())?;
                Some((RelationKind::ContrastsWith, cue.clone()))
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
    fn x_rather_than_y() {
        let (_, found) = run(
            "这是再技能化而非去技能化。再技能化与去技能化。\n",
            &[&LexiconTerm, &Contrast],
        );
        assert_eq!(found.relations.len(), 1);
        assert_eq!(found.relations[0].cue, "而非");
    }
}
