// Functions that return early from loops, with and without values.
function firstNegative(xs: number[]): number {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) return i;
  }
  return -1;
}
function logUntil(limit: number): void {
  for (let i = 0; ; i++) {
    if (i >= limit) return;
    console.log("tick", i);
  }
}
function sign(x: number): string {
  if (x > 0) return "+";
  if (x < 0) return "-";
  return "0";
}
console.log(firstNegative([1, 2, -3, -4]), firstNegative([]), firstNegative([0, -0]));
logUntil(3);
console.log(sign(5), sign(-5), sign(0), sign(NaN));
