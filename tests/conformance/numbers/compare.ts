// Relational and equality operators on doubles, including mixed magnitudes.
const xs = [0, -0, 1, -1, 0.1, 1e-300, -1e-300, 2147483648, 4294967296, 9007199254740993, Infinity, -Infinity, NaN];
let line = "";
for (const a of xs) {
  line = "";
  for (const b of xs) {
    let c = "";
    if (a < b) c = c + "<";
    if (a <= b) c = c + "l";
    if (a > b) c = c + ">";
    if (a >= b) c = c + "g";
    if (a === b) c = c + "=";
    if (a !== b) c = c + "!";
    line = line + c + " ";
  }
  console.log(a, line);
}
console.log(0.1 + 0.2 === 0.3, 0.1 + 0.2 > 0.3, 0.3 - 0.1 < 0.2);
console.log(9007199254740992 === 9007199254740993);
console.log(2147483647 + 1 > 2147483647);
console.log(4294967295 + 1 > 4294967295);
console.log(-2147483648 - 1 < -2147483648);
console.log(0.5 > 0.49999999999999994);
console.log(1 === 1.0, 100 === 1e2);
