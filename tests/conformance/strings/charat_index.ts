// charAt, bracket indexing and at(): what each returns out of range.
const s = "aé日😀z";
for (let i = -2; i <= s.length + 1; i++) {
  const bracket = s[i];
  console.log(i, "[" + s.charAt(i) + "]", bracket === undefined ? "undefined" : "[" + bracket + "]", s.at(i) ?? "none", s.charCodeAt(i));
}
console.log(s.charAt(1.5), s.charAt(NaN), s.at(-1), s.at(-7));
let rev = "";
for (let i = s.length - 1; i >= 0; i--) rev += s[i];
console.log(rev.length, rev === s, rev.charCodeAt(1).toString(16), rev.charCodeAt(2).toString(16));
