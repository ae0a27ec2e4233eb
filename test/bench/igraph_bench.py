#!/usr/bin/python3
"""Times python3-igraph on the same generated graphs as the Talkmap benchmark (same
generator, reading the CSV it wrote). Prints one JSON object of seconds per metric."""
import csv, json, sys, time
import igraph as ig

edges_path, nodes_path = sys.argv[1], sys.argv[2]
ids = [r['id'] for r in csv.DictReader(open(nodes_path))]
index = {v: i for i, v in enumerate(ids)}
edges = [(index[r['source']], index[r['target']]) for r in csv.DictReader(open(edges_path))]
out = {}
def timed(name, fn):
    t = time.perf_counter(); fn(); out[name] = time.perf_counter() - t
timed('import', lambda: ig.Graph(n=len(ids), edges=edges, directed=True))
g = ig.Graph(n=len(ids), edges=edges, directed=True)
skip = len(ids) > 20000
if not skip:
    timed('betweenness', lambda: g.betweenness(directed=True))
    timed('closeness', lambda: (g.harmonic_centrality(mode='in'), g.harmonic_centrality(mode='out')))
    timed('components', lambda: (g.connected_components(mode='weak'), g.connected_components(mode='strong'), g.average_path_length()))
timed('pagerank', lambda: g.pagerank())
timed('eigenvector', lambda: g.eigenvector_centrality(directed=True))
timed('constraint', lambda: g.constraint())
timed('transitivity', lambda: g.transitivity_undirected())
timed('louvain', lambda: g.as_undirected().community_multilevel())
print(json.dumps(out))
