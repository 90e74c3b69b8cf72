// The last value assigned to process.exitCode wins.
process.exitCode = 9;
console.log("first", 9);
process.exitCode = 0;
console.log("second", 0);
const codes = [5, 6, 3];
for (const c of codes) {
  process.exitCode = c;
  console.log("code", c);
}
