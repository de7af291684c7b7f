use crate::rules::argument::take_views;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A point the author grants before countering it — a sentence opening
    /// with 诚然, 固然, 不可否认 (`concession` in `argument_cues.tsv`) — stands
    /// against the author's line: it is taken as an opposing view, attacked
    /// by the claim of its section and by the rebuttal that follows it
    /// (但是, 然而 …: rule A007).
    ///
    /// In:  `诚然,人机协作提高了效率。但是,效率的收益归于资本。`
    /// Out: an `aif:I-node` with `ag:role ag:OpposingView` for the first
    ///      sentence, an `aif:CA-node` from its section's claim, `ag:rule`
    ///      <rule/A008>; A007 adds the attack of the 但是 sentence.
    Concession { id: "A008", name: "concession" }
}

impl Rule for Concession {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentViews
    }

    fn priority(&self) -> u8 {
        10
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        take_views(
            context,
            &mut found,
            &context.resources.argument_cues.concession,
            |_| true,
            &Self::META,
        );
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::rebuttal::Rebuttal;
    use crate::rules::fixture::run;
    use crate::rules::{ArgumentRole, LinkKind};

    #[test]
    fn a_granted_point_is_attacked_by_what_follows() {
        let (document, found) = run(
            "题目\n诚然,协作提高了效率。但是,收益归于资本。\n",
            &[&Concession, &Rebuttal],
        );
        assert_eq!(found.units[0].role, ArgumentRole::OpposingView);
        let attack = found
            .links
            .iter()
            .find(|l| l.kind == LinkKind::Attacks)
            .unwrap();
        assert_eq!(document.text.slice(attack.from), "但是,收益归于资本。");
    }
}
