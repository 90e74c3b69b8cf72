// Array.from, Array.of, Array.isArray, new Array(n), keys/values/entries iteration.
console.log(Array.from({ length: 4 }, (_, i) => i * i).join());
console.log(Array.from("abc").join("|"), Array.from([1, 2, 3], (x) => x * 10).join());
console.log(Array.of(7).length, Array.of(1, 2, 3).join(), new Array(3).length, new Array<number>(3).fill(1).join());
console.log(Array.isArray([]), Array.isArray("abc"), Array.isArray(new Uint8Array(2)));
const xs = ["a", "b", "c"];
for (const i of xs.keys()) console.log("key", i);
for (const [i, v] of xs.entries()) console.log("entry", i, v);
console.log([...xs.values()].join(""));
console.log(xs.flatMap((x) => [x, x.toUpperCase()]).join(""), [[1, [2]], [3]].flat().length, [[1, [2]], [3]].flat(2).join());
