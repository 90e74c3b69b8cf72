/* String building: a CSV document made row by row, block by block, then joined, measured and
 * hashed: the C counterpart of strbuild.ts, same algorithm, same LCG data and same output lines.
 * Built with gcc -O2 by bench/compiler/run.ts. Strings here are growable byte buffers, the way C
 * code builds text; every character is ASCII, so a byte is a UTF-16 code unit of the TypeScript. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS 2000000
#define BLOCK 1000

typedef struct {
  char *bytes;
  size_t length;
  size_t capacity;
} text;

static void append(text *t, const char *s, size_t n) {
  if (t->length + n + 1 > t->capacity) {
    size_t capacity = t->capacity ? t->capacity : 64;
    while (t->length + n + 1 > capacity) capacity *= 2;
    t->bytes = realloc(t->bytes, capacity);
    t->capacity = capacity;
  }
  memcpy(t->bytes + t->length, s, n);
  t->length += n;
  t->bytes[t->length] = 0;
}

/* A capitalised pseudo-word of 3 to 8 letters drawn from the bits of x. */
static void make_name(uint32_t x, char *out) {
  int32_t len = 3 + (int32_t)((x >> 4) % 6);
  uint32_t bits = x;
  for (int32_t i = 0; i < len; i++) {
    out[i] = (char)((i == 0 ? 65 : 97) + (int32_t)(bits % 26));
    bits = bits / 26;
    if (bits < 26) bits = bits * 2654435761u + (uint32_t)i;
  }
  out[len] = 0;
}

int main(void) {
  uint32_t seed = 31337;
  int32_t nblocks = ROWS / BLOCK;
  text *blocks = calloc((size_t)nblocks, sizeof(text));
  char row[96], name[16], last_row[96] = "";
  for (int32_t b = 0; b < nblocks; b++) {
    for (int32_t r = 0; r < BLOCK; r++) {
      seed = seed * 1664525u + 1013904223u;
      make_name(seed, name);
      uint32_t qty = seed % 1000;
      uint32_t cents = (seed >> 10) % 100000;
      int n = snprintf(row, sizeof row, "%d,%s,%u,%u.%02u", b * BLOCK + r, name, qty, cents / 100,
                       cents % 100);
      append(&blocks[b], row, (size_t)n);
      append(&blocks[b], "\n", 1);
      memcpy(last_row, row, (size_t)n + 1);
    }
  }
  text doc = {0};
  const char *header = "id,name,qty,price\n";
  append(&doc, header, strlen(header));
  for (int32_t b = 0; b < nblocks; b++) {
    append(&doc, blocks[b].bytes, blocks[b].length);
    free(blocks[b].bytes);
  }
  uint32_t hash = 0;
  int32_t lines = 0;
  for (size_t i = 0; i < doc.length; i++) {
    uint8_t c = (uint8_t)doc.bytes[i];
    hash = hash * 31u + c;
    if (c == 10) lines++;
  }
  printf("strbuild: %d rows, length %zu, lines %d, hash %u\n", ROWS, doc.length, lines, hash);
  printf("strbuild: last row %s\n", last_row);
  free(doc.bytes);
  free(blocks);
  return 0;
}
