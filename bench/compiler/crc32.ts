// Benchmark: table-driven CRC-32 over 32 MiB of pseudo-random bytes in a Uint8Array, whole and in
// 64 KiB subarray chunks, four rounds. Measures u32 arithmetic written with `>>> 0`, a
// Uint32Array table lookup per byte and subarray views. bench/compiler/run.ts compiles and times
// it against crc32.c (same algorithm, same LCG data, same output lines), Node and porffor.
// The CRC is the reflected CRC-32 of ISO/IEC 3309 (HDLC) and IEEE 802.3 clause 3.2.9: polynomial
// 0x04C11DB7, bit-reversed 0xEDB88320, initial value and final XOR 0xFFFFFFFF; its check value over
// the ASCII bytes "123456789" is 0xCBF43926 = 3421780262.

const SIZE: i32 = 32 * 1024 * 1024;
const CHUNK: i32 = 65536;
const ROUNDS: i32 = 4;
const POLY_REFLECTED: u32 = 0xedb88320;

function makeTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n: i32 = 0; n < 256; n++) {
    let c: u32 = n;
    for (let k: i32 = 0; k < 8; k++) c = (c & 1) !== 0 ? (POLY_REFLECTED ^ (c >>> 1)) >>> 0 : c >>> 1;
    table[n] = c;
  }
  return table;
}

function crc32(table: Uint32Array, data: Uint8Array): u32 {
  let crc: u32 = 0xffffffff;
  for (let i: i32 = 0; i < data.length; i++) {
    crc = (table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)) >>> 0;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i: i32 = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function main(): void {
  const table = makeTable();
  console.log(`crc32: check value ${crc32(table, asciiBytes("123456789"))}`);
  const data = new Uint8Array(SIZE);
  let seed: u32 = 7;
  for (let i: i32 = 0; i < SIZE; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    data[i] = seed >>> 24;
  }
  for (let round: i32 = 0; round < ROUNDS; round++) {
    // Whole buffer in one call, then chunk by chunk with the chunk CRCs hashed together.
    const whole = crc32(table, data);
    let chunks: u32 = 0;
    for (let off: i32 = 0; off < SIZE; off += CHUNK) {
      chunks = (Math.imul(chunks, 31) + crc32(table, data.subarray(off, off + CHUNK))) >>> 0;
    }
    console.log(`crc32: round ${round} over ${SIZE} bytes: whole ${whole}, chunks ${chunks}`);
    data[round * 4099] ^= 0x5a; // change one byte so that each round's answer differs
  }
}

main();
