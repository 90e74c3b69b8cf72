// indexOf, lastIndexOf and includes with positions, empty needles and non-ASCII text.
const s = "abracadabra 日本 abra";
const needles = ["a", "abra", "cad", "", "日本", "本 a", "x", "A", "abra "];
for (const n of needles) {
  console.log("[" + n + "]", s.indexOf(n), s.lastIndexOf(n), s.includes(n), s.indexOf(n, 5), s.lastIndexOf(n, 5), s.includes(n, 15));
}
console.log(s.indexOf("a", -5), s.indexOf("a", 100), s.indexOf("", 100), s.lastIndexOf("", 100), s.lastIndexOf("a", -5));
console.log("".indexOf(""), "".lastIndexOf(""), "".includes(""), "aaa".lastIndexOf("aa"), "aaaa".indexOf("aa", 1));
let count = 0;
let pos = s.indexOf("a");
while (pos !== -1) {
  count++;
  pos = s.indexOf("a", pos + 1);
}
console.log(count);
