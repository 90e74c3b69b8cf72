// toFixed with ordinary values and the round-half cases that depend on exact binary values.
const vals = [0, 1, 1.5, 2.5, -1.5, -2.5, 0.5, -0.5, 1.005, 1.045, 1.45, 1.55, 0.125, 0.375, 10.235, 123.456,
  0.000001, 1e-10, 12345.6789, -0, 0.05, 0.15, 0.25, 0.35, 8.345, 8.335, 99.995, 2 ** 53, 1e20, 1e21, 1.7e21, NaN, Infinity, -Infinity];
for (const v of vals) {
  console.log(v, v.toFixed(0), v.toFixed(1), v.toFixed(2), v.toFixed(5));
}
