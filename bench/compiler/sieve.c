/* Sieve of Eratosthenes over a byte array: the C counterpart of sieve.ts, same algorithm and
 * same output line. Built with gcc -O2 by bench/compiler/run.ts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIMIT 20000000
#define ROUNDS 6

/* Marks composites in composite[0..limit); 0 means prime. */
/* The whole buffer is cleared, as the TypeScript's fill(0) does. */
static void sieve(uint8_t *composite, int32_t limit) {
  memset(composite, 0, LIMIT);
  composite[0] = 1;
  composite[1] = 1;
  for (int32_t i = 2; i * i < limit; i++) {
    if (composite[i] == 0) {
      for (int32_t j = i * i; j < limit; j += i) composite[j] = 1;
    }
  }
}

int main(void) {
  uint8_t *composite = malloc(LIMIT);
  int32_t count = 0;
  uint64_t sum = 0;
  int32_t last = 0;
  for (int32_t round = 0; round < ROUNDS; round++) {
    int32_t limit = LIMIT - round * 1000;
    sieve(composite, limit);
    for (int32_t i = 0; i < limit; i++) {
      if (composite[i] == 0) {
        count++;
        sum += (uint64_t)i;
        last = i;
      }
    }
  }
  printf("sieve: %d rounds below %d: %d primes, sum %llu, last %d\n", ROUNDS, LIMIT, count,
         (unsigned long long)sum, last);
  free(composite);
  return 0;
}
