// Formatting reports with template literals, padding and number methods.
interface Line {
  sku: string;
  desc: string;
  qty: number;
  unit: number;
}
const lines: Line[] = [
  { sku: "A-1", desc: "Bolt, hex, M6", qty: 100, unit: 0.045 },
  { sku: "B-22", desc: "Nut, M6", qty: 250, unit: 0.0125 },
  { sku: "C-333", desc: "Washer — stainless", qty: 3, unit: 1.5 },
];
const money = (v: number) => v.toFixed(2).padStart(9);
let total = 0;
console.log(`${"SKU".padEnd(6)}${"Description".padEnd(22)}${"Qty".padStart(5)}${"Unit".padStart(9)}${"Amount".padStart(9)}`);
for (const l of lines) {
  const amount = l.qty * l.unit;
  total += amount;
  console.log(`${l.sku.padEnd(6)}${l.desc.padEnd(22)}${String(l.qty).padStart(5)}${money(l.unit)}${money(amount)}`);
}
console.log(`${"".padEnd(42, "-")}${money(total)}`);
console.log(`VAT 19%: ${(total * 0.19).toFixed(2)}, rounded total: ${Math.round(total * 1.19 * 100) / 100}`);
const pct = (n: number, d: number) => `${((n / d) * 100).toFixed(1)}%`;
console.log(lines.map((l) => `${l.sku}=${pct(l.qty * l.unit, total)}`).join(", "));
