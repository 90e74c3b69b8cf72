// TLSF block headers and boundary tags, read and written in the allocator's word view (see tlsf.ts
// for the layout). Used by tlsf.ts and lists.ts only. A block is named by the word index b of its
// payload (its byte offset in the word view is 4b):
//   words[b - 2]: PREV, the payload word index of the physically preceding block (0 for the first);
//   words[b - 1]: SIZE, the block's size in bytes (a multiple of 16: the distance to the next
//                 payload) | FREE | PREV_FREE;
//   words[b], words[b + 1]: NEXT_FREE and PREV_FREE list links (word indices, 0 for none), only
//                 while the block is free; a list head's PREV_FREE is stale (lists.ts).
// The code reads SIZE words directly (`words[b - 1] & ~FLAG_BITS`): one load, no call.

export const GRANULE_LOG2: u32 = 4;
export const GRANULE: u32 = 16;
/** Words per granule. */
export const GRANULE_WORDS: u32 = 4;
export const HEADER: u32 = 8;
export const MIN_BLOCK: u32 = 16;
export const FREE_BIT: u32 = 1;
export const PREV_FREE_BIT: u32 = 2;
export const FLAG_BITS: u32 = 3;
