// Spread in array literals and calls; rest parameters.
function sum(...xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
function tagged(tag: string, ...rest: number[]): string {
  return tag + ":" + rest.length + ":" + rest.join("/");
}
const a = [1, 2, 3];
const b = [...a, 4, ...a];
console.log(b.join(), b.length, sum(...a), sum(), sum(...b, 100));
console.log(tagged("t"), tagged("t", 1), tagged("t", ...a, 9));
console.log(Math.max(...a), Math.min(...b, -1), Math.max(...[]));
const copy = [...a];
copy.push(4);
console.log(a.length, copy.length);
const chars = [..."héllo"];
console.log(chars.length, chars.join("-"));
const nested = [[1, 2], [3]];
const shallow = [...nested];
shallow[0].push(99);
console.log(nested[0].join(), shallow === nested);
