// UTF-16 string to UTF-8 bytes and back, by hand (RFC 3629), including surrogate pairs.
function encode(s: string, out: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}
function decode(b: Uint8Array, len: number): string {
  let s = "";
  let i = 0;
  while (i < len) {
    const x = b[i];
    let c = 0;
    if (x < 0x80) c = b[i++];
    else if (x < 0xe0) c = ((b[i++] & 31) << 6) | (b[i++] & 63);
    else if (x < 0xf0) c = ((b[i++] & 15) << 12) | ((b[i++] & 63) << 6) | (b[i++] & 63);
    else c = ((b[i++] & 7) << 18) | ((b[i++] & 63) << 12) | ((b[i++] & 63) << 6) | (b[i++] & 63);
    if (c >= 0x10000) s = s + String.fromCharCode(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 1023));
    else s = s + String.fromCharCode(c);
  }
  return s;
}
const buf = new Uint8Array(256);
const samples = ["ascii", "café", "日本語", "€100", "😀 smile", "𝄞", "mixed ü 中 🎉 end"];
for (const s of samples) {
  const n = encode(s, buf);
  let hex = "";
  for (let i = 0; i < n; i++) hex = hex + (buf[i] < 16 ? "0" : "") + buf[i].toString(16);
  const back = decode(buf, n);
  console.log(s.length, n, hex, back === s, back);
}
