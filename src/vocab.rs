//! Vocabulary constants: every IRI argraph writes, in one place, per the
//! vocabulary contract of the architecture document. Depends on nothing of
//! argraph: every stage may name a term.

macro_rules! namespace {
    ($module:ident, $base:literal, { $($name:ident = $local:literal),* $(,)? }) => {
        pub mod $module {
            use oxigraph::model::NamedNodeRef;
            pub const NAMESPACE: &str = $base;
            $(pub const $name: NamedNodeRef<'static> =
                NamedNodeRef::new_unchecked(concat!($base, $local));)*
        }
    };
}

namespace!(ag, "https://w3id.org/argraph#", {
    DOCUMENT = "Document",
    CONCEPT_MENTION = "ConceptMention",
    RULE = "Rule",
    SHA256 = "sha256",
    EXTRACTED_WITH = "extractedWith",
    TEXT = "text",
    FILE_NAME = "fileName",
    AFFILIATION = "affiliation",
    LEVEL = "level",
    NUMBER = "number",
    INDEX = "index",
    CONCEPT = "concept",
    MENTIONS = "mentions",
    IN_SENTENCE = "inSentence",
    RULE_PROPERTY = "rule",
    UNLINKED = "unlinked",
    TRANSLATOR = "translator",
    LOCATOR = "locator",
    CITATION_FUNCTION = "citationFunction",
    EDITOR = "editor",
    CONCEPT_RELATION = "ConceptRelation",
    SOURCE = "source",
    TARGET = "target",
    RELATION_TYPE = "relationType",
    CUE = "cue",
    ROLE = "role",
    SUPPORTS = "supports",
    ATTACKS = "attacks",
    ACCESSED = "accessed",
    UNPARSED_ENTRY = "UnparsedEntry",
    LEGISLATION = "Legislation",
});

namespace!(aif, "http://www.arg.dundee.ac.uk/aif#", {
    I_NODE = "I-node",
    RA_NODE = "RA-node",
    CA_NODE = "CA-node",
    CLAIM_TEXT = "claimText",
    PREMISE = "Premise",
    CONCLUSION = "Conclusion",
});

namespace!(skos, "http://www.w3.org/2004/02/skos/core#", {
    CONCEPT = "Concept",
    PREF_LABEL = "prefLabel",
    ALT_LABEL = "altLabel",
    DEFINITION = "definition",
    BROADER = "broader",
    RELATED = "related",
});

namespace!(cito, "http://purl.org/spar/cito/", {
    CITES = "cites",
});

namespace!(fabio, "http://purl.org/spar/fabio/", {
    EXPRESSION = "Expression",
    JOURNAL_ARTICLE = "JournalArticle",
    BOOK = "Book",
    BOOK_CHAPTER = "BookChapter",
    REPORT_DOCUMENT = "ReportDocument",
    WHITE_PAPER = "WhitePaper",
    WORKING_PAPER = "WorkingPaper",
    WEB_CONTENT = "WebContent",
    THESIS = "Thesis",
    CONFERENCE_PAPER = "ConferencePaper",
    CONFERENCE_PROCEEDINGS = "ConferenceProceedings",
    NEWSPAPER_ARTICLE = "NewspaperArticle",
    NEWSPAPER = "Newspaper",
    PATENT_DOCUMENT = "PatentDocument",
    TECHNICAL_STANDARD = "TechnicalStandard",
    DATASET = "Dataset",
    STILL_IMAGE = "StillImage",
    PREPRINT = "Preprint",
    ARCHIVAL_DOCUMENT = "ArchivalDocument",
    LEGAL_OPINION = "LegalOpinion",
    COLLECTED_WORKS = "CollectedWorks",
    JOURNAL = "Journal",
    HAS_PUBLICATION_YEAR = "hasPublicationYear",
    HAS_URL = "hasURL",
});

namespace!(biro, "http://purl.org/spar/biro/", {
    BIBLIOGRAPHIC_REFERENCE = "BibliographicReference",
    REFERENCES = "references",
});

namespace!(c4o, "http://purl.org/spar/c4o/", {
    IN_TEXT_REFERENCE_POINTER = "InTextReferencePointer",
    HAS_CONTENT = "hasContent",
    DENOTES = "denotes",
});

namespace!(doco, "http://purl.org/spar/doco/", {
    SECTION = "Section",
    PARAGRAPH = "Paragraph",
    SENTENCE = "Sentence",
});

namespace!(frbr, "http://purl.org/vocab/frbr/core#", {
    PART_OF = "partOf",
});

namespace!(dcterms, "http://purl.org/dc/terms/", {
    TITLE = "title",
    CREATOR = "creator",
    PUBLISHER = "publisher",
    SOURCE = "source",
    IDENTIFIER = "identifier",
    DATE = "date",
    ABSTRACT = "abstract",
});

namespace!(prism, "http://prismstandard.org/namespaces/basic/2.0/", {
    KEYWORD = "keyword",
    VOLUME = "volume",
    ISSUE_IDENTIFIER = "issueIdentifier",
    STARTING_PAGE = "startingPage",
    ENDING_PAGE = "endingPage",
    PAGE_RANGE = "pageRange",
    PUBLICATION_DATE = "publicationDate",
});

namespace!(foaf, "http://xmlns.com/foaf/0.1/", {
    PERSON = "Person",
    ORGANIZATION = "Organization",
    NAME = "name",
});

namespace!(nif, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", {
    CONTEXT = "Context",
    IS_STRING = "isString",
    REFERENCE_CONTEXT = "referenceContext",
    BEGIN_INDEX = "beginIndex",
    END_INDEX = "endIndex",
    ANCHOR_OF = "anchorOf",
});

namespace!(prov, "http://www.w3.org/ns/prov#", {
    PLAN = "Plan",
});

namespace!(void, "http://rdfs.org/ns/void#", {
    TRIPLES = "triples",
});

/// The data namespace: every resource argraph mints lives below it.
pub const ID_NAMESPACE: &str = "https://w3id.org/argraph/id/";

/// `PREFIX` name and namespace of every vocabulary, predeclared in queries.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ag", ag::NAMESPACE),
    ("aif", "http://www.arg.dundee.ac.uk/aif#"),
    ("biro", biro::NAMESPACE),
    ("c4o", c4o::NAMESPACE),
    ("cito", cito::NAMESPACE),
    ("dcterms", dcterms::NAMESPACE),
    ("doco", doco::NAMESPACE),
    ("fabio", fabio::NAMESPACE),
    ("foaf", foaf::NAMESPACE),
    ("frbr", frbr::NAMESPACE),
    ("nif", nif::NAMESPACE),
    ("prism", prism::NAMESPACE),
    ("prov", prov::NAMESPACE),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", skos::NAMESPACE),
    ("void", void::NAMESPACE),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("id", ID_NAMESPACE),
];
