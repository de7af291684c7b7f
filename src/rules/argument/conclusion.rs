use crate::rules::argument::{cued, link, take_sentence, thesis};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// The sentences of the conclusion (a section headed 结语, 结论, 余论 …:
    /// `conclusion_heading` in `argument_cues.tsv`) are conclusions that
    /// support the thesis.
    ///
    /// In:  `四、结语` then `大模型生产并未终结劳动异化。`
    /// Out: an `aif:I-node` with `ag:role ag:Conclusion` and an
    ///      `aif:RA-node` to the thesis (`ag:supports`), `ag:rule` <rule/A003>.
    Conclusion { id: "A003", name: "conclusion" }
}

impl Rule for Conclusion {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentClaims
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let cues = &context.resources.argument_cues.conclusion_heading;
        let thesis = thesis(context.earlier);
        for (index, sentence) in document.sentences.iter().enumerate() {
            let section = document.paragraphs[sentence.paragraph].section;
            let in_conclusion =
                section.is_some_and(|s| cued(cues, document.sections[s].title.trim()));
            if !in_conclusion {
                continue;
            }
            let span = take_sentence(
                context,
                &mut found,
                index,
                ArgumentRole::Conclusion,
                &Self::META,
            );
            if let (Some(span), Some(thesis)) = (span, thesis) {
                link(&mut found, span, thesis, LinkKind::Supports, &Self::META);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::thesis::Thesis;
    use crate::rules::fixture::run;

    #[test]
    fn sentences_of_the_conclusion_support_the_thesis() {
        let (_, found) = run(
            "题目\n本文认为,协作并非解放。\n一、结语\n协作延续了控制。\n",
            &[&Thesis, &Conclusion],
        );
        assert_eq!(found.units[1].role, ArgumentRole::Conclusion);
        assert_eq!(found.links.len(), 1);
    }
}
