/* Text processing over byte buffers: the C counterpart of strings.ts, the same algorithm (trim,
 * split, indexOf, startsWith, endsWith, includes, slice, upper-casing, replaceAll, replace, join)
 * with the same LCG text and the same output lines. Built with gcc -O2 by bench/compiler/run.ts.
 * Every character is ASCII, so a byte is a UTF-16 code unit of the TypeScript. Fields and lines
 * are (pointer, length) views, as JavaScript engines make substrings; the strings that the
 * TypeScript builds anew (upper-cased keys, replacements, joins) are built anew here too. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LINES 300000
#define ROUNDS 3

static const char *const SYLLABLES[] = {"ka", "to", "ri", "ne", "su", "mo",
                                        "ha", "ya", "chi", "ten", "ro", "mi"};
#define NSYLLABLES 12

static uint32_t seed = 777;

static uint32_t next_random(void) {
  seed = seed * 1664525u + 1013904223u;
  return seed;
}

/* A number in [0, n), from the high bits: an LCG's low bits have short periods. */
static int32_t below(int32_t n) { return (int32_t)((next_random() >> 16) % (uint32_t)n); }

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

static void append_str(text *t, const char *s) { append(t, s, strlen(s)); }

typedef struct {
  int32_t trimmed, fields, pairs, ka, ten, chimi, ri;
  double value_sum;
  uint32_t hash;
} totals;

static void make_word(text *w) {
  int32_t n = 1 + below(4);
  w->length = 0;
  for (int32_t i = 0; i < n; i++) append_str(w, SYLLABLES[below(NSYLLABLES)]);
}

/* Four to fifteen words separated by single spaces; every seventh line is padded with spaces. */
static void make_line(text *out, int32_t index) {
  static text body, w;
  char num[16];
  int32_t count = 4 + below(12);
  body.length = 0;
  for (int32_t k = 0; k < count; k++) {
    int32_t r = below(5000);
    make_word(&w);
    if (k > 0) append(&body, " ", 1);
    append(&body, w.bytes, w.length);
    if (r % 5 == 0) {
      int n = snprintf(num, sizeof num, "=%d", r % 1000);
      append(&body, num, (size_t)n);
    }
  }
  if (index % 7 == 0) append(out, "  ", 2);
  append(out, body.bytes, body.length);
  if (index % 7 == 0) append(out, " ", 1);
}

static uint32_t hash_bytes(uint32_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = h * 31u + (uint8_t)s[i];
  return h;
}

static int starts_with(const char *s, size_t n, const char *p) {
  size_t m = strlen(p);
  return n >= m && memcmp(s, p, m) == 0;
}

static int ends_with(const char *s, size_t n, const char *p) {
  size_t m = strlen(p);
  return n >= m && memcmp(s + n - m, p, m) == 0;
}

/* out = s with every pat replaced by rep (replaceAll), or only the first (replace). */
static void replace(text *out, const char *s, size_t n, const char *pat, const char *rep, int all) {
  size_t m = strlen(pat), r = strlen(rep), i = 0;
  out->length = 0;
  for (;;) {
    const char *hit = memmem(s + i, n - i, pat, m);
    if (hit == NULL) break;
    append(out, s + i, (size_t)(hit - (s + i)));
    append(out, rep, r);
    i = (size_t)(hit - s) + m;
    if (!all) break;
  }
  append(out, s + i, n - i);
}

static void process_line(const char *line, size_t n, totals *t) {
  static text keys, upper, replaced, marked;
  const char *s = line;
  size_t len = n;
  while (len > 0 && s[0] == ' ') s++, len--;
  while (len > 0 && s[len - 1] == ' ') len--;
  if (len != n) t->trimmed++;
  keys.length = 0;
  int32_t nkeys = 0;
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && s[i] != ' ') continue;
    const char *f = s + start;
    size_t flen = i - start;
    start = i + 1;
    t->fields++;
    const char *eq = memchr(f, '=', flen);
    if (eq != NULL) {
      size_t klen = (size_t)(eq - f);
      upper.length = 0;
      append(&upper, f, klen);
      for (size_t k = 0; k < klen; k++)
        if (upper.bytes[k] >= 'a' && upper.bytes[k] <= 'z') upper.bytes[k] -= 32;
      if (nkeys++ > 0) append(&keys, ",", 1);
      append(&keys, upper.bytes, klen);
      t->value_sum += strtol(eq + 1, NULL, 10);
      t->pairs++;
    } else {
      if (starts_with(f, flen, "ka")) t->ka++;
      if (ends_with(f, flen, "ten")) t->ten++;
      if (memmem(f, flen, "chimi", 5) != NULL) t->chimi++;
    }
  }
  replace(&replaced, s, len, "ri", "RI", 1);
  replace(&marked, replaced.bytes, replaced.length, "mo", "<mo>", 0);
  const char *end = marked.bytes + marked.length;
  for (const char *p = memmem(marked.bytes, marked.length, "RI", 2); p != NULL;
       p = memmem(p + 2, (size_t)(end - (p + 2)), "RI", 2))
    t->ri++;
  t->hash = hash_bytes(t->hash, marked.bytes, marked.length);
  t->hash = hash_bytes(t->hash, keys.bytes, keys.length);
}

static long last_index_of(const text *t, const char *pat) {
  size_t m = strlen(pat);
  for (size_t i = t->length - m + 1; i-- > 0;)
    if (memcmp(t->bytes + i, pat, m) == 0) return (long)i;
  return -1;
}

int main(void) {
  text all = {0};
  for (int32_t i = 0; i < LINES; i++) {
    if (i > 0) append(&all, "\n", 1);
    make_line(&all, i);
  }
  printf("strings: text length %zu, last \"chiten\" at %ld\n", all.length, last_index_of(&all, "chiten"));
  for (int32_t round = 0; round < ROUNDS; round++) {
    totals t = {0};
    int32_t lines = 0;
    size_t start = 0;
    for (size_t i = 0; i <= all.length; i++) {
      if (i < all.length && all.bytes[i] != '\n') continue;
      process_line(all.bytes + start, i - start, &t);
      lines++;
      start = i + 1;
    }
    printf("strings: round %d: %d lines, %d trimmed, %d fields, %d pairs summing to %.0f, ka %d, "
           "ten %d, chimi %d, RI %d, hash %u\n",
           round, lines, t.trimmed, t.fields, t.pairs, t.value_sum, t.ka, t.ten, t.chimi, t.ri, t.hash);
  }
  free(all.bytes);
  return 0;
}
