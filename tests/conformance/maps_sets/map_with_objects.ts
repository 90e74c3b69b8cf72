// Map values that are mutable objects and arrays; Map of Maps; counting with nested keys.
interface Acc {
  count: number;
  sum: number;
  items: string[];
}
const byCat = new Map<string, Acc>();
const sales: [string, string, number][] = [["fruit", "apple", 1.2], ["veg", "kale", 3], ["fruit", "pear", 0.8], ["fruit", "apple", 1.1], ["nuts", "pecan", 9.5]];
for (const [cat, item, price] of sales) {
  let a = byCat.get(cat);
  if (!a) {
    a = { count: 0, sum: 0, items: [] };
    byCat.set(cat, a);
  }
  a.count++;
  a.sum += price;
  if (!a.items.includes(item)) a.items.push(item);
}
for (const [cat, a] of byCat) console.log(cat, a.count, a.sum, a.items.join("+"));
const matrix = new Map<string, Map<string, number>>();
for (const [cat, item] of sales) {
  const inner = matrix.get(cat) ?? new Map<string, number>();
  inner.set(item, (inner.get(item) ?? 0) + 1);
  matrix.set(cat, inner);
}
console.log([...matrix].map(([c, m]) => c + "{" + [...m].map(([i, n]) => i + ":" + n).join(",") + "}").join(" "));
console.log(matrix.get("fruit")?.get("apple"), matrix.get("veg")?.get("apple"), matrix.get("meat")?.size);
