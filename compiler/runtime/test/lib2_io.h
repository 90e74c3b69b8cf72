/* Shared plumbing of the lib2 test drivers (lib2_string.c, lib2_map.c, lib2_json.c), which are
 * linked with the whole host runtime and driven by lib2.test.ts: one request per line on stdin,
 * one answer per line on stdout. Tokens are separated by single spaces. Encodings:
 *   string  4 hex digits per UTF-16 unit, "_" for the empty string, "N" for NULL (absent)
 *   double  16 hex digits of its IEEE-754 bits
 * An answer that is a thrown error is "!" followed by the string "Name: message": each request
 * runs under an exception handler (rt_exc.c), as a try block in generated code does. */
#ifndef LIB2_IO_H
#define LIB2_IO_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../yao.h"
#include "../lib2.h"

#define MAX_TOKENS 4096

static char *tokens[MAX_TOKENS];
static int ntokens;

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

/* Reads one request into tokens[]; false at the end of input. */
static bool read_request(void) {
  static char *line;
  static size_t cap;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) return false;
  if (n > 0 && line[n - 1] == '\n') line[--n] = 0;
  ntokens = 0;
  char *p = line;
  while (ntokens < MAX_TOKENS) {
    tokens[ntokens++] = p;
    char *sp = strchr(p, ' ');
    if (!sp) break;
    *sp = 0;
    p = sp + 1;
  }
  return true;
}

static yao_str *str_arg(const char *t) {
  if (strcmp(t, "N") == 0) return NULL;
  if (strcmp(t, "_") == 0) return yao_str_new(NULL, 0);
  size_t n = strlen(t) / 4;
  uint16_t *u = (uint16_t *)malloc(n * 2 + 2);
  for (size_t i = 0; i < n; i++)
    u[i] = (uint16_t)(hexval(t[4 * i]) << 12 | hexval(t[4 * i + 1]) << 8 | hexval(t[4 * i + 2]) << 4 | hexval(t[4 * i + 3]));
  yao_str *s = yao_str_new(u, (int32_t)n);
  free(u);
  return s;
}

static double num_arg(const char *t) {
  uint64_t u = strtoull(t, NULL, 16);
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

static void put_units(const uint16_t *d, int32_t n) {
  if (n == 0) { fputs("_", stdout); return; }
  for (int32_t i = 0; i < n; i++) printf("%04x", d[i]);
}

static void put_str(const yao_str *s) { put_units(s->data, s->len); }

static void put_num(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  printf("%016llx", (unsigned long long)u);
}

/* ---- running a request that may throw ------------------------------------------------------- */

typedef void (*request_fn)(void);

static void put_thrown(yao_val v) {
  fputs("!", stdout);
  if (v.tag == YAO_T_REF && (((yao_obj *)v.u.p)->shape->flags & YAO_SHAPE_ERROR)) put_str(yao_error_to_string((yao_error *)v.u.p));
  else put_str(yao_str_of_val(v));
}

static __attribute__((noinline)) void run_request(request_fn fn) {
  yao_handler h;
  YAO_TRY_PUSH(h);
  if (YAO_TRY_ENTER(h)) {
    fn();
    YAO_TRY_POP(h);
  } else {
    put_thrown(yao_exc);
  }
  putchar('\n');
}

/* The driver's main loop: yao_program_main (called by the host runtime's main) hands each
 * request to `handle`, which answers it without the newline. */
#define LIB2_DRIVER(handle)                         \
  void yao_program_main(void) {                     \
    while (read_request()) run_request(handle);     \
    fflush(stdout);                                 \
  }

#endif
