// length and charCodeAt (UTF-16 code units), including out-of-range indices.
const s = "Hello, World";
let codes = "";
for (let i = 0; i < s.length; i++) codes = codes + s.charCodeAt(i) + " ";
console.log(s.length, codes);
console.log(s.charCodeAt(0), s.charCodeAt(11), s.charCodeAt(12), s.charCodeAt(-1), s.charCodeAt(1.9));
console.log("".length, "".charCodeAt(0));
const u = "€日😀a";
codes = "";
for (let i = 0; i < u.length; i++) codes = codes + u.charCodeAt(i).toString(16) + " ";
console.log(u.length, codes);
let hash = 0;
const text = "The quick brown fox jumps over the lazy dog";
for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
console.log(hash, text.length);
let digits = 0;
let letters = 0;
const mixed = "a1b2c3 D4E5_99";
for (let i = 0; i < mixed.length; i++) {
  const c = mixed.charCodeAt(i);
  if (c >= 48 && c <= 57) digits++;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
}
console.log(digits, letters);
