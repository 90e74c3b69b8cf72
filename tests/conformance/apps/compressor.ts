// Run-length encoding and an LZ77-style compressor over Uint8Array, with round-trip checks and ratios.
function rleEncode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < src.length) {
    let run = 1;
    while (i + run < src.length && src[i + run] === src[i] && run < 255) run++;
    out.push(run, src[i]);
    i += run;
  }
  return Uint8Array.from(out);
}
function rleDecode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i + 1 < src.length; i += 2) for (let k = 0; k < src[i]; k++) out.push(src[i + 1]);
  return Uint8Array.from(out);
}
// LZ77 token stream: 0x00 len byte* (literals) | 0x01 offHi offLo len (back reference, len >= 3)
const WINDOW = 4096;
const MAX_LEN = 255;
function lzEncode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  const lits: number[] = [];
  const flush = () => {
    for (let s = 0; s < lits.length; s += 255) {
      const chunk = lits.slice(s, s + 255);
      out.push(0, chunk.length, ...chunk);
    }
    lits.length = 0;
  };
  const heads = new Map<number, number[]>();
  let i = 0;
  while (i < src.length) {
    let bestLen = 0;
    let bestOff = 0;
    if (i + 2 < src.length) {
      const key = (src[i] << 16) | (src[i + 1] << 8) | src[i + 2];
      const cands = heads.get(key) ?? [];
      for (let c = cands.length - 1; c >= 0 && c >= cands.length - 16; c--) {
        const j = cands[c];
        if (i - j > WINDOW) break;
        let len = 0;
        while (len < MAX_LEN && i + len < src.length && src[j + len] === src[i + len]) len++;
        if (len > bestLen) {
          bestLen = len;
          bestOff = i - j;
        }
      }
    }
    const step = bestLen >= 3 ? bestLen : 1;
    for (let k = 0; k < step; k++) {
      const p = i + k;
      if (p + 2 < src.length) {
        const key = (src[p] << 16) | (src[p + 1] << 8) | src[p + 2];
        const list = heads.get(key);
        if (list) list.push(p);
        else heads.set(key, [p]);
      }
    }
    if (bestLen >= 3) {
      flush();
      out.push(1, bestOff >> 8, bestOff & 255, bestLen);
    } else lits.push(src[i]);
    i += step;
  }
  flush();
  return Uint8Array.from(out);
}
function lzDecode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < src.length) {
    if (src[i] === 0) {
      const n = src[i + 1];
      for (let k = 0; k < n; k++) out.push(src[i + 2 + k]);
      i += 2 + n;
    } else {
      const off = (src[i + 1] << 8) | src[i + 2];
      const len = src[i + 3];
      const start = out.length - off;
      for (let k = 0; k < len; k++) out.push(out[start + k]);
      i += 4;
    }
  }
  return Uint8Array.from(out);
}
function bytes(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 255));
}
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
const inputs: [string, Uint8Array][] = [
  ["empty", new Uint8Array(0)],
  ["single", bytes("x")],
  ["runs", bytes("aaaaaaaaaabbbbbbbbbbbbbbbbbbbbcaaaaaaaaaaaa")],
  ["text", bytes("to be or not to be, that is the question; to be or not to be, that is the answer. ".repeat(4))],
  ["overlap", bytes("ab".repeat(300))],
  ["long run", new Uint8Array(1000).fill(7)],
  ["noise", Uint8Array.from({ length: 600 }, (_, i) => (i * 2654435761) % 251)],
];
for (const [name, data] of inputs) {
  const r = rleEncode(data);
  const l = lzEncode(data);
  const okR = same(rleDecode(r), data);
  const okL = same(lzDecode(l), data);
  const ratio = data.length === 0 ? "-" : (l.length / data.length).toFixed(3);
  console.log(name.padEnd(9), String(data.length).padStart(5), "rle", String(r.length).padStart(5), okR, "lz", String(l.length).padStart(5), okL, ratio);
}
console.log([...lzEncode(bytes("abcabcabcabcX"))].join(" "));
console.log([...rleEncode(bytes("aaabccdddd"))].join(" "));
