/* Test driver for math.c (hosted). math.test.ts sends batches on stdin and compares every
 * result with what Node computes. A batch is
 *   name     8 bytes, ASCII, NUL-padded: "pow", "exp", ..., "hypot" (see FUNCTIONS below)
 *   arity    uint32, the number of arguments of each call (any n >= 0 for hypot)
 *   count    uint32, the number of calls
 *   args     count * arity doubles
 * all little-endian; the answer to a batch is its count result doubles on stdout.
 *
 * `math_driver --bench` instead times every function against the C library's (link with -lm)
 * and prints nanoseconds per call. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../math.h"

typedef double (*unary)(double);
typedef double (*binary)(double, double);

typedef struct {
  const char *name;
  unary yao1;
  binary yao2;
  unary libm1;
  binary libm2;
} function;

static const function FUNCTIONS[] = {
    {"pow", NULL, yao_m_pow, NULL, pow},
    {"atan2", NULL, yao_m_atan2, NULL, atan2},
    {"exp", yao_m_exp, NULL, exp, NULL},
    {"expm1", yao_m_expm1, NULL, expm1, NULL},
    {"log", yao_m_log, NULL, log, NULL},
    {"log2", yao_m_log2, NULL, log2, NULL},
    {"log10", yao_m_log10, NULL, log10, NULL},
    {"log1p", yao_m_log1p, NULL, log1p, NULL},
    {"sin", yao_m_sin, NULL, sin, NULL},
    {"cos", yao_m_cos, NULL, cos, NULL},
    {"tan", yao_m_tan, NULL, tan, NULL},
    {"asin", yao_m_asin, NULL, asin, NULL},
    {"acos", yao_m_acos, NULL, acos, NULL},
    {"atan", yao_m_atan, NULL, atan, NULL},
    {"sinh", yao_m_sinh, NULL, sinh, NULL},
    {"cosh", yao_m_cosh, NULL, cosh, NULL},
    {"tanh", yao_m_tanh, NULL, tanh, NULL},
    {"asinh", yao_m_asinh, NULL, asinh, NULL},
    {"acosh", yao_m_acosh, NULL, acosh, NULL},
    {"atanh", yao_m_atanh, NULL, atanh, NULL},
    {"cbrt", yao_m_cbrt, NULL, cbrt, NULL},
};
#define FUNCTION_COUNT (sizeof FUNCTIONS / sizeof FUNCTIONS[0])

static void fail(const char *what) {
  fprintf(stderr, "math_driver: %s\n", what);
  exit(2);
}

static void read_exactly(void *p, size_t size) {
  if (size != 0 && fread(p, 1, size, stdin) != size) fail("truncated batch");
}

static void write_exactly(const void *p, size_t size) {
  if (size != 0 && fwrite(p, 1, size, stdout) != size) fail("write failed");
}

static const function *find_function(const char *name) {
  for (size_t i = 0; i < FUNCTION_COUNT; i++) {
    if (strcmp(FUNCTIONS[i].name, name) == 0) return &FUNCTIONS[i];
  }
  return NULL;
}

static double call(const char *name, uint32_t arity, const double *args) {
  if (strcmp(name, "hypot") == 0) return yao_m_hypot((int)arity, args);
  const function *f = find_function(name);
  if (f == NULL) fail("unknown function");
  if (f->yao1 != NULL && arity == 1) return f->yao1(args[0]);
  if (f->yao2 != NULL && arity == 2) return f->yao2(args[0], args[1]);
  fail("wrong arity");
  return 0;
}

static void answer_batches(void) {
  char name[9] = {0};
  while (fread(name, 1, 8, stdin) == 8) {
    uint32_t header[2];
    read_exactly(header, sizeof header);
    uint32_t arity = header[0], count = header[1];
    size_t n_args = (size_t)arity * count;
    double *args = malloc((n_args ? n_args : 1) * sizeof *args);
    double *results = malloc((count ? count : 1) * sizeof *results);
    if (args == NULL || results == NULL) fail("out of memory");
    read_exactly(args, n_args * sizeof *args);
    for (uint32_t i = 0; i < count; i++) results[i] = call(name, arity, args + (size_t)i * arity);
    write_exactly(results, count * sizeof *results);
    free(args);
    free(results);
  }
}

/* ---------------------------------------------------------------- --bench */

#define BENCH_N 4096
#define BENCH_ROUNDS 500

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

/* Arguments where each function does real work (no special cases). */
static void bench_inputs(const char *name, double *xs, double *ys) {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < BENCH_N; i++) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    double u = (double)(state >> 11) * 0x1p-53; /* [0, 1) */
    double x = u * 20 - 10;
    if (!strcmp(name, "asin") || !strcmp(name, "acos") || !strcmp(name, "atanh")) x = u * 2 - 1;
    if (!strcmp(name, "log") || !strcmp(name, "log2") || !strcmp(name, "log10")) x = u * 1000;
    if (!strcmp(name, "log1p")) x = u * 10 - 0.5;
    if (!strcmp(name, "acosh")) x = 1 + u * 100;
    if (!strcmp(name, "pow")) x = u * 10;
    xs[i] = x;
    ys[i] = u * 6 - 3;
  }
}

static double volatile sink;

static double time_calls(const function *f, int use_libm, const double *xs, const double *ys) {
  double best = 1e30;
  for (int trial = 0; trial < 5; trial++) {
    double start = now_ns(), acc = 0;
    for (int r = 0; r < BENCH_ROUNDS; r++) {
      for (int i = 0; i < BENCH_N; i++) {
        if (f->yao1 != NULL) acc += use_libm ? f->libm1(xs[i]) : f->yao1(xs[i]);
        else acc += use_libm ? f->libm2(xs[i], ys[i]) : f->yao2(xs[i], ys[i]);
      }
    }
    sink = acc;
    double per_call = (now_ns() - start) / ((double)BENCH_ROUNDS * BENCH_N);
    if (per_call < best) best = per_call;
  }
  return best;
}

static void bench(void) {
  static double xs[BENCH_N], ys[BENCH_N];
  printf("%-8s %10s %10s\n", "function", "yao ns", "libm ns");
  for (size_t i = 0; i < FUNCTION_COUNT; i++) {
    bench_inputs(FUNCTIONS[i].name, xs, ys);
    double yao = time_calls(&FUNCTIONS[i], 0, xs, ys);
    double libm = time_calls(&FUNCTIONS[i], 1, xs, ys);
    printf("%-8s %10.1f %10.1f\n", FUNCTIONS[i].name, yao, libm);
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--bench") == 0) {
    bench();
    return 0;
  }
  answer_batches();
  return 0;
}
