// Number(string): the whole string must be a numeric literal (after trimming whitespace).
const inputs = ["", " ", "\n\t", "42", " 42 ", "42px", "4 2", "-42", "+42", "--42", "3.5", ".5", "5.", "1e3", "1e",
  "0x10", "0X1F", "-0x10", "0b101", "0B11", "0b102", "0o17", "0O8", "017", "1_000", "Infinity", "-Infinity",
  "+Infinity", "infinity", "NaN", "1e1000", "-0", "0.0000001", "9007199254740993", "\u00a0 7 \u2028", "0x",
  "1.5e+3", "1.5E-3", ".", "e5", "0xffffffffffffffffff"];
for (const s of inputs) {
  console.log(s.length, Number(s));
}
const n = Number("12") + Number("0.5");
console.log(n);
