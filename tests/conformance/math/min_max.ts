// Math.min and Math.max: NaN poisoning, -0 vs +0, no arguments, spread of arrays.
console.log(Math.max(), Math.min(), Math.max(1), Math.min(1));
console.log(Math.max(1, 2, NaN), Math.min(NaN, 1), Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308));
console.log(Math.max(-0, 0), Math.max(0, -0), Math.min(-0, 0), Math.min(0, -0), 1 / Math.max(-0, -0));
const xs = [3, -1, 4.5, -9, 2];
console.log(Math.max(...xs), Math.min(...xs));
let calls = 0;
const withSide = [1, 2, 3].map((x) => {
  calls++;
  return x;
});
console.log(Math.max(...withSide), calls);
