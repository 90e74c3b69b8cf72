// slice and substring: negative indices, swapped arguments, NaN, out of range, non-ASCII.
const s = "Hello, 世界! 😀";
console.log(s.length);
const args: number[][] = [[0, 5], [7, 9], [-3, -1], [5, 2], [-100, 3], [3, 100], [NaN, 4], [2.7, 5.9], [9, 9], [13, 14], [12, 14]];
for (const a of args) {
  const x = s.slice(a[0], a[1]);
  const y = s.substring(a[0], a[1]);
  console.log(a[0], a[1], "[" + x + "]", x.length, "[" + y + "]", y.length);
}
console.log(s.slice(7), s.slice(-2), s.substring(7), s.substring(-2).length);
console.log("abc".slice(1, undefined), "abc".substring(NaN, 2), "abc".slice(undefined, 2));
const text = "key=value";
const eq = text.indexOf("=");
console.log(text.slice(0, eq), text.slice(eq + 1), text.substring(eq + 1, 0));
