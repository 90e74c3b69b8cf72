// String equality compares contents, however the strings were built.
const a: string = "hello";
const b = "hel" + "lo";
let c = "";
for (const ch of ["h", "e", "l", "l", "o"]) c = c + ch;
const d = String.fromCharCode(104, 101, 108, 108, 111);
const e = `${"hel"}${"lo"}`;
console.log(a === b, a === c, a === d, a === e, c === d);
console.log(a !== "Hello", a === "hello ", "" === String.fromCharCode());
const strs = [a, b, c, d, e, "world"];
let same = 0;
for (const x of strs) for (const y of strs) if (x === y) same++;
console.log(same);
function eq(x: string, y: string): boolean {
  return x === y;
}
console.log(eq("é", "\u00e9"), eq("e\u0301", "\u00e9"), eq("\ud83d\ude00", "😀"));
