//! The summary of a store or of one document: how much it holds; the
//! concepts the argument turns on, ranked by mentions, documents, PageRank
//! and betweenness in the co-occurrence network; its Louvain communities;
//! the most cited works and authors; what citations do; and the argument in
//! brief. One list of sections feeds the text, Markdown and JSON forms, so
//! they carry the same content.

use serde::Serialize;

use crate::analysis::network::Network;
use crate::analysis::projections::{CooccurrenceOptions, concept_nodes, cooccurrence_links};
use crate::analysis::{AnalysisError, Scope, count, select_in, value};
use crate::findings::ArgumentRole;
use crate::store::GraphStore;
use crate::vocab::{ag, biro, c4o, doco, skos};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub sections: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub concepts: usize,
    pub mentions: usize,
    pub notes: usize,
    pub pointers: usize,
    pub quads: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankedConcept {
    pub label: String,
    pub english: Option<String>,
    pub mentions: usize,
    pub documents: usize,
    pub weighted_degree: f64,
    pub page_rank: f64,
    pub betweenness: f64,
    pub community: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Community {
    /// 1 for the largest.
    pub number: usize,
    pub size: usize,
    /// Its concepts with the highest PageRank, first the highest.
    pub leading: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Communities {
    /// Modularity of the Louvain partition of the co-occurrence network.
    pub modularity: f64,
    pub count: usize,
    /// Communities of one concept: those it shares no sentence with.
    pub singletons: usize,
    /// The largest communities of two concepts or more.
    pub largest: Vec<Community>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedWork {
    pub title: String,
    pub citations: usize,
    pub documents: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitedAuthor {
    pub name: String,
    pub citations: usize,
    pub works: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CitationFunctionCount {
    /// The CiTO property's local name: citesAsAuthority, citesAsEvidence …
    pub function: String,
    pub pointers: usize,
}

/// The argument in brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArgumentBrief {
    /// The theses, in text order (of every document, file by file).
    pub theses: Vec<String>,
    pub section_claims: usize,
    pub claims: usize,
    pub premises: usize,
    pub opposing_views: usize,
    pub conclusions: usize,
    pub supports: usize,
    pub attacks: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub counts: Counts,
    pub top_concepts: Vec<RankedConcept>,
    /// The concepts most documents mention: a corpus's shared vocabulary.
    pub top_concepts_by_documents: Vec<RankedConcept>,
    pub top_concepts_by_page_rank: Vec<RankedConcept>,
    pub top_concepts_by_betweenness: Vec<RankedConcept>,
    pub communities: Communities,
    pub top_works: Vec<CitedWork>,
    pub top_authors: Vec<CitedAuthor>,
    pub citation_functions: Vec<CitationFunctionCount>,
    pub argument: ArgumentBrief,
}

/// One row per person: the same person written `哈里·布雷弗曼` in one document
/// and `哈里⋅布雷弗曼` in another is one IRI with two names; the first is
/// shown. Counts and names are gathered apart, as every citing document's
/// graph repeats the person; notes and creators are two scans joined in
/// memory (the subqueries), three times faster than a lookup a note.
const AUTHORS_QUERY: &str = "SELECT ?name ?citations ?works WHERE {
  { SELECT ?person (COUNT(DISTINCT ?note) AS ?citations) (COUNT(DISTINCT ?work) AS ?works)
    WHERE { { SELECT ?note ?work WHERE { ?note biro:references ?work } }
            { SELECT ?work ?person WHERE { ?work dcterms:creator ?person } } }
    GROUP BY ?person }
  { SELECT ?person (MIN(?written) AS ?name) WHERE { ?person foaf:name ?written } GROUP BY ?person }
} ORDER BY DESC(?citations) ?name";

/// Cited works with their title and counts: what the summary shows of the
/// shipped `works` query, without the parts it does not show (type,
/// author, year, functions), which take most of that query's time.
const WORKS_QUERY: &str = "SELECT ?work ?title ?citations ?documents WHERE {
  { SELECT ?work (COUNT(DISTINCT ?note) AS ?citations) (COUNT(DISTINCT ?document) AS ?documents)
    WHERE { GRAPH ?document { ?note biro:references ?work } } GROUP BY ?work }
  { SELECT ?work (MIN(?written) AS ?title)
    WHERE { { SELECT DISTINCT ?work WHERE { ?note biro:references ?work } } ?work dcterms:title ?written }
    GROUP BY ?work }
}";

/// How many resources of each counted class: one scan a class, grouped
/// (a third faster than a union of eight patterns on a large store).
const COUNTS_QUERY: &str = "SELECT ?class (COUNT(DISTINCT ?resource) AS ?resources) WHERE {
  VALUES ?class { ag:Document doco:Section doco:Paragraph doco:Sentence skos:Concept
                  ag:ConceptMention biro:BibliographicReference c4o:InTextReferencePointer }
  ?resource a ?class
} GROUP BY ?class";

/// The store's size as the sum of its documents' sizes, recorded at build
/// time (counting the quads of a large store takes seconds); `?sized` says
/// whether every document has one (a store built before they were recorded
/// may not).
const SIZES_QUERY: &str =
    "SELECT (SUM(?size) AS ?quads) (COUNT(?doc) AS ?documents) (COUNT(?size) AS ?sized)
WHERE { ?doc a ag:Document OPTIONAL { ?doc void:triples ?size } }";

const QUADS_QUERY: &str = "SELECT (COUNT(*) AS ?quads) WHERE { ?s ?p ?o }";

const FUNCTIONS_QUERY: &str = "SELECT ?function (COUNT(DISTINCT ?pointer) AS ?pointers) WHERE {
  ?pointer ag:citationFunction ?cito . BIND(STRAFTER(STR(?cito), STR(cito:)) AS ?function)
} GROUP BY ?function ORDER BY DESC(?pointers) ?function";

const ROLES_QUERY: &str = "SELECT ?role (COUNT(DISTINCT ?unit) AS ?units) WHERE {
  ?unit ag:role ?role } GROUP BY ?role";

const LINKS_QUERY: &str = "SELECT ?kind (COUNT(DISTINCT ?node) AS ?nodes) WHERE {
  VALUES ?kind { aif:RA-node aif:CA-node } ?node a ?kind } GROUP BY ?kind";

const THESES_QUERY: &str = "SELECT ?text WHERE {
  ?unit ag:role ag:Thesis ; aif:claimText ?text ; nif:beginIndex ?begin ; nif:referenceContext ?context .
  ?doc ag:text ?context ; ag:fileName ?file .
} ORDER BY ?file ?begin";

/// How many communities the summary lists, and leading concepts of each.
const COMMUNITIES_SHOWN: usize = 10;
const LEADING_CONCEPTS: usize = 6;

impl Counts {
    pub fn from_store(store: &GraphStore, scope: &Scope) -> Result<Self, AnalysisError> {
        let by_class: std::collections::HashMap<String, usize> =
            select_in(store, scope, COUNTS_QUERY)?
                .iter()
                .map(|row| (value(&row[0]), count(&row[1])))
                .collect();
        let of = |class: oxigraph::model::NamedNodeRef<'_>| {
            by_class.get(class.as_str()).copied().unwrap_or(0)
        };
        let sizes = &select_in(store, scope, SIZES_QUERY)?[0];
        let quads = if count(&sizes[1]) == count(&sizes[2]) {
            count(&sizes[0])
        } else if scope.is_document() {
            count(&select_in(store, scope, QUADS_QUERY)?[0][0])
        } else {
            store.len()?
        };
        Ok(Self {
            documents: of(ag::DOCUMENT),
            sections: of(doco::SECTION),
            paragraphs: of(doco::PARAGRAPH),
            sentences: of(doco::SENTENCE),
            concepts: of(skos::CONCEPT),
            mentions: of(ag::CONCEPT_MENTION),
            notes: of(biro::BIBLIOGRAPHIC_REFERENCE),
            pointers: of(c4o::IN_TEXT_REFERENCE_POINTER),
            quads,
        })
    }
}

/// The concepts of the co-occurrence network with their metrics.
fn ranked_concepts(network: &Network) -> (Vec<RankedConcept>, Communities) {
    let metrics = network.metrics();
    let graph = &network.graph;
    let concepts: Vec<RankedConcept> = graph
        .node_indices()
        .map(|index| {
            let node = &graph[index];
            let attribute = |name: &str| {
                node.attributes
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| value.lexical())
                    .unwrap_or_default()
            };
            let i = index.index();
            let english = attribute("English");
            RankedConcept {
                label: node.label.clone(),
                english: (!english.is_empty()).then_some(english),
                mentions: attribute("Mentions").parse().unwrap_or(0),
                documents: attribute("Documents").parse().unwrap_or(0),
                weighted_degree: metrics.weighted_degree[i],
                page_rank: metrics.page_rank[i],
                betweenness: metrics.betweenness[i],
                community: metrics.community[i],
            }
        })
        .collect();
    let count = metrics.community.iter().max().map_or(0, |last| last + 1);
    let mut by_rank: Vec<&RankedConcept> = concepts.iter().collect();
    by_rank.sort_by(|a, b| {
        b.page_rank
            .total_cmp(&a.page_rank)
            .then(a.label.cmp(&b.label))
    });
    let all: Vec<Community> = (0..count)
        .map(|community| Community {
            number: community + 1,
            size: concepts.iter().filter(|c| c.community == community).count(),
            leading: by_rank
                .iter()
                .filter(|c| c.community == community)
                .take(LEADING_CONCEPTS)
                .map(|c| c.label.clone())
                .collect(),
        })
        .collect();
    let singletons = all.iter().filter(|c| c.size == 1).count();
    let communities = Communities {
        modularity: metrics.modularity,
        count,
        singletons,
        largest: all
            .into_iter()
            .filter(|c| c.size > 1)
            .take(COMMUNITIES_SHOWN)
            .collect(),
    };
    (concepts, communities)
}

/// The first `top` concepts after sorting by `key` (descending), ties by
/// mentions and then label.
fn top_by(
    concepts: &[RankedConcept],
    top: usize,
    key: impl Fn(&RankedConcept) -> f64,
) -> Vec<RankedConcept> {
    let mut sorted = concepts.to_vec();
    sorted.sort_by(|a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(b.mentions.cmp(&a.mentions))
            .then(a.label.cmp(&b.label))
    });
    sorted.truncate(top);
    sorted
}

/// The `top` most cited works.
fn top_works(
    store: &GraphStore,
    scope: &Scope,
    top: usize,
) -> Result<Vec<CitedWork>, AnalysisError> {
    let mut works: Vec<(String, CitedWork)> = select_in(store, scope, WORKS_QUERY)?
        .iter()
        .map(|row| {
            let work = CitedWork {
                title: value(&row[1]),
                citations: count(&row[2]),
                documents: count(&row[3]),
            };
            (value(&row[0]), work)
        })
        .collect();
    works.sort_by(|(a_iri, a), (b_iri, b)| {
        (b.citations.cmp(&a.citations))
            .then(a.title.cmp(&b.title))
            .then(a_iri.cmp(b_iri))
    });
    Ok(works.into_iter().take(top).map(|(_, work)| work).collect())
}

/// The `top` most cited authors.
fn top_authors(
    store: &GraphStore,
    scope: &Scope,
    top: usize,
) -> Result<Vec<CitedAuthor>, AnalysisError> {
    Ok(select_in(store, scope, AUTHORS_QUERY)?
        .iter()
        .take(top)
        .map(|row| CitedAuthor {
            name: value(&row[0]),
            citations: count(&row[1]),
            works: count(&row[2]),
        })
        .collect())
}

/// How many in-text pointers serve each citation function.
fn citation_functions(
    store: &GraphStore,
    scope: &Scope,
) -> Result<Vec<CitationFunctionCount>, AnalysisError> {
    Ok(select_in(store, scope, FUNCTIONS_QUERY)?
        .iter()
        .map(|row| CitationFunctionCount {
            function: value(&row[0]),
            pointers: count(&row[1]),
        })
        .collect())
}

impl Summary {
    pub fn from_store(
        store: &GraphStore,
        scope: &Scope,
        top: usize,
    ) -> Result<Self, AnalysisError> {
        // The concept network's links on this thread, the rest on
        // another: the store answers both at once, and each half takes
        // seconds on a store of thousands of documents.
        let (links, others) = std::thread::scope(|scope_threads| {
            let others = scope_threads.spawn(|| -> Result<_, AnalysisError> {
                Ok((
                    concept_nodes(store, scope)?,
                    Counts::from_store(store, scope)?,
                    top_works(store, scope, top)?,
                    top_authors(store, scope, top)?,
                    citation_functions(store, scope)?,
                    ArgumentBrief::from_store(store, scope)?,
                ))
            });
            let links = cooccurrence_links(store, scope, CooccurrenceOptions::default());
            let others = others
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (links, others)
        });
        let (nodes, counts, works, top_authors, citation_functions, argument) = others?;
        let network = Network::from_parts("concepts", false, nodes, links?);
        let (concepts, communities) = ranked_concepts(&network);
        Ok(Self {
            counts,
            top_concepts: top_by(&concepts, top, |c| c.mentions as f64),
            top_concepts_by_documents: top_by(&concepts, top, |c| c.documents as f64),
            top_concepts_by_page_rank: top_by(&concepts, top, |c| c.page_rank),
            top_concepts_by_betweenness: top_by(&concepts, top, |c| c.betweenness),
            communities,
            top_works: works,
            top_authors,
            citation_functions,
            argument,
        })
    }
}

impl ArgumentBrief {
    fn from_store(store: &GraphStore, scope: &Scope) -> Result<Self, AnalysisError> {
        let mut roles = std::collections::BTreeMap::new();
        for row in select_in(store, scope, ROLES_QUERY)? {
            let role = value(&row[0]);
            let name = role.rsplit('#').next().unwrap_or_default().to_string();
            roles.insert(name, count(&row[1]));
        }
        let mut links = std::collections::BTreeMap::new();
        for row in select_in(store, scope, LINKS_QUERY)? {
            links.insert(value(&row[0]), count(&row[1]));
        }
        let role = |role: ArgumentRole| roles.get(role.name()).copied().unwrap_or(0);
        let link = |kind: &str| {
            links
                .iter()
                .filter(|(iri, _)| iri.ends_with(kind))
                .map(|(_, n)| n)
                .sum()
        };
        Ok(Self {
            theses: select_in(store, scope, THESES_QUERY)?
                .iter()
                .map(|row| value(&row[0]))
                .collect(),
            section_claims: role(ArgumentRole::SectionClaim),
            claims: role(ArgumentRole::Claim),
            premises: role(ArgumentRole::Premise),
            opposing_views: role(ArgumentRole::OpposingView),
            conclusions: role(ArgumentRole::Conclusion),
            supports: link("RA-node"),
            attacks: link("CA-node"),
        })
    }
}
