// Typed array methods beyond the kernel subset: join, indexOf, includes, map, filter, reduce,
// default numeric sort (unlike Array), reverse, copyWithin, from, of, every, some, find.
const a = new Int16Array([30, -5, 100, 2, -0, 7]);
console.log(a.join(), a.join(" "), a.indexOf(2), a.includes(100), a.lastIndexOf(7));
const sorted = a.slice().sort();
console.log(sorted.join());
console.log([30, -5, 100, 2, 7].sort().join());
const desc = a.slice().sort((x, y) => y - x);
console.log(desc.join());
console.log(a.map((x) => x * 1000).join(), a.map((x) => x * 1000) instanceof Int16Array);
console.log(a.filter((x) => x > 5).join(), a.reduce((s, x) => s + x, 0), a.every((x) => x < 200), a.some((x) => x < 0), a.find((x) => x > 50));
const b = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
b.copyWithin(0, 4);
console.log(b.join());
b.copyWithin(2, 0, 3);
console.log(b.join());
console.log(b.reverse().join(), Uint8Array.from([1, 256, -1]).join(), Float32Array.of(0.1, 2).join());
const f = new Float64Array([NaN, 3, -Infinity, -0, 0, 1e-300]);
console.log(f.sort().join(), f.indexOf(NaN), f.includes(NaN));
