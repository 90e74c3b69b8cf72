/* String.prototype methods for generated code (declared in lib2.h): slicing, searching,
 * splitting, trimming, padding, repeat, replace/replaceAll with string patterns, Unicode case
 * mapping, ASCII localeCompare, String.fromCodePoint, n-way concatenation, and the string
 * builder the rest of the library (rt_json.c) writes into. Case and white-space data come from
 * unicode_tables.h, generated from Node by gen/unicode_tables.ts. Freestanding: a new string and
 * its units share one block from yao_alloc (yao_str_with_units, rt_str.c), whose units the
 * collector never scans. */
#include "lib2.h"
#include "unicode_tables.h"

/* V8's String::kMaxLength on 64-bit targets (the same limit as rt_str.c). */
#define MAX_STR_LEN ((1 << 29) - 24)
/* Substrings at least this long share their source's characters (V8's SlicedString minimum);
 * shorter ones are copied so they do not keep a large string alive. */
#define MIN_SHARED_LEN 13

static yao_str empty = YAO_STR_STATIC(u"", 0);

static _Noreturn void invalid_length(void) { yao_throw_error("RangeError", "Invalid string length"); }

/* Four units a word: the copies are mostly short, and this library calls no libc. */
static void copy_units(uint16_t *dst, const uint16_t *src, int64_t n) {
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint64_t w;
    __builtin_memcpy(&w, src + i, 8);
    __builtin_memcpy(dst + i, &w, 8);
  }
  for (; i < n; i++) dst[i] = src[i];
}

static bool same_units(const uint16_t *a, const uint16_t *b, int32_t n) {
  for (int32_t i = 0; i < n; i++)
    if (a[i] != b[i]) return false;
  return true;
}

static yao_str *str_on(yao_strbuf *b, const uint16_t *data, int32_t len) {
  yao_str *s = (yao_str *)yao_alloc_obj(&yao_shape_str);
  s->len = len;
  s->data = data;
  s->buf = b;
  return s;
}

/* A new string of `len` units for the caller to fill through *out. */
static yao_str *str_alloc(int64_t len, uint16_t **out) {
  if (len > MAX_STR_LEN) invalid_length();
  yao_str *s = yao_str_with_units((int32_t)len, (int32_t)len);
  *out = s->buf->data;
  return s;
}

/* ---- the string builder ------------------------------------------------------------------ */

/* A builder writes into the buffer of a string made with it (yao_str_with_units): finishing
 * fills in that string's length, so a built string is one allocation. */
static void sb_take(yao_sb *b, int64_t cap) {
  if (cap > MAX_STR_LEN) invalid_length();
  b->str = yao_str_with_units(0, (int32_t)cap);
  b->buf = b->str->buf;
}

void yao_sb_init(yao_sb *b, int64_t cap) {
  sb_take(b, cap < 16 ? 16 : cap);
  b->len = 0;
}

void yao_sb_grow(yao_sb *b, int64_t extra) {
  int64_t need = (int64_t)b->len + extra;
  if (need <= b->buf->cap) return;
  if (need > MAX_STR_LEN) invalid_length();
  int64_t cap = (int64_t)b->buf->cap * 2;
  if (cap < need) cap = need;
  if (cap > MAX_STR_LEN) cap = MAX_STR_LEN;
  yao_strbuf *old = b->buf;
  sb_take(b, cap);
  copy_units(b->buf->data, old->data, b->len);
}

void yao_sb_append(yao_sb *b, const uint16_t *units, int64_t n) {
  if ((int64_t)b->len + n > b->buf->cap) yao_sb_grow(b, n);
  copy_units(b->buf->data + b->len, units, n);
  b->len += (int32_t)n;
}

void yao_sb_ascii(yao_sb *b, const char *s) {
  for (; *s; s++) yao_sb_put(b, (uint8_t)*s);
}

static void sb_str(yao_sb *b, const yao_str *s) { yao_sb_append(b, s->data, s->len); }

yao_str *yao_sb_finish(yao_sb *b) {
  if (b->len == 0) return &empty;
  b->buf->used = b->len;
  b->str->len = b->len;
  return b->str;
}

/* ---- positions ---------------------------------------------------------------------------- */

/* ToIntegerOrInfinity (ECMA-262 7.1.5). */
static double to_integer(double d) { return d != d ? 0 : yao_trunc(d); }

/* A position clamped into [0, len] (substring, indexOf, startsWith...). */
static int32_t clamp_pos(double d, int32_t len) {
  if (YAO_LIKELY(d >= 0 && d < 2147483648.0)) { /* the C conversion truncates as ToIntegerOrInfinity does */
    int32_t t = (int32_t)d;
    return t < len ? t : len;
  }
  double t = to_integer(d);
  return t <= 0 ? 0 : t >= len ? len : (int32_t)t;
}

/* A relative position: negative counts from the end (slice, substr, at). */
static int32_t relative_pos(double d, int32_t len) {
  if (YAO_LIKELY(d > -2147483648.0 && d < 2147483648.0)) {
    int64_t t = (int32_t)d;
    if (t < 0) t += len;
    return t <= 0 ? 0 : t >= len ? len : (int32_t)t;
  }
  double t = to_integer(d);
  if (t < 0) t += len;
  return t <= 0 ? 0 : t >= len ? len : (int32_t)t;
}

/* s[from, to): s itself, a copy when short, else a view sharing s's characters. */
static yao_str *sub(yao_str *s, int32_t from, int32_t to) {
  int32_t n = to - from;
  if (n <= 0) return &empty;
  if (n == s->len) return s;
  if (n == 1) return yao_str_of_unit(s->data[from]);
  if (n < MIN_SHARED_LEN) {
    uint16_t *d;
    yao_str *r = str_alloc(n, &d);
    copy_units(d, s->data + from, n);
    return r;
  }
  return str_on(s->buf, s->data + from, n);
}

/* The 128 one-unit ASCII strings, built by the compiler (no first-use initialization to race on). */
#define X4(F, n) F(n), F(n + 1), F(n + 2), F(n + 3)
#define X16(F, n) X4(F, n), X4(F, n + 4), X4(F, n + 8), X4(F, n + 12)
#define X128(F) X16(F, 0), X16(F, 16), X16(F, 32), X16(F, 48), X16(F, 64), X16(F, 80), X16(F, 96), X16(F, 112)
#define UNIT(n) (n)
#define UNIT_STR(n) YAO_STR_STATIC(&ascii_chars[n], 1)
static const uint16_t ascii_chars[128] = {X128(UNIT)};
static yao_str ascii_strs[128] = {X128(UNIT_STR)};

yao_str *yao_str_of_unit(uint16_t c) {
  if (c < 128) return &ascii_strs[c];
  uint16_t *d;
  yao_str *r = str_alloc(1, &d);
  d[0] = c;
  return r;
}

yao_str *yao_str_slice(yao_str *s, double start, double end, bool has_end) {
  int32_t from = relative_pos(start, s->len);
  int32_t to = has_end ? relative_pos(end, s->len) : s->len;
  return sub(s, from, to);
}

yao_str *yao_str_substring(yao_str *s, double start, double end, bool has_end) {
  int32_t a = clamp_pos(start, s->len);
  int32_t b = has_end ? clamp_pos(end, s->len) : s->len;
  return a < b ? sub(s, a, b) : sub(s, b, a);
}

yao_str *yao_str_substr(yao_str *s, double start, double len, bool has_len) {
  int32_t from = relative_pos(start, s->len);
  double n = has_len ? to_integer(len) : s->len;
  int32_t left = s->len - from;
  int32_t count = n <= 0 ? 0 : n >= left ? left : (int32_t)n;
  return sub(s, from, from + count);
}

yao_str *yao_str_char_at(yao_str *s, double pos) {
  double t = to_integer(pos);
  if (t < 0 || t >= s->len) return &empty;
  return yao_str_of_unit(s->data[(int32_t)t]);
}

yao_val yao_str_at_val(yao_str *s, double pos) {
  double t = to_integer(pos);
  if (t < 0) t += s->len;
  if (t < 0 || t >= s->len) return yao_val_undef();
  return yao_val_ref(yao_str_of_unit(s->data[(int32_t)t]));
}

static bool is_lead(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_trail(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/* The code point at i (a lone surrogate stands for itself); *units gets 1 or 2. */
static uint32_t code_point(const uint16_t *d, int32_t len, int32_t i, int *units) {
  uint32_t c = d[i];
  if (is_lead(c) && i + 1 < len && is_trail(d[i + 1])) {
    *units = 2;
    return 0x10000 + ((c - 0xD800) << 10) + (d[i + 1] - 0xDC00u);
  }
  *units = 1;
  return c;
}

/* The code point ending just before i. */
static uint32_t code_point_before(const uint16_t *d, int32_t i, int *units) {
  uint32_t c = d[i - 1];
  if (is_trail(c) && i >= 2 && is_lead(d[i - 2])) {
    *units = 2;
    return 0x10000 + ((d[i - 2] - 0xD800u) << 10) + (c - 0xDC00);
  }
  *units = 1;
  return c;
}

double yao_str_code_point_at(yao_str *s, double pos, bool *undef) {
  double t = to_integer(pos);
  *undef = t < 0 || t >= s->len;
  if (*undef) return YAO_NAN;
  int units;
  return code_point(s->data, s->len, (int32_t)t, &units);
}

/* ---- searching ------------------------------------------------------------------------------ */

#ifdef __SSE2__
/* Where the target has SSE2 (every x86-64), eight units are compared at once: bits 2k and
 * 2k + 1 of the result are set when p[k] == c. */
typedef uint16_t units8 __attribute__((vector_size(16)));
typedef char bytes16 __attribute__((vector_size(16)));

static inline unsigned match_bits8(const uint16_t *p, uint16_t c) {
  units8 v, wanted = {c, c, c, c, c, c, c, c};
  __builtin_memcpy(&v, p, 16);
  return (unsigned)__builtin_ia32_pmovmskb128((bytes16)(v == wanted));
}
#endif

/* The first i in [from, end) with hay[i] == c, or -1. Four units a word elsewhere: a unit equal
 * to c leaves a zero lane in word ^ pattern, and the borrow trick finds the lowest zero lane (a
 * lane above a zero one may be flagged falsely, never one below). */
static int32_t find_unit(const uint16_t *hay, int32_t from, int32_t end, uint16_t c) {
  int32_t i = from;
#ifdef __SSE2__
  for (; i + 8 <= end; i += 8) {
    unsigned bits = match_bits8(hay + i, c);
    if (bits) return i + (int32_t)(__builtin_ctz(bits) >> 1);
  }
#endif
  const uint64_t ones = 0x0001000100010001ull, highs = 0x8000800080008000ull;
  uint64_t pattern = c * ones;
  for (; i + 4 <= end; i += 4) {
    uint64_t w;
    __builtin_memcpy(&w, hay + i, 8);
    uint64_t x = w ^ pattern, zero = (x - ones) & ~x & highs;
    if (zero) return i + (__builtin_ctzll(zero) >> 4);
  }
  for (; i < end; i++)
    if (hay[i] == c) return i;
  return -1;
}

/* Horspool's bad-character rule on the low byte of each unit, for long needles in long text. */
static __attribute__((noinline)) int32_t find_long(const uint16_t *hay, int32_t n, const uint16_t *needle, int32_t m, int32_t from) {
  int32_t shift[256];
  for (int k = 0; k < 256; k++) shift[k] = m;
  for (int32_t k = 0; k < m - 1; k++) shift[needle[k] & 255] = m - 1 - k;
  uint16_t tail = needle[m - 1];
  for (int32_t i = from; i <= n - m;) {
    uint16_t c = hay[i + m - 1];
    if (c == tail && same_units(hay + i, needle, m - 1)) return i;
    i += shift[c & 255];
  }
  return -1;
}

/* First occurrence of needle in hay at or after `from`, or -1. Short needles scan for their
 * first unit and compare the rest there. */
static int32_t find(const uint16_t *hay, int32_t n, const uint16_t *needle, int32_t m, int32_t from) {
  if (m == 0) return from <= n ? from : -1;
  int32_t last = n - m;
  if (m >= 8 && last - from >= 256) return find_long(hay, n, needle, m, from);
  for (int32_t i = from; i <= last; i++) {
    i = find_unit(hay, i, last + 1, needle[0]);
    if (i < 0 || same_units(hay + i + 1, needle + 1, m - 1)) return i;
  }
  return -1;
}

double yao_str_index_of(yao_str *s, yao_str *search, double from) {
  return find(s->data, s->len, search->data, search->len, clamp_pos(from, s->len));
}

double yao_str_last_index_of(yao_str *s, yao_str *search, double from, bool has_from) {
  double t = !has_from || from != from ? YAO_INF : to_integer(from);
  int32_t start = t <= 0 ? 0 : t >= s->len ? s->len : (int32_t)t;
  int32_t m = search->len;
  if (start > s->len - m) start = s->len - m;
  for (int32_t i = start; i >= 0; i--)
    if (same_units(s->data + i, search->data, m)) return i;
  return -1;
}

bool yao_str_includes(yao_str *s, yao_str *search, double from) {
  return find(s->data, s->len, search->data, search->len, clamp_pos(from, s->len)) >= 0;
}

bool yao_str_starts_with(yao_str *s, yao_str *search, double pos) {
  int32_t start = clamp_pos(pos, s->len);
  if ((int64_t)start + search->len > s->len) return false;
  return same_units(s->data + start, search->data, search->len);
}

bool yao_str_ends_with(yao_str *s, yao_str *search, double end, bool has_end) {
  int32_t e = has_end ? clamp_pos(end, s->len) : s->len;
  int32_t start = e - search->len;
  if (start < 0) return false;
  return same_units(s->data + start, search->data, search->len);
}

/* ---- split ------------------------------------------------------------------------------------ */

static void push_str(yao_arr *a, yao_str *s) { *(yao_str **)yao_arr_push_slot(a, sizeof(yao_str *)) = s; }

/* A split's pieces wait on the stack (the collector scans it) until there are more than
 * SPLIT_LOCAL of them, so that a short split makes its array once, at its final size. */
#define SPLIT_LOCAL 16
typedef struct { yao_str *local[SPLIT_LOCAL]; int32_t n; yao_arr *out; } pieces;

/* Adds a piece; returns how many there are now. */
static uint32_t pieces_add(pieces *p, yao_str *piece) {
  if (!p->out && p->n < SPLIT_LOCAL) {
    p->local[p->n++] = piece;
    return (uint32_t)p->n;
  }
  if (!p->out) p->out = yao_arr_from(YAO_EK_STR, sizeof(yao_str *), p->n, p->local);
  push_str(p->out, piece);
  return (uint32_t)p->out->len;
}

static yao_arr *pieces_array(pieces *p) {
  return p->out ? p->out : yao_arr_from(YAO_EK_STR, sizeof(yao_str *), p->n, p->local);
}

/* split on a one-unit separator: a single pass over s (a search per piece would set up again
 * for every short piece). */
static yao_arr *split_at_unit(yao_str *s, uint16_t c, uint32_t lim) {
  pieces p = {.n = 0, .out = NULL};
  const uint16_t *d = s->data;
  int32_t start = 0, i = 0;
#ifdef __SSE2__
  for (; i + 8 <= s->len; i += 8)
    for (unsigned bits = match_bits8(d + i, c); bits; bits &= bits - 1, bits &= bits - 1) {
      int32_t j = i + (int32_t)(__builtin_ctz(bits) >> 1);
      if (pieces_add(&p, sub(s, start, j)) == lim) return pieces_array(&p);
      start = j + 1;
    }
#endif
  for (; i < s->len; i++)
    if (d[i] == c) {
      if (pieces_add(&p, sub(s, start, i)) == lim) return pieces_array(&p);
      start = i + 1;
    }
  pieces_add(&p, sub(s, start, s->len));
  return pieces_array(&p);
}

yao_arr *yao_str_split(yao_str *s, yao_str *sep, double limit, bool has_limit) {
  uint32_t lim = has_limit ? (uint32_t)yao_touint32(limit) : 0xFFFFFFFFu;
  int32_t m = sep ? sep->len : 0;
  if (lim == 0 || !sep || m == 0) {
    yao_arr *out = yao_arr_from(YAO_EK_STR, sizeof(yao_str *), 0, NULL);
    if (lim == 0) return out;
    if (!sep) { push_str(out, s); return out; }
    for (int32_t i = 0; i < s->len && (uint32_t)i < lim; i++) push_str(out, yao_str_of_unit(s->data[i]));
    return out;
  }
  if (m == 1) return split_at_unit(s, sep->data[0], lim);
  pieces p = {.n = 0, .out = NULL};
  int32_t start = 0;
  for (int32_t j = find(s->data, s->len, sep->data, m, 0); j >= 0; j = find(s->data, s->len, sep->data, m, start)) {
    if (pieces_add(&p, sub(s, start, j)) == lim) return pieces_array(&p);
    start = j + m;
  }
  pieces_add(&p, sub(s, start, s->len));
  return pieces_array(&p);
}

/* The string's code points, each as a string: what for-of, spread and Array.from give (ES2022
   22.1.5.1, %StringIteratorPrototype%.next: a lead surrogate followed by a trail surrogate is
   one item; a lone surrogate is an item of its own). */
yao_arr *yao_str_code_points(yao_str *s) {
  yao_arr *out = yao_arr_from(YAO_EK_STR, sizeof(yao_str *), 0, NULL);
  for (int32_t i = 0; i < s->len;) {
    uint16_t c = s->data[i];
    bool pair = c >= 0xD800 && c <= 0xDBFF && i + 1 < s->len && s->data[i + 1] >= 0xDC00 && s->data[i + 1] <= 0xDFFF;
    int32_t n = pair ? 2 : 1;
    push_str(out, sub(s, i, i + n));
    i += n;
  }
  return out;
}

/* ---- trim --------------------------------------------------------------------------------------- */

static bool is_trimmed(uint16_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13);
  for (unsigned i = 0; i < sizeof trim_units / sizeof trim_units[0]; i++)
    if (trim_units[i] == c) return true;
  return false;
}

static yao_str *trim_where(yao_str *s, bool start, bool end) {
  int32_t a = 0, b = s->len;
  if (start) while (a < b && is_trimmed(s->data[a])) a++;
  if (end) while (b > a && is_trimmed(s->data[b - 1])) b--;
  return sub(s, a, b);
}

yao_str *yao_str_trim(yao_str *s) { return trim_where(s, true, true); }
yao_str *yao_str_trim_start(yao_str *s) { return trim_where(s, true, false); }
yao_str *yao_str_trim_end(yao_str *s) { return trim_where(s, false, true); }

/* ---- pad and repeat -------------------------------------------------------------------------------- */

static yao_str *pad(yao_str *s, double target, yao_str *filler, bool at_start) {
  static yao_str space = YAO_STR_STATIC(u" ", 1);
  if (!filler) filler = &space;
  double t = to_integer(target);
  if (t <= s->len || filler->len == 0) return s;
  if (t > MAX_STR_LEN) invalid_length();
  int32_t total = (int32_t)t, fill = total - s->len;
  uint16_t *d;
  yao_str *r = str_alloc(total, &d);
  uint16_t *f = at_start ? d : d + s->len;
  for (int32_t i = 0; i < fill; i++) f[i] = filler->data[i % filler->len];
  copy_units(at_start ? d + fill : d, s->data, s->len);
  return r;
}

yao_str *yao_str_pad_start(yao_str *s, double target, yao_str *filler) { return pad(s, target, filler, true); }
yao_str *yao_str_pad_end(yao_str *s, double target, yao_str *filler) { return pad(s, target, filler, false); }

/* A RangeError whose message ends with a number printed as JavaScript prints it. */
static _Noreturn void range_error_number(const char *prefix, double v) {
  char msg[96];
  int n = 0;
  while (prefix[n]) { msg[n] = prefix[n]; n++; }
  yao_num_to_string(v, msg + n);
  yao_throw_error("RangeError", msg);
}

yao_str *yao_str_repeat(yao_str *s, double count) {
  double n = to_integer(count);
  if (n < 0 || n == YAO_INF) range_error_number("Invalid count value: ", count);
  if (n == 0 || s->len == 0) return &empty;
  if (n * s->len > MAX_STR_LEN) invalid_length();
  int64_t total = (int64_t)n * s->len;
  uint16_t *d;
  yao_str *r = str_alloc(total, &d);
  copy_units(d, s->data, s->len);
  for (int64_t done = s->len; done < total;) { /* doubling copies */
    int64_t k = done < total - done ? done : total - done;
    copy_units(d + done, d, k);
    done += k;
  }
  return r;
}

/* ---- replace ------------------------------------------------------------------------------------------ */

/* GetSubstitution (ECMA-262 22.1.3.19.1) for a string pattern: no captures, so $1 and $<
 * stay literal; $$, $&, $` and $' expand. */
static void substitute(yao_sb *b, yao_str *s, int32_t pos, int32_t mlen, yao_str *repl) {
  const uint16_t *r = repl->data;
  for (int32_t i = 0; i < repl->len; i++) {
    uint16_t c = r[i];
    if (c != '$' || i + 1 == repl->len) { yao_sb_put(b, c); continue; }
    uint16_t next = r[i + 1];
    if (next == '$') yao_sb_put(b, '$');
    else if (next == '&') yao_sb_append(b, s->data + pos, mlen);
    else if (next == '`') yao_sb_append(b, s->data, pos);
    else if (next == '\'') yao_sb_append(b, s->data + pos + mlen, s->len - pos - mlen);
    else { yao_sb_put(b, c); continue; }
    i++;
  }
}

static bool has_dollar(yao_str *r) {
  for (int32_t i = 0; i < r->len; i++)
    if (r->data[i] == '$') return true;
  return false;
}

/* Matches are found one after another: s and the pattern are immutable and a callback cannot
 * change them, so this is the same as JavaScript finding every match before the first
 * replacement. An empty pattern matches at every position, the end included. */
static int32_t next_match(yao_str *s, yao_str *pattern, int32_t j) {
  int32_t m = pattern->len;
  return find(s->data, s->len, pattern->data, m, j < 0 ? 0 : j + (m ? m : 1));
}

static yao_str *replace_at(yao_str *s, yao_str *pattern, yao_str *repl, bool all) {
  int32_t j = next_match(s, pattern, -1);
  if (j < 0) return s;
  int32_t m = pattern->len, last = 0;
  bool plain = !has_dollar(repl);
  yao_sb b;
  yao_sb_init(&b, (int64_t)s->len + repl->len + 16);
  for (; j >= 0; j = all ? next_match(s, pattern, j) : -1) {
    yao_sb_append(&b, s->data + last, j - last);
    if (plain) sb_str(&b, repl);
    else substitute(&b, s, j, m, repl);
    last = j + m;
  }
  yao_sb_append(&b, s->data + last, s->len - last);
  return yao_sb_finish(&b);
}

yao_str *yao_str_replace(yao_str *s, yao_str *pattern, yao_str *repl) { return replace_at(s, pattern, repl, false); }
yao_str *yao_str_replace_all(yao_str *s, yao_str *pattern, yao_str *repl) { return replace_at(s, pattern, repl, true); }

yao_str *yao_str_replace_fn(yao_str *s, yao_str *pattern, bool all, yao_replace_fn fn, void *ctx) {
  int32_t j = next_match(s, pattern, -1);
  if (j < 0) return s;
  int32_t m = pattern->len, last = 0;
  yao_sb b;
  yao_sb_init(&b, (int64_t)s->len + 16);
  for (; j >= 0; j = all ? next_match(s, pattern, j) : -1) {
    yao_str *r = fn(ctx, pattern, j, s);
    yao_sb_append(&b, s->data + last, j - last);
    sb_str(&b, r);
    last = j + m;
  }
  yao_sb_append(&b, s->data + last, s->len - last);
  return yao_sb_finish(&b);
}

/* ---- case mapping ---------------------------------------------------------------------------------------- */

static bool in_ranges(const uint32_t (*r)[2], int32_t n, uint32_t cp) {
  int32_t lo = 0, hi = n - 1;
  while (lo <= hi) {
    int32_t mid = (lo + hi) / 2;
    if (cp < r[mid][0]) hi = mid - 1;
    else if (cp > r[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

#define COUNT(t) ((int32_t)(sizeof t / sizeof t[0]))
static bool is_cased(uint32_t cp) { return in_ranges(cased_ranges, COUNT(cased_ranges), cp); }
static bool is_case_ignorable(uint32_t cp) { return in_ranges(case_ignorable_ranges, COUNT(case_ignorable_ranges), cp); }

/* The one-code-point mapping of cp (cp itself when unmapped). */
static uint32_t map_run(const yao_case_run *runs, int32_t n, uint32_t cp) {
  int32_t lo = 0, hi = n - 1;
  while (lo <= hi) { /* the last run starting at or before cp */
    int32_t mid = (lo + hi) / 2;
    if (runs[mid].start <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi < 0) return cp;
  const yao_case_run *r = &runs[hi];
  uint32_t off = cp - r->start;
  if (off % r->step == 0 && off / r->step < r->count) return (uint32_t)((int32_t)cp + r->delta);
  return cp;
}

static const yao_case_special *find_special(const yao_case_special *t, int32_t n, uint32_t cp) {
  int32_t lo = 0, hi = n - 1;
  while (lo <= hi) {
    int32_t mid = (lo + hi) / 2;
    if (t[mid].cp == cp) return &t[mid];
    if (t[mid].cp < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return NULL;
}

static void put_cp(yao_sb *b, uint32_t cp) {
  if (cp < 0x10000) { yao_sb_put(b, (uint16_t)cp); return; }
  cp -= 0x10000;
  yao_sb_put(b, (uint16_t)(0xD800 + (cp >> 10)));
  yao_sb_put(b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
}

/* Final_Sigma (Unicode 3.13, table 3-17), the way ICU tests it: skipping case-ignorable code
 * points (a code point both cased and case-ignorable counts as ignorable), is the nearest
 * other one on this side cased? dir -1 looks before i, +1 after the sigma at i. */
static bool cased_beside(const uint16_t *d, int32_t len, int32_t i, int dir) {
  int32_t k = dir < 0 ? i : i + 1;
  while (dir < 0 ? k > 0 : k < len) {
    int units;
    uint32_t cp = dir < 0 ? code_point_before(d, k, &units) : code_point(d, len, k, &units);
    k += dir < 0 ? -units : units;
    if (is_case_ignorable(cp)) continue;
    return is_cased(cp);
  }
  return false;
}

static bool is_final_sigma(const uint16_t *d, int32_t len, int32_t i) {
  return cased_beside(d, len, i, -1) && !cased_beside(d, len, i, +1);
}

/* Index of the first unit the mapping may change (a non-ASCII unit or a letter of the wrong case), or len. */
static int32_t first_changed(const yao_str *s, bool upper) {
  for (int32_t i = 0; i < s->len; i++) {
    uint16_t c = s->data[i];
    if (c >= 128) return i;
    if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) return i;
  }
  return s->len;
}

static yao_str *map_case(yao_str *s, bool upper) {
  int32_t i = first_changed(s, upper);
  if (i == s->len) return s;
  const yao_case_run *runs = upper ? upper_runs : lower_runs;
  int32_t nruns = upper ? COUNT(upper_runs) : COUNT(lower_runs);
  const yao_case_special *specials = upper ? upper_specials : lower_specials;
  int32_t nspecials = upper ? COUNT(upper_specials) : COUNT(lower_specials);
  yao_sb b;
  yao_sb_init(&b, s->len + 16);
  yao_sb_append(&b, s->data, i);
  while (i < s->len) {
    uint16_t c = s->data[i];
    if (c < 128) { /* ASCII: no table */
      yao_sb_put(&b, upper ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c));
      i++;
      continue;
    }
    int units;
    uint32_t cp = code_point(s->data, s->len, i, &units);
    const yao_case_special *sp = find_special(specials, nspecials, cp);
    if (sp) yao_sb_append(&b, sp->units, sp->n);
    else if (!upper && cp == 0x3A3 && is_final_sigma(s->data, s->len, i)) yao_sb_put(&b, 0x3C2);
    else put_cp(&b, map_run(runs, nruns, cp));
    i += units;
  }
  return yao_sb_finish(&b);
}

yao_str *yao_str_to_upper(yao_str *s) { return map_case(s, true); }
yao_str *yao_str_to_lower(yao_str *s) { return map_case(s, false); }

/* ---- localeCompare ------------------------------------------------------------------------------------------ */

/* Collation weights of one unit: ASCII from Node's collator (0: ignorable), anything else after
 * all of ASCII by code unit (see lib2.h). */
static int32_t primary_weight(uint16_t c) { return c < 128 ? ascii_primary[c] : 256 + c; }
static int32_t tertiary_weight(uint16_t c) { return c < 128 ? ascii_tertiary[c] : 0; }

/* Compares the weight sequences of a and b at one level, ignorable units skipped. */
static int compare_level(const yao_str *a, const yao_str *b, bool primary) {
  int32_t i = 0, j = 0;
  for (;;) {
    while (i < a->len && primary_weight(a->data[i]) == 0) i++;
    while (j < b->len && primary_weight(b->data[j]) == 0) j++;
    if (i == a->len || j == b->len) return (i < a->len) - (j < b->len);
    uint16_t x = a->data[i++], y = b->data[j++];
    int32_t wx = primary ? primary_weight(x) : tertiary_weight(x);
    int32_t wy = primary ? primary_weight(y) : tertiary_weight(y);
    if (wx != wy) return wx < wy ? -1 : 1;
  }
}

double yao_str_locale_compare(yao_str *a, yao_str *b) {
  int r = compare_level(a, b, true);
  return r ? r : compare_level(a, b, false);
}

/* ---- building strings ------------------------------------------------------------------------------------------ */

yao_str *yao_str_from_code_points(int n, const double *cps) {
  yao_sb b;
  yao_sb_init(&b, n);
  for (int i = 0; i < n; i++) {
    double d = cps[i];
    if (!(d >= 0 && d <= 0x10FFFF && d == yao_trunc(d))) range_error_number("Invalid code point ", d);
    put_cp(&b, (uint32_t)d);
  }
  return yao_sb_finish(&b);
}

/* String.fromCodePoint(...xs) and String.fromCharCode(...xs): the arguments as an array of numbers. */
yao_str *yao_str_from_code_point_arr(yao_arr *a) {
  return yao_str_from_code_points(a->len, (const double *)a->data);
}

yao_str *yao_str_from_char_code_arr(yao_arr *a) {
  yao_sb b;
  yao_sb_init(&b, a->len);
  const double *codes = (const double *)a->data;
  for (int32_t i = 0; i < a->len; i++) yao_sb_put(&b, (uint16_t)yao_touint32(codes[i])); /* ToUint16 */
  return yao_sb_finish(&b);
}

yao_str *yao_str_concat_n(int n, yao_str *const *parts) {
  int64_t total = 0;
  for (int i = 0; i < n; i++) total += parts[i]->len;
  if (total > MAX_STR_LEN) invalid_length();
  if (total == 0) return &empty;
  uint16_t *d;
  yao_str *r = str_alloc(total, &d);
  for (int i = 0; i < n; i++) {
    copy_units(d, parts[i]->data, parts[i]->len);
    d += parts[i]->len;
  }
  return r;
}

/* ---- encodeURIComponent, encodeURI, decodeURIComponent, decodeURI (ES2022 19.2.6) ------------ */

static _Noreturn void uri_malformed(void) { yao_throw_error("URIError", "URI malformed"); }

static bool in_set(uint16_t c, const char *set) {
  for (const char *p = set; *p; p++)
    if ((uint16_t)(unsigned char)*p == c) return true;
  return false;
}

/* uriUnescaped (19.2.6.1.1's extra set: uriReserved and "#" for encodeURI, nothing for the component). */
static bool unescaped(uint16_t c, const char *extra) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return in_set(c, "-_.!~*'()") || in_set(c, extra);
}

static void put_escaped_byte(yao_sb *b, unsigned byte) {
  static const char hex[] = "0123456789ABCDEF";
  yao_sb_put(b, '%');
  yao_sb_put(b, (uint16_t)hex[byte >> 4]);
  yao_sb_put(b, (uint16_t)hex[byte & 15]);
}

/* 19.2.6.1.1 Encode: code points outside the unescaped set as %XX of their UTF-8 bytes; a lone
   surrogate is a URIError. */
static yao_str *uri_encode(yao_str *s, const char *extra) {
  yao_sb b;
  yao_sb_init(&b, s->len);
  for (int32_t i = 0; i < s->len; i++) {
    uint16_t c = s->data[i];
    if (unescaped(c, extra)) { yao_sb_put(&b, c); continue; }
    uint32_t cp = c;
    if (c >= 0xDC00 && c <= 0xDFFF) uri_malformed();
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 >= s->len || s->data[i + 1] < 0xDC00 || s->data[i + 1] > 0xDFFF) uri_malformed();
      cp = 0x10000 + ((uint32_t)(c - 0xD800) << 10) + (uint32_t)(s->data[++i] - 0xDC00);
    }
    if (cp < 0x80) put_escaped_byte(&b, cp);
    else if (cp < 0x800) { put_escaped_byte(&b, 0xC0 | (cp >> 6)); put_escaped_byte(&b, 0x80 | (cp & 63)); }
    else if (cp < 0x10000) {
      put_escaped_byte(&b, 0xE0 | (cp >> 12)); put_escaped_byte(&b, 0x80 | ((cp >> 6) & 63)); put_escaped_byte(&b, 0x80 | (cp & 63));
    } else {
      put_escaped_byte(&b, 0xF0 | (cp >> 18)); put_escaped_byte(&b, 0x80 | ((cp >> 12) & 63));
      put_escaped_byte(&b, 0x80 | ((cp >> 6) & 63)); put_escaped_byte(&b, 0x80 | (cp & 63));
    }
  }
  return yao_sb_finish(&b);
}

static int hex_digit(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The byte of the escape %XX at s[k], or a URIError. */
static unsigned escaped_byte(yao_str *s, int32_t k) {
  if (k + 2 >= s->len || s->data[k] != '%') uri_malformed();
  int hi = hex_digit(s->data[k + 1]), lo = hex_digit(s->data[k + 2]);
  if (hi < 0 || lo < 0) uri_malformed();
  return (unsigned)(hi * 16 + lo);
}

/* 19.2.6.1.2 Decode: %XX sequences as UTF-8, except single bytes in `reserved` (kept escaped);
   a bad escape, bad UTF-8, an overlong form, a surrogate or a code point past U+10FFFF is a URIError. */
static yao_str *uri_decode(yao_str *s, const char *reserved) {
  yao_sb b;
  yao_sb_init(&b, s->len);
  for (int32_t k = 0; k < s->len; k++) {
    uint16_t c = s->data[k];
    if (c != '%') { yao_sb_put(&b, c); continue; }
    unsigned byte = escaped_byte(s, k);
    if (byte < 0x80) {
      if (in_set((uint16_t)byte, reserved)) yao_sb_append(&b, s->data + k, 3);
      else yao_sb_put(&b, (uint16_t)byte);
      k += 2;
      continue;
    }
    int n = (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0) uri_malformed();
    uint32_t cp = byte & (0x7F >> n);
    for (int j = 1; j < n; j++) {
      unsigned cont = escaped_byte(s, k + 3 * j);
      if ((cont & 0xC0) != 0x80) uri_malformed();
      cp = (cp << 6) | (cont & 63);
    }
    static const uint32_t least[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) uri_malformed();
    put_cp(&b, cp);
    k += 3 * n - 1;
  }
  return yao_sb_finish(&b);
}

yao_str *yao_encode_uri_component(yao_str *s) { return uri_encode(s, ""); }
yao_str *yao_encode_uri(yao_str *s) { return uri_encode(s, ";/?:@&=+$,#"); }
yao_str *yao_decode_uri_component(yao_str *s) { return uri_decode(s, ""); }
yao_str *yao_decode_uri(yao_str *s) { return uri_decode(s, ";/?:@&=+$,#"); }
