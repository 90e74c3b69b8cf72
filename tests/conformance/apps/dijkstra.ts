// Dijkstra's shortest paths with a binary-heap priority queue on a small weighted road graph.
class MinHeap<T> {
  private items: { key: number; value: T; seq: number }[] = [];
  private seq = 0;
  get size(): number {
    return this.items.length;
  }
  push(key: number, value: T): void {
    const it = this.items;
    it.push({ key, value, seq: this.seq++ });
    let i = it.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.before(it[p], it[i])) break;
      [it[p], it[i]] = [it[i], it[p]];
      i = p;
    }
  }
  private before(a: { key: number; seq: number }, b: { key: number; seq: number }): boolean {
    return a.key < b.key || (a.key === b.key && a.seq < b.seq);
  }
  pop(): { key: number; value: T } | undefined {
    const it = this.items;
    if (it.length === 0) return undefined;
    const top = it[0];
    const last = it.pop()!;
    if (it.length > 0) {
      it[0] = last;
      let i = 0;
      while (true) {
        let m = i;
        for (const c of [2 * i + 1, 2 * i + 2]) if (c < it.length && this.before(it[c], it[m])) m = c;
        if (m === i) break;
        [it[m], it[i]] = [it[i], it[m]];
        i = m;
      }
    }
    return { key: top.key, value: top.value };
  }
}
const ROADS = `A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1`;
const graph = new Map<string, { to: string; w: number }[]>();
for (const line of ROADS.split("\n")) {
  const [a, b, w] = line.split(" ");
  for (const [x, y] of [[a, b], [b, a]]) {
    if (!graph.has(x)) graph.set(x, []);
    graph.get(x)!.push({ to: y, w: Number(w) });
  }
}
function shortest(src: string): { dist: Map<string, number>; prev: Map<string, string>; pops: number } {
  const dist = new Map<string, number>([[src, 0]]);
  const prev = new Map<string, string>();
  const done = new Set<string>();
  const pq = new MinHeap<string>();
  pq.push(0, src);
  let pops = 0;
  while (pq.size > 0) {
    const { key, value: u } = pq.pop()!;
    pops++;
    if (done.has(u)) continue;
    done.add(u);
    for (const { to, w } of graph.get(u) ?? []) {
      const nd = key + w;
      if (nd < (dist.get(to) ?? Infinity)) {
        dist.set(to, nd);
        prev.set(to, u);
        pq.push(nd, to);
      }
    }
  }
  return { dist, prev, pops };
}
function path(prev: Map<string, string>, src: string, dst: string): string {
  const out = [dst];
  let cur = dst;
  while (cur !== src) {
    const p = prev.get(cur);
    if (p === undefined) return "unreachable";
    out.push(p);
    cur = p;
  }
  return out.reverse().join("->");
}
const { dist, prev, pops } = shortest("A");
const nodes = [...graph.keys()].sort();
for (const n of nodes) console.log(n, dist.get(n) ?? "inf", path(prev, "A", n));
console.log("heap pops", pops);
const heap = new MinHeap<string>();
for (const [k, v] of [[5, "e"], [1, "a"], [3, "c"], [1, "a2"], [4, "d"], [3, "c2"]] as [number, string][]) heap.push(k, v);
const order: string[] = [];
while (heap.size > 0) order.push(heap.pop()!.value);
console.log(order.join(" "));
