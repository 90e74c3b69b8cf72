// JSON.stringify of arrays and objects: undefined fields dropped, undefined in arrays becomes null, nesting, indent.
interface Item {
  id: number;
  name: string;
  tags: string[];
  price?: number;
  meta: { created: number; note: string | null };
}
const items: Item[] = [
  { id: 1, name: "bolt", tags: ["hw", "small"], price: 0.25, meta: { created: 1700000000, note: null } },
  { id: 2, name: "nut \"hex\"", tags: [], meta: { created: 0, note: "n/a" } },
];
console.log(JSON.stringify(items));
console.log(JSON.stringify(items[0], null, 2));
console.log(JSON.stringify([1, undefined, null, NaN, [2, [3]]]));
console.log(JSON.stringify({ a: undefined, b: 1, c: [undefined], d: { e: undefined } }));
console.log(JSON.stringify([[], {}, [{}]], null, "--"));
console.log(JSON.stringify({ n: -0, big: 2 ** 64, small: 2 ** -30 }, null, 1));
class P {
  constructor(public x: number, public y: number) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}
console.log(JSON.stringify(new P(3, 4)), JSON.stringify([new P(1, 2)]));
