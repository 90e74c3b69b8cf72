// < and > compare UTF-16 code units, so astral characters sort below U+E000..U+FFFF.
const xs = ["z", "é", "日", "😀", "\uffff", "\ue000", "A", "", "𝄞", "ｚ"];
for (const a of xs) {
  let row = "";
  for (const b of xs) row += a < b ? "<" : a > b ? ">" : "=";
  console.log(JSON.stringify(a), row);
}
console.log(xs.slice().sort().map((x) => x.length).join(","));
