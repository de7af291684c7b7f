//! Cited works to quads: the work with its type, title, creators,
//! translators, year, container (journal, edited book, collected works),
//! volume, issue, pages, publisher and URL; each note `biro:references` its
//! work with the page cited; the document `cito:cites` every work.

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Literal, NamedNode};

use crate::bibliography::{ParsedWork, WorkKind};
use crate::key::normalize_key;
use crate::rdf::iri::{person_iri, rule_iri, work_iri};
use crate::rdf::mapping::Writer;
use crate::resolve::Model;
use crate::vocab::{ag, biro, cito, dcterms, fabio, foaf, frbr, prism};

fn plain(value: &str) -> Literal {
    Literal::new_simple_literal(value)
}

/// `2015-10-15` as an `xsd:date`; a month (`2016-03`) as `xsd:gYearMonth`;
/// anything else, as written, a plain string (never an ill-typed date).
fn date_literal(date: &str) -> Literal {
    let shape: String = date
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    match shape.as_str() {
        "9999-99-99" => Literal::new_typed_literal(date, xsd::DATE),
        "9999-99" => Literal::new_typed_literal(date, xsd::G_YEAR_MONTH),
        _ => plain(date),
    }
}

fn fabio_class(kind: Option<WorkKind>) -> NamedNode {
    match kind {
        Some(WorkKind::JournalArticle) => fabio::JOURNAL_ARTICLE,
        Some(WorkKind::Book) => fabio::BOOK,
        Some(WorkKind::BookChapter) => fabio::BOOK_CHAPTER,
        Some(WorkKind::ReportDocument) => fabio::REPORT_DOCUMENT,
        Some(WorkKind::WhitePaper) => fabio::WHITE_PAPER,
        Some(WorkKind::WorkingPaper) => fabio::WORKING_PAPER,
        Some(WorkKind::WebContent) => fabio::WEB_CONTENT,
        Some(WorkKind::Thesis) => fabio::THESIS,
        Some(WorkKind::ConferencePaper) => fabio::CONFERENCE_PAPER,
        Some(WorkKind::NewspaperArticle) => fabio::NEWSPAPER_ARTICLE,
        Some(WorkKind::PatentDocument) => fabio::PATENT_DOCUMENT,
        Some(WorkKind::TechnicalStandard) => fabio::TECHNICAL_STANDARD,
        Some(WorkKind::Dataset) => fabio::DATASET,
        Some(WorkKind::Map) => fabio::STILL_IMAGE,
        Some(WorkKind::Preprint) => fabio::PREPRINT,
        Some(WorkKind::ArchivalDocument) => fabio::ARCHIVAL_DOCUMENT,
        Some(WorkKind::LegalCase) => fabio::LEGAL_OPINION,
        Some(WorkKind::Legislation) => ag::LEGISLATION,
        None => fabio::EXPRESSION,
    }
    .into_owned()
}

/// The key a work's IRI is minted from: its identity (title, first author,
/// volume), without the year, so that a short form in one document
/// (`布雷弗曼:《劳动与垄断资本》,第104页`) and the full entry in another are
/// one work; each document's graph keeps the year its entry gives.
fn work_key(work: &ParsedWork) -> String {
    work.identity()
}

fn agent(w: &mut Writer, model: &Model, name: &str) -> NamedNode {
    let node = person_iri(name);
    let class = if model.organizations.contains(name) {
        foaf::ORGANIZATION
    } else {
        foaf::PERSON
    };
    w.add(&node, rdf::TYPE, class.into_owned());
    w.add(&node, foaf::NAME, plain(name));
    node
}

fn write_work(w: &mut Writer, model: &Model, work: &ParsedWork) -> NamedNode {
    let node = work_iri(&work_key(work));
    w.add(&node, rdf::TYPE, fabio_class(work.kind));
    let title = match &work.volume {
        Some(volume) if work.container.is_none() => format!("{} 第{volume}卷", work.title),
        _ => work.title.clone(),
    };
    w.add(&node, dcterms::TITLE, plain(&title));
    for author in &work.authors {
        let person = agent(w, model, author);
        w.add(&node, dcterms::CREATOR, person);
    }
    for translator in &work.translators {
        let person = agent(w, model, translator);
        w.add(&node, ag::TRANSLATOR, person);
    }
    if let Some(year) = &work.year {
        w.add(
            &node,
            fabio::HAS_PUBLICATION_YEAR,
            Literal::new_typed_literal(year, xsd::G_YEAR),
        );
    }
    if let Some(publisher) = &work.publisher {
        w.add(&node, dcterms::PUBLISHER, plain(publisher));
    }
    if let Some(url) = &work.url {
        w.add(
            &node,
            fabio::HAS_URL,
            Literal::new_typed_literal(url, xsd::ANY_URI),
        );
    }
    if let Some(issue) = &work.issue {
        w.add(&node, prism::ISSUE_IDENTIFIER, plain(issue));
    }
    if let Some(pages) = &work.pages {
        let first = pages.split(',').next().unwrap_or_default();
        let (start, end) = first.split_once('-').unwrap_or((first, ""));
        w.add(&node, prism::STARTING_PAGE, plain(start));
        if !end.is_empty() {
            w.add(&node, prism::ENDING_PAGE, plain(end));
        }
        if pages.contains(',') {
            w.add(&node, prism::PAGE_RANGE, plain(pages));
        }
    }
    if let Some(date) = &work.date {
        w.add(&node, prism::PUBLICATION_DATE, date_literal(date));
    }
    if let Some(date) = &work.accessed {
        w.add(&node, ag::ACCESSED, date_literal(date));
    }
    match (&work.container, &work.volume) {
        (Some(container), volume) => {
            let (class, prefix) = match work.kind {
                Some(WorkKind::BookChapter) => (fabio::BOOK, "book"),
                Some(WorkKind::ConferencePaper) => (fabio::CONFERENCE_PROCEEDINGS, "proceedings"),
                Some(WorkKind::NewspaperArticle) => (fabio::NEWSPAPER, "newspaper"),
                _ => (fabio::JOURNAL, "journal"),
            };
            let part_of = work_iri(&format!("{prefix}|{}", normalize_key(container)));
            w.add(&part_of, rdf::TYPE, class.into_owned());
            w.add(&part_of, dcterms::TITLE, plain(container));
            for editor in &work.editors {
                let person = agent(w, model, editor);
                w.add(&part_of, ag::EDITOR, person);
            }
            w.add(&node, frbr::PART_OF, part_of);
            if let Some(volume) = volume {
                w.add(&node, prism::VOLUME, plain(volume));
            }
        }
        (None, Some(volume)) => {
            let collection = work_iri(&format!("collection|{}", normalize_key(&work.title)));
            w.add(&collection, rdf::TYPE, fabio::COLLECTED_WORKS.into_owned());
            w.add(&collection, dcterms::TITLE, plain(&work.title));
            w.add(&node, frbr::PART_OF, collection);
            w.add(&node, prism::VOLUME, plain(volume));
        }
        (None, None) => {
            for editor in &work.editors {
                let person = agent(w, model, editor);
                w.add(&node, ag::EDITOR, person);
            }
        }
    }
    node
}

/// Writes the works and each note's citation; returns the IRI of each work.
pub(crate) fn write_works(
    w: &mut Writer,
    doc: &NamedNode,
    notes: &[NamedNode],
    model: &Model,
) -> Vec<NamedNode> {
    let works: Vec<NamedNode> = model
        .works
        .iter()
        .map(|work| write_work(w, model, work))
        .collect();
    for work in &works {
        w.add(doc, cito::CITES, work.clone());
    }
    for citation in &model.citations {
        let note = &notes[citation.note];
        w.add(note, biro::REFERENCES, works[citation.work].clone());
        if let Some(locator) = &citation.locator {
            w.add(note, ag::LOCATOR, plain(locator));
        }
        w.add(note, ag::RULE_PROPERTY, rule_iri(citation.rule.id));
    }
    works
}

/// Each typed pointer's function, and the document's typed CiTO shortcut to
/// the works its notes cite.
pub(crate) fn write_functions(
    w: &mut Writer,
    doc: &NamedNode,
    pointers: &[NamedNode],
    works: &[NamedNode],
    model: &Model,
) {
    for finding in &model.functions {
        let property = NamedNode::new(format!(
            "{}{}",
            cito::NAMESPACE,
            finding.function.cito_name()
        ))
        .expect("CiTO property IRI");
        let pointer = &pointers[finding.marker];
        w.add(pointer, ag::CITATION_FUNCTION, property.clone());
        w.add(pointer, ag::RULE_PROPERTY, rule_iri(finding.rule.id));
        for note in &model.document.markers[finding.marker].notes {
            if let Some(citation) = model.citations.iter().find(|c| c.note == *note) {
                w.add(doc, property.as_ref(), works[citation.work].clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of work, the match making a new kind fail to compile
    /// here until it is listed.
    fn every_kind() -> Vec<WorkKind> {
        use WorkKind::*;
        let all = vec![
            JournalArticle,
            Book,
            BookChapter,
            ReportDocument,
            WhitePaper,
            WorkingPaper,
            WebContent,
            Thesis,
            ConferencePaper,
            NewspaperArticle,
            PatentDocument,
            TechnicalStandard,
            Dataset,
            Map,
            Preprint,
            ArchivalDocument,
            LegalCase,
            Legislation,
        ];
        for kind in &all {
            match kind {
                JournalArticle | Book | BookChapter | ReportDocument | WhitePaper
                | WorkingPaper | WebContent | Thesis | ConferencePaper | NewspaperArticle
                | PatentDocument | TechnicalStandard | Dataset | Map | Preprint
                | ArchivalDocument | LegalCase | Legislation => {}
            }
        }
        all
    }

    /// The shipped `works` query reads types by class, so it must list
    /// every class a work or container is typed with.
    #[test]
    fn the_works_query_lists_every_class_of_work() {
        let query = crate::query::named_query("works").unwrap();
        let containers = [
            fabio::JOURNAL,
            fabio::NEWSPAPER,
            fabio::CONFERENCE_PROCEEDINGS,
        ];
        let classes = every_kind()
            .into_iter()
            .map(|kind| fabio_class(Some(kind)))
            .chain(containers.map(|c| c.into_owned()))
            .chain([fabio::COLLECTED_WORKS.into_owned()]);
        for class in classes {
            let iri = class.as_str();
            let listed = [("fabio", fabio::NAMESPACE), ("ag", ag::NAMESPACE)]
                .iter()
                .find_map(|(prefix, namespace)| {
                    iri.strip_prefix(namespace)
                        .map(|local| format!("{prefix}:{local}"))
                })
                .unwrap_or_else(|| panic!("{iri} in neither fabio nor ag"));
            assert!(query.split_whitespace().any(|t| t == listed), "{listed}");
        }
    }
}
