//! Notes and in-text pointers to quads: each note a
//! `biro:BibliographicReference` with its number, content and offsets; each
//! marker a `c4o:InTextReferencePointer` that denotes its notes.

use oxigraph::model::vocab::rdf;
use oxigraph::model::{Literal, NamedNode};

use crate::rdf::iri::{part_iri, rule_iri};
use crate::rdf::mapping::Writer;
use crate::resolve::Model;
use crate::vocab::{ag, biro, c4o, frbr, nif};

/// The notes the model takes as references; the IRIs of every note.
pub(crate) fn write_notes(
    w: &mut Writer,
    doc: &NamedNode,
    context: &NamedNode,
    model: &Model,
) -> Vec<NamedNode> {
    let document = model.document;
    let notes: Vec<NamedNode> = (0..document.notes.len())
        .map(|i| part_iri(doc, "note", i))
        .collect();
    for reference in &model.references {
        let note = &document.notes[reference.note];
        let node = &notes[reference.note];
        w.add(node, rdf::TYPE, biro::BIBLIOGRAPHIC_REFERENCE.into_owned());
        w.add(node, frbr::PART_OF, doc.clone());
        w.add(node, ag::NUMBER, Writer::integer(note.number as usize));
        w.add(node, ag::INDEX, Writer::integer(reference.note));
        w.add(
            node,
            c4o::HAS_CONTENT,
            Literal::new_simple_literal(document.text.slice(note.content_span)),
        );
        w.locate(node, context, note.span);
        w.add(node, ag::RULE_PROPERTY, rule_iri(reference.rule.id));
        if !note.linked {
            w.add(node, ag::UNLINKED, Literal::from(true));
        }
        if !model.citations.iter().any(|c| c.note == reference.note) {
            w.add(node, rdf::TYPE, ag::UNPARSED_ENTRY.into_owned());
        }
    }
    notes
}

/// The markers the model takes as pointers.
pub(crate) fn write_pointers(
    w: &mut Writer,
    context: &NamedNode,
    pointers: &[NamedNode],
    notes: &[NamedNode],
    sentences: &[NamedNode],
    model: &Model,
) {
    let document = model.document;
    for pointer in &model.pointers {
        let marker = &document.markers[pointer.marker];
        let node = pointers[pointer.marker].clone();
        w.add(
            &node,
            rdf::TYPE,
            c4o::IN_TEXT_REFERENCE_POINTER.into_owned(),
        );
        w.add(
            &node,
            c4o::HAS_CONTENT,
            Literal::new_simple_literal(document.text.slice(marker.span)),
        );
        for &note in &marker.notes {
            w.add(&node, c4o::DENOTES, notes[note].clone());
        }
        w.locate(&node, context, marker.span);
        w.add(
            &node,
            nif::ANCHOR_OF,
            Literal::new_simple_literal(document.text.slice(marker.span)),
        );
        w.add(&node, ag::IN_SENTENCE, sentences[marker.sentence].clone());
        w.add(&node, ag::RULE_PROPERTY, rule_iri(pointer.rule.id));
    }
}
