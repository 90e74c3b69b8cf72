// String.fromCharCode: several arguments, ToUint16 conversion of each code.
console.log(String.fromCharCode(72, 105));
console.log(String.fromCharCode(), String.fromCharCode().length);
console.log(String.fromCharCode(0x41 + 0x10000), String.fromCharCode(65.9), String.fromCharCode(-65535));
console.log(String.fromCharCode(0x20ac), String.fromCharCode(0x65e5, 0x672c));
console.log(String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(0xd83d, 0xde00).length);
let alpha = "";
for (let c = 97; c < 123; c++) alpha = alpha + String.fromCharCode(c);
console.log(alpha, alpha.length);
let round = "";
const src = "round trip!";
for (let i = 0; i < src.length; i++) round = round + String.fromCharCode(src.charCodeAt(i));
console.log(round, round === src);
const nul = String.fromCharCode(0);
console.log(nul.length, nul.charCodeAt(0), ("a" + nul + "b").length);
