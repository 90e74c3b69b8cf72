// Very large and very small magnitudes: subnormals, MAX_VALUE neighbours.
const maxv = 1.7976931348623157e308;
const minv = 5e-324;
console.log(maxv, minv, -maxv, -minv);
console.log(maxv / 2, minv * 2, minv * 3, minv / 2, minv * 0.5, minv * 0.51);
console.log(2.2250738585072014e-308, 2.2250738585072014e-308 / 2, 2.225073858507201e-308);
console.log(maxv + 1, maxv - 1, maxv * 1.0000000000000002);
console.log(1e308 * 10, -1e308 * 10);
console.log(4.9406564584124654e-324, 2.4703282292062328e-324, 2.4703282292062327e-324);
let x = 1;
let steps = 0;
while (x > 0) {
  x = x / 2;
  steps++;
}
console.log(steps, x);
let y = 1;
let ups = 0;
while (y !== Infinity) {
  y = y * 2;
  ups++;
}
console.log(ups, y);
let eps = 1;
while (1 + eps / 2 !== 1) eps = eps / 2;
console.log(eps);
console.log(1 + eps, 1 + eps / 2, 1 - eps / 2, 1 - eps / 4);
