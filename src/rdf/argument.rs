//! The argument to quads, in AIF: each unit an `aif:I-node` with its role,
//! text, offsets and rule; each support an `aif:RA-node` and each attack an
//! `aif:CA-node` between premise and conclusion, with the shortcuts
//! `ag:supports` and `ag:attacks`.

use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, NamedNode};

use crate::findings::LinkKind;
use crate::rdf::iri::role_iri;
use crate::rdf::iri::{part_iri, rule_iri};
use crate::rdf::mapping::Writer;
use crate::resolve::Model;
use crate::vocab::{ag, aif, nif};

pub(crate) fn write_argument(
    w: &mut Writer,
    doc: &NamedNode,
    context: &NamedNode,
    sentences: &[NamedNode],
    model: &Model,
) {
    let text = &model.document.text;
    let units: Vec<NamedNode> = (0..model.units.len())
        .map(|i| part_iri(doc, "arg", i))
        .collect();
    for (unit, node) in model.units.iter().zip(&units) {
        w.add(node, rdf::TYPE, aif::I_NODE.into_owned());
        w.add(node, ag::ROLE, role_iri(unit.role));
        let claim = Literal::new_simple_literal(text.slice(unit.span));
        w.add(node, aif::CLAIM_TEXT, claim.clone());
        w.add(node, nif::ANCHOR_OF, claim);
        w.locate(node, context, unit.span);
        if let Some(sentence) = unit.sentence {
            w.add(node, ag::IN_SENTENCE, sentences[sentence].clone());
        }
        w.add(node, ag::RULE_PROPERTY, rule_iri(unit.rule.id));
    }
    for (i, link) in model.links.iter().enumerate() {
        let (kind, class, shortcut) = match link.kind {
            LinkKind::Supports => ("ra", aif::RA_NODE, ag::SUPPORTS),
            LinkKind::Attacks => ("ca", aif::CA_NODE, ag::ATTACKS),
        };
        let node = part_iri(doc, kind, i);
        let (from, to) = (&units[link.from], &units[link.to]);
        w.add(&node, rdf::TYPE, class.into_owned());
        w.add(&node, aif::PREMISE, from.clone());
        w.add(&node, aif::CONCLUSION, to.clone());
        w.add(&node, ag::RULE_PROPERTY, rule_iri(link.rule.id));
        w.add(from, shortcut, to.clone());
    }
}
