// RFC 1071 Internet checksum over a Uint8Array, with odd lengths and incremental update (RFC 1624).
function checksum(data: Uint8Array, len: number): number {
  let sum = 0;
  let i = 0;
  for (; i + 1 < len; i += 2) sum += (data[i] << 8) | data[i + 1];
  if (i < len) sum += data[i] << 8;
  while (sum >>> 16) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
const hdr = new Uint8Array([0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7]);
const c = checksum(hdr, hdr.length);
console.log(c, c.toString(16));
hdr[10] = c >>> 8;
hdr[11] = c & 0xff;
console.log(checksum(hdr, hdr.length));
const odd = new Uint8Array([1, 2, 3, 4, 5]);
console.log(checksum(odd, 5), checksum(odd, 4), checksum(odd, 0));
const big = new Uint8Array(1500);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + 3) & 0xff;
console.log(checksum(big, big.length), checksum(big, 1499));
// RFC 1624 incremental update: HC' = ~(~HC + ~m + m')
function update(hc: number, oldWord: number, newWord: number): number {
  let s = (~hc & 0xffff) + (~oldWord & 0xffff) + newWord;
  while (s >>> 16) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}
const before = checksum(big, 1500);
const oldWord = (big[100] << 8) | big[101];
big[100] = 0xab;
big[101] = 0xcd;
console.log(update(before, oldWord, 0xabcd), checksum(big, 1500));
