// Unary operators: minus, plus, logical not, applied to numbers and results.
const vals = [0, -0, 1, -1, 0.5, NaN, Infinity, -Infinity, 2147483648, -2147483649];
for (const v of vals) {
  console.log(v, -v, +v, !v, !!v, -(-v), ~~v);
}
const s = "42";
console.log(+s, -s, +"", +" 7 ", +"3.5e2", +"x");
let x = 5;
console.log(-x * -x, -x - -x, - -x);
const zero = 0;
const one = 1;
const empty = "";
const word = "a";
console.log(!zero, !one, !(zero / zero), !empty, !word);
