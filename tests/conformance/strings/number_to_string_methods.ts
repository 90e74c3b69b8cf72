// toPrecision and toExponential (not needed by kernel code, but apps print numbers this way).
const vals = [0, 1, 123.456, 0.000123456, 1e21, 1.5, 2.5, -2.5, 0.5, 99.99, 1e-7, 123456789, NaN, -Infinity];
for (const v of vals) {
  console.log(v, v.toPrecision(1), v.toPrecision(3), v.toPrecision(8), v.toExponential(), v.toExponential(2));
}
console.log((0).toExponential(3), (-0).toPrecision(2), (1.45).toPrecision(2), (1.55).toPrecision(2), (123.456).toExponential(0));
