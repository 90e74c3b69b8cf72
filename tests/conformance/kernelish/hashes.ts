// FNV-1a, djb2 and MurmurHash3 (x86_32) over byte arrays, all in 32-bit integer arithmetic.
function bytesOf(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
function fnv1a(d: Uint8Array): u32 {
  let h = 0x811c9dc5;
  for (let i = 0; i < d.length; i++) h = Math.imul(h ^ d[i], 0x01000193);
  return h >>> 0;
}
function djb2(d: Uint8Array): u32 {
  let h = 5381;
  for (let i = 0; i < d.length; i++) h = (((h << 5) + h) | 0) + d[i];
  return h >>> 0;
}
function murmur3(d: Uint8Array, seed: u32): u32 {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed | 0;
  const nblocks = d.length >>> 2;
  for (let i = 0; i < nblocks; i++) {
    let k = d[i * 4] | (d[i * 4 + 1] << 8) | (d[i * 4 + 2] << 16) | (d[i * 4 + 3] << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const tail = nblocks * 4;
  switch (d.length & 3) {
    case 3:
      k ^= d[tail + 2] << 16;
    case 2:
      k ^= d[tail + 1] << 8;
    case 1:
      k ^= d[tail];
      k = Math.imul(k, c1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, c2);
      h ^= k;
  }
  h ^= d.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const inputs = ["", "a", "ab", "abc", "abcd", "hello world", "The quick brown fox jumps over the lazy dog"];
for (const s of inputs) {
  const b = bytesOf(s);
  console.log(s.length, fnv1a(b), djb2(b), murmur3(b, 0), murmur3(b, 0x9747b28c).toString(16));
}
