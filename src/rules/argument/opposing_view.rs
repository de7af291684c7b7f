use crate::rules::argument::take_views;
use crate::rules::{Extractions, Phase, Rule, RuleContext, RuleMeta, declare_rule};

declare_rule! {
    /// A view of others the article presents — 在…看来, 有人认为, …宣称,
    /// 鼓吹, 宣扬, …的说法 (`opposing` in `argument_cues.tsv`) — is an
    /// opposing view, and the claim of its section attacks it: a section
    /// argues against the views it reports.
    ///
    /// In:  `在数字资本看来,人工智能可以让人类工作者变得更加人性化。` in
    ///      section 二
    /// Out: an `aif:I-node` with `ag:role ag:OpposingView`, and an
    ///      `aif:CA-node` from the claim of section 二 to it (`ag:attacks`),
    ///      `ag:rule` <rule/A006>.
    OpposingView { id: "A006", name: "opposing-view" }
}

impl Rule for OpposingView {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentViews
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        take_views(
            context,
            &mut found,
            &context.resources.argument_cues.opposing,
            |_| true,
            &Self::META,
        );
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ArgumentRole;
    use crate::rules::fixture::run;

    #[test]
    fn views_of_others_are_opposing_views() {
        let (document, found) = run(
            "题目\n在资本看来,协作带来解放。协作扩大。\n",
            &[&OpposingView],
        );
        assert_eq!(found.units.len(), 1);
        assert_eq!(found.units[0].role, ArgumentRole::OpposingView);
        assert_eq!(
            document.text.slice(found.units[0].span),
            "在资本看来,协作带来解放。"
        );
    }
}
