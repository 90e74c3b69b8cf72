// Non-ASCII text under the part-1 string API: lengths in UTF-16 units, code units, printing.
const samples = ["日本", "€", "naïve", "😀", "a😀b", "Ωmega", "\u00a0", "ﬀ", "𝄞", "中文字符"];
for (const s of samples) {
  let units = "";
  for (let i = 0; i < s.length; i++) units = units + s.charCodeAt(i).toString(16) + " ";
  console.log(s, s.length, units);
}
const built = String.fromCharCode(0x65e5) + String.fromCharCode(0x672c);
console.log(built, built === "日本", built.length);
const pair = String.fromCharCode(0xd834) + String.fromCharCode(0xdd1e);
console.log(pair, pair === "𝄞");
