// String literal union types as enums-lite, and number | string parameters narrowed with typeof.
type Level = "debug" | "info" | "warn" | "error";
const order: Level[] = ["debug", "info", "warn", "error"];
function enabled(min: Level, l: Level): boolean {
  return order.indexOf(l) >= order.indexOf(min);
}
for (const l of order) console.log(l, enabled("info", l), enabled("error", l));
function pad(v: number | string, width: number): string {
  const s = typeof v === "number" ? v.toFixed(2) : v;
  return s.padStart(width, ".");
}
console.log(pad(3.14159, 8), pad("abc", 8), pad(-0, 6), pad("", 3));
function firstOr(xs: number[], fallback: string): number | string {
  return xs.length > 0 ? xs[0] : fallback;
}
const r1 = firstOr([7], "none");
const r2 = firstOr([], "none");
console.log(r1, r2, typeof r1, typeof r2);
