use crate::rules::argument::{claim_of_place, cued, link, take_sentence, unit_of_sentence};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

/// How many sentences after an opposing view its rebuttal may come.
const REACH: usize = 2;

declare_rule! {
    /// A sentence that opens with a rebuttal (殊不知, 然而, 但实际上, 事实上,
    /// 恰恰相反 …: `rebuttal` in `argument_cues.tsv`) within two sentences
    /// after an opposing view, in the same paragraph, attacks that view; it
    /// is a claim supporting the claim of its section.
    ///
    /// In:  `在数字资本看来,人工智能可以让人类工作者变得更加人性化。殊不知,…`
    /// Out: an `aif:I-node` with `ag:role ag:Claim` for the 殊不知 sentence,
    ///      an `aif:CA-node` from it to the opposing view (`ag:attacks`) and
    ///      an `aif:RA-node` to its section's claim, `ag:rule` <rule/A007>.
    Rebuttal { id: "A007", name: "rebuttal" }
}

impl Rule for Rebuttal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentClaims
    }

    fn priority(&self) -> u8 {
        30
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        for (index, sentence) in document.sentences.iter().enumerate() {
            if !cued(
                &context.resources.argument_cues.rebuttal,
                document.text.slice(sentence.span),
            ) {
                continue;
            }
            let view = (index.saturating_sub(REACH)..index)
                .rev()
                .find_map(|before| {
                    let unit = unit_of_sentence(context.earlier, before)?;
                    (unit.role == ArgumentRole::OpposingView
                        && document.sentences[before].paragraph == sentence.paragraph)
                        .then_some(unit.span)
                });
            let Some(view) = view else { continue };
            let span =
                match take_sentence(context, &mut found, index, ArgumentRole::Claim, &Self::META) {
                    Some(span) => {
                        if let Some(to) = claim_of_place(context, index) {
                            link(&mut found, span, to, LinkKind::Supports, &Self::META);
                        }
                        span
                    }
                    None => sentence.span,
                };
            link(&mut found, span, view, LinkKind::Attacks, &Self::META);
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::opposing_view::OpposingView;
    use crate::rules::fixture::run;

    #[test]
    fn a_rebuttal_attacks_the_view_before_it() {
        let (document, found) = run(
            "题目\n在资本看来,协作带来解放。殊不知,协作延续了控制。\n然而,这是另一回事。\n",
            &[&OpposingView, &Rebuttal],
        );
        let attacks: Vec<(&str, &str)> = found
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::Attacks)
            .map(|l| (document.text.slice(l.from), document.text.slice(l.to)))
            .collect();
        assert_eq!(
            attacks,
            vec![("殊不知,协作延续了控制。", "在资本看来,协作带来解放。")]
        );
    }
}
