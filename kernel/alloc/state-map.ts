// StateMap: a 2-bit state per granule (tlsf, region) or per page frame (buddy), kept inside the
// managed memory and initialized lazily, so that an allocator over 1 GiB starts in microseconds.
// The allocators use it for exact misuse detection: which addresses are live block starts, which
// were freed. Entries are grouped in chunks of 4096; a chunk's bytes are zeroed the first time an
// entry in it is written, and a chunk never written reads as all zero. Only the per-chunk flags
// (one byte per chunk, 1/16384 of the entries) are cleared at construction.

const CHUNK_LOG2: u32 = 12;
const ENTRIES_PER_BYTE_LOG2: u32 = 2;
const CHUNK_BYTES: u32 = 1 << (CHUNK_LOG2 - ENTRIES_PER_BYTE_LOG2);

export class StateMap {
  private readonly memory: Uint8Array;
  /** First byte of the packed entries (4 per byte, entry i in bits 2*(i%4)..2*(i%4)+1). */
  private readonly entriesAt: u32;
  /** One byte per chunk: non-zero once that chunk's entry bytes hold real values. */
  private readonly flagsAt: u32;
  private readonly entryBytes: u32;
  readonly count: u32;

  /** Bytes of managed memory a map of `count` entries occupies. */
  static bytesFor(count: u32): u32 {
    return (StateMap.entryBytesFor(count) + StateMap.chunksFor(count)) >>> 0;
  }

  /** Lays the map out at memory[at, at + bytesFor(count)) and marks every chunk unwritten. */
  constructor(memory: Uint8Array, at: u32, count: u32) {
    this.memory = memory;
    this.count = count >>> 0;
    this.entriesAt = at >>> 0;
    this.entryBytes = StateMap.entryBytesFor(count);
    this.flagsAt = (at + this.entryBytes) >>> 0;
    memory.fill(0, this.flagsAt, this.flagsAt + StateMap.chunksFor(count));
  }

  get(index: u32): u32 {
    if (this.memory[this.flagsAt + (index >>> CHUNK_LOG2)] === 0) return 0;
    const byte: u32 = this.memory[this.entriesAt + (index >>> ENTRIES_PER_BYTE_LOG2)];
    return (byte >>> ((index & 3) << 1)) & 3;
  }

  set(index: u32, state: u32): void {
    const chunk: u32 = index >>> CHUNK_LOG2;
    if (this.memory[this.flagsAt + chunk] === 0) this.initializeChunk(chunk);
    const at: u32 = (this.entriesAt + (index >>> ENTRIES_PER_BYTE_LOG2)) >>> 0;
    const shift: u32 = (index & 3) << 1;
    this.memory[at] = (this.memory[at] & ~(3 << shift)) | ((state & 3) << shift);
  }

  /** The largest j <= index whose state is `state` (non-zero), or -1. Linear: error paths only. */
  previousWith(index: u32, state: u32): i32 {
    return this.previousMatching(index, state, false);
  }

  /** The largest j <= index whose state is not zero, or -1. Linear: error paths only. */
  previousNonZero(index: u32): i32 {
    return this.previousMatching(index, 0, true);
  }

  /** Backward scan skipping unwritten chunks and zero bytes; `state` must be non-zero unless
   *  anyNonZero, which matches every non-zero state. */
  private previousMatching(index: u32, state: u32, anyNonZero: boolean): i32 {
    let j: i32 = index | 0;
    while (j >= 0) {
      const chunk: u32 = j >>> CHUNK_LOG2;
      if (this.memory[this.flagsAt + chunk] === 0) {
        j = ((chunk << CHUNK_LOG2) - 1) | 0;
        continue;
      }
      const byte: u32 = this.memory[this.entriesAt + (j >>> ENTRIES_PER_BYTE_LOG2)];
      if (byte === 0) {
        j = ((j & ~3) - 1) | 0;
        continue;
      }
      const entry: u32 = (byte >>> ((j & 3) << 1)) & 3;
      if (anyNonZero ? entry !== 0 : entry === state) return j;
      j = (j - 1) | 0;
    }
    return -1;
  }

  /** The smallest j in [index, limit) whose state is not zero, or limit. */
  nextNonZero(index: u32, limit: u32): u32 {
    let j: u32 = index >>> 0;
    while (j < limit) {
      const chunk: u32 = j >>> CHUNK_LOG2;
      if (this.memory[this.flagsAt + chunk] === 0) {
        j = ((chunk + 1) << CHUNK_LOG2) >>> 0;
        continue;
      }
      const byte: u32 = this.memory[this.entriesAt + (j >>> ENTRIES_PER_BYTE_LOG2)];
      if (byte === 0) {
        j = ((j | 3) + 1) >>> 0;
        continue;
      }
      if (((byte >>> ((j & 3) << 1)) & 3) !== 0) return j;
      j = (j + 1) >>> 0;
    }
    return limit;
  }

  private initializeChunk(chunk: u32): void {
    const from: u32 = (chunk * CHUNK_BYTES) >>> 0;
    let to: u32 = (from + CHUNK_BYTES) >>> 0;
    if (to > this.entryBytes) to = this.entryBytes;
    this.memory.fill(0, this.entriesAt + from, this.entriesAt + to);
    this.memory[this.flagsAt + chunk] = 1;
  }

  private static entryBytesFor(count: u32): u32 {
    return ((count + 3) >>> ENTRIES_PER_BYTE_LOG2) >>> 0;
  }

  private static chunksFor(count: u32): u32 {
    return ((count + (1 << CHUNK_LOG2) - 1) >>> CHUNK_LOG2) >>> 0;
  }
}
