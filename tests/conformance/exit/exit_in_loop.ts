// process.exit(4) inside a nested call ends the program immediately with status 4.
function check(v: number): void {
  if (v > 5) {
    console.log("limit reached at", v);
    process.exit(4);
  }
}
for (let i = 0; i < 100; i++) {
  console.log("step", i);
  check(i * 2);
}
console.log("never printed");
