/* Table-driven CRC-32 over a pseudo-random byte buffer: the C counterpart of crc32.ts, same
 * algorithm, same LCG data and same output lines. Built with gcc -O2 by bench/compiler/run.ts.
 * The CRC is the reflected CRC-32 of ISO/IEC 3309 (HDLC) and IEEE 802.3 clause 3.2.9: polynomial
 * 0x04C11DB7, bit-reversed 0xEDB88320, initial value and final XOR 0xFFFFFFFF; its check value
 * over the ASCII bytes "123456789" is 0xCBF43926 = 3421780262. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SIZE (32 * 1024 * 1024)
#define CHUNK 65536
#define ROUNDS 4

static uint32_t table[256];

static void make_table(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
}

/* Continues a CRC (pre-inverted register value) over data[0..len). */
static uint32_t crc_update(uint32_t crc, const uint8_t *data, int32_t len) {
  for (int32_t i = 0; i < len; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static uint32_t crc32(const uint8_t *data, int32_t len) {
  return crc_update(0xFFFFFFFFu, data, len) ^ 0xFFFFFFFFu;
}

int main(void) {
  make_table();
  const uint8_t check[9] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
  printf("crc32: check value %u\n", crc32(check, 9));
  uint8_t *data = malloc(SIZE);
  uint32_t seed = 7;
  for (int32_t i = 0; i < SIZE; i++) {
    seed = seed * 1664525u + 1013904223u;
    data[i] = (uint8_t)(seed >> 24);
  }
  for (int32_t round = 0; round < ROUNDS; round++) {
    /* Whole buffer in one call, then chunk by chunk with the chunk CRCs hashed together. */
    uint32_t whole = crc32(data, SIZE);
    uint32_t chunks = 0;
    for (int32_t off = 0; off < SIZE; off += CHUNK) chunks = chunks * 31u + crc32(data + off, CHUNK);
    printf("crc32: round %d over %d bytes: whole %u, chunks %u\n", round, SIZE, whole, chunks);
    data[round * 4099] ^= 0x5a; /* change one byte so that each round's answer differs */
  }
  free(data);
  return 0;
}
