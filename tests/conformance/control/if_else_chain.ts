// if / else if / else over numbers, including NaN and -0 conditions.
function classify(x: number): string {
  if (x !== x) {
    return "nan";
  } else if (x === 0) {
    if (1 / x < 0) return "negzero";
    return "zero";
  } else if (x < 0) {
    if (x < -1000) return "very negative";
    else return "negative";
  } else if (x < 1) {
    return "fraction";
  } else if (x === Infinity) {
    return "infinite";
  }
  return "positive";
}
const vals = [NaN, 0, -0, -5, -5000, 0.5, 1, Infinity, -Infinity, 1e300];
for (const v of vals) console.log(v, classify(v));
let n = 0;
if (n) console.log("n truthy");
else console.log("n falsy");
if (NaN) console.log("nan truthy");
else console.log("nan falsy");
if (-0) console.log("-0 truthy");
else console.log("-0 falsy");
const tiny = 0.0000001;
if (tiny) console.log("tiny truthy");
let s = "";
if (s) console.log("empty truthy");
else console.log("empty falsy");
s = "0";
if (s) console.log("'0' truthy");
n = 3;
if (n > 2) if (n > 5) console.log("big"); else console.log("dangling else binds inner");
