// Arrays of strings: building words from char codes and comparing them by hand.
const words: string[] = [];
for (let w = 0; w < 8; w++) {
  let s = "";
  for (let k = 0; k < 3 + (w % 3); k++) s = s + String.fromCharCode(97 + ((w * 7 + k * 3) % 26));
  words.push(s);
}
console.log(words.join(" "));
let min = words[0];
let max = words[0];
for (const w of words) {
  if (w < min) min = w;
  if (w > max) max = w;
}
console.log(min, max);
let longest = "";
for (const w of words) if (w.length > longest.length) longest = w;
console.log(longest, longest.length);
const upper: string[] = [];
for (const w of words) {
  let u = "";
  for (let i = 0; i < w.length; i++) u = u + String.fromCharCode(w.charCodeAt(i) - 32);
  upper.push(u);
}
console.log(upper.join(","));
