type Tree = number | Tree[];
function sum(t: Tree): number {
  if (typeof t === "number") return t;
  let s = 0;
  for (const x of t) s += sum(x);
  return s;
}
const leaves: Tree[] = [1, 2];
const t: Tree = leaves;
console.log(sum(t), sum(5));
interface Item { name: string; children: Item[] }
type Entry = Item | Entry[];
function count(e: Entry): number {
  if (Array.isArray(e)) { let n = 0; for (const x of e) n += count(x); return n; }
  return 1 + e.children.length;
}
const items: Entry[] = [{ name: "a", children: [] }];
console.log(count(items));
