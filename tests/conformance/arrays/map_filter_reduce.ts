// map, filter, reduce and reduceRight with index arguments, initial values, and chaining.
const xs = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(xs.map((x) => x * 2).join());
console.log(xs.map((x, i) => x * i).join());
console.log(xs.filter((x) => x % 2 === 1).join());
console.log(xs.filter((x, i) => i % 3 === 0).join());
console.log(xs.reduce((a, b) => a + b));
console.log(xs.reduce((a, b) => a + b, 100));
console.log(xs.reduce((acc, x, i) => acc + x * i, 0));
console.log(xs.reduce((a, b) => (a > b ? a : b)));
console.log(xs.reduceRight((acc, x) => acc + String(x), ""));
console.log(xs.map(String).join("|"));
console.log(xs.filter((x) => x > 100).map((x) => x * 2).length);
console.log(["1", "2", "3"].map(Number).reduce((a, b) => a + b, 0));
console.log([1.5, 2.5, -0.5].map(Math.round).join(","));
const words = ["alpha", "beta", "gamma", "delta"];
const lens = words.map((w) => w.length).reduce((a, b) => a + b, 0);
console.log(lens, words.filter((w) => w.includes("a")).map((w) => w.toUpperCase()).join(" "));
console.log([[1, 2], [3], [4, 5, 6]].reduce((acc, row) => acc.concat(row), [] as number[]).join());
