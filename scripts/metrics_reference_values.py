"""Compute the reference values hard-coded in the Rust tests (run with venv/bin/python)."""
import networkx as nx

print("networkx", nx.__version__)
K = nx.karate_club_graph()
G = nx.Graph()
G.add_nodes_from(range(34))
G.add_edges_from(K.edges(), weight=1.0)
print("edges", len(G.edges()), sorted((min(u, v), max(u, v)) for u, v in G.edges()))

pr = nx.pagerank(G, alpha=0.85)
print("pagerank", [f"{pr[i]:.10f}" for i in range(34)])
bc = nx.betweenness_centrality(G, normalized=True)
print("betweenness", [f"{bc[i]:.10f}" for i in range(34)])
bcu = nx.betweenness_centrality(G, normalized=False)
print("betweenness_unnorm", [f"{bcu[i]:.10f}" for i in range(34)])
cn = nx.core_number(G)
print("core", [cn[i] for i in range(34)])
club = [0 if K.nodes[i]["club"] == "Mr. Hi" else 1 for i in range(34)]
print("club", club)
comms = [{i for i in range(34) if club[i] == c} for c in (0, 1)]
print("club modularity", nx.community.modularity(G, comms))
print("club modularity res 0.5", nx.community.modularity(G, comms, resolution=0.5))
for seed in range(5):
    lc = nx.community.louvain_communities(G, seed=seed)
    print("nx louvain seed", seed, nx.community.modularity(G, lc), sorted(map(sorted, lc)))

# Directed graph with a dangling node (4) and weights.
D = nx.DiGraph()
D.add_nodes_from(range(5))
D.add_weighted_edges_from(
    [(0, 1, 1.0), (0, 2, 2.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 0.5), (3, 4, 1.0), (1, 4, 3.0)]
)
prd = nx.pagerank(D, alpha=0.85)
print("directed pagerank", [f"{prd[i]:.10f}" for i in range(5)])
prd9 = nx.pagerank(D, alpha=0.9)
print("directed pagerank 0.9", [f"{prd9[i]:.10f}" for i in range(5)])
print("directed modularity", nx.community.modularity(D, [{0, 1, 2}, {3, 4}]))

# Weighted undirected: two triangles joined by a light edge, plus self-loop.
W = nx.Graph()
W.add_weighted_edges_from(
    [(0, 1, 3.0), (1, 2, 3.0), (0, 2, 3.0), (3, 4, 3.0), (4, 5, 3.0), (3, 5, 3.0), (2, 3, 0.5)]
)
prw = nx.pagerank(W)
print("weighted pagerank", [f"{prw[i]:.10f}" for i in range(6)])
print("weighted two-triangle modularity", nx.community.modularity(W, [{0, 1, 2}, {3, 4, 5}]))
W.add_edge(0, 0, weight=2.0)
print("with self-loop modularity", nx.community.modularity(W, [{0, 1, 2}, {3, 4, 5}]))
prw = nx.pagerank(W)
print("self-loop pagerank", [f"{prw[i]:.10f}" for i in range(6)])

# Components / cores on a small graph with two components and an isolated node.
C = nx.Graph()
C.add_nodes_from(range(8))
C.add_edges_from([(0, 1), (2, 3), (3, 4), (4, 2), (4, 5), (6, 5)])
print("components", [sorted(c) for c in nx.connected_components(C)])
print("small core", nx.core_number(C))
bcc = nx.betweenness_centrality(C)
print("small betweenness", [f"{bcc[i]:.10f}" for i in range(8)])
