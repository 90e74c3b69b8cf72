// Map<string, number[]> as an inverted index, and Map<string, Set<string>> for adjacency.
const docs = ["the quick brown fox", "the lazy dog", "quick quick dog", "brown dog and brown fox"];
const index = new Map<string, number[]>();
docs.forEach((d, i) => {
  for (const w of d.split(" ")) {
    const list = index.get(w);
    if (list === undefined) index.set(w, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  }
});
const keys = [...index.keys()].sort();
for (const k of keys) console.log(k, index.get(k)!.join(","));
const edges = [["a", "b"], ["b", "c"], ["a", "c"], ["c", "a"], ["d", "a"]];
const adj = new Map<string, Set<string>>();
for (const [from, to] of edges) {
  if (!adj.has(from)) adj.set(from, new Set());
  adj.get(from)!.add(to);
}
for (const [k, v] of adj) console.log(k, "->", [...v].join(" "), v.size);
