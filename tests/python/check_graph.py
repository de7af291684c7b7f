#!/usr/bin/env python3
"""Independent check of argraph's graph exports with networkx.

Reads the Gephi spreadsheet CSVs (nodes.csv: `Id,Label,Type,` then
attribute and metric columns, numeric or text; edges.csv: `Source,Target,Type,Weight,Label`) and checks
that the GraphML (networkx.read_graphml) and the GEXF 1.3
(networkx.read_gexf) hold the same graph: the same node ids, the same Label
per node, the same edges (unordered pairs when undirected) with the same
weights, the same edge count, and no multi-edges. The GraphML's node
attributes named like the CSV columns must equal them (as floats where the
column is numeric, as text otherwise); so must the GEXF's, where it has
them.

Exit 0 when every check passes, 1 with a one-line message and a few lines of
detail otherwise.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys

import networkx as nx

REL_TOL = 1e-9
ABS_TOL = 1e-12
NODE_FIXED = ["Id", "Label", "Type"]
EDGE_HEADER = ["Source", "Target", "Type", "Weight", "Label"]


class CheckFailed(Exception):
    def __init__(self, message: str, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []


def close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def to_float(value, what: str) -> float:
    try:
        return float(value)
    except (TypeError, ValueError) as e:
        raise CheckFailed(f"{what}: not a number: {value!r}") from e


def is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def read_csv(path: str):
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise CheckFailed(f"{path}: cannot read CSV: {e}") from e
    if not rows:
        raise CheckFailed(f"{path}: empty file, no header")
    return rows[0], rows[1:]


def read_nodes(path: str):
    header, rows = read_csv(path)
    if header[:3] != NODE_FIXED:
        raise CheckFailed(f"{path}: header must begin with Id,Label,Type", [f"header: {','.join(header)}"])
    metrics = header[3:]
    nodes = {}
    for lineno, row in enumerate(rows, start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise CheckFailed(f"{path}:{lineno}: {len(row)} fields, header has {len(header)}")
        nid = row[0]
        if nid in nodes:
            raise CheckFailed(f"{path}:{lineno}: duplicate node Id {nid!r}")
        values = {name: (None if cell.strip() == "" else cell) for name, cell in zip(metrics, row[3:])}
        nodes[nid] = {"Label": row[1], "Type": row[2], "metrics": values}
    # A column is numeric when every value it has reads as a number; the
    # others (English label, author, file …) compare as text.
    numeric = set()
    for name in metrics:
        cells = [node["metrics"][name] for node in nodes.values() if node["metrics"][name] is not None]
        if all(is_number(cell) for cell in cells):
            numeric.add(name)
    for node in nodes.values():
        for name in numeric:
            cell = node["metrics"][name]
            if cell is not None:
                node["metrics"][name] = float(cell)
    return nodes, metrics


def read_edges(path: str, nodes: dict):
    header, rows = read_csv(path)
    if header != EDGE_HEADER:
        raise CheckFailed(f"{path}: header must be {','.join(EDGE_HEADER)}", [f"header: {','.join(header)}"])
    kinds = set()
    raw = []
    for lineno, row in enumerate(rows, start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise CheckFailed(f"{path}:{lineno}: {len(row)} fields, header has {len(header)}")
        src, tgt, kind, weight, label = row
        kinds.add(kind.strip().lower())
        for end in (src, tgt):
            if end not in nodes:
                raise CheckFailed(f"{path}:{lineno}: edge end {end!r} is not a node of the nodes CSV")
        raw.append((lineno, src, tgt, to_float(weight, f"{path}:{lineno}: Weight"), label))
    if not kinds <= {"undirected", "directed"}:
        raise CheckFailed(f"{path}: edge Type must be Undirected or Directed, found {sorted(kinds)}")
    if len(kinds) > 1:
        raise CheckFailed(f"{path}: mixed Directed and Undirected edges")
    directed = kinds == {"directed"}
    edges = {}
    for lineno, src, tgt, weight, label in raw:
        key = edge_key(src, tgt, directed)
        if key in edges:
            raise CheckFailed(f"{path}:{lineno}: multi-edge: {src!r} - {tgt!r} appears twice")
        edges[key] = weight
    return edges, directed


def edge_key(u, v, directed: bool):
    if directed:
        return (u, v)
    return (u, v) if u <= v else (v, u)


def show_key(key, directed: bool) -> str:
    arrow = "->" if directed else "--"
    return f"{key[0]!r} {arrow} {key[1]!r}"


def compare_graph(name: str, G, nodes: dict, metrics: list, edges: dict, directed: bool,
                  label_attrs, weight_attrs, default_weight, metrics_required: bool):
    """Compare a networkx graph with the CSV graph; return a list of problems."""
    problems: list[tuple[str, list[str]]] = []

    if G.is_directed() != directed:
        problems.append((
            f"{name}: graph is {'directed' if G.is_directed() else 'undirected'}, "
            f"the CSV edges are {'Directed' if directed else 'Undirected'}", []))

    gnodes = {str(n) for n in G.nodes}
    if gnodes != set(nodes):
        only_g = sorted(gnodes - set(nodes))
        only_c = sorted(set(nodes) - gnodes)
        problems.append((
            f"{name}: node ids differ from the nodes CSV ({len(gnodes)} vs {len(nodes)} nodes)",
            [f"only in {name}: {only_g[:3]}{' …' if len(only_g) > 3 else ''}",
             f"only in the CSV: {only_c[:3]}{' …' if len(only_c) > 3 else ''}"]))

    # Labels and metrics
    bad_labels, bad_metrics = [], []
    for n, data in G.nodes(data=True):
        n = str(n)
        if n not in nodes:
            continue
        label = next((data[a] for a in label_attrs if a in data), None)
        want = nodes[n]["Label"]
        if (label if label is not None else "") != want:
            bad_labels.append(f"node {n!r}: label {label!r}, CSV {want!r}")
        for m in metrics:
            want_v = nodes[n]["metrics"][m]
            if m not in data:
                if want_v is not None and metrics_required:
                    bad_metrics.append(f"node {n!r}: no {m!r} attribute, CSV {want_v!r}")
                continue
            if isinstance(want_v, str):
                if str(data[m]) != want_v:
                    bad_metrics.append(f"node {n!r}: {m} = {data[m]!r}, CSV {want_v!r}")
                continue
            got = to_float(data[m], f"{name}: node {n!r} attribute {m!r}")
            if want_v is None or not close(got, want_v):
                bad_metrics.append(f"node {n!r}: {m} = {got!r}, CSV {want_v!r}")
    if bad_labels:
        problems.append((f"{name}: {len(bad_labels)} node labels differ from the CSV", bad_labels[:4]))
    if bad_metrics:
        problems.append((f"{name}: {len(bad_metrics)} node metric values differ from the CSV", bad_metrics[:4]))

    # Edges
    if G.is_multigraph():
        multi = sorted({f"{u!r} - {v!r}" for u, v in G.edges() if G.number_of_edges(u, v) > 1})
        problems.append((f"{name}: has multi-edges (parallel edges), none expected", multi[:4]))
    gedges = {}
    for u, v, data in G.edges(data=True):
        key = edge_key(str(u), str(v), directed)
        w = next((data[a] for a in weight_attrs if a in data), default_weight)
        if w is None:
            problems.append((f"{name}: edge {show_key(key, directed)} has no weight ({' or '.join(weight_attrs)})", []))
            continue
        gedges[key] = to_float(w, f"{name}: weight of edge {show_key(key, directed)}")
    nedges = G.number_of_edges()
    if nedges != len(edges):
        problems.append((f"{name}: {nedges} edges, the edges CSV has {len(edges)}", []))
    if set(gedges) != set(edges):
        only_g = sorted(set(gedges) - set(edges))
        only_c = sorted(set(edges) - set(gedges))
        problems.append((
            f"{name}: edge set differs from the edges CSV",
            [f"only in {name}: " + ", ".join(show_key(k, directed) for k in only_g[:3]) + (" …" if len(only_g) > 3 else ""),
             "only in the CSV: " + ", ".join(show_key(k, directed) for k in only_c[:3]) + (" …" if len(only_c) > 3 else "")]))
    bad_w = [f"{show_key(k, directed)}: {gedges[k]!r}, CSV {edges[k]!r}"
             for k in sorted(set(gedges) & set(edges)) if not close(gedges[k], edges[k])]
    if bad_w:
        problems.append((f"{name}: {len(bad_w)} edge weights differ from the CSV", bad_w[:4]))
    return problems


def read_graphml(path: str):
    try:
        return nx.read_graphml(path)
    except Exception as e:  # noqa: BLE001 - any reader error fails the check
        raise CheckFailed(f"{path}: networkx cannot read the GraphML: {type(e).__name__}: {e}") from e


def read_gexf(path: str):
    try:
        return nx.read_gexf(path, version="1.3")
    except Exception as e:  # noqa: BLE001
        raise CheckFailed(f"{path}: networkx cannot read the GEXF: {type(e).__name__}: {e}") from e


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", required=True, metavar="nodes.csv", help="Gephi nodes spreadsheet")
    ap.add_argument("--edges", required=True, metavar="edges.csv", help="Gephi edges spreadsheet")
    ap.add_argument("--graphml", metavar="F", help="GraphML file to compare with the CSVs")
    ap.add_argument("--gexf", metavar="F", help="GEXF 1.3 file to compare with the CSVs")
    args = ap.parse_args(argv)

    try:
        nodes, metrics = read_nodes(args.nodes)
        edges, directed = read_edges(args.edges, nodes)
        kind = "directed" if directed else "undirected"
        summary = [f"CSV: {len(nodes)} nodes, {len(edges)} {kind} edges, metrics {metrics}"]
        problems = []
        if args.graphml:
            G = read_graphml(args.graphml)
            problems += compare_graph(args.graphml, G, nodes, metrics, edges, directed,
                                      label_attrs=("Label", "label"), weight_attrs=("Weight", "weight"),
                                      default_weight=None, metrics_required=True)
            summary.append(f"GraphML: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
        if args.gexf:
            G = read_gexf(args.gexf)
            # GEXF: native node label and edge weight (default 1.0 in the spec);
            # metrics are compared only where the GEXF carries them.
            problems += compare_graph(args.gexf, G, nodes, metrics, edges, directed,
                                      label_attrs=("label",), weight_attrs=("weight",),
                                      default_weight=1.0, metrics_required=False)
            summary.append(f"GEXF: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
        if problems:
            message, details = problems[0]
            for m, d in problems[1:]:
                details = details + [m]
            raise CheckFailed(message, details)
    except CheckFailed as e:
        print(f"check_graph: FAIL: {e.message}", file=sys.stderr)
        for line in e.details[:8]:
            print(f"  {line}", file=sys.stderr)
        return 1
    for line in summary:
        print(line)
    print("check_graph: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
