// Several arguments are printed separated by single spaces, each formatted by its type.
console.log(1, 2, 3);
console.log("a", "b", "c");
console.log("n:", 5, "s:", "five", "b:", true, null, undefined);
console.log("", "");
console.log("", 1, "");
console.log(-0, 0, -0);
console.log("x", -0, "-0");
console.log(1.5, "1.5", 1.50);
console.log(NaN, "NaN", Infinity);
const vals = [0.1, 0.2, 0.30000000000000004];
console.log(vals[0], vals[1], vals[2], vals[0] + vals[1] === vals[2]);
console.log("a\tb", "c\nd");
