// An inventory system: products as object literals, stock movements, reorder rules, reports, JSON export.
interface Product {
  sku: string;
  name: string;
  price: number;
  stock: number;
  reorderAt: number;
  tags: Set<string>;
}
type Movement = { kind: "in" | "out"; sku: string; qty: number; ref: string };
class StockError extends Error {
  constructor(message: string, public sku: string) {
    super(message);
    this.name = "StockError";
  }
}
class Inventory {
  private products = new Map<string, Product>();
  private history: Movement[] = [];
  add(p: Omit<Product, "tags"> & { tags?: string[] }): void {
    if (this.products.has(p.sku)) throw new StockError("duplicate sku", p.sku);
    this.products.set(p.sku, { ...p, tags: new Set(p.tags ?? []) });
  }
  move(m: Movement): number {
    const p = this.products.get(m.sku);
    if (!p) throw new StockError("unknown sku", m.sku);
    if (!Number.isInteger(m.qty) || m.qty <= 0) throw new StockError("bad quantity " + m.qty, m.sku);
    if (m.kind === "out" && m.qty > p.stock) throw new StockError(`only ${p.stock} left, wanted ${m.qty}`, m.sku);
    p.stock += m.kind === "in" ? m.qty : -m.qty;
    this.history.push(m);
    return p.stock;
  }
  reorderList(): string[] {
    return [...this.products.values()].filter((p) => p.stock <= p.reorderAt).map((p) => `${p.sku}(${p.stock}/${p.reorderAt})`);
  }
  value(): number {
    let v = 0;
    for (const p of this.products.values()) v += p.price * p.stock;
    return Math.round(v * 100) / 100;
  }
  byTag(tag: string): string[] {
    return [...this.products.values()].filter((p) => p.tags.has(tag)).map((p) => p.name).sort();
  }
  turnover(): Map<string, number> {
    const t = new Map<string, number>();
    for (const m of this.history) if (m.kind === "out") t.set(m.sku, (t.get(m.sku) ?? 0) + m.qty);
    return t;
  }
  export(): string {
    return JSON.stringify([...this.products.values()].map((p) => ({ ...p, tags: [...p.tags].sort() })));
  }
}
const inv = new Inventory();
inv.add({ sku: "KB-1", name: "Keyboard", price: 49.99, stock: 10, reorderAt: 3, tags: ["input", "usb"] });
inv.add({ sku: "MS-2", name: "Mouse", price: 19.5, stock: 25, reorderAt: 5, tags: ["input", "usb", "wireless"] });
inv.add({ sku: "MN-3", name: "Monitor", price: 189, stock: 2, reorderAt: 2 });
const moves: Movement[] = [
  { kind: "out", sku: "KB-1", qty: 4, ref: "order-1" },
  { kind: "out", sku: "MS-2", qty: 21, ref: "order-2" },
  { kind: "out", sku: "MN-3", qty: 3, ref: "order-3" },
  { kind: "in", sku: "MN-3", qty: 5, ref: "po-1" },
  { kind: "out", sku: "XX-9", qty: 1, ref: "order-4" },
  { kind: "out", sku: "KB-1", qty: 2.5, ref: "order-5" },
  { kind: "out", sku: "KB-1", qty: 4, ref: "order-6" },
];
for (const m of moves) {
  try {
    console.log(m.ref, m.kind, m.sku, m.qty, "->", inv.move(m));
  } catch (e) {
    if (e instanceof StockError) console.log(m.ref, "rejected:", e.sku, e.message);
    else throw e;
  }
}
try {
  inv.add({ sku: "KB-1", name: "dup", price: 1, stock: 1, reorderAt: 0 });
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log("reorder:", inv.reorderList().join(", "));
console.log("value:", inv.value());
console.log("usb:", inv.byTag("usb").join(","), "wireless:", inv.byTag("wireless").join(","), "none:", inv.byTag("nope").length);
console.log("turnover:", [...inv.turnover()].map(([k, v]) => k + "=" + v).join(" "));
console.log(inv.export());
