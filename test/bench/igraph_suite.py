#!/usr/bin/python3
"""The whole-process counterpart of `talkmap analyze --nodes N --edges E --group group --json`
in python3-igraph, for `npm run bench`: read both CSV files, build the directed graph, compute
the same suite — in- and out-degree, reciprocity, betweenness, harmonic in- and out-closeness,
weak and strong components with the average distance, PageRank, eigenvector centrality,
constraint, transitivity, Louvain, per person the E-I index and the groups reached, the group
density matrix — and write it all as indented JSON to stdout. Only igraph and the standard
library; what igraph lacks (E-I, block densities) is a few lines of Python, as a researcher
would write them."""
import csv, json, sys
from collections import defaultdict
import igraph as ig

edges_path, nodes_path = sys.argv[1], sys.argv[2]
people = list(csv.DictReader(open(nodes_path, newline='', encoding='utf-8')))
ids = [p['id'] for p in people]
index = {v: i for i, v in enumerate(ids)}
group = [p.get('group') or None for p in people]
edges = [(index[r['source']], index[r['target']]) for r in csv.DictReader(open(edges_path, newline='', encoding='utf-8'))]
g = ig.Graph(n=len(ids), edges=edges, directed=True)
n = g.vcount()

between = g.betweenness(directed=True)
harm_in = g.harmonic_centrality(mode='in')
harm_out = g.harmonic_centrality(mode='out')
weak = g.connected_components(mode='weak')
strong = g.connected_components(mode='strong')
largest = max(strong, key=len) if n else []
sub = g.induced_subgraph(largest)
avg = sub.average_path_length(directed=True) if len(largest) > 1 else None
pr = g.pagerank(directed=True)
eig = g.eigenvector_centrality(directed=True)
con = g.constraint()
trans = g.transitivity_undirected()
louvain = g.as_undirected(mode='collapse').community_multilevel()
recip = g.reciprocity()

out_groups = [set() for _ in range(n)]
in_groups = [set() for _ in range(n)]
internal = [0] * n
external = [0] * n
block = defaultdict(int)
for s, t in edges:
    gs, gt = group[s], group[t]
    if gs is None or gt is None:
        continue
    out_groups[s].add(gt)
    in_groups[t].add(gs)
    block[(gs, gt)] += 1
    if gs == gt:
        internal[s] += 1
    else:
        external[s] += 1
size = defaultdict(int)
for x in group:
    if x is not None:
        size[x] += 1
density = []
for (a, b), ties in sorted(block.items()):
    pairs = size[a] * (size[b] - 1) if a == b else size[a] * size[b]
    density.append({'from': a, 'to': b, 'ties': ties, 'density': ties / pairs if pairs else None})

nodes = []
for i in range(n):
    ei = (external[i] - internal[i]) / (external[i] + internal[i]) if external[i] + internal[i] else None
    nodes.append({
        'id': ids[i], 'name': people[i].get('name'), 'group': group[i],
        'inDegree': g.degree(i, mode='in'), 'outDegree': g.degree(i, mode='out'),
        'betweenness': between[i], 'harmonicInCloseness': harm_in[i], 'harmonicOutCloseness': harm_out[i],
        'pagerank': pr[i], 'eigenvector': eig[i], 'constraint': con[i], 'community': louvain.membership[i],
        'eiIndex': ei, 'groupsOut': sorted(out_groups[i]), 'groupsIn': sorted(in_groups[i]),
    })
result = {
    'network': {'nodes': n, 'arcs': g.ecount(), 'density': g.density(loops=False), 'reciprocity': recip,
                'weakComponents': len(weak), 'strongComponents': len(strong), 'largestStrongComponent': len(largest),
                'averageDistance': avg, 'transitivity': trans, 'communities': len(louvain), 'modularity': louvain.modularity},
    'nodes': nodes,
    'groupDensity': density,
}
json.dump(result, sys.stdout, indent=2)
sys.stdout.write('\n')
