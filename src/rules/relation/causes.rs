use crate::rules::relation::for_each_pair;
use crate::rules::{Extractions, Phase, RelationKind, Rule, RuleContext, RuleMeta, declare_rule};

/// Most characters between cause and effect: room for an adverb and an
/// aspect particle around the verb (进一步推动了).
const MAX_GAP: usize = 8;

declare_rule! {
    /// Two concepts of one sentence where a causal verb stands between them,
    /// with at most a few words around it and no punctuation: X导致Y,
    /// X进一步推动了Y (`causes` in `relation_cues.tsv`: 导致, 引发, 推动,
    /// 加速, 消解, 侵蚀 …). The verb is kept as the relation's cue.
    ///
    /// In:  `人机协作加速了去技能化。`
    /// Out: an `ag:ConceptRelation` with `ag:source` <concept/人机协作>,
    ///      `ag:target` <concept/去技能化>, `ag:relationType` `ag:causes`,
    ///      `ag:cue "加速"`, its sentence, offsets and `ag:rule` <rule/R001>;
    ///      and <concept/人机协作> `ag:causes` <concept/去技能化>.
    Causes { id: "R001", name: "causes" }
}

impl Rule for Causes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::Relations
    }

    fn priority(&self) -> u8 {
        50
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let cues = &context.resources.relation_cues.causes;
        let relations = for_each_pair(
            context,
            |_, _, _, gap| {
                let between = gap.between.trim();
                if between.chars().count() > MAX_GAP
                    || between.contains(|c: char| "，,；;：:。！？!?“”\"（）()".contains(c))
                {
                    return None;
                }
                let cue = cues.iter().find(|cue| between.contains(cue.as_str()))?;
                Some((RelationKind::Causes, cue.clone()))
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
    fn a_causal_verb_between_two_concepts() {
        let (document, found) = run(
            "人机协作进一步加速了去技能化。人机协作，去技能化。\n",
            &[&LexiconTerm, &Causes],
        );
        assert_eq!(found.relations.len(), 1);
        let relation = &found.relations[0];
        assert_eq!(document.text.slice(relation.source), "人机协作");
        assert_eq!(document.text.slice(relation.target), "去技能化");
        assert_eq!(relation.cue, "加速");
    }
}
