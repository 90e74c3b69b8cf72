// slice copies; concat flattens one level of array arguments and leaves the originals alone.
const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3).join(), a.slice(-2).join(), a.slice(3, 1).length, a.slice().join(), a.slice(-100, 100).length);
const copy = a.slice();
copy[0] = 99;
console.log(a[0], copy[0]);
const b = [6, 7];
const c = a.concat(b, [8, 9], [[10, 11]].length, []);
console.log(c.join(","), c.length, a.length, b.length);
const nested = [[1], [2, 3]];
const flat = ([] as number[]).concat(...nested);
console.log(flat.join(","), nested.length);
const strs = ["x"].concat(["y", "z"], "w");
console.log(strs.join(""));
const objs = [{ v: 1 }];
const objs2 = objs.concat([{ v: 2 }]);
objs2[0].v = 100;
console.log(objs[0].v, objs2.length);
