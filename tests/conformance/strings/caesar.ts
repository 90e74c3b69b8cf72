// A Caesar cipher with charCodeAt and String.fromCharCode; round trip checks.
function shift(text: string, k: number): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out = out + String.fromCharCode(((c - 65 + k + 26 * 100) % 26) + 65);
    else if (c >= 97 && c <= 122) out = out + String.fromCharCode(((c - 97 + k + 26 * 100) % 26) + 97);
    else out = out + String.fromCharCode(c);
  }
  return out;
}
const msg = "Attack at Dawn, 05:00! zebra ZEBRA";
for (const k of [1, 3, 13, 25, -1, 52]) {
  const enc = shift(msg, k);
  console.log(k, enc, shift(enc, -k) === msg);
}
