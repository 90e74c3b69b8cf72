/* Top-down merge sort through a comparator function pointer over an array of doubles: the C
 * counterpart of sort.ts, same algorithm, same LCG input and same output lines. Built with
 * gcc -O2 by bench/compiler/run.ts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define COUNT 1000000

typedef double (*comparator)(double, double);

static double ascending(double a, double b) { return a - b; }

/* Orders by the low ten bits only, so that the merge sort's stability shows in the output. */
static double by_low_bits(double a, double b) {
  return (double)(int32_t)((uint32_t)a & 1023) - (double)(int32_t)((uint32_t)b & 1023);
}

/* Sorts a[lo..hi) stably, using tmp[lo..hi) as scratch. */
static void merge_sort(double *a, double *tmp, int32_t lo, int32_t hi, comparator cmp) {
  if (hi - lo < 2) return;
  int32_t mid = (int32_t)((uint32_t)(lo + hi) >> 1);
  merge_sort(a, tmp, lo, mid, cmp);
  merge_sort(a, tmp, mid, hi, cmp);
  if (cmp(a[mid - 1], a[mid]) <= 0) return;
  int32_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (cmp(a[j], a[i]) < 0) tmp[k++] = a[j++];
    else tmp[k++] = a[i++];
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  for (k = lo; k < hi; k++) a[k] = tmp[k];
}

/* A 32-bit polynomial hash of the array's order, and a check that it is sorted under cmp. */
static void report(const char *label, const double *a, int32_t n, comparator cmp) {
  uint32_t hash = 0;
  int32_t inversions = 0;
  for (int32_t i = 0; i < n; i++) {
    hash = hash * 31u + (uint32_t)a[i];
    if (i > 0 && cmp(a[i - 1], a[i]) > 0) inversions++;
  }
  printf("sort %s: n %d, first %.0f, middle %.0f, last %.0f, hash %u, inversions %d\n", label, n,
         a[0], a[n / 2], a[n - 1], hash, inversions);
}

int main(void) {
  double *a = malloc(sizeof(double) * COUNT);
  double *tmp = malloc(sizeof(double) * COUNT);
  uint32_t seed = 2024;
  for (int32_t i = 0; i < COUNT; i++) {
    seed = seed * 1664525u + 1013904223u;
    a[i] = (double)seed;
    tmp[i] = 0;
  }
  merge_sort(a, tmp, 0, COUNT, ascending);
  report("ascending", a, COUNT, ascending);
  /* Shuffle deterministically, then sort by the low bits: ties keep the shuffled order. */
  for (int32_t i = COUNT - 1; i > 0; i--) {
    seed = seed * 1664525u + 1013904223u;
    int32_t j = (int32_t)(seed % (uint32_t)(i + 1));
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  merge_sort(a, tmp, 0, COUNT, by_low_bits);
  report("by low bits", a, COUNT, by_low_bits);
  free(a);
  free(tmp);
  return 0;
}
