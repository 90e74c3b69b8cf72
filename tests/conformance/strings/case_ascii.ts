// toUpperCase and toLowerCase on ASCII text, digits and punctuation unchanged.
const s = "Hello, World! 123 abc XYZ _-+=[]{}";
console.log(s.toUpperCase());
console.log(s.toLowerCase());
console.log(s.toUpperCase().toLowerCase() === s.toLowerCase());
let alpha = "";
for (let c = 32; c < 127; c++) alpha += String.fromCharCode(c);
console.log(alpha.toUpperCase());
console.log(alpha.toLowerCase());
function capitalize(w: string): string {
  return w.length === 0 ? w : w[0].toUpperCase() + w.slice(1).toLowerCase();
}
console.log(["hELLO", "wORLD", "", "a", "123abc"].map(capitalize).join(" "));
