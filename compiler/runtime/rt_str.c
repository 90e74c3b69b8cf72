/* Strings: immutable UTF-16 sequences. A new string's buffer follows it in the same block (one
 * allocation). A string made by concatenation shares a growable buffer with its left operand
 * when that operand ends at the buffer's used mark, so building a string with `s += x` in a
 * loop appends in place and stays linear in time (the old string still sees only its own
 * length, so immutability holds). */
#include "yao.h"
#include "gc.h"

const yao_shape yao_shape_str = {.kind = YAO_K_STRING, .name = "string", .size = sizeof(yao_str)};
static const yao_shape shape_strbuf = {.kind = YAO_K_STRBUF, .name = "strbuf", .size = sizeof(yao_strbuf)};

/* A string of `len` units whose buffer (room for `cap` units) follows it in the same block: one
 * allocation rather than two. The collector scans only the string's own fields (rt_gc.c). */
yao_str *yao_str_with_units(int32_t len, int32_t cap) {
  yao_str *s = (yao_str *)yao_alloc_inline(&yao_shape_str, sizeof(yao_str) + sizeof(yao_strbuf) + (size_t)cap * 2);
  yao_strbuf *b = (yao_strbuf *)(s + 1);
  b->h.shape = &shape_strbuf;
  b->cap = cap;
  b->used = len;
  s->len = len;
  s->data = b->data;
  s->buf = b;
  return s;
}

static yao_str *str_on(yao_strbuf *b, int32_t start, int32_t len) {
  yao_str *s = (yao_str *)yao_alloc_inline(&yao_shape_str, sizeof(yao_str));
  s->len = len;
  s->data = b->data + start;
  s->buf = b;
  return s;
}

/* Four units a word: the copies are mostly short, and this library calls no libc. */
static void copy16(uint16_t *dst, const uint16_t *src, int32_t n) {
  int32_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint64_t w;
    __builtin_memcpy(&w, src + i, 8);
    __builtin_memcpy(dst + i, &w, 8);
  }
  for (; i < n; i++) dst[i] = src[i];
}

#define MAX_STR_LEN ((1 << 29) - 24)

static void check_len(int64_t n) {
  if (n > MAX_STR_LEN) yao_throw_error("RangeError", "Invalid string length");
}

yao_str *yao_str_new(const uint16_t *data, int32_t len) {
  yao_str *s = yao_str_with_units(len, len);
  copy16(s->buf->data, data, len);
  return s;
}

yao_str *yao_str_from_ascii(const char *s, int32_t len) {
  yao_str *r = yao_str_with_units(len, len);
  for (int32_t i = 0; i < len; i++) r->buf->data[i] = (uint8_t)s[i];
  return r;
}

/* Takes buf's units [end, end + n) when nothing was appended past `end` yet. On metal threads
 * share strings and may be preempted (kernel/sched): a compare-and-swap makes the claim safe
 * if another thread appends to the same buffer at the same moment. On the host only the main
 * thread runs compiled code, and the locked instruction would cost more than the copy. */
static bool claim_units(yao_strbuf *buf, int32_t end, int32_t n) {
#ifdef YAO_FREESTANDING
  int32_t expect = end;
  return __atomic_compare_exchange_n(&buf->used, &expect, end + n, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
#else
  if (buf->used != end) return false;
  buf->used = end + n;
  return true;
#endif
}

/* Appends in place when `a` ends where its buffer's used part ends. */
yao_str *yao_str_concat(yao_str *a, yao_str *b) {
  if (b->len == 0) return a;
  if (a->len == 0) return b;
  int64_t n = (int64_t)a->len + b->len;
  check_len(n);
  yao_strbuf *buf = a->buf;
  if (buf) {
    int32_t end = (int32_t)(a->data + a->len - buf->data);
    if (end + (int64_t)b->len <= buf->cap && claim_units(buf, end, b->len)) {
      copy16(buf->data + end, b->data, b->len);
      return str_on(buf, (int32_t)(a->data - buf->data), (int32_t)n);
    }
  }
  int64_t cap = n < 16 ? 16 : n * 2;
  if (cap > MAX_STR_LEN) cap = n;
  yao_str *r = yao_str_with_units((int32_t)n, (int32_t)cap);
  copy16(r->buf->data, a->data, a->len);
  copy16(r->buf->data + a->len, b->data, b->len);
  return r;
}

int64_t yao_str_cmp(const yao_str *a, const yao_str *b) {
  int32_t n = a->len < b->len ? a->len : b->len;
  for (int32_t i = 0; i < n; i++)
    if (a->data[i] != b->data[i]) return a->data[i] < b->data[i] ? -1 : 1;
  return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

bool yao_str_eq(const yao_str *a, const yao_str *b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  int32_t i = 0;
  for (; i + 4 <= a->len; i += 4) { /* four units a word */
    uint64_t x, y;
    __builtin_memcpy(&x, a->data + i, 8);
    __builtin_memcpy(&y, b->data + i, 8);
    if (x != y) return false;
  }
  for (; i < a->len; i++)
    if (a->data[i] != b->data[i]) return false;
  return true;
}

bool yao_str_eq_nul(const yao_str *a, const yao_str *b) {
  if (YAO_IS_NULLISH(a) || YAO_IS_NULLISH(b)) return a == b;
  return yao_str_eq(a, b);
}

static yao_str *lit(const char *s) {
  int32_t n = 0;
  while (s[n]) n++;
  return yao_str_from_ascii(s, n);
}

yao_str *yao_str_of_int(int64_t v) {
  char tmp[24];
  int n = 0;
  uint64_t u = v < 0 ? (uint64_t)(-v) : (uint64_t)v;
  do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (v < 0) tmp[n++] = '-';
  char out[24];
  for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  return yao_str_from_ascii(out, n);
}

yao_str *yao_str_of_f64(double v) {
  char out[YAO_NUM_BUF];
  int n = yao_num_to_string(v, out);
  return yao_str_from_ascii(out, n);
}

static yao_str s_true = YAO_STR_STATIC(u"true", 4), s_false = YAO_STR_STATIC(u"false", 5);
static yao_str s_undefined = YAO_STR_STATIC(u"undefined", 9), s_null = YAO_STR_STATIC(u"null", 4);

yao_str *yao_str_of_bool(bool b) { return b ? &s_true : &s_false; }
yao_str *yao_str_undefined(void) { return &s_undefined; }
yao_str *yao_str_null(void) { return &s_null; }
yao_str *yao_str_of_nullable(yao_str *s) {
  if (YAO_IS_UNDEF(s)) return &s_undefined;
  if (YAO_IS_NULL(s)) return &s_null;
  return s;
}

/* ToString of an object (ES2022 7.1.1.1 OrdinaryToPrimitive, hint string): its class's toString
   method (selector YAO_SEL_TO_STRING; the compiler checks it returns a string), else an Error's
   "Name: message" (Error.prototype.toString), else Object.prototype.toString's "[object Object]". */
static yao_str *object_to_string(yao_obj *o) {
  yao_icache ic = {0};
  const yao_member *m = yao_member_find(o, YAO_SEL_TO_STRING, "toString", &ic);
  if (m && m->kind == YAO_MEMBER_METHOD) return ((yao_str *(*)(yao_obj *))m->fn)(o);
  if (o->shape->flags & YAO_SHAPE_ERROR) return yao_error_to_string((yao_error *)o);
  return lit("[object Object]");
}

yao_str *yao_str_of_val(yao_val v) {
  switch (v.tag) {
    case YAO_T_UNDEF: return &s_undefined;
    case YAO_T_NULL: return &s_null;
    case YAO_T_BOOL: return yao_str_of_bool(v.u.b);
    case YAO_T_NUM: return yao_str_of_f64(v.u.f);
    default: {
      yao_obj *o = (yao_obj *)v.u.p;
      switch (o->shape->kind) {
        case YAO_K_STRING: return (yao_str *)o;
        case YAO_K_ARRAY: {
          static yao_str comma = YAO_STR_STATIC(u",", 1);
          return yao_arr_join((yao_arr *)o, &comma, o->shape->elem);
        }
        case YAO_K_FUNCTION: yao_throw_error("TypeError", "converting a function to a string is not supported by yao");
        case YAO_K_TYPED: {
          static yao_str comma = YAO_STR_STATIC(u",", 1);
          return yao_arr_join(yao_ta_to_array((yao_typed *)o), &comma, YAO_EK_F64);
        }
        case YAO_K_OBJECT: return object_to_string(o);
        default: return lit("[object Object]");
      }
    }
  }
}

yao_str *yao_str_at(yao_str *s, int64_t i) {
  s = YAO_DEREF(s, "0");
  if ((uint64_t)i >= (uint64_t)s->len) return (yao_str *)YAO_UNDEF;
  return yao_str_new(s->data + i, 1);
}

/* yao_str_char_code_at_f (yao.h) off its fast path. */
double yao_str_char_code_at_slow(yao_str *s, double d) {
  s = YAO_DEREF(s, "charCodeAt");
  double t = d != d ? 0 : yao_trunc(d); /* ToIntegerOrInfinity */
  if (t < 0 || t >= s->len) return YAO_NAN;
  return s->data[(int64_t)t];
}

double yao_str_to_number(yao_str *s) { return yao_string_to_number(s->data, s->len); }

yao_str *yao_from_char_codes(int n, const int64_t *codes) {
  yao_str *s = yao_str_with_units(n, n);
  for (int i = 0; i < n; i++) s->buf->data[i] = (uint16_t)codes[i];
  return s;
}

yao_str *yao_typeof(yao_val v) {
  switch (v.tag) {
    case YAO_T_UNDEF: return lit("undefined");
    case YAO_T_NULL: return lit("object");
    case YAO_T_BOOL: return lit("boolean");
    case YAO_T_NUM: return lit("number");
    default: {
      int k = ((yao_obj *)v.u.p)->shape->kind;
      return lit(k == YAO_K_STRING ? "string" : k == YAO_K_FUNCTION ? "function" : "object");
    }
  }
}

static _Noreturn void range_error(const char *msg) { yao_throw_error("RangeError", msg); }

yao_str *yao_num_to_radix_str(double v, int64_t radix) {
  if (radix < 2 || radix > 36) range_error("toString() radix must be between 2 and 36");
  if (radix == 10) return yao_str_of_f64(v);
  char local[YAO_NUM_RADIX_BUF];
  int n = yao_num_to_radix(v, (int)radix, local);
  return yao_str_from_ascii(local, n);
}

static int digits_arg(double d) { return d != d ? 0 : (int)yao_trunc(d); }

yao_str *yao_num_to_fixed_str(double v, double digits) {
  double t = digits != digits ? 0 : yao_trunc(digits);
  if (t < 0 || t > 100) range_error("toFixed() digits argument must be between 0 and 100");
  char out[YAO_NUM_FIXED_BUF + YAO_NUM_BUF];
  int n = yao_num_to_fixed(v, (int)t, out);
  return yao_str_from_ascii(out, n);
}

yao_str *yao_num_to_precision_str(double v, double p) {
  if (v != v || v - v != 0) return yao_str_of_f64(v);
  double t = p != p ? 0 : yao_trunc(p);
  if (t < 1 || t > 100) range_error("toPrecision() argument must be between 1 and 100");
  char out[YAO_NUM_FIXED_BUF + YAO_NUM_BUF];
  int n = yao_num_to_precision(v, (int)t, out);
  return yao_str_from_ascii(out, n);
}

yao_str *yao_num_to_exponential_str(double v, double d) {
  if (d < 0 && d == -1) {
    char out[YAO_NUM_FIXED_BUF + YAO_NUM_BUF];
    int n = yao_num_to_exponential(v, -1, out);
    return yao_str_from_ascii(out, n);
  }
  if (v != v || v - v != 0) return yao_str_of_f64(v);
  int t = digits_arg(d);
  if (t < 0 || t > 100) range_error("toExponential() argument must be between 0 and 100");
  char out[YAO_NUM_FIXED_BUF + YAO_NUM_BUF];
  int n = yao_num_to_exponential(v, t, out);
  return yao_str_from_ascii(out, n);
}

double yao_parse_float_str(yao_str *s) { return yao_parse_float(s->data, s->len); }
double yao_parse_int_str(yao_str *s, int64_t radix) { return yao_parse_int(s->data, s->len, (int32_t)radix); }

/* UTF-8 encoding for output; unpaired surrogates are written as U+FFFD like Node's stdout. */
void yao_write_str(int fd, const yao_str *s) {
  uint8_t out[512];
  int n = 0;
  for (int32_t i = 0; i < s->len; i++) {
    uint32_t c = s->data[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->len && s->data[i + 1] >= 0xDC00 && s->data[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s->data[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (n > (int)sizeof out - 4) { yao_pf_write(fd, out, (size_t)n); n = 0; }
    if (c < 0x80) out[n++] = (uint8_t)c;
    else if (c < 0x800) { out[n++] = (uint8_t)(0xC0 | (c >> 6)); out[n++] = (uint8_t)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
      out[n++] = (uint8_t)(0xE0 | (c >> 12)); out[n++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (uint8_t)(0x80 | (c & 0x3F));
    } else {
      out[n++] = (uint8_t)(0xF0 | (c >> 18)); out[n++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      out[n++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (uint8_t)(0x80 | (c & 0x3F));
    }
  }
  if (n) yao_pf_write(fd, out, (size_t)n);
}

/* a < b (and <=, >, >=) for strings that may be undefined: undefined converts to NaN, which
 * compares false; null converts to 0 and is compared as a number with the other side's number. */
bool yao_str_rel_nul(const yao_str *a, const yao_str *b, const char *op) {
  if (YAO_IS_UNDEF(a) || YAO_IS_UNDEF(b)) return false;
  double x, y;
  if (YAO_IS_NULL(a) || YAO_IS_NULL(b)) {
    x = YAO_IS_NULL(a) ? 0 : yao_string_to_number(a->data, a->len);
    y = YAO_IS_NULL(b) ? 0 : yao_string_to_number(b->data, b->len);
  } else {
    x = (double)yao_str_cmp(a, b);
    y = 0;
  }
  if (op[0] == '<') return op[1] == '=' ? x <= y : x < y;
  return op[1] == '=' ? x >= y : x > y;
}
