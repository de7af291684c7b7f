use crate::rules::argument::{claim_of_place, cued, link, take_sentence};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, declare_rule,
};

declare_rule! {
    /// The items of a list of reasons — 首先 … 其次 … 最后, 其一 … 其二,
    /// 一方面 … 另一方面 (`enumeration_first`, `enumeration_next` in
    /// `argument_cues.tsv`) — are sibling premises of one claim: the last
    /// claim before the first item in its paragraph or the one before, or
    /// else the claim of its section.
    ///
    /// In:  `因此,协作是控制。` then `首先,…。其次,…。`
    /// Out: two `aif:I-node`s with `ag:role ag:Premise`, each with an
    ///      `aif:RA-node` to the 因此 claim, `ag:rule` <rule/A009>.
    Enumeration { id: "A009", name: "enumeration" }
}

/// How many paragraphs back the claim of a list may stand.
const REACH: usize = 1;

impl Rule for Enumeration {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentPoints
    }

    fn priority(&self) -> u8 {
        20
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let document = context.document;
        let cues = &context.resources.argument_cues;
        let mut served = None;
        for (index, sentence) in document.sentences.iter().enumerate() {
            let text = document.text.slice(sentence.span);
            let first = cued(&cues.enumeration_first, text);
            if !first && !cued(&cues.enumeration_next, text) {
                continue;
            }
            if first || served.is_none() {
                let paragraph = sentence.paragraph;
                served = context
                    .earlier
                    .units
                    .iter()
                    .filter(|u| u.role == ArgumentRole::Claim)
                    .filter_map(|u| u.sentence.map(|s| (s, u.span)))
                    .filter(|(s, _)| {
                        *s < index && document.sentences[*s].paragraph + REACH >= paragraph
                    })
                    .max_by_key(|(s, _)| *s)
                    .map(|(_, span)| span)
                    .or_else(|| claim_of_place(context, index));
            }
            let Some(span) = take_sentence(
                context,
                &mut found,
                index,
                ArgumentRole::Premise,
                &Self::META,
            ) else {
                continue;
            };
            if let Some(to) = served {
                link(&mut found, span, to, LinkKind::Supports, &Self::META);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::argument::claim::Claim;
    use crate::rules::fixture::run;

    #[test]
    fn the_items_of_a_list_support_one_claim() {
        let (document, found) = run(
            "题目\n因此,协作是控制。\n首先,平台掌握数据。其次,工时延长。\n",
            &[&Claim, &Enumeration],
        );
        let targets: Vec<(&str, &str)> = found
            .links
            .iter()
            .filter(|l| l.rule.id == "A009")
            .map(|l| (document.text.slice(l.from), document.text.slice(l.to)))
            .collect();
        assert_eq!(
            targets,
            vec![
                ("首先,平台掌握数据。", "因此,协作是控制。"),
                ("其次,工时延长。", "因此,协作是控制。")
            ]
        );
    }
}
