// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) with a 256-entry Uint32Array table.
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}
console.log(table[0], table[1], table[128], table[255].toString(16));
function crc32(data: Uint8Array): u32 {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
console.log(crc32(ascii("")).toString(16));
console.log(crc32(ascii("123456789")).toString(16));
console.log(crc32(ascii("The quick brown fox jumps over the lazy dog")).toString(16));
const buf = new Uint8Array(4096);
for (let i = 0; i < buf.length; i++) buf[i] = (i * i) & 0xff;
console.log(crc32(buf), crc32(buf.subarray(1000, 2000)));
