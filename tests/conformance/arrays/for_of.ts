// for-of over arrays of numbers, strings, objects and nested arrays.
let s = 0;
for (const x of [1, 2, 3, 4]) s += x;
console.log(s);
let cat = "";
for (const w of ["he", "ll", "o"]) cat = cat + w;
console.log(cat);
class P {
  constructor(public x: number, public y: number) {}
}
const pts = [new P(1, 2), new P(3, 4), new P(-1, -1)];
let sx = 0;
let sy = 0;
for (const p of pts) {
  sx += p.x;
  sy += p.y;
  p.x = 0;
}
console.log(sx, sy, pts[0].x);
const m = [[1, 2], [3, 4, 5], [6]];
let flat = "";
for (const row of m) {
  for (const v of row) flat = flat + v;
  flat = flat + "|";
}
console.log(flat);
let count = 0;
const empty: number[] = [];
for (const e of empty) count += e;
console.log(count);
outer: for (const row of m) {
  for (const v of row) {
    if (v === 4) break outer;
    console.log("v", v);
  }
}
for (let x of [5, 6]) {
  x++;
  console.log(x);
}
