/* A recursive-descent expression evaluator whose failures unwind through setjmp/longjmp: the C
 * counterpart of exceptions.ts, the same algorithm with the same LCG expressions and the same
 * output line. Built with gcc -O2 by bench/compiler/run.ts. A stack of handlers stands in for
 * try: throwing allocates an error and longjmps to the innermost handler; a `finally` is a handler
 * that cleans up and rethrows; a catch that converts an error frees it and throws a new one.
 * Values are doubles with fmod and trunc, exactly JavaScript's % and Math.trunc. */
#include <math.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL 100000
#define ROUNDS 20
#define MAX_DEPTH 12
#define MODULUS 1000003.0
#define LARGEST_LITERAL 99999.0

typedef enum { PARSE_ERROR = 1, RANGE_ERROR = 2 } error_kind;

typedef struct {
  error_kind kind;
  const char *message;
  int32_t position;
} error;

typedef struct handler {
  jmp_buf env;
  struct handler *outer;
} handler;

static handler *current;
static error *thrown;

static _Noreturn void rethrow(void) { longjmp(current->env, 1); }

static _Noreturn void throw_error(error_kind kind, const char *message, int32_t position) {
  error *e = malloc(sizeof(error));
  e->kind = kind;
  e->message = message;
  e->position = position;
  thrown = e;
  rethrow();
}

static uint32_t seed = 5150;

static uint32_t next_random(void) {
  seed = seed * 1664525u + 1013904223u;
  return seed;
}

/* A number in [0, n), from the high bits: an LCG's low bits have short periods. */
static int32_t below(int32_t n) { return (int32_t)((next_random() >> 16) % (uint32_t)n); }

typedef struct {
  const char *src;
  int32_t length;
  int32_t pos;
  int32_t depth;
} parser;

static double expression(parser *p);

static int peek(const parser *p) { return p->pos < p->length ? (uint8_t)p->src[p->pos] : -1; }

static double digits(parser *p) {
  double v = 0;
  for (int c = peek(p); c >= '0' && c <= '9'; c = peek(p)) {
    v = v * 10 + (c - '0');
    if (v > LARGEST_LITERAL) throw_error(RANGE_ERROR, "literal too large", 0);
    p->pos++;
  }
  return v;
}

/* A too-large literal is a RangeError from digits(), turned into a ParseError at its start. */
static double literal(parser *p) {
  const int32_t start = p->pos;
  handler h;
  h.outer = current;
  current = &h;
  if (setjmp(h.env) == 0) {
    double v = digits(p);
    current = h.outer;
    return v;
  }
  current = h.outer;
  if (thrown->kind == RANGE_ERROR) {
    free(thrown);
    throw_error(PARSE_ERROR, "literal too large", start);
  }
  rethrow();
}

static double parenthesised(parser *p) {
  handler h;
  p->depth++;
  h.outer = current;
  current = &h;
  if (setjmp(h.env) == 0) {
    if (p->depth > MAX_DEPTH) throw_error(RANGE_ERROR, "nested too deeply", 0);
    p->pos++;
    double v = expression(p);
    if (peek(p) != ')') throw_error(PARSE_ERROR, "expected )", p->pos);
    p->pos++;
    current = h.outer;
    p->depth--;
    return v;
  }
  current = h.outer; /* the finally block, then the error goes on outwards */
  p->depth--;
  rethrow();
}

static double factor(parser *p) {
  int c = peek(p);
  if (c == '(') return parenthesised(p);
  if (c == '-') {
    p->pos++;
    return -factor(p);
  }
  if (c >= '0' && c <= '9') return literal(p);
  throw_error(PARSE_ERROR, "expected a number", p->pos);
}

static double term(parser *p) {
  double v = factor(p);
  for (int c = peek(p); c == '*' || c == '/'; c = peek(p)) {
    p->pos++;
    double r = factor(p);
    if (c == '*') v = fmod(v * r, MODULUS);
    else if (r == 0) throw_error(RANGE_ERROR, "division by zero", 0);
    else v = trunc(v / r);
  }
  return v;
}

static double expression(parser *p) {
  double v = term(p);
  for (int c = peek(p); c == '+' || c == '-'; c = peek(p)) {
    p->pos++;
    double r = term(p);
    v = fmod(c == '+' ? v + r : v - r, MODULUS);
  }
  return v;
}

static double parse(parser *p) {
  double v = expression(p);
  if (p->pos < p->length) throw_error(PARSE_ERROR, "unexpected character", p->pos);
  return v;
}

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

static void append_number(text *t, const char *format, int32_t n) {
  char buf[24];
  int k = snprintf(buf, sizeof buf, format, n);
  append(t, buf, (size_t)k);
}

static void make_expression(text *t, int32_t depth);

static void make_operand(text *t, int32_t depth) {
  int32_t r = below(10);
  if (r < 3 && depth > 0) {
    append(t, "(", 1);
    make_expression(t, depth - 1);
    append(t, ")", 1);
  } else if (r == 3) append_number(t, "-%d", below(50));
  else if (r == 4) append_number(t, "%d", below(300000));
  else append_number(t, "%d", below(1000));
}

/* A random expression, nested up to `depth` levels of parentheses. */
static void make_expression(text *t, int32_t depth) {
  make_operand(t, depth);
  int32_t terms = below(4);
  for (int32_t i = 0; i < terms; i++) {
    append(t, &"+-*/"[below(4)], 1);
    make_operand(t, depth);
  }
}

/* Breaks about a fifth of the expressions: a stray letter, a lost parenthesis or a zero divisor. */
static char *maybe_corrupt(const text *s) {
  int32_t r = below(20);
  size_t at = (size_t)below((int32_t)s->length);
  text out = {0};
  append(&out, "", 0);
  if (r == 0) {
    append(&out, s->bytes, at);
    append(&out, "x", 1);
    append(&out, s->bytes + at, s->length - at);
  } else if (r == 1) {
    const char *close = memchr(s->bytes, ')', s->length);
    size_t cut = close ? (size_t)(close - s->bytes) : s->length;
    append(&out, s->bytes, cut);
    if (close) append(&out, close + 1, s->length - cut - 1);
  } else if (r == 2) {
    append(&out, s->bytes, s->length);
    append(&out, "/0", 2);
  } else if (r == 3) {
    for (int i = 0; i <= MAX_DEPTH; i++) append(&out, "(", 1);
    append(&out, s->bytes, s->length);
    for (int i = 0; i <= MAX_DEPTH; i++) append(&out, ")", 1);
  } else append(&out, s->bytes, s->length);
  return out.bytes;
}

typedef struct {
  int32_t ok, parse_errors, range_errors, attempts;
  uint32_t value_hash, error_hash;
} outcome;

static void evaluate(const char *src, outcome *out) {
  parser p = {src, (int32_t)strlen(src), 0, 0};
  handler h;
  h.outer = current;
  current = &h;
  if (setjmp(h.env) == 0) {
    double v = parse(&p);
    current = h.outer;
    out->ok++;
    out->value_hash = out->value_hash * 31u + (uint32_t)(int64_t)v;
  } else {
    current = h.outer;
    error *e = thrown;
    uint32_t length = (uint32_t)strlen(e->message);
    if (e->kind == PARSE_ERROR) {
      out->parse_errors++;
      out->error_hash = out->error_hash * 31u + (uint32_t)e->position * 64u + length;
    } else {
      out->range_errors++;
      out->error_hash = out->error_hash * 31u + length;
    }
    free(e);
  }
  out->attempts++;
}

int main(void) {
  handler top;
  current = &top;
  if (setjmp(top.env) != 0) {
    fprintf(stderr, "Uncaught error: %s\n", thrown->message);
    return 1;
  }
  char **pool = malloc(sizeof(char *) * POOL);
  text s = {0};
  for (int32_t i = 0; i < POOL; i++) {
    s.length = 0;
    make_expression(&s, 3);
    pool[i] = maybe_corrupt(&s);
  }
  outcome out = {0};
  for (int32_t round = 0; round < ROUNDS; round++)
    for (int32_t i = 0; i < POOL; i++) evaluate(pool[i], &out);
  printf("exceptions: %d attempts: %d values (hash %u), %d parse errors, %d range errors (hash %u)\n",
         out.attempts, out.ok, out.value_hash, out.parse_errors, out.range_errors, out.error_hash);
  for (int32_t i = 0; i < POOL; i++) free(pool[i]);
  free(pool);
  free(s.bytes);
  return 0;
}
