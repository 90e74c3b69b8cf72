// switch on numbers uses strict equality: -0 matches case 0, NaN never matches.
function name(x: number): string {
  switch (x) {
    case 0:
      return "zero";
    case 1:
      return "one";
    case 2.5:
      return "two and a half";
    case -1:
      return "minus one";
    case NaN:
      return "nan?";
    case Infinity:
      return "infinity";
    case 4294967296:
      return "2^32";
    default:
      return "other";
  }
}
const vals = [0, -0, 1, 2.5, -1, NaN, Infinity, 4294967296, 0 | 4294967296, 7];
for (const v of vals) console.log(v, name(v));
let k = 3;
switch (k + 1) {
  case 2 + 2:
    console.log("computed case matched");
    break;
  case 4:
    console.log("unreachable duplicate");
    break;
}
let calls = 0;
function next(): number {
  calls++;
  return calls;
}
switch (2) {
  case next():
    console.log("first");
    break;
  case next():
    console.log("second", calls);
    break;
  case next():
    console.log("third");
    break;
}
console.log("calls", calls);
for (let i = 0; i < 40; i += 7) {
  switch (i % 4) {
    case 0: console.log(i, "mod0"); break;
    case 1: console.log(i, "mod1"); break;
    case 3: console.log(i, "mod3"); break;
    default: console.log(i, "mod2");
  }
}
