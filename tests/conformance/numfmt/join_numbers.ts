// Array join converts elements with Number::toString (so -0 becomes "0").
const a: number[] = [1, -0, 0.5, 1e21, 1e-7, NaN, -Infinity, 2 ** 53 + 2, 0.1 + 0.2];
console.log(a.join());
console.log(a.join(" "));
console.log(a.join(""));
console.log(a.join(", "));
const b: number[] = [];
for (let i = 0; i < 12; i++) b.push(i * 0.3);
console.log(b.join(";"));
const c: number[] = [];
console.log("[" + c.join(",") + "]");
const d: number[] = [42];
console.log(d.join("--"));
const e: string[] = ["a", "", "c", ""];
console.log(e.join("|"), e.join("").length);
const bools: boolean[] = [true, false, true];
console.log(bools.join("&"));
