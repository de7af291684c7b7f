#!/usr/bin/env python3
"""Independent check of an argraph RDF export with rdflib.

Parses FILE (quad formats into an rdflib Dataset that keeps the named graphs,
triple formats into a Graph), checks the number of distinct triples (union
over all graphs) and, for quad formats, the number of quads and of named
graphs. With --query, runs the SPARQL query over the union
of all graphs and compares its results with a SPARQL 1.1 Query Results JSON
document (as produced by `argraph query --format json`), as an
order-insensitive multiset of rows.

Exit 0 when every check passes, 1 with a one-line message and a few lines of
detail otherwise. No network access.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from decimal import Decimal, InvalidOperation

import rdflib
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

# Keep literals as written: rdflib would otherwise rewrite lexical forms
# ("01"^^xsd:integer -> "1"), which can merge triples that Oxigraph keeps apart.
rdflib.NORMALIZE_LITERALS = False
# An ill-typed literal ("2021-02-\n19"^^xsd:date) is kept as written; do not
# print a traceback for each one.
logging.getLogger("rdflib.term").setLevel(logging.ERROR)

FORMATS = {
    # name: (rdflib parser, quad format?)
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "rdfxml": ("xml", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", True),
}

NUMERIC = {
    str(XSD[t])
    for t in (
        "integer decimal double float long int short byte nonNegativeInteger "
        "positiveInteger nonPositiveInteger negativeInteger unsignedLong unsignedInt "
        "unsignedShort unsignedByte"
    ).split()
}
XSD_STRING = str(XSD.string)
RDF_LANGSTRING = str(RDF.langString)


def patch_rdflib_turtle() -> None:
    """Work around rdflib's Turtle/TriG reader rejecting a prefixed name whose
    local part ends with an escaped dot (`id:person\\/y\\.`), which is valid
    Turtle (PN_LOCAL_ESC) and which Oxigraph writes for IRIs ending in '.'
    (rdflib issue #933, still open in 7.x). The reader stops before the
    escaped dot and takes it for the end of the statement; this wrapper puts
    the dot back into the local name."""
    from rdflib.plugins.parsers import notation3 as n3

    if getattr(n3.SinkParser.qname, "_argraph_patched", False):
        return
    original = n3.SinkParser.qname

    def qname(self, argstr, i, res):
        j = original(self, argstr, i, res)
        if (
            1 < j < len(argstr)
            and argstr[j] == "."
            and argstr[j - 1] == "\\"
            and res
            and isinstance(res[-1], tuple)
        ):
            pfx, ln = res[-1]
            res[-1] = (pfx, ln + ".")
            return j + 1
        return j

    qname._argraph_patched = True
    n3.SinkParser.qname = qname


patch_rdflib_turtle()


class CheckFailed(Exception):
    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []


def load(path: str, fmt: str):
    """Parse `path`; return (graph_or_dataset, is_quad_format, seconds)."""
    parser, quads = FORMATS[fmt]
    start = time.perf_counter()
    try:
        if quads:
            data = Dataset(default_union=True)
        else:
            data = Graph()
        data.parse(path, format=parser)
    except Exception as e:  # noqa: BLE001 - any parser error is a failed check
        first = str(e).strip().splitlines()
        raise CheckFailed(
            f"{path}: cannot parse as {fmt}: {type(e).__name__}",
            first[:4],
        ) from e
    return data, quads, time.perf_counter() - start


def counts(data, quads: bool):
    """Return (distinct triples over the union, quads, named graphs with triples)."""
    if not quads:
        return len(data), None, 0
    triples = set()
    nquads = 0
    graphs = set()
    default_id = rdflib.graph.DATASET_DEFAULT_GRAPH_ID
    for s, p, o, g in data.quads((None, None, None, None)):
        nquads += 1
        triples.add((s, p, o))
        gid = g.identifier if isinstance(g, Graph) else g
        if gid is not None and gid != default_id:
            graphs.add(gid)
    return len(triples), nquads, len(graphs)


# --- SPARQL results comparison ------------------------------------------------


def _num_key(lexical: str):
    try:
        d = Decimal(lexical.strip())
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return str(d)
    if d == 0:
        return "0"
    return format(d, ".15g")


def term_key(kind: str, value: str, datatype: str | None = None, lang: str | None = None):
    """A hashable key for one RDF term: IRIs by value, blank nodes all alike,
    literals by value + datatype + language, numbers by numeric value."""
    if kind == "uri":
        return ("uri", value)
    if kind == "bnode":
        return ("bnode",)
    if lang:
        return ("lit", value, RDF_LANGSTRING, lang.lower())
    dt = datatype or XSD_STRING
    if dt in NUMERIC:
        n = _num_key(value)
        if n is not None:
            return ("num", n)
    return ("lit", value, dt, None)


def json_term_key(t: dict):
    kind = t.get("type")
    if kind in ("literal", "typed-literal"):
        return term_key("literal", t["value"], t.get("datatype"), t.get("xml:lang"))
    if kind == "uri":
        return term_key("uri", t["value"])
    if kind == "bnode":
        return term_key("bnode", t["value"])
    if kind == "triple":  # RDF-star quoted triple
        v = t["value"]
        return ("triple", json_term_key(v["subject"]), json_term_key(v["predicate"]), json_term_key(v["object"]))
    raise CheckFailed(f"unknown term type {kind!r} in expected results")


def rdflib_term_key(t):
    if isinstance(t, URIRef):
        return term_key("uri", str(t))
    if isinstance(t, BNode):
        return term_key("bnode", str(t))
    if isinstance(t, Literal):
        return term_key("literal", str(t), str(t.datatype) if t.datatype else None, t.language)
    return ("other", str(t))


def show_row(row) -> str:
    def show(k):
        if k[0] == "uri":
            return f"<{k[1]}>"
        if k[0] == "num":
            return k[1]
        if k[0] == "lit":
            s = json.dumps(k[1], ensure_ascii=False)
            if k[3]:
                return f"{s}@{k[3]}"
            return s if k[2] == XSD_STRING else f"{s}^^<{k[2]}>"
        return str(k)

    return "{" + ", ".join(f"?{v}={show(k)}" for v, k in sorted(row)) + "}"


def load_expected(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise CheckFailed(f"{path}: cannot read SPARQL JSON results: {e}") from e
    if "boolean" in doc:
        return "ask", bool(doc["boolean"]), None
    try:
        vars_ = doc["head"].get("vars", [])
        bindings = doc["results"]["bindings"]
    except (KeyError, TypeError, AttributeError) as e:
        raise CheckFailed(f"{path}: not a SPARQL 1.1 Query Results JSON document") from e
    rows = Counter(
        frozenset((v, json_term_key(t)) for v, t in b.items()) for b in bindings
    )
    return "select", rows, list(vars_)


def run_query(data, query_path: str):
    try:
        with open(query_path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise CheckFailed(f"{query_path}: cannot read query: {e}") from e
    start = time.perf_counter()
    try:
        result = data.query(text)
        if result.type == "ASK":
            out = ("ask", bool(result.askAnswer), None)
        elif result.type == "SELECT":
            vars_ = [str(v) for v in result.vars]
            rows = Counter()
            for r in result:
                rows[
                    frozenset(
                        (v, rdflib_term_key(r[i]))
                        for i, v in enumerate(vars_)
                        if r[i] is not None
                    )
                ] += 1
            out = ("select", rows, vars_)
        else:
            raise CheckFailed(f"{query_path}: only SELECT and ASK queries can be compared, not {result.type}")
    except CheckFailed:
        raise
    except Exception as e:  # noqa: BLE001
        raise CheckFailed(f"{query_path}: query failed in rdflib: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from e
    return out, time.perf_counter() - start


def compare_results(actual, expected, query_path: str, results_path: str) -> str:
    akind, arows, avars = actual
    ekind, erows, evars = expected
    if akind != ekind:
        raise CheckFailed(f"{query_path}: rdflib returns an {akind.upper()} result but {results_path} holds an {ekind.upper()} result")
    if akind == "ask":
        if arows != erows:
            raise CheckFailed(f"{query_path}: ASK answer differs: rdflib {arows}, expected {erows}")
        return f"ASK answer {arows} matches"
    if set(avars) != set(evars):
        raise CheckFailed(
            f"{query_path}: variables differ",
            [f"rdflib:   {sorted(avars)}", f"expected: {sorted(evars)}"],
        )
    if arows != erows:
        missing = erows - arows
        extra = arows - erows
        details = [
            f"rows: rdflib {sum(arows.values())}, expected {sum(erows.values())}; "
            f"{sum(missing.values())} expected rows not found, {sum(extra.values())} unexpected rows"
        ]
        if set(arows) == set(erows):
            details.append(
                "the rows agree as sets, only their repeat counts differ: a triple stored in "
                "several named graphs must count once in the union default graph (RDF merge); "
                "Oxigraph <= 0.5 counts it once per graph (oxigraph issue #1919)"
            )
        for row in list(missing.elements())[:3]:
            details.append("  missing:    " + show_row(row))
        for row in list(extra.elements())[:3]:
            details.append("  unexpected: " + show_row(row))
        raise CheckFailed(f"{query_path}: results differ from {results_path}", details)
    return f"{sum(arows.values())} rows match"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", metavar="FILE", help="the RDF file to check")
    ap.add_argument("--format", required=True, choices=sorted(FORMATS), help="syntax of FILE")
    ap.add_argument("--expect-triples", type=int, required=True, metavar="N", help="distinct triples expected over the union of all graphs")
    ap.add_argument("--expect-quads", type=int, metavar="M", help="quads expected (quad formats only)")
    ap.add_argument("--expect-graphs", type=int, metavar="G", help="named graphs expected (quad formats only): one per document")
    ap.add_argument("--query", metavar="Q.rq", help="SPARQL query to run over the union of all graphs")
    ap.add_argument("--expect-results", metavar="R.json", help="SPARQL 1.1 Query Results JSON to compare the query results with")
    args = ap.parse_args(argv)

    if bool(args.query) != bool(args.expect_results):
        ap.error("--query and --expect-results go together")
    if (args.expect_quads is not None or args.expect_graphs is not None) and not FORMATS[args.format][1]:
        ap.error(f"--expect-quads and --expect-graphs need a quad format (nquads, trig, jsonld), not {args.format}")

    try:
        data, quads, secs = load(args.file, args.format)
        ntriples, nquads, ngraphs = counts(data, quads)
        info = f"{ntriples} triples"
        if quads:
            info += f", {nquads} quads in {ngraphs} named graphs"
        print(f"parsed {args.file} ({args.format}) in {secs:.2f}s: {info}")
        if ntriples != args.expect_triples:
            raise CheckFailed(
                f"{args.file}: {ntriples} distinct triples, expected {args.expect_triples}",
                [f"difference: {ntriples - args.expect_triples:+d}"],
            )
        if args.expect_quads is not None:
            if nquads != args.expect_quads:
                raise CheckFailed(
                    f"{args.file}: {nquads} quads, expected {args.expect_quads}",
                    [f"difference: {nquads - args.expect_quads:+d}; {ngraphs} named graphs"],
                )
        if args.expect_graphs is not None and ngraphs != args.expect_graphs:
            raise CheckFailed(
                f"{args.file}: {ngraphs} named graph(s), expected {args.expect_graphs} (one per document)"
            )
        if args.query:
            expected = load_expected(args.expect_results)
            actual, qsecs = run_query(data, args.query)
            msg = compare_results(actual, expected, args.query, args.expect_results)
            print(f"query {args.query} ran in {qsecs:.2f}s: {msg}")
    except CheckFailed as e:
        print(f"check_rdf: FAIL: {e.message}", file=sys.stderr)
        for line in e.details[:8]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print("check_rdf: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
