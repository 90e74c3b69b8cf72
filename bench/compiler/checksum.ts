// Benchmark: the RFC 1071 Internet checksum over 1.5 million packet-sized subarray views (20 to
// 1500 bytes) of an 8 MiB pseudo-random Uint8Array; each packet's checksum is stored into it and
// verified. Measures byte loads, 16-bit word assembly and u32 accumulation.
// bench/compiler/run.ts compiles and times it against checksum.c (same algorithm, same LCG data,
// same output line), Node and porffor.
// RFC 1071 section 1: the checksum is the 16-bit ones' complement of the ones' complement sum of
// the data taken as 16-bit words (an odd final byte is padded with a zero byte); section 4.1's
// method is used: add into a 32-bit accumulator, then fold the carries back in. Section 1 also
// gives the property checked below: with the checksum stored in the data, the sum verifies to 0.

const SIZE: i32 = 8 * 1024 * 1024;
const PACKETS: i32 = 1500000;
const MIN_LEN: i32 = 20;
const MAX_LEN: i32 = 1500;
const CHECKSUM_AT: i32 = 10; // where IPv4 keeps its header checksum (RFC 791 section 3.1)

// Packets are at most 1500 bytes, so 750 words of at most 0xffff never overflow 32 bits.
function internetChecksum(data: Uint8Array): u16 {
  const len: i32 = data.length;
  let sum: u32 = 0;
  let i: i32 = 0;
  for (; i + 1 < len; i += 2) sum = (sum + ((data[i] << 8) | data[i + 1])) >>> 0;
  if (i < len) sum = (sum + (data[i] << 8)) >>> 0;
  while (sum >>> 16 !== 0) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export function main(): void {
  const data = new Uint8Array(SIZE);
  let seed: u32 = 99;
  for (let i: i32 = 0; i < SIZE; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    data[i] = seed >>> 24;
  }
  let hash: u32 = 0;
  let verified: i32 = 0;
  let odd: i32 = 0;
  let bytes = 0;
  let off: i32 = 0;
  for (let p: i32 = 0; p < PACKETS; p++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const len: i32 = MIN_LEN + (seed % (MAX_LEN - MIN_LEN + 1));
    if (off + len > SIZE) off = 0;
    const packet = data.subarray(off, off + len);
    packet[CHECKSUM_AT] = 0;
    packet[CHECKSUM_AT + 1] = 0;
    const sum = internetChecksum(packet);
    packet[CHECKSUM_AT] = sum >>> 8;
    packet[CHECKSUM_AT + 1] = sum & 0xff;
    if (internetChecksum(packet) === 0) verified++;
    if ((len & 1) !== 0) odd++;
    hash = (Math.imul(hash, 31) + sum) >>> 0;
    bytes += len;
    off += len;
  }
  console.log(
    `checksum: ${PACKETS} packets, ${bytes} bytes (${odd} odd lengths): hash ${hash}, verified ${verified}`,
  );
}

main();
