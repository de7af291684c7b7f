//! The works the reference article cites, as the store holds them.

mod common;

use std::path::{Path, PathBuf};

use tempfile::TempDir;

fn store() -> (TempDir, PathBuf) {
    common::build_store(&[Path::new("data/huang2025.txt")])
}

fn rows(store: &Path, sparql: &str) -> Vec<Vec<String>> {
    common::query_rows(store, sparql)
}

/// (note number in the main sequence, page) of every note citing `title`.
fn citations_of(store: &Path, title: &str) -> Vec<(String, String)> {
    rows(
        store,
        &format!(
            "SELECT ?number ?page WHERE {{
               ?note biro:references ?work ; ag:number ?number ; ag:index ?index .
               OPTIONAL {{ ?note ag:locator ?page }}
               ?work dcterms:title \"{title}\" }} ORDER BY ?index"
        ),
    )
    .into_iter()
    .map(|row| (row[0].clone(), row[1].clone()))
    .collect()
}

#[test]
fn forty_one_distinct_works() {
    let (_dir, store) = store();
    let count = rows(
        &store,
        "SELECT (COUNT(DISTINCT ?w) AS ?n) WHERE { ?d cito:cites ?w }",
    );
    assert_eq!(count[0][0], "41");
    let unparsed = rows(
        &store,
        "SELECT ?note WHERE { ?note a biro:BibliographicReference FILTER NOT EXISTS { ?note biro:references ?w } }",
    );
    assert!(unparsed.is_empty(), "notes without a work: {unparsed:?}");
}

#[test]
fn labour_and_monopoly_capital_is_one_work_cited_four_times() {
    let (_dir, store) = store();
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        citations_of(&store, "劳动与垄断资本"),
        pairs(&[("1", "205"), ("42", "104"), ("47", "318"), ("62", "172")])
    );
    let translators = rows(
        &store,
        "SELECT ?name WHERE { ?w dcterms:title \"劳动与垄断资本\" ; ag:translator/foaf:name ?name }",
    );
    assert_eq!(translators, vec![vec!["方生".to_string()]]);
}

#[test]
fn three_volumes_of_one_collected_works_each_cited_six_times() {
    let (_dir, store) = store();
    let volumes = rows(
        &store,
        "SELECT ?volume (COUNT(?note) AS ?citations) WHERE {
           ?note biro:references ?v . ?v a fabio:Book ; prism:volume ?volume ; frbr:partOf ?c .
           ?c a fabio:CollectedWorks ; dcterms:title \"马克思恩格斯文集\" }
         GROUP BY ?volume ORDER BY ?volume",
    );
    let expected: Vec<Vec<String>> = [["1", "6"], ["5", "6"], ["8", "6"]]
        .iter()
        .map(|row| row.iter().map(|v| v.to_string()).collect())
        .collect();
    assert_eq!(volumes, expected);
}

#[test]
fn ibid_notes_take_the_previous_work_with_their_own_pages() {
    let (_dir, store) = store();
    let ibid = rows(
        &store,
        "SELECT ?number ?page ?previous_page WHERE {
           ?note ag:number ?number ; ag:index ?index ; c4o:hasContent ?text ; biro:references ?work .
           OPTIONAL { ?note ag:locator ?page }
           ?before ag:index ?i ; biro:references ?work . FILTER(?i = ?index - 1)
           OPTIONAL { ?before ag:locator ?previous_page }
           FILTER(STRSTARTS(?text, \"同上\")) } ORDER BY ?index",
    );
    let numbers: Vec<&str> = ibid.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(numbers, vec!["21", "25", "32", "37", "38"]);
    let page = |number: &str| ibid.iter().find(|r| r[0] == number).map(|r| r[1].clone());
    assert_eq!(page("37").as_deref(), Some("743"));
    assert_eq!(page("25").as_deref(), Some("159-160"));
}

#[test]
fn a_journal_article_with_its_pages_and_one_work_under_two_titles() {
    let (_dir, store) = store();
    let article = rows(
        &store,
        "SELECT ?journal ?year ?start ?end WHERE {
           ?w a fabio:JournalArticle ; dcterms:title \"Generative AI at Work\" ;
              frbr:partOf/dcterms:title ?journal ; fabio:hasPublicationYear ?year ;
              prism:startingPage ?start ; prism:endingPage ?end }",
    );
    assert_eq!(
        article,
        vec![
            vec!["The Quarterly Journal of Economics", "2025", "1", "54"]
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        ]
    );
    let machines = rows(
        &store,
        "SELECT (COUNT(DISTINCT ?w) AS ?works) (COUNT(?note) AS ?notes) WHERE {
           ?note biro:references ?w . ?w dcterms:title ?t FILTER(STRSTARTS(?t, \"机器与人\")) }",
    );
    assert_eq!(machines, vec![vec!["1".to_string(), "2".to_string()]]);
}

#[test]
fn the_stray_notes_are_cited_works_without_a_pointer() {
    let (_dir, store) = store();
    let strays = rows(
        &store,
        "SELECT ?index WHERE {
           ?note ag:index ?index ; ag:unlinked true ; biro:references ?work .
           ?doc cito:cites ?work . FILTER NOT EXISTS { ?p c4o:denotes ?note } } ORDER BY ?index",
    );
    assert_eq!(strays, vec![vec!["0".to_string()], vec!["1".to_string()]]);
}

#[test]
fn pointers_carry_their_function_note_work_sentence_and_offsets() {
    let (_dir, store) = store();
    let view = rows(
        &store,
        "SELECT ?function ?title WHERE {
           ?p c4o:hasContent \"(18)\" ; ag:citationFunction ?function ; c4o:denotes/biro:references ?w .
           ?w dcterms:title ?title . ?doc cito:disagreesWith ?w }",
    );
    assert_eq!(
        view,
        vec![vec![
            "http://purl.org/spar/cito/disagreesWith".to_string(),
            "机器与人——埃森哲论新人工智能".to_string()
        ]]
    );
    let classics = rows(
        &store,
        "SELECT (COUNT(?p) AS ?all) (COUNT(?f) AS ?authority) WHERE {
           ?p c4o:denotes/biro:references/frbr:partOf/dcterms:title \"马克思恩格斯文集\" .
           OPTIONAL { ?p ag:citationFunction ?f FILTER(?f = cito:citesAsAuthority) } }",
    );
    assert_eq!(classics, vec![vec!["18".to_string(), "18".to_string()]]);
    let incomplete = rows(
        &store,
        "SELECT (COUNT(?p) AS ?n) WHERE { ?p a c4o:InTextReferencePointer .
           FILTER NOT EXISTS { ?p c4o:denotes/biro:references ?w ; ag:inSentence ?s ;
                                  nif:beginIndex ?b ; nif:endIndex ?e } }",
    );
    assert_eq!(incomplete, vec![vec!["0".to_string()]]);
}

#[test]
fn institutional_authors_are_organizations() {
    let (_dir, store) = store();
    let kinds = rows(
        &store,
        "SELECT ?name ?kind WHERE { ?w dcterms:creator ?a . ?a foaf:name ?name ; a ?kind
           FILTER(?name IN (\"清华大学\", \"殷杰\")) } ORDER BY ?name",
    );
    assert_eq!(
        kinds,
        vec![
            vec![
                "殷杰".to_string(),
                "http://xmlns.com/foaf/0.1/Person".to_string()
            ],
            vec![
                "清华大学".to_string(),
                "http://xmlns.com/foaf/0.1/Organization".to_string()
            ],
        ]
    );
}

#[test]
fn a_gbt_reference_list_becomes_typed_works_and_unparsed_entries_keep_their_text() {
    let (_dir, store) = common::build_store(&[Path::new("tests/fixtures/reference_list.txt")]);
    let types = rows(
        &store,
        "SELECT ?number ?type WHERE { ?note biro:references ?work ; ag:number ?number .
           ?work a ?type } ORDER BY ?number",
    );
    let types: Vec<(String, String)> = types
        .into_iter()
        .map(|row| {
            (
                row[0].clone(),
                row[1].replace("http://purl.org/spar/fabio/", ""),
            )
        })
        .collect();
    let expected = [
        ("1", "JournalArticle"),
        ("2", "JournalArticle"),
        ("3", "Book"),
        ("4", "Book"),
        ("5", "NewspaperArticle"),
        ("6", "WebContent"),
        ("7", "Thesis"),
        ("8", "ConferencePaper"),
    ];
    assert_eq!(
        types,
        expected
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect::<Vec<_>>()
    );
    let details = rows(
        &store,
        "SELECT ?volume ?issue ?start ?end ?journal WHERE {
           ?work dcterms:title \"零工经济中的劳动控制\" ; prism:volume ?volume ;
             prism:issueIdentifier ?issue ; prism:startingPage ?start ; prism:endingPage ?end ;
             frbr:partOf [ a fabio:Journal ; dcterms:title ?journal ] }",
    );
    assert_eq!(details, vec![vec!["35", "2", "45", "67", "社会学研究"]]);
    let people = rows(
        &store,
        "SELECT ?translator ?editor ?accessed ?date WHERE {
           { [] dcterms:title \"算法的牢笼\" ; ag:translator [ foaf:name ?translator ] }
           UNION { [] dcterms:title \"数字经济论坛论文集\" ; ag:editor [ foaf:name ?editor ] }
           UNION { [] dcterms:title \"关于促进平台经济规范健康发展的指导意见\" ; ag:accessed ?accessed }
           UNION { [] dcterms:title \"外卖骑手的一天\" ; prism:publicationDate ?date } }
         ORDER BY ?translator ?editor ?accessed ?date",
    );
    let cells: Vec<String> = people
        .into_iter()
        .flatten()
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(cells, vec!["2021-05-01", "2024-03-01", "吴九", "赵六"]);
    let unparsed = rows(
        &store,
        "SELECT ?number ?content WHERE { ?note a ag:UnparsedEntry ; ag:number ?number ;
           c4o:hasContent ?content }",
    );
    assert_eq!(
        unparsed,
        vec![vec![
            "9".to_string(),
            "本文所说的平台，指以数据为核心生产资料的数字中介组织。".to_string()
        ]]
    );
}

#[test]
fn a_note_citing_two_works_op_cit_and_one_work_across_documents() {
    let (_dir, store) = common::build_store(&[
        Path::new("tests/fixtures/footnote_citations.txt"),
        Path::new("tests/fixtures/short_form_citation.txt"),
    ]);
    let cited = rows(
        &store,
        "SELECT DISTINCT ?number ?title ?page WHERE {
           ?note biro:references ?work ; ag:number ?number ; frbr:partOf ?doc .
           ?doc ag:fileName \"footnote_citations.txt\" .
           ?work dcterms:title ?title . OPTIONAL { ?note ag:locator ?page } }
         ORDER BY ?number ?title",
    );
    assert_eq!(
        cited,
        vec![
            vec!["1", "劳动与垄断资本", "205"],
            vec!["2", "制造同意", "12"],
            vec!["2", "西方劳动过程理论与中国经验:一个批判性的述评", "12"],
            vec!["3", "劳动与垄断资本", "104"],
        ]
    );
    let across = rows(
        &store,
        "SELECT (COUNT(DISTINCT ?work) AS ?works) (COUNT(DISTINCT ?doc) AS ?docs) WHERE {
           ?doc cito:cites ?work . ?work dcterms:title \"劳动与垄断资本\" }",
    );
    assert_eq!(across, vec![vec!["1", "2"]]);
}

/// An entry whose title the reference list wraps onto a second line gives
/// the work its title on one line, joined without a gap between Chinese
/// characters and with a space between English words: every reference
/// style goes through the same finishing step.
#[test]
fn titles_wrapped_across_lines_reach_the_graph_as_one_line() {
    let (_dir, store) = common::build_store(&[Path::new("tests/fixtures/wrapped_titles.txt")]);
    let titles: Vec<String> = rows(
        &store,
        "SELECT ?title WHERE { ?note biro:references ?work . ?work dcterms:title ?title } ORDER BY ?title",
    )
    .into_iter()
    .map(|row| row[0].clone())
    .collect();
    assert_eq!(
        titles,
        [
            "Platform labour and the sole superpower of algorithms",
            "家庭教育期望与青少年生活满意度"
        ]
    );
}
