use crate::rules::argument::{link, thesis};
use crate::rules::{
    ArgumentRole, Extractions, LinkKind, Phase, Rule, RuleContext, RuleMeta, UnitFinding,
    declare_rule,
};

declare_rule! {
    /// Each section and subsection heading is a claim its section argues
    /// for: it supports the claim of the section above it, and a top-level
    /// heading supports the thesis.
    ///
    /// In:  `二、“再人性化”:数字资本规训的新话术` then `(一)…` under it
    /// Out: an `aif:I-node` with `ag:role ag:SectionClaim` for each heading,
    ///      an `aif:RA-node` from the subsection's claim to the section's and
    ///      from the section's to the thesis (`ag:supports`), `ag:rule`
    ///      <rule/A002>.
    SectionClaim { id: "A002", name: "section-claim" }
}

impl Rule for SectionClaim {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn phase(&self) -> Phase {
        Phase::ArgumentViews
    }

    fn priority(&self) -> u8 {
        30
    }

    fn apply(&self, context: &RuleContext) -> Extractions {
        let mut found = Extractions::default();
        let sections = &context.document.sections;
        let thesis = thesis(context.earlier);
        for section in sections {
            found.units.push(UnitFinding {
                span: section.title_span,
                sentence: None,
                role: ArgumentRole::SectionClaim,
                rule: &Self::META,
            });
            let supported = match section.parent {
                Some(parent) => Some(sections[parent].title_span),
                None => thesis,
            };
            if let Some(to) = supported {
                link(
                    &mut found,
                    section.title_span,
                    to,
                    LinkKind::Supports,
                    &Self::META,
                );
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
    fn headings_support_the_section_above_or_the_thesis() {
        let (document, found) = run(
            "题目\n本文认为,协作并非解放。\n一、协作的兴起\n(一)平台\n平台出现。\n",
            &[&Thesis, &SectionClaim],
        );
        let claims: Vec<&str> = found
            .units
            .iter()
            .filter(|u| u.role == ArgumentRole::SectionClaim)
            .map(|u| document.text.slice(u.span))
            .collect();
        assert_eq!(claims, vec!["协作的兴起", "平台"]);
        let links: Vec<(&str, &str)> = found
            .links
            .iter()
            .map(|l| (document.text.slice(l.from), document.text.slice(l.to)))
            .collect();
        assert_eq!(
            links,
            vec![
                ("协作的兴起", "本文认为,协作并非解放。"),
                ("平台", "协作的兴起")
            ]
        );
    }
}
