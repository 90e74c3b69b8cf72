// sin, cos, tan, asin, acos, atan, atan2 (signed zeros and infinities), hypot.
const angles = [0, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.PI / 2, Math.PI, 1, -1, 10, 1e6, -0];
for (const a of angles) console.log(a, Math.sin(a), Math.cos(a), Math.tan(a));
for (const v of [-1, -0.5, 0, 0.5, 1, 2]) console.log(v, Math.asin(v), Math.acos(v), Math.atan(v));
const pts = [[0, 0], [-0, 0], [0, -0], [-0, -0], [1, 0], [0, 1], [-1, 0], [-1, -0], [Infinity, Infinity], [-Infinity, 1], [1, -Infinity]];
for (const [y, x] of pts) console.log(y, x, Math.atan2(y, x));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-3), Math.hypot(1, 1, 1), Math.hypot(Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(1e200, 1e200));
