// for-of with const creates a fresh binding per element.
const words = ["alpha", "beta", "gamma"];
const getters: (() => string)[] = [];
for (const w of words) getters.push(() => w + w.length);
let line = "";
for (const g of getters) line = line + g() + " ";
console.log(line);
const nums = [1, 2, 3];
const fs: (() => number)[] = [];
for (let n of nums) {
  n = n * 10;
  fs.push(() => n++);
}
line = "";
for (const f of fs) line = line + f() + "," + f() + " ";
console.log(line, nums.join(","));
const nested: (() => string)[] = [];
for (const a of [1, 2]) for (const b of [3, 4]) nested.push(() => "" + a + b);
line = "";
for (const n of nested) line = line + n() + " ";
console.log(line);
