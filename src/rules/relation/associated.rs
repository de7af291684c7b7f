use crate::rules::relation::for_each_pair;
use crate::rules::{Extractions, Phase, RelationKind, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// Two concepts joined as a pair: X与Y, X和Y, X及Y (`associated` in
    /// `relation_cues.tsv`, alone between them).
    ///
    /// In:  `死劳动与活劳动的关系。`
    /// Out: an `ag:ConceptRelation` from <concept/死劳动> to <concept/活劳动>,
    ///      `ag:relationType` `ag:associatedWith`, `ag:cue "与"`,
    ///      `ag:rule` <rule/R005>; and the direct triple.
    Associated { id: "R005", name: "associated" }
}

impl Rule for Associated {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Relations
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.relation_cues.associated;
        let relations = for_each_pair(
            context,
            |_, _, _, gap| {
                let cue = cues.iter().find(|cue| gap.between.trim() == cue.as_str())?;
                Some((RelationKind::AssociatedWith, cue.clone()))
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
    fn x_and_y() {
        let (_, found) = run(
            "死劳动与活劳动的关系。死劳动支配活劳动。\n",
            &[&LexiconTerm, &Associated],
        );
        assert_eq!(found.relations.len(), 1);
        assert_eq!(found.relations[0].cue, "与");
    }
}
