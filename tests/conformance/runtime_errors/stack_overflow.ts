// Runaway recursion throws a catchable RangeError; the program continues afterwards.
function forever(n: number): number {
  return forever(n + 1) + 1;
}
let caught = false;
try {
  forever(0);
} catch (e) {
  caught = e instanceof RangeError;
  console.log("caught", caught, (e as Error).name);
}
function mutualA(n: number): number {
  return mutualB(n + 1);
}
function mutualB(n: number): number {
  return mutualA(n * 1) + 1;
}
try {
  mutualA(0);
} catch (e) {
  console.log("mutual", e instanceof RangeError);
}
function fine(n: number): number {
  return n === 0 ? 0 : 1 + fine(n - 1);
}
console.log("after overflow", fine(1000));
