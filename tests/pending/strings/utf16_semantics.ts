// UTF-16 code unit semantics: lengths, surrogate pairs, slicing between surrogates.
const s = "a😀b𝄞c";
console.log(s.length, s.charCodeAt(1).toString(16), s.charCodeAt(2).toString(16), s.codePointAt(1)?.toString(16), s.codePointAt(2)?.toString(16));
console.log(s.indexOf("b"), s.indexOf("𝄞"), s.slice(1, 3) === "😀", s.slice(4, 6));
let units = 0;
let points = 0;
for (let i = 0; i < s.length; i++) units++;
for (const ch of s) {
  points++;
  console.log("char", ch, ch.length);
}
console.log(units, points);
const composed: string = "\u00e9";
const decomposed: string = "e\u0301";
console.log("日本".length, "€".charCodeAt(0), composed === "é", decomposed.length, decomposed === composed);
console.log(String.fromCodePoint(0x1f600) === "😀", String.fromCodePoint(65, 0x10000).length);
console.log([..."a😀b"].length, Array.from("𝄞x").join("|"));
