/* RFC 1071 Internet checksum over many packet-sized slices of a pseudo-random buffer: the C
 * counterpart of checksum.ts, same algorithm, same LCG data and same output lines. Built with
 * gcc -O2 by bench/compiler/run.ts.
 * RFC 1071 section 1: the checksum is the 16-bit ones' complement of the ones' complement sum of
 * the data taken as 16-bit words (an odd final byte is padded with a zero byte); section 4.1's
 * method is used: add into a 32-bit accumulator, then fold the carries back in. Section 1 also
 * gives the property checked below: with the checksum stored in the data, the sum verifies to 0. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SIZE (8 * 1024 * 1024)
#define PACKETS 1500000
#define MIN_LEN 20
#define MAX_LEN 1500
#define CHECKSUM_AT 10 /* where IPv4 keeps its header checksum (RFC 791 section 3.1) */

/* Packets are at most 1500 bytes, so 750 words of at most 0xFFFF never overflow 32 bits. */
static uint16_t internet_checksum(const uint8_t *data, int32_t len) {
  uint32_t sum = 0;
  int32_t i = 0;
  for (; i + 1 < len; i += 2) sum += (uint32_t)((data[i] << 8) | data[i + 1]);
  if (i < len) sum += (uint32_t)(data[i] << 8);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return (uint16_t)(~sum & 0xffff);
}

int main(void) {
  uint8_t *data = malloc(SIZE);
  uint32_t seed = 99;
  for (int32_t i = 0; i < SIZE; i++) {
    seed = seed * 1664525u + 1013904223u;
    data[i] = (uint8_t)(seed >> 24);
  }
  uint32_t hash = 0;
  int32_t verified = 0, odd = 0;
  int64_t bytes = 0;
  int32_t off = 0;
  for (int32_t p = 0; p < PACKETS; p++) {
    seed = seed * 1664525u + 1013904223u;
    int32_t len = MIN_LEN + (int32_t)(seed % (MAX_LEN - MIN_LEN + 1));
    if (off + len > SIZE) off = 0;
    uint8_t *packet = data + off;
    packet[CHECKSUM_AT] = 0;
    packet[CHECKSUM_AT + 1] = 0;
    uint16_t sum = internet_checksum(packet, len);
    packet[CHECKSUM_AT] = (uint8_t)(sum >> 8);
    packet[CHECKSUM_AT + 1] = (uint8_t)sum;
    if (internet_checksum(packet, len) == 0) verified++;
    if (len & 1) odd++;
    hash = hash * 31u + sum;
    bytes += len;
    off += len;
  }
  printf("checksum: %d packets, %lld bytes (%d odd lengths): hash %u, verified %d\n", PACKETS,
         (long long)bytes, odd, hash, verified);
  free(data);
  return 0;
}
