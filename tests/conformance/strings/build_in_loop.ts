// Building strings in loops: repeated concatenation and a number formatter.
let s = "";
for (let i = 0; i < 20000; i++) s = s + String.fromCharCode(97 + (i % 26));
console.log(s.length, s.charCodeAt(19999), s.charCodeAt(12345));
function pad(n: number, width: number): string {
  let out = "" + n;
  while (out.length < width) out = "0" + out;
  return out;
}
let table = "";
for (let i = 0; i < 5; i++) table = table + pad(i * 37, 4) + (i < 4 ? "|" : "");
console.log(table);
function hex8(n: number): string {
  const digits = "0123456789abcdef";
  let out = "";
  for (let i = 7; i >= 0; i--) out = out + String.fromCharCode(digits.charCodeAt((n >>> (i * 4)) & 15));
  return out;
}
console.log(hex8(0xdeadbeef), hex8(0), hex8(-1), hex8(4096));
let lines = "";
for (let i = 0; i < 3; i++) {
  let line = "";
  for (let j = 0; j <= i; j++) line += "*";
  lines += line + "\n";
}
console.log(lines + "end");
