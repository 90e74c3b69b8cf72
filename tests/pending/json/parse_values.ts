// JSON.parse of primitives, escapes, numbers in every form, and whitespace.
const inputs = ['1', '-0', '1e3', '-1.5E-2', '123456789012345678901234567890', '0.1', '"a\\nb"', '"\\u00e9\\ud83d\\ude00"', '"\\/"',
  'true', 'false', 'null', '  [ 1 , 2 ]  ', '{"a" : {"b": [true, null]}}', '[]', '{}', '"\\\\"'];
for (const s of inputs) {
  const v = JSON.parse(s);
  console.log(s.trim(), "->", JSON.stringify(v), typeof v);
}
const n = JSON.parse("-0") as number;
console.log(1 / n);
