// Printing a double and parsing it back gives the same double.
const vals: number[] = [];
let v = 1;
for (let i = 0; i < 40; i++) {
  v = v * 1.37 + 0.011;
  vals.push(v);
  vals.push(1 / v);
  vals.push(-v * 1e-200);
  vals.push(v * 1e250);
}
let ok = 0;
let bad = 0;
for (const x of vals) {
  const s = String(x);
  if (parseFloat(s) === x && Number(s) === x) ok++;
  else {
    bad++;
    console.log("mismatch", s);
  }
}
console.log(ok, bad);
for (let i = 0; i < 8; i++) {
  const s = String(vals[i * 5]);
  console.log(s, parseFloat(s), Number(s) === vals[i * 5]);
}
