// Default sort compares the string forms of elements (UTF-16 order); undefined sorts last.
console.log([10, 9, 1, 2, 100, 25].sort().join());
console.log([-1, -2, 3, -10, 0, -0].sort().join());
console.log([0.5, 1e21, 1e-7, 5, 1e20].sort().join());
console.log(["b", "a", "B", "A", "aa", "", "é", "z"].sort().join("|"));
console.log([true, false, true].sort().join());
const withUndef: (number | undefined)[] = [3, undefined, 1, undefined, 2];
console.log(withUndef.sort().join("|"), withUndef.length);
const a = [3, 1, 2];
const b = a.sort();
console.log(b === a, a.join());
console.log([NaN, 1, Infinity, -Infinity, 0].sort().join());
