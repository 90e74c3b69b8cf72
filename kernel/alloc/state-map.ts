// StateMap: a 2-bit state per granule (tlsf, region) or per page frame (buddy), kept inside the
// managed memory and initialized lazily, so that an allocator over 1 GiB starts in microseconds.
// The allocators use it for exact misuse detection: which addresses are live block starts, which
// were freed. Entries are packed 16 to a u32 word of the allocator's word view (bits.ts) and
// grouped in chunks of 2^k (the allocator chooses k: 2^k / 16 words are zeroed the first time an
// entry in a chunk is written, and a chunk never written reads as all zero). Only the chunk
// flags, one bit per chunk, are cleared at construction: with k = 14, 512 bytes for the 2^26
// granules of 1 GiB. The entry area is a whole number of chunks, so a chunk never needs clipping.
//
// Two ways in: the StateMap class (region, buddy, and the error paths of tlsf) keeps the layout in
// its fields; mapGet and mapSet take the layout as arguments, so that an allocator whose map sits
// at fixed word indices (tlsf) passes constants and its hot paths read no field at all.

import { lowestBit, zeroWords } from "./bits";

/** Entries per word: 2^4. */
const WORD_LOG2: u32 = 4;
/** Chunks per flag word: 2^5. */
const FLAG_BITS_LOG2: u32 = 5;

/** Words of packed entries for `count` entries: whole chunks of 2^chunkLog2 (>= 16) entries. */
export function entryWordsFor(count: u32, chunkLog2: u32): u32 {
  const chunkWords: u32 = (1 << (chunkLog2 - WORD_LOG2)) >>> 0;
  return ((((count + 15) >>> WORD_LOG2) + chunkWords - 1) & -chunkWords) >>> 0;
}

/** Words of chunk flags for `count` entries. */
export function flagWordsFor(count: u32, chunkLog2: u32): u32 {
  const chunks: u32 = ((count >>> chunkLog2) + 1) >>> 0;
  return ((chunks + 31) >>> FLAG_BITS_LOG2) >>> 0;
}

/** Marks every chunk of a map of `count` entries, flags at words[flagsAt...], unwritten. */
export function clearMapFlags(words: Uint32Array, flagsAt: u32, count: u32, chunkLog2: u32): void {
  zeroWords(words, flagsAt, (flagsAt + (flagWordsFor(count >>> 0, chunkLog2) >>> 0)) >>> 0);
}

/** Entry `index` of the map with chunk flags at flagsAt and entries at entriesAt. */
export function mapGet(words: Uint32Array, flagsAt: u32, entriesAt: u32, chunkLog2: u32, index: u32): u32 {
  const chunk: u32 = index >>> chunkLog2;
  if (((words[flagsAt + (chunk >>> FLAG_BITS_LOG2)] >>> (chunk & 31)) & 1) === 0) return 0;
  return (words[entriesAt + (index >>> WORD_LOG2)] >>> ((index & 15) << 1)) & 3;
}

/** Sets entry `index` to `state` (0..3), zeroing its chunk first if it was never written. */
export function mapSet(words: Uint32Array, flagsAt: u32, entriesAt: u32, chunkLog2: u32, index: u32, state: u32): void {
  const chunk: u32 = index >>> chunkLog2;
  if (((words[flagsAt + (chunk >>> FLAG_BITS_LOG2)] >>> (chunk & 31)) & 1) === 0) {
    mapWriteChunk(words, flagsAt, entriesAt, chunkLog2, chunk);
  }
  const at: u32 = (entriesAt + (index >>> WORD_LOG2)) >>> 0;
  const shift: u32 = (index & 15) << 1;
  words[at] = (words[at] & ~(3 << shift)) | ((state & 3) << shift);
}

/** Zeroes chunk `chunk` and marks it written: what mapSet does before a chunk's first write. */
export function mapWriteChunk(words: Uint32Array, flagsAt: u32, entriesAt: u32, chunkLog2: u32, chunk: u32): void {
  const chunkWordsLog2: u32 = (chunkLog2 - WORD_LOG2) >>> 0;
  const from: u32 = (entriesAt + (chunk << chunkWordsLog2)) >>> 0;
  zeroWords(words, from, (from + (1 << chunkWordsLog2)) >>> 0);
  const flagAt: u32 = (flagsAt + (chunk >>> FLAG_BITS_LOG2)) >>> 0;
  words[flagAt] = words[flagAt] | (1 << (chunk & 31));
}

export class StateMap {
  private readonly words: Uint32Array;
  /** Word index of the packed entries (entry i in bits 2*(i%16).. of word entriesAt + i/16). */
  private readonly entriesAt: u32;
  /** Word index of the chunk flags: bit c%32 of word flagsAt + c/32 set once chunk c is real. */
  private readonly flagsAt: u32;
  /** Entries per chunk: 2^chunkLog2, at least 16. */
  private readonly chunkLog2: u32;
  readonly count: u32;

  /** Words of managed memory a packed map (packed()) of `count` entries occupies. */
  static wordsFor(count: u32, chunkLog2: u32): u32 {
    return ((entryWordsFor(count >>> 0, chunkLog2 >>> 0) >>> 0) + (flagWordsFor(count >>> 0, chunkLog2 >>> 0) >>> 0)) >>> 0;
  }

  /** A map at words[at, at + wordsFor(count, chunkLog2)): entries, then chunk flags. */
  static packed(words: Uint32Array, at: u32, count: u32, chunkLog2: u32): StateMap {
    const flagsAt: u32 = ((at >>> 0) + (entryWordsFor(count >>> 0, chunkLog2 >>> 0) >>> 0)) >>> 0;
    return new StateMap(words, flagsAt, at >>> 0, count >>> 0, chunkLog2 >>> 0);
  }

  /**
   * A map of `count` entries with chunk flags at words[flagsAt...] and entries at
   * words[entriesAt, entriesAt + entryWordsFor(count, chunkLog2)); marks every chunk unwritten.
   * Larger chunks mean fewer flags to clear here, more words to clear at a first write.
   */
  constructor(words: Uint32Array, flagsAt: u32, entriesAt: u32, count: u32, chunkLog2: u32) {
    this.words = words;
    this.count = count >>> 0;
    this.entriesAt = entriesAt >>> 0;
    this.flagsAt = flagsAt >>> 0;
    this.chunkLog2 = chunkLog2 >>> 0;
    clearMapFlags(words, flagsAt >>> 0, count >>> 0, chunkLog2 >>> 0);
  }

  get(index: u32): u32 {
    return mapGet(this.words, this.flagsAt >>> 0, this.entriesAt >>> 0, this.chunkLog2 >>> 0, index >>> 0) >>> 0;
  }

  set(index: u32, state: u32): void {
    mapSet(this.words, this.flagsAt >>> 0, this.entriesAt >>> 0, this.chunkLog2 >>> 0, index >>> 0, state >>> 0);
  }

  /** The largest j <= index whose state is `state` (non-zero), or -1. Linear: error paths only. */
  previousWith(index: u32, state: u32): i32 {
    return this.previousMatching(index >>> 0, state >>> 0, false) | 0;
  }

  /** The largest j <= index whose state is not zero, or -1. Linear: error paths only. */
  previousNonZero(index: u32): i32 {
    return this.previousMatching(index >>> 0, 0, true) | 0;
  }

  /** Backward scan skipping unwritten chunks and zero words; `state` must be non-zero unless
   *  anyNonZero, which matches every non-zero state. */
  private previousMatching(index: u32, state: u32, anyNonZero: boolean): i32 {
    let j: i32 = index | 0;
    while (j >= 0) {
      if (!this.chunkWritten(j >>> 0)) {
        const chunkLog2: u32 = this.chunkLog2 >>> 0;
        j = ((((j >>> chunkLog2) << chunkLog2) >>> 0) - 1) | 0;
        continue;
      }
      const word: u32 = this.words[(this.entriesAt >>> 0) + (j >>> WORD_LOG2)];
      if (word === 0) {
        j = ((j & ~15) - 1) | 0;
        continue;
      }
      const entry: u32 = (word >>> ((j & 15) << 1)) & 3;
      if (anyNonZero ? entry !== 0 : entry === state) return j;
      j = (j - 1) | 0;
    }
    return -1;
  }

  /** The smallest j in [index, limit) whose state is not zero, or limit. */
  nextNonZero(index: u32, limit: u32): u32 {
    const words = this.words;
    const entriesAt: u32 = this.entriesAt >>> 0;
    let j: u32 = index >>> 0;
    while (j < limit) {
      if (!this.chunkWritten(j)) {
        const chunkLog2: u32 = this.chunkLog2 >>> 0;
        j = ((((j >>> chunkLog2) + 1) << chunkLog2) >>> 0) >>> 0;
        continue;
      }
      // The entries from j to the end of its word, shifted down: zero means none is set.
      const rest: u32 = words[entriesAt + (j >>> WORD_LOG2)] >>> ((j & 15) << 1);
      if (rest === 0) {
        j = ((j | 15) + 1) >>> 0;
        continue;
      }
      // Lowest non-zero 2-bit entry of rest: its lowest set bit, rounded down to an even bit.
      const found: u32 = (j + ((lowestBit(rest >>> 0) >>> 0) >>> 1)) >>> 0;
      return found < limit ? found : limit;
    }
    return limit;
  }

  private chunkWritten(index: u32): boolean {
    const chunk: u32 = index >>> (this.chunkLog2 >>> 0);
    const flags: u32 = this.words[(this.flagsAt >>> 0) + (chunk >>> FLAG_BITS_LOG2)];
    return ((flags >>> (chunk & 31)) & 1) !== 0;
  }
}
