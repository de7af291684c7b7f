#!/usr/bin/env python3
"""Validate argraph RDF data against SHACL shapes with pySHACL (no inference).

DATA may be in any RDF syntax rdflib reads; quad formats (N-Quads, TriG,
JSON-LD) are validated as the union of all their graphs, as argraph queries
see them. Prints the number of validation results, a count per constraint,
and the first violations (focus node, path, message).

Results of severity sh:Warning are reported but do not fail the check unless
--strict is given. Exit 0 when the data conforms, 1 otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

from rdflib import Graph
from rdflib.namespace import RDF, SH

sys.dont_write_bytecode = True  # leave no __pycache__ in tests/python
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_rdf import FORMATS, CheckFailed, load  # noqa: E402 (also patches rdflib's Turtle reader)

EXTENSIONS = {
    ".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig",
    ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml", ".jsonld": "jsonld", ".json": "jsonld",
}


def cache_sparql_translation() -> None:
    """pySHACL runs each SPARQL constraint once per focus node, passing the
    query text, which rdflib parses again each time (~15 ms with pyparsing,
    more than the query itself). Keep the translated query per text, as
    rdflib's own prepareQuery would; evaluation is unchanged."""
    from rdflib.plugins.sparql import processor

    if getattr(processor.SPARQLProcessor.query, "_argraph_cached", False):
        return
    original = processor.SPARQLProcessor.query
    cache = {}

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((initNs or {}).items())))
            prepared = cache.get(key)
            if prepared is None:
                prepared = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs or {})
                cache[key] = prepared
            strOrQuery = prepared
        return original(self, strOrQuery, initBindings or {}, initNs or {}, base, DEBUG)

    query._argraph_cached = True
    processor.SPARQLProcessor.query = query


cache_sparql_translation()


def guess_format(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    if ext not in EXTENSIONS:
        raise CheckFailed(f"{path}: cannot tell the RDF syntax from the extension; give --format")
    return EXTENSIONS[ext]


def union_graph(data) -> Graph:
    """pySHACL validates each named graph of a Dataset on its own; argraph's
    queries see the union of the document graphs, so validate that."""
    g = Graph()
    for prefix, ns in data.namespaces():
        g.bind(prefix, ns, override=False)
    g += data.triples((None, None, None))
    return g


def short(g: Graph, node) -> str:
    if node is None:
        return "-"
    try:
        return node.n3(g.namespace_manager)
    except Exception:  # noqa: BLE001 - fall back to the plain text
        return str(node)


def describe_path(g: Graph, path) -> str:
    if path is None:
        return "-"
    alt = g.value(path, SH.alternativePath)
    if alt is not None:
        from rdflib.collection import Collection
        return "(" + " | ".join(short(g, p) for p in Collection(g, alt)) + ")"
    inv = g.value(path, SH.inversePath)
    if inv is not None:
        return "^" + short(g, inv)
    return short(g, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", metavar="DATA", help="RDF data to validate")
    ap.add_argument("shapes", metavar="SHAPES", help="SHACL shapes (Turtle unless --shapes-format)")
    ap.add_argument("--format", choices=sorted(FORMATS), help="syntax of DATA (default: from its extension)")
    ap.add_argument("--shapes-format", choices=sorted(FORMATS), default="turtle", help="syntax of SHAPES")
    ap.add_argument("--strict", action="store_true", help="fail on sh:Warning and sh:Info results too")
    ap.add_argument("--show", type=int, default=10, metavar="N", help="violations to print (default 10)")
    args = ap.parse_args(argv)

    try:
        import pyshacl
    except ImportError:
        print("check_shapes: FAIL: pyshacl is not installed (see tests/python/requirements.txt)", file=sys.stderr)
        return 1

    try:
        fmt = args.format or guess_format(args.data)
        data, quads, secs = load(args.data, fmt)
        if quads:
            data = union_graph(data)
        print(f"parsed {args.data} ({fmt}) in {secs:.1f}s: {len(data)} triples")
        shapes, _, _ = load(args.shapes, args.shapes_format)
        start = time.perf_counter()
        try:
            conforms, results, _text = pyshacl.validate(
                data,
                shacl_graph=shapes,
                inference="none",
                abort_on_first=False,
                allow_warnings=not args.strict,
                allow_infos=not args.strict,
                advanced=False,
                meta_shacl=False,
                inplace=True,
                debug=False,
            )
        except Exception as e:  # noqa: BLE001 - a broken shapes file or a pySHACL error
            raise CheckFailed(f"pySHACL failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from e
        vsecs = time.perf_counter() - start
        if not isinstance(results, Graph):  # pySHACL reports a broken shapes graph this way
            raise CheckFailed(f"pySHACL cannot use {args.shapes}: {str(results).strip().splitlines()[-1]}")
    except CheckFailed as e:
        print(f"check_shapes: FAIL: {e.message}", file=sys.stderr)
        for line in e.details[:8]:
            print(f"  {line}", file=sys.stderr)
        return 1

    r = results
    for prefix, ns in data.namespaces():
        r.bind(prefix, ns, override=False)
    found = []
    for res in r.subjects(RDF.type, SH.ValidationResult):
        sev = r.value(res, SH.resultSeverity)
        found.append({
            "severity": short(r, sev).replace("sh:", "") if sev is not None else "Violation",
            "focus": short(r, r.value(res, SH.focusNode)),
            "path": describe_path(r, r.value(res, SH.resultPath)),
            "component": short(r, r.value(res, SH.sourceConstraintComponent)).replace("sh:", ""),
            "message": str(r.value(res, SH.resultMessage) or ""),
            "value": short(r, r.value(res, SH.value)),
        })
    by_sev = Counter(f["severity"] for f in found)
    print(f"validated in {vsecs:.1f}s: {len(found)} results "
          + ("(" + ", ".join(f"{n} {s}" for s, n in sorted(by_sev.items())) + ")" if found else ""))
    groups = Counter((f["severity"], f["component"], f["path"]) for f in found)
    out = sys.stdout if conforms else sys.stderr
    if conforms:
        for (sev, comp, path), n in sorted(groups.items(), key=lambda x: -x[1]):
            print(f"  {n:6d} {sev} {comp} on {path}")
        print("check_shapes: OK" + (" (with warnings)" if found else ""))
        return 0

    bad = [f for f in found if args.strict or f["severity"] == "Violation"]
    print(f"check_shapes: FAIL: {args.data} does not conform to {args.shapes}: "
          f"{len(bad)} {'results' if args.strict else 'violations'}", file=out)
    for (sev, comp, path), n in sorted(groups.items(), key=lambda x: -x[1]):
        print(f"  {n:6d} {sev} {comp} on {path}", file=out)
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    bad.sort(key=lambda f: (order.get(f["severity"], 3), f["focus"], f["path"]))
    for f in bad[: args.show]:
        value = f" value {f['value']}" if f["value"] != "-" else ""
        print(f"  - {f['focus']} {f['path']}:{value} {f['message']}", file=out)
    return 1


if __name__ == "__main__":
    sys.exit(main())
