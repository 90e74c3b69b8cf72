// Benchmark: string building. A two-million-row CSV document is built row by row with template
// literals and `+=` into blocks of a thousand rows, the blocks are joined, and the whole string
// is measured and hashed through charCodeAt. Measures number-to-string conversion, concatenation,
// String.fromCharCode and character access. bench/compiler/run.ts compiles and times it against
// strbuild.c (same algorithm with growable byte buffers and snprintf, same LCG data, same output
// lines), Node and porffor.

const ROWS: i32 = 2000000;
const BLOCK: i32 = 1000;

// A capitalised pseudo-word of 3 to 8 letters drawn from the bits of x.
function makeName(x: u32): string {
  const len: i32 = 3 + ((x >>> 4) % 6);
  let bits: u32 = x;
  let name = "";
  for (let i: i32 = 0; i < len; i++) {
    name += String.fromCharCode((i === 0 ? 65 : 97) + (bits % 26));
    bits = Math.floor(bits / 26);
    if (bits < 26) bits = (Math.imul(bits, 0x9e3779b1) + i) >>> 0;
  }
  return name;
}

function twoDigits(n: i32): string {
  return n < 10 ? "0" + n : "" + n;
}

export function main(): void {
  let seed: u32 = 31337;
  const blocks: string[] = [];
  let lastRow = "";
  for (let b: i32 = 0; b < ROWS / BLOCK; b++) {
    let block = "";
    for (let r: i32 = 0; r < BLOCK; r++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const qty: i32 = seed % 1000;
      const cents: i32 = (seed >>> 10) % 100000;
      const price = `${Math.floor(cents / 100)}.${twoDigits(cents % 100)}`;
      lastRow = `${b * BLOCK + r},${makeName(seed)},${qty},${price}`;
      block += lastRow;
      block += "\n";
    }
    blocks.push(block);
  }
  const doc = "id,name,qty,price\n" + blocks.join("");
  let hash: u32 = 0;
  let lines: i32 = 0;
  for (let i: i32 = 0; i < doc.length; i++) {
    const c = doc.charCodeAt(i);
    hash = (Math.imul(hash, 31) + c) >>> 0;
    if (c === 10) lines++;
  }
  console.log(`strbuild: ${ROWS} rows, length ${doc.length}, lines ${lines}, hash ${hash}`);
  console.log(`strbuild: last row ${lastRow}`);
}

main();
