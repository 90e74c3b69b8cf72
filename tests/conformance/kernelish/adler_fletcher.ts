// Adler-32 (RFC 1950 section 9) and Fletcher-16 checksums.
function adler32(d: Uint8Array): u32 {
  let a = 1;
  let b = 0;
  for (let i = 0; i < d.length; i++) {
    a = (a + d[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
function fletcher16(d: Uint8Array): number {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < d.length; i++) {
    s1 = (s1 + d[i]) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}
function ascii(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
const words = ["", "a", "abcde", "Wikipedia", "abcdef", "The quick brown fox jumps over the lazy dog"];
for (const w of words) console.log(w.length, adler32(ascii(w)), adler32(ascii(w)).toString(16), fletcher16(ascii(w)));
const big = new Uint8Array(70000);
big.fill(0xff);
console.log(adler32(big).toString(16), fletcher16(big));
