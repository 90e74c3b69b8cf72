// Arrays of class instances: search, update, manual sort by field.
class Item {
  constructor(public name: string, public qty: number, public price: number) {}
  total(): number {
    return this.qty * this.price;
  }
}
const inv: Item[] = [new Item("bolt", 100, 0.05), new Item("nut", 250, 0.02), new Item("gear", 3, 12.5), new Item("belt", 7, 4.25)];
function find(name: string): Item | null {
  for (const it of inv) if (it.name === name) return it;
  return null;
}
const g = find("gear");
if (g !== null) g.qty += 2;
console.log(find("gear")?.qty, find("cog"));
for (let i = 1; i < inv.length; i++) {
  const cur = inv[i];
  let j = i - 1;
  while (j >= 0 && inv[j].total() < cur.total()) {
    inv[j + 1] = inv[j];
    j--;
  }
  inv[j + 1] = cur;
}
let grand = 0;
for (const it of inv) {
  console.log(it.name, it.qty, it.price, it.total());
  grand += it.total();
}
console.log(grand.toFixed(2));
