// Shortest digits that round-trip, computed on values produced at run time.
let v = 1;
for (let i = 1; i <= 30; i++) {
  v = v * 1.1;
  console.log(i, v);
}
let w = 1;
for (let i = 1; i <= 20; i++) {
  w = w / 3 + 0.1;
  console.log(i, w);
}
for (let i = 1; i <= 20; i++) {
  console.log(i, 1 / i, i / 7, i * 0.01, i * 1e-9, i * 123.456e300);
}
console.log(5e-324 * 3, 5e-324 * 7, 1.5 * 2 ** -1060);
console.log(0.1 + 0.2 - 0.3, 1 - 1e-16, 1 + 2 ** -52);
