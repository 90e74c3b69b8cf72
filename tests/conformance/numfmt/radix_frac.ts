// toString(radix) of fractional values (V8's digit generation for non-decimal radixes).
const vals = [0.5, 0.25, 0.75, 0.125, 0.1, 0.2, 0.3, 1 / 3, 2.5, 255.5, -0.5, -3.75, 1e-7, 123.456, 0.0009765625, 1e21 + 0.5, 5e-324];
const radixes = [2, 3, 8, 16, 36];
for (const v of vals) {
  for (const r of radixes) {
    console.log(v, r, v.toString(r));
  }
}
