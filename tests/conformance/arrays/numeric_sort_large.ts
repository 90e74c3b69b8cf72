// Sorting larger arrays: numbers with a comparator, strings by default, and stability on 2000 records.
const nums: number[] = [];
let s = 12345;
for (let i = 0; i < 5000; i++) {
  s = (s * 16807) % 2147483647;
  nums.push((s % 20001) - 10000 + (s % 3) / 4);
}
const asc = nums.slice().sort((a, b) => a - b);
let ok = true;
for (let i = 1; i < asc.length; i++) if (asc[i - 1] > asc[i]) ok = false;
console.log(ok, asc[0], asc[2500], asc[4999]);
const strs = nums.slice(0, 20).map(String).sort();
console.log(strs.join(" "));
const recs = nums.slice(0, 2000).map((v, i) => ({ k: Math.abs(Math.trunc(v)) % 10, i }));
recs.sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < recs.length; i++) if (recs[i - 1].k === recs[i].k && recs[i - 1].i > recs[i].i) stable = false;
console.log(stable, recs[0].i, recs[1999].i);
