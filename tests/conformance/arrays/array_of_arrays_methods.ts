// Method chains over arrays of records: grouping, sorting, summarising.
class Sale {
  constructor(public region: string, public amount: number) {}
}
const sales = [new Sale("north", 120), new Sale("south", 80.5), new Sale("north", 30), new Sale("east", 200), new Sale("south", 19.5), new Sale("east", 0)];
const regions = sales.map((s) => s.region).filter((r, i, all) => all.indexOf(r) === i).sort();
for (const r of regions) {
  const rs = sales.filter((s) => s.region === r);
  const total = rs.reduce((acc, s) => acc + s.amount, 0);
  console.log(r, rs.length, total, (total / rs.length).toFixed(2));
}
const top = sales.slice().sort((a, b) => b.amount - a.amount).slice(0, 3).map((s) => s.region + "=" + s.amount);
console.log(top.join(", "));
console.log(sales.some((s) => s.amount === 0), sales.every((s) => s.amount >= 0), sales.findIndex((s) => s.region === "east"));
