// typeof results for every kind of value, used for narrowing unions.
class K {}
const vals: (number | string | boolean | null | undefined | K | (() => void) | number[])[] = [1, "s", true, null, undefined, new K(), () => {}, [1]];
console.log(vals.map((v) => typeof v).join(" "));
function describe(v: number | string | boolean): string {
  if (typeof v === "number") return "num:" + v.toFixed(1);
  if (typeof v === "string") return "str:" + v.toUpperCase();
  return "bool:" + (v ? "yes" : "no");
}
console.log(describe(2), describe("ab"), describe(false));
console.log(typeof NaN, typeof Infinity, typeof "", typeof typeof 1, typeof new Uint8Array(1), typeof Math.max);
