// trim, trimStart, trimEnd remove all JavaScript whitespace and line terminators.
const samples = ["  plain  ", "\t\n\r tabs \v\f", "\u00a0nbsp\u00a0", "\ufeffbom", "\u2028ls\u2029", "\u3000ideographic\u3000",
  "\u2000\u200aen-spaces\u2009", "\u200bzero-width\u200b", "", "   ", "inner  space"];
for (const s of samples) {
  const t = s.trim();
  console.log(s.length, t.length, s.trimStart().length, s.trimEnd().length, JSON.stringify(t));
}
