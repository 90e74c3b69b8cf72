/* Dense matrix multiply on row-major double arrays: the C counterpart of matmul.ts, same
 * algorithm (i-k-j loop order), same LCG inputs and same output lines. Built with gcc -O2 by
 * bench/compiler/run.ts. Plain -O2 on x86-64 emits no fused multiply-add, so each product and sum
 * is rounded exactly as JavaScript rounds it and the checksums match Node's bit for bit. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 900
#define ROUNDS 2

static uint32_t seed = 12345;

/* A double in [0, 1) with 24 random bits, from the Numerical Recipes LCG. */
static double next_unit(void) {
  seed = seed * 1664525u + 1013904223u;
  return (double)(seed >> 8) / 16777216.0;
}

static void fill_random(double *m, int32_t count) {
  for (int32_t i = 0; i < count; i++) m[i] = next_unit() - 0.5;
}

/* c = a * b for n x n matrices; c is overwritten. */
static void multiply(const double *a, const double *b, double *c, int32_t n) {
  for (int32_t i = 0; i < n * n; i++) c[i] = 0;
  for (int32_t i = 0; i < n; i++) {
    for (int32_t k = 0; k < n; k++) {
      double aik = a[i * n + k];
      for (int32_t j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
  }
}

int main(void) {
  double *a = malloc(sizeof(double) * N * N);
  double *b = malloc(sizeof(double) * N * N);
  double *c = malloc(sizeof(double) * N * N);
  fill_random(a, N * N);
  fill_random(b, N * N);
  for (int32_t round = 0; round < ROUNDS; round++) {
    multiply(a, b, c, N);
    double sum = 0, trace = 0;
    for (int32_t i = 0; i < N * N; i++) sum += c[i];
    for (int32_t i = 0; i < N; i++) trace += c[i * N + i];
    printf("matmul: round %d %dx%d: sum*1e6 %.0f, trace*1e6 %.0f, c[7,11]*1e9 %.0f\n", round, N, N,
           floor(sum * 1e6), floor(trace * 1e6), floor(c[7 * N + 11] * 1e9));
    /* Feed the product back in so that each round multiplies a new matrix. */
    for (int32_t i = 0; i < N * N; i++) a[i] = c[i] * 0.01;
  }
  free(a);
  free(b);
  free(c);
  return 0;
}
