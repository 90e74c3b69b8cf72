// NaN and Infinity arithmetic, comparisons and propagation.
const nan = 0 / 0;
const inf = 1 / 0;
console.log(nan, inf, -inf);
console.log(nan === nan, nan !== nan);
console.log(nan < 1, nan > 1, nan <= nan, nan >= nan);
console.log(inf - inf, inf * 0, inf / inf, 0 * -inf);
console.log(inf + inf, inf * -1, -inf - 1, inf / 0);
console.log(inf > 1.7976931348623157e308, -inf < -1.7976931348623157e308);
console.log(1.7976931348623157e308 * 2, -1.7976931348623157e308 * 2);
console.log(1.7976931348623157e308 + 1e292);
console.log(1.7976931348623157e308 + 9e291);
console.log(1 / inf, -1 / inf, 1 / -inf);
console.log(nan + 1, nan * 0, nan - nan, -nan);
console.log(Math.max(1, nan), Math.min(nan, 1));
console.log(Math.floor(nan), Math.ceil(inf), Math.round(-inf));
console.log(nan | 0, inf | 0, -inf | 0, nan >>> 0, inf >>> 0);
console.log(inf % 1, 1 % inf, -1 % inf, 5 % nan);
console.log(isNaN(nan), isNaN(1), isFinite(inf), isFinite(1e308), isFinite(nan));
let x = 1;
for (let i = 0; i < 1100; i++) {
  x = x * 2;
}
console.log(x);
let y = 1;
for (let i = 0; i < 1100; i++) {
  y = y / 2;
}
console.log(y);
console.log(x * y);
let count = 0;
const vals = [nan, inf, -inf, 0, -0, 1];
for (const v of vals) {
  if (v === v) count = count + 1;
}
console.log(count);
