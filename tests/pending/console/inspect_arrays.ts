// console.log of arrays (Node's util.inspect formatting) for short arrays of primitives.
console.log([1, 2, 3]);
console.log([]);
console.log(["a", "b"]);
console.log([true, null, undefined, -0, NaN]);
console.log([[1, 2], [3, [4, 5]]]);
console.log([1.5, "x", false]);
console.log("label", [1, 2], "after");
