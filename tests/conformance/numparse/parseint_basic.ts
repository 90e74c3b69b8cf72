// parseInt: leading whitespace, optional sign, digits until the first invalid character.
const inputs = ["42", "  42", "42abc", "-42", "+42", "3.99", "-3.99", "", " ", "abc", "0", "-0", "007",
  "0x1F", "0X1f", "-0x10", "0x", "0xg", "1e3", "12 34", "\t\n 9", "\u00a0 5", "\ufeff8", "\u2003 6",
  "Infinity", "NaN", "1_000", "١٢", "99999999999999999999", "9007199254740993", "123456789012345678901234567890"];
for (const s of inputs) {
  console.log(JSON_like(s), parseInt(s));
}
function JSON_like(s: string): string {
  let out = "<";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out = out + (c < 32 || c > 126 ? "\\" + c : String.fromCharCode(c));
  }
  return out + ">";
}
