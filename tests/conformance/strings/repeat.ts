// repeat, including zero and fractional counts; building separators.
console.log("ab".repeat(3), "[" + "ab".repeat(0) + "]", "x".repeat(2.9), "".repeat(5).length);
console.log("-".repeat(20));
console.log("日本".repeat(3), "😀".repeat(2).length);
let tri = "";
for (let i = 1; i <= 4; i++) tri += " ".repeat(4 - i) + "*".repeat(2 * i - 1) + "\n";
console.log(tri);
console.log("ab".repeat(1000).length);
