// JSON.stringify of primitives: numbers (-0, NaN, Infinity, exponents), strings with escapes, booleans, null.
const nums = [0, -0, 1, -1.5, 1e21, 1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 0.1 + 0.2, 5e-324];
console.log(nums.map((n) => JSON.stringify(n)).join(" "));
const strs = ["plain", 'q"uote', "back\\slash", "new\nline", "tab\t", "\b\f\r", "\u0000\u0001\u001f", "\u007f", "é日😀", "\u2028\u2029", "</script>", "\ud800"];
for (const s of strs) console.log(JSON.stringify(s));
console.log(JSON.stringify(true), JSON.stringify(false), JSON.stringify(null), JSON.stringify("") );
console.log(JSON.stringify(undefined), JSON.stringify(() => 1));
