// Base64 encode/decode (RFC 4648 section 4) over Uint8Array with charCodeAt/fromCharCode.
const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function enc(d: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < d.length; i += 3) {
    const v = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    out = out + String.fromCharCode(ALPHA.charCodeAt(v >>> 18), ALPHA.charCodeAt((v >>> 12) & 63), ALPHA.charCodeAt((v >>> 6) & 63), ALPHA.charCodeAt(v & 63));
  }
  const rest = d.length - i;
  if (rest === 1) {
    const v = d[i] << 16;
    out = out + String.fromCharCode(ALPHA.charCodeAt(v >>> 18), ALPHA.charCodeAt((v >>> 12) & 63)) + "==";
  } else if (rest === 2) {
    const v = (d[i] << 16) | (d[i + 1] << 8);
    out = out + String.fromCharCode(ALPHA.charCodeAt(v >>> 18), ALPHA.charCodeAt((v >>> 12) & 63), ALPHA.charCodeAt((v >>> 6) & 63)) + "=";
  }
  return out;
}
const rev = new Int16Array(128);
rev.fill(-1);
for (let i = 0; i < ALPHA.length; i++) rev[ALPHA.charCodeAt(i)] = i;
function dec(s: string, out: Uint8Array): number {
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const v = rev[s.charCodeAt(i) & 127];
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >>> bits) & 0xff;
    }
  }
  return n;
}
function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
const tests = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work."];
const out = new Uint8Array(64);
for (const t of tests) {
  const e = enc(ascii(t));
  const n = dec(e, out);
  let back = "";
  for (let i = 0; i < n; i++) back = back + String.fromCharCode(out[i]);
  console.log(e, n, back === t);
}
const bin = new Uint8Array(20);
for (let i = 0; i < 20; i++) bin[i] = (i * 73 + 200) & 0xff;
console.log(enc(bin));
