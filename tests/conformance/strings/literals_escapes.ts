// String literal escapes and their lengths and code units.
const lits = ["plain", "tab\there", "new\nline", "quote\"s", "single's", 'dq "in" sq', "back\\slash", "nul\0char",
  "\x41\x42", "\u0041\u00e9", "\u{1F600}", "cr\rlf", "\v\f\b", "", "é", "日本語", "a\
b"];
for (const s of lits) {
  let codes = "";
  for (let i = 0; i < s.length; i++) codes = codes + s.charCodeAt(i) + " ";
  console.log(s.length, codes);
}
console.log("tab\tand\nnewline");
console.log("unicode: é 日本 \u{1F600}");
console.log(`template
spans lines`);
console.log(`backtick \` and dollar \${x} and ${"$"}{y}`);
