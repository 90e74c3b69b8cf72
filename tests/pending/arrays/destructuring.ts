// Array destructuring with holes, defaults (used only for undefined), rest, swaps and nested patterns.
const [a, b, c] = [1, 2, 3];
console.log(a, b, c);
const [x, , z = 10, w = 20] = [5, 6, undefined, null];
console.log(x, z, w);
const [first, ...others] = [1, 2, 3, 4];
console.log(first, others.join(), others.length);
const [p = 1, q = p * 2] = [];
console.log(p, q);
let m = 1;
let n = 2;
[m, n] = [n, m];
console.log(m, n);
const [[i, j], [k]] = [[1, 2], [3]];
console.log(i, j, k);
let calls = 0;
function def(): number {
  calls++;
  return -1;
}
const [d1 = def(), d2 = def()] = [0];
console.log(d1, d2, calls);
function pair(): [string, number] {
  return ["age", 42];
}
const [key, value] = pair();
console.log(key, value);
for (const [name, score] of [["ann", 3], ["bob", 5]] as [string, number][]) console.log(name, score);
const [s1, s2, ...srest] = "héllo";
console.log(s1, s2, srest.join(""));
