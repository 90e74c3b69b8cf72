/* The yao runtime: what generated C code needs beyond C itself. Object layout (every heap
 * object starts with a header pointing at its shape), tagged values for unions, strings
 * (UTF-16), arrays, typed arrays, DataView, number conversions with JavaScript's rules, and
 * the small platform interface (memory, output, exit) that the host (rt_host.c) or the
 * kernel (rt_metal.c + arch/x86_64) provides. Generated code includes only this file. */
#ifndef YAO_H
#define YAO_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include "num.h"

#define YAO_LIKELY(x) __builtin_expect(!!(x), 1)
#define YAO_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define YAO_NAN __builtin_nan("")
#define YAO_INF __builtin_inf()

/* ---- platform interface (rt_host.c or rt_metal.c) ------------------------------------- */
void *yao_pf_alloc(size_t size);                     /* zeroed, 16-byte aligned; panics when out of memory */
void yao_pf_write(int fd, const uint8_t *buf, size_t len);
_Noreturn void yao_pf_exit(int status);
_Noreturn void yao_panic(const char *msg);
extern int yao_argc;
extern const char **yao_argv;

/* ---- objects ----------------------------------------------------------------------------- */
typedef struct yao_shape yao_shape;
typedef struct yao_hdr { const yao_shape *shape; } yao_hdr;
typedef yao_hdr yao_obj;

enum { YAO_K_OBJECT = 1, YAO_K_FUNCTION, YAO_K_STRING, YAO_K_ARRAY, YAO_K_TYPED, YAO_K_ABUF, YAO_K_DVIEW,
       YAO_K_BOX, YAO_K_STRBUF, YAO_K_RAW };
enum { YAO_R_F64, YAO_R_I64, YAO_R_BOOL, YAO_R_VAL, YAO_R_STR, YAO_R_REF };
enum { YAO_MEMBER_FIELD, YAO_MEMBER_METHOD, YAO_MEMBER_ACCESSOR };
#define YAO_SEL_TO_STRING 0 /* the selector the compiler gives toString (compiler/lower/lowerer.ts) */
enum { YAO_EK_F64, YAO_EK_BOOL, YAO_EK_VAL, YAO_EK_STR, YAO_EK_REF };
enum { YAO_TA_KIND_I8, YAO_TA_KIND_U8, YAO_TA_KIND_U8C, YAO_TA_KIND_I16, YAO_TA_KIND_U16, YAO_TA_KIND_I32,
       YAO_TA_KIND_U32, YAO_TA_KIND_F32, YAO_TA_KIND_F64 };

typedef struct yao_member { int32_t sel; uint8_t kind; uint8_t repr; uint32_t offset; void *fn; void *set; const struct yao_shape *owner; } yao_member;
typedef struct { const char *name; uint8_t repr; uint32_t offset; uint8_t optional; } yao_field; /* optional: hidden while undefined */

/* A shape describes one kind of heap object: size and where its references are (for a future
 * collector), the class's vtable, members by selector (structural access) and fields (printing). */
#define YAO_SHAPE_ERROR 1          /* an Error or a subclass of it */
#define YAO_SHAPE_BUILTIN_ERROR 2  /* one of the builtin Error classes */

struct yao_shape {
  uint8_t kind;
  uint8_t elem;                 /* arrays: YAO_EK_*, typed arrays: YAO_TA_KIND_* */
  uint8_t flags;                /* YAO_SHAPE_* */
  const char *name;
  uint32_t size;
  const yao_shape *parent;
  void *const *vtable;
  uint32_t nrefs;
  const uint32_t *refs;
  uint32_t nmembers;
  const yao_member *members;
  uint32_t nfields;
  const yao_field *fields;
};

/* The one allocation entry: every object, array, string and closure comes from here. */
void *yao_alloc(const yao_shape *shape, size_t size);
static inline void *yao_alloc_obj(const yao_shape *shape) { return yao_alloc(shape, shape->size); }
#define YAO_NEW_LIT(shape) yao_alloc_obj(shape)
typedef struct { uint64_t count, bytes; } yao_heap_stats;
extern yao_heap_stats yao_heap;

/* Nullish references: undefined is the null pointer, null is address 1; no object lives there. */
#define YAO_UNDEF ((void *)0)
#define YAO_NULL ((void *)1)
#define YAO_IS_UNDEF(p) ((void *)(p) == YAO_UNDEF)
#define YAO_IS_NULL(p) ((void *)(p) == YAO_NULL)
#define YAO_IS_NULLISH(p) ((uintptr_t)(p) <= 1)
#define YAO_NOT_NULLISH(p) ((uintptr_t)(p) > 1)
_Noreturn void yao_throw_nullish_read(const void *p, const char *name);
_Noreturn void yao_throw_not_function(const void *p);
/* Macro arguments may contain statement expressions with labels: each is expanded exactly once. */
#define YAO_DEREF(p, name) ({ __auto_type p_ = (p); if (YAO_UNLIKELY(YAO_IS_NULLISH(p_))) yao_throw_nullish_read(p_, name); p_; })

typedef struct yao_fn { yao_hdr h; void *fn; } yao_fn;
#define YAO_FN_CHK(c) ({ yao_fn *f_ = (c); if (YAO_UNLIKELY(YAO_IS_NULLISH(f_))) yao_throw_not_function(f_); f_; })
extern const yao_shape yao_shape_static_fn;
typedef struct yao_adapter { yao_fn base; yao_fn *inner; } yao_adapter;
yao_fn *yao_adapt(const yao_shape *shape, void *code, yao_fn *inner);

/* A tagged value: for unions other than `T | null | undefined` of one reference type. */
typedef struct yao_val_s { uint32_t tag; union { double f; bool b; void *p; } u; } yao_val;
typedef struct yao_box { yao_hdr h; union { double f; int64_t i; bool b; yao_val v; void *p; } u; } yao_box;
extern const yao_shape yao_shape_box;
#define YAO_BOX_NEW(field, x) ({ yao_box *b_ = (yao_box *)yao_alloc_obj(&yao_shape_box); b_->u.field = (x); b_; })
#define YAO_BOX_COPY(b) ({ yao_box *n_ = (yao_box *)yao_alloc_obj(&yao_shape_box); n_->u = (b)->u; n_; })

bool yao_instanceof(const yao_obj *o, const yao_shape *cls);
#define YAO_KIND_OBJECTLIKE 100
bool yao_instanceof_kind(yao_val v, int kind, int elem);
yao_obj *yao_downcast(yao_obj *o, const yao_shape *cls);
_Noreturn void yao_abstract_called(void);

/* ---- tagged values ------------------------------------------------------------------------ */
enum { YAO_T_UNDEF = 0, YAO_T_NULL, YAO_T_BOOL, YAO_T_NUM, YAO_T_REF };
static inline yao_val yao_val_undef(void) { yao_val v = {0}; return v; }
static inline yao_val yao_val_null(void) { yao_val v = {0}; v.tag = YAO_T_NULL; return v; }
static inline yao_val yao_val_num(double d) { yao_val v; v.tag = YAO_T_NUM; v.u.f = d; return v; }
static inline yao_val yao_val_bool(bool b) { yao_val v = {0}; v.tag = YAO_T_BOOL; v.u.b = b; return v; }
static inline yao_val yao_val_ref(const void *p) { yao_val v; v.tag = YAO_T_REF; v.u.p = (void *)p; return v; }
static inline yao_val yao_val_ref_nul(const void *p) {
  if (YAO_IS_UNDEF(p)) return yao_val_undef();
  if (YAO_IS_NULL(p)) return yao_val_null();
  return yao_val_ref(p);
}
static inline bool yao_val_is_undef(yao_val v) { return v.tag == YAO_T_UNDEF; }
static inline bool yao_val_is_null(yao_val v) { return v.tag == YAO_T_NULL; }
static inline bool yao_val_is_nullish(yao_val v) { return v.tag <= YAO_T_NULL; }
_Noreturn void yao_val_mismatch(yao_val v, const char *want);
static inline double yao_val_to_f64(yao_val v) { if (YAO_UNLIKELY(v.tag != YAO_T_NUM)) yao_val_mismatch(v, "number"); return v.u.f; }
static inline bool yao_val_to_bool(yao_val v) { if (YAO_UNLIKELY(v.tag != YAO_T_BOOL)) yao_val_mismatch(v, "boolean"); return v.u.b; }
static inline void *yao_val_to_ref(yao_val v) { if (YAO_UNLIKELY(v.tag != YAO_T_REF)) yao_val_mismatch(v, "object"); return v.u.p; }
static inline void *yao_val_to_ref_nul(yao_val v) {
  if (v.tag == YAO_T_UNDEF) return YAO_UNDEF;
  if (v.tag == YAO_T_NULL) return YAO_NULL;
  return yao_val_to_ref(v);
}
double yao_val_tonumber(yao_val v);
bool yao_val_truthy(yao_val v);
bool yao_val_strict_eq(yao_val a, yao_val b);
bool yao_val_same_value_zero(yao_val a, yao_val b);

/* ---- strings (UTF-16 code units) ----------------------------------------------------------- */
typedef struct yao_strbuf { yao_hdr h; int32_t cap; int32_t used; uint16_t data[]; } yao_strbuf;
/* hash: the Map key hash of the units (rt_map.c), 0 until a map computes it. */
typedef struct yao_str { yao_hdr h; int32_t len; uint32_t hash; const uint16_t *data; yao_strbuf *buf; } yao_str;
extern const yao_shape yao_shape_str;
#define YAO_STR_STATIC(chars, n) { {&yao_shape_str}, (n), 0, (const uint16_t *)(chars), NULL }
/* Strings are immutable: their length and characters never change (const accessors, as for typed arrays). */
__attribute__((const)) static inline int64_t yao_str_len_of(const yao_str *s) { return s->len; }
__attribute__((const)) static inline const uint16_t *yao_str_data_of(const yao_str *s) { return s->data; }
#define YAO_STR_LEN(s) yao_str_len_of(YAO_DEREF(s, "length"))
#define YAO_STR_CODE_AT(s, i) ((int64_t)yao_str_data_of(s)[i])
#define YAO_STR_IN_RANGE(s, i) ((uint64_t)(i) < (uint64_t)yao_str_len_of(YAO_DEREF(s, "charCodeAt")))
yao_str *yao_str_new(const uint16_t *data, int32_t len);
yao_str *yao_str_with_units(int32_t len, int32_t cap);
yao_str *yao_str_from_ascii(const char *s, int32_t len);
yao_str *yao_str_concat(yao_str *a, yao_str *b);
int64_t yao_str_cmp(const yao_str *a, const yao_str *b);
bool yao_str_eq(const yao_str *a, const yao_str *b);
bool yao_str_eq_nul(const yao_str *a, const yao_str *b);
bool yao_str_rel_nul(const yao_str *a, const yao_str *b, const char *op);
static inline bool yao_str_truthy(const yao_str *s) { return s->len > 0; }
static inline bool yao_str_truthy_nul(const yao_str *s) { return YAO_NOT_NULLISH(s) && s->len > 0; }
yao_str *yao_str_of_int(int64_t v);
yao_str *yao_str_of_f64(double v);
yao_str *yao_str_of_bool(bool b);
yao_str *yao_str_of_val(yao_val v);
yao_str *yao_str_of_nullable(yao_str *s);
yao_str *yao_str_undefined(void);
yao_str *yao_str_null(void);
yao_str *yao_str_at(yao_str *s, int64_t i);
double yao_str_char_code_at_slow(yao_str *s, double i);
/* s.charCodeAt(i) for a number i: an index below 2^31 truncates to its integer part here (as
 * ToIntegerOrInfinity does); NaN, negatives, huge values and nullish strings go out of line. */
static inline double yao_str_char_code_at_f(yao_str *s, double i) {
  if (YAO_LIKELY(YAO_NOT_NULLISH(s) && i >= 0 && i < 2147483648.0)) {
    int32_t k = (int32_t)i;
    return k < s->len ? (double)s->data[k] : YAO_NAN;
  }
  return yao_str_char_code_at_slow(s, i);
}
double yao_str_to_number(yao_str *s);
yao_str *yao_from_char_codes(int n, const int64_t *codes);
#define YAO_FROM_CHAR_CODES(n, ...) yao_from_char_codes((n), (const int64_t[]){__VA_ARGS__})
yao_str *yao_typeof(yao_val v);
yao_str *yao_num_to_radix_str(double v, int64_t radix);
yao_str *yao_num_to_fixed_str(double v, double digits);
yao_str *yao_num_to_precision_str(double v, double precision);
yao_str *yao_num_to_exponential_str(double v, double digits);
double yao_parse_float_str(yao_str *s);
double yao_parse_int_str(yao_str *s, int64_t radix);
/* UTF-8 output of a string (lone surrogates become U+FFFD, as Node writes them). */
void yao_write_str(int fd, const yao_str *s);

/* ---- numbers ------------------------------------------------------------------------------- */
int32_t yao_toint32_slow(double d);
/* ToInt32 and ToUint32: truncation, then the low 32 bits. Any double below 2^63 in magnitude
 * truncates exactly to an int64 (u32 values kept in doubles, as `x >>> 0` leaves them, are
 * the common case above 2^31); the rest (NaN, infinities, huge values) take the slow path. */
static inline int64_t yao_toint32(double d) {
  if (YAO_LIKELY(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return (int32_t)(uint32_t)(uint64_t)(int64_t)d;
  return yao_toint32_slow(d);
}
static inline int64_t yao_touint32(double d) {
  if (YAO_LIKELY(d > -9223372036854775808.0 && d < 9223372036854775808.0)) return (uint32_t)(uint64_t)(int64_t)d;
  return (uint32_t)yao_toint32_slow(d);
}
#define YAO_WRAP_I32(x) ((int64_t)(int32_t)(uint32_t)(uint64_t)(x))
#define YAO_WRAP_U32(x) ((int64_t)(uint32_t)(uint64_t)(x))
#define YAO_SHL(a, c) ((int64_t)(int32_t)((uint32_t)(a) << (c)))
static inline int64_t yao_imul(int32_t a, int32_t b) { return (int32_t)((uint32_t)a * (uint32_t)b); }
static inline int64_t yao_clz32(int64_t x) { uint32_t u = (uint32_t)x; return u ? __builtin_clz(u) : 32; }
_Noreturn void yao_chk53_failed(int64_t v);
static inline int64_t yao_chk53(int64_t v) {
  if (YAO_UNLIKELY(v > 9007199254740992LL || v < -9007199254740992LL)) yao_chk53_failed(v);
  return v;
}
/* An array index from a double: the integer when it is one in [0, 2^53], else -1 (never in range). */
static inline int64_t yao_index(double d) {
  if (d >= 0 && d <= 9007199254740992.0) { int64_t i = (int64_t)d; if ((double)i == d) return i; }
  return -1;
}
static inline bool yao_isnan(double d) { return d != d; }
static inline bool yao_isfinite(double d) { return d - d == 0; }
static inline bool yao_truthy_f64(double d) { return d != 0 && d == d; }
double yao_fmod_slow(double a, double b);
/* a % b. Integers below 2^32 (loop counters, hashes, LCG draws) take the processor's 32-bit
 * division, exact for them; the result has the dividend's sign, -0 included (-4 % 2 is -0). */
static inline double yao_fmod(double a, double b) {
  double ma = __builtin_fabs(a), mb = __builtin_fabs(b);
  if (YAO_LIKELY(ma < 4294967296.0 && mb < 4294967296.0 && mb >= 1)) {
    uint32_t ua = (uint32_t)ma, ub = (uint32_t)mb;
    if ((double)ua == ma && (double)ub == mb) return __builtin_copysign((double)(ua % ub), a);
  }
  return yao_fmod_slow(a, b);
}
double yao_floor(double x);
double yao_ceil(double x);
double yao_trunc(double x);
double yao_round(double x);
double yao_sign(double x);
static inline double yao_fabs(double x) { return __builtin_fabs(x); }
static inline double yao_sqrt(double x) { return __builtin_sqrt(x); }
double yao_fmin(double a, double b);
double yao_fmax(double a, double b);
static inline double yao_fround(double x) { return (double)(float)x; }
bool yao_is_integer(double d);
bool yao_is_safe_integer(double d);
bool yao_is_integer_val(yao_val v);
bool yao_is_safe_integer_val(yao_val v);
bool yao_isnan_val(yao_val v);
bool yao_isfinite_val(yao_val v);
uint64_t yao_to_u64(double d);
int64_t yao_clamp_u8(double d);
#define YAO_CLAMP_U8_INT(x) ({ int64_t c_ = (x); c_ < 0 ? 0 : c_ > 255 ? 255 : c_; })
#define YAO_ABS(x) ({ int64_t a_ = (x); a_ < 0 ? -a_ : a_; })
#define YAO_SIGN(x) ({ int64_t s_ = (x); (int64_t)((s_ > 0) - (s_ < 0)); })
#define YAO_IMIN(a, b) ({ int64_t a_ = (a), b_ = (b); a_ < b_ ? a_ : b_; })
#define YAO_IMAX(a, b) ({ int64_t a_ = (a), b_ = (b); a_ > b_ ? a_ : b_; })
double yao_pow(double a, double b);
double yao_exp(double x); double yao_expm1(double x); double yao_log(double x); double yao_log2(double x);
double yao_log10(double x); double yao_log1p(double x); double yao_sin(double x); double yao_cos(double x);
double yao_tan(double x); double yao_asin(double x); double yao_acos(double x); double yao_atan(double x);
double yao_atan2(double y, double x); double yao_sinh(double x); double yao_cosh(double x); double yao_tanh(double x);
double yao_asinh(double x); double yao_acosh(double x); double yao_atanh(double x); double yao_cbrt(double x);
double yao_hypot(int n, const double *xs);
#define YAO_HYPOT(n, ...) yao_hypot((n), (const double[]){__VA_ARGS__})
double yao_random(void);

/* ---- arrays ---------------------------------------------------------------------------------- */
typedef struct yao_arr { yao_hdr h; int32_t len; int32_t cap; void *data; } yao_arr;
extern const yao_shape yao_shape_arr[5]; /* by YAO_EK_* */
yao_arr *yao_arr_from(int ek, size_t esize, int32_t n, const void *elems);
void *yao_arr_push_slot(yao_arr *a, size_t esize);
void *yao_arr_set_slot(yao_arr *a, int64_t i, size_t esize);
_Noreturn void yao_arr_strict_oob(const yao_arr *a, int64_t i);
double yao_arr_set_length(yao_arr *a, double n, size_t esize); /* a.length = n */
yao_arr *yao_arr_new_len(int ek, size_t esize, double n); /* new Array(n).fill(v) */
yao_str *yao_arr_join(yao_arr *a, yao_str *sep, int ek);
#define YAO_ARR_LIT(ct, ek, n, ...) yao_arr_from((ek), sizeof(ct), (n), (ct[]){__VA_ARGS__})
#define YAO_ARR_LEN(a) ((int64_t)YAO_DEREF(a, "length")->len)
#define YAO_ARR_AT(ct, a, i) (((ct *)(a)->data)[i])
#define YAO_ARR_GET_OR(ct, a, i, d) ({ yao_arr *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  (uint64_t)i_ < (uint64_t)a_->len ? ((ct *)a_->data)[i_] : (d); })
#define YAO_ARR_GET_STRICT(ct, a, i) ({ yao_arr *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  if (YAO_UNLIKELY((uint64_t)i_ >= (uint64_t)a_->len)) yao_arr_strict_oob(a_, i_); ((ct *)a_->data)[i_]; })
#define YAO_ARR_GET_VAL(ct, a, i, box) ({ yao_arr *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  (uint64_t)i_ < (uint64_t)a_->len ? box(((ct *)a_->data)[i_]) : yao_val_undef(); })
/* a[i] = v: the value first, then the store (JavaScript's PutValue: the length is the one after
   v was evaluated); inside the array in line, an append or a bad index through yao_arr_set_slot. */
#define YAO_ARR_SET(ct, a, i, v) ({ yao_arr *sa_ = YAO_DEREF(a, "0"); int64_t si_ = (i); ct sv_ = (v); \
  ct *sp_ = YAO_LIKELY((uint64_t)si_ < (uint64_t)sa_->len) ? (ct *)sa_->data + si_ : (ct *)yao_arr_set_slot(sa_, si_, sizeof(ct)); \
  *sp_ = sv_; })
#define YAO_ARR_PUSH(ct, a, v) (*(ct *)yao_arr_push_slot(YAO_DEREF(a, "push"), sizeof(ct)) = (v))
#define YAO_ARR_POP_OR(ct, a, d) ({ yao_arr *a_ = YAO_DEREF(a, "pop"); a_->len > 0 ? ((ct *)a_->data)[--a_->len] : (d); })
int64_t yao_rel_index(double d, int64_t len);
int64_t yao_at_index(double d, int64_t len);
int64_t yao_last_index_start(double d, int64_t len);
yao_arr *yao_arr_slice(yao_arr *a, double begin, double end, size_t esize);
void yao_arr_append(yao_arr *out, yao_arr *src, size_t esize);
yao_arr *yao_arr_reverse(yao_arr *a, size_t esize);
void yao_arr_remove_front(yao_arr *a, size_t esize);
void *yao_arr_insert_slot(yao_arr *a, int64_t k, size_t esize);
yao_arr *yao_arr_splice(yao_arr *a, double start, double count, yao_arr *items, size_t esize);
yao_arr *yao_arr_sort(yao_arr *a, size_t esize, double (*cmp)(void *, const void *, const void *), yao_fn *c);
yao_arr *yao_arr_sort_default(yao_arr *a, int ek);
#define YAO_VAL_ID(v) (v)
#define YAO_ARR_GET_VAL_OR(ct, a, i, box) YAO_ARR_GET_VAL(ct, a, i, box)
#define YAO_ARR_INSERT(ct, a, k, v) (*(ct *)yao_arr_insert_slot(YAO_DEREF(a, "unshift"), (k), sizeof(ct)) = (v))
#define YAO_ARR_SHIFT_OR(ct, a, d) ({ yao_arr *a_ = YAO_DEREF(a, "shift"); \
  a_->len > 0 ? ({ ct v_ = ((ct *)a_->data)[0]; yao_arr_remove_front(a_, sizeof(ct)); v_; }) : (d); })
#define YAO_ARR_SHIFT_VAL(ct, a, box) ({ yao_arr *a_ = YAO_DEREF(a, "shift"); \
  a_->len > 0 ? ({ ct v_ = ((ct *)a_->data)[0]; yao_arr_remove_front(a_, sizeof(ct)); box(v_); }) : yao_val_undef(); })
#define YAO_ARR_POP_VAL(ct, a, box) ({ yao_arr *a_ = YAO_DEREF(a, "pop"); a_->len > 0 ? box(((ct *)a_->data)[--a_->len]) : yao_val_undef(); })

/* ---- ArrayBuffer, typed arrays, DataView ------------------------------------------------------- */
typedef struct yao_abuf { yao_hdr h; int32_t len; uint8_t *data; } yao_abuf;
typedef struct yao_typed { yao_hdr h; int32_t len; int32_t byteoff; uint8_t *data; yao_abuf *buf; } yao_typed;
typedef struct yao_dview { yao_hdr h; int32_t len; int32_t byteoff; uint8_t *data; yao_abuf *buf; } yao_dview;
extern const yao_shape yao_shape_abuf, yao_shape_dview, yao_shape_typed[9];
yao_abuf *yao_abuf_new(int64_t len);
yao_abuf *yao_abuf_new_checked(double len);
yao_abuf *yao_abuf_external(void *data, int64_t len);
yao_typed *yao_ta_new_len(int kind, double len);
yao_typed *yao_ta_new_view(int kind, yao_abuf *b, double off, double len);
yao_typed *yao_ta_new_from_typed(int kind, yao_typed *src);
yao_typed *yao_ta_new_from_array(int kind, yao_arr *src);
yao_typed *yao_ta_external(int kind, void *data, int64_t len);
yao_typed *yao_ta_subarray(yao_typed *a, double begin, double end);
yao_typed *yao_ta_slice(yao_typed *a, double begin, double end);
yao_typed *yao_ta_fill(yao_typed *a, double v, double begin, double end);
void yao_ta_set_typed(yao_typed *a, yao_typed *src, double off);
void yao_ta_set_array(yao_typed *a, yao_arr *src, double off);
int64_t yao_ta_index_of(yao_typed *a, double v, double from);
bool yao_ta_includes(yao_typed *a, double v, double from);
yao_arr *yao_ta_to_array(yao_typed *a);
yao_typed *yao_ta_store_array(yao_typed *a, yao_arr *src);
yao_typed *yao_ta_reverse(yao_typed *a);
yao_typed *yao_ta_copy_within(yao_typed *a, double target, double start, double end);
int64_t yao_ta_last_index_of(yao_typed *a, double v, double from, bool has_from);
yao_typed *yao_ta_sort_default(yao_typed *a);
_Noreturn void yao_ta_strict_oob(const yao_typed *a, int64_t i);
int yao_ta_kind(const yao_typed *a);
/* A typed array's length and data pointer never change after construction (no resizable or
 * detachable buffers in the subset): declaring the accessors const lets gcc keep them in
 * registers across stores into the elements. */
__attribute__((const)) static inline int64_t yao_ta_len_of(const yao_typed *a) { return a->len; }
__attribute__((const)) static inline uint8_t *yao_ta_data_of(const yao_typed *a) { return a->data; }
#define YAO_TA_LEN(a) yao_ta_len_of(YAO_DEREF(a, "length"))
#define YAO_TA_BYTELEN(a) ((int64_t)YAO_DEREF(a, "byteLength")->len * yao_ta_elem_size[yao_ta_kind(a)])
#define YAO_TA_BYTEOFF(a) ((int64_t)YAO_DEREF(a, "byteOffset")->byteoff)
#define YAO_TA_BUFFER(a) (YAO_DEREF(a, "buffer")->buf)
#define YAO_AB_BYTELEN(b) ((int64_t)YAO_DEREF(b, "byteLength")->len)
#define YAO_DV_BYTELEN(d) ((int64_t)YAO_DEREF(d, "byteLength")->len)
#define YAO_DV_BYTEOFF(d) ((int64_t)YAO_DEREF(d, "byteOffset")->byteoff)
#define YAO_DV_BUFFER(d) (YAO_DEREF(d, "buffer")->buf)
extern const uint8_t yao_ta_elem_size[9];
#define YAO_TA_AT(ct, a, i) (((ct *)yao_ta_data_of(a))[i])
#define YAO_TA_IN(a_, i_) ((uint64_t)(i_) < (uint64_t)yao_ta_len_of(a_))
#define YAO_TA_GET_OR(ct, a, i, d) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  YAO_TA_IN(a_, i_) ? ((ct *)yao_ta_data_of(a_))[i_] : (d); })
#define YAO_TA_GET_STRICT(ct, a, i) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  if (YAO_UNLIKELY(!YAO_TA_IN(a_, i_))) yao_ta_strict_oob(a_, i_); ((ct *)yao_ta_data_of(a_))[i_]; })
#define YAO_TA_GET_VAL(ct, a, i) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  YAO_TA_IN(a_, i_) ? yao_val_num((double)((ct *)yao_ta_data_of(a_))[i_]) : yao_val_undef(); })
#define YAO_TA_TRUTHY_I(ct, a, i) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  YAO_TA_IN(a_, i_) && ((ct *)yao_ta_data_of(a_))[i_] != 0; })
#define YAO_TA_TRUTHY_F(ct, a, i) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  YAO_TA_IN(a_, i_) && yao_truthy_f64(((ct *)yao_ta_data_of(a_))[i_]); })
/* The same accesses for a typed-array variable whose length and data pointer the function keeps
 * in locals (len is 0 for a null or undefined variable, so the slow path throws as JavaScript does). */
#define YAO_TC_AT(data, i) ((data)[i])
#define YAO_TC_PUT(ct, data, i, v) ((void)((data)[i] = (ct)(v))) /* a store proven in range (compiler/opt/versioning.ts) */
#define YAO_TC_LEN(a) (YAO_NOT_NULLISH(a) ? yao_ta_len_of(a) : 0)
#define YAO_TC_DATA(ct, a) (YAO_NOT_NULLISH(a) ? (ct *)yao_ta_data_of(a) : (ct *)0)
#define YAO_TC_IN(len, i_) ((uint64_t)(i_) < (uint64_t)(len))
#define YAO_TC_GET_OR(data, len, a, i, d) ({ int64_t i_ = (i); YAO_TC_IN(len, i_) ? (data)[i_] : ((void)YAO_DEREF(a, "0"), (d)); })
#define YAO_TC_GET_STRICT(data, len, a, i) ({ int64_t i_ = (i); \
  if (YAO_UNLIKELY(!YAO_TC_IN(len, i_))) yao_ta_strict_oob(YAO_DEREF(a, "0"), i_); (data)[i_]; })
#define YAO_TC_GET_VAL(data, len, a, i) ({ int64_t i_ = (i); \
  YAO_TC_IN(len, i_) ? yao_val_num((double)(data)[i_]) : ((void)YAO_DEREF(a, "0"), yao_val_undef()); })
#define YAO_TC_TRUTHY_I(data, len, a, i) ({ int64_t i_ = (i); YAO_TC_IN(len, i_) ? (data)[i_] != 0 : ((void)YAO_DEREF(a, "0"), false); })
#define YAO_TC_TRUTHY_F(data, len, a, i) ({ int64_t i_ = (i); YAO_TC_IN(len, i_) ? yao_truthy_f64((data)[i_]) : ((void)YAO_DEREF(a, "0"), false); })
#define YAO_TC_SET(ct, data, len, a, i, v) ({ int64_t i_ = (i); \
  if (YAO_TC_IN(len, i_)) (data)[i_] = (ct)(v); else (void)YAO_DEREF(a, "0"); })
#define YAO_TA_SET(ct, a, i, v) ({ yao_typed *a_ = YAO_DEREF(a, "0"); int64_t i_ = (i); \
  if (YAO_TA_IN(a_, i_)) ((ct *)yao_ta_data_of(a_))[i_] = (ct)(v); })
yao_dview *yao_dv_new(yao_abuf *b, double off, double len);
int64_t yao_dv_get_i8(yao_dview *d, double off, bool le);  int64_t yao_dv_get_u8(yao_dview *d, double off, bool le);
int64_t yao_dv_get_i16(yao_dview *d, double off, bool le); int64_t yao_dv_get_u16(yao_dview *d, double off, bool le);
int64_t yao_dv_get_i32(yao_dview *d, double off, bool le); int64_t yao_dv_get_u32(yao_dview *d, double off, bool le);
double yao_dv_get_f32(yao_dview *d, double off, bool le);  double yao_dv_get_f64(yao_dview *d, double off, bool le);
void yao_dv_set_i8(yao_dview *d, double off, int64_t v, bool le);  void yao_dv_set_u8(yao_dview *d, double off, int64_t v, bool le);
void yao_dv_set_i16(yao_dview *d, double off, int64_t v, bool le); void yao_dv_set_u16(yao_dview *d, double off, int64_t v, bool le);
void yao_dv_set_i32(yao_dview *d, double off, int64_t v, bool le); void yao_dv_set_u32(yao_dview *d, double off, int64_t v, bool le);
void yao_dv_set_f32(yao_dview *d, double off, double v, bool le);  void yao_dv_set_f64(yao_dview *d, double off, double v, bool le);

/* ---- structural member access (interfaces) -------------------------------------------------- */
typedef struct { const yao_member *m; } yao_icache;
const yao_member *yao_member_find(const yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
const yao_member *yao_member_for_call_slow(const yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
#ifndef YAO_FREESTANDING
/* A structural call's member: the inline cache's hit is checked here, in the caller (one load
   and one compare); a miss, a nullish receiver or a missing member goes to rt_core.c. */
static inline const yao_member *yao_member_for_call(const yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *hit = __atomic_load_n(&ic->m, __ATOMIC_RELAXED);
  if (YAO_LIKELY(hit && !YAO_IS_NULLISH(o) && hit->owner == o->shape)) return hit;
  return yao_member_for_call_slow(o, sel, name, ic);
}
#else
/* On metal the check stays out of line. Inlined, boots under QEMU (TCG) took 10 ms longer: the
   calibration's warm-up poll outlasted its window (kernel/drivers/tsc-calibration.ts now retries
   it), and the kernel heap and banner steps each ran ~4.5 ms longer on their first run, which is
   not understood yet (TCG translation? see the closing note of the stop that added the check). */
#define yao_member_for_call yao_member_for_call_slow
#endif
double yao_mget_f64(yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
bool yao_mget_bool(yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
yao_val yao_mget_val(yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
void *yao_mget_ref(yao_obj *o, int32_t sel, const char *name, yao_icache *ic);
void yao_mset_f64(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, double v);
void yao_mset_bool(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, bool v);
void yao_mset_val(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, yao_val v);
void yao_mset_ref(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, void *v);
#define YAO_MGET_YAO_R_F64(T, o, s, n, ic) yao_mget_f64((yao_obj *)(o), s, n, ic)
#define YAO_MGET_YAO_R_BOOL(T, o, s, n, ic) yao_mget_bool((yao_obj *)(o), s, n, ic)
#define YAO_MGET_YAO_R_VAL(T, o, s, n, ic) yao_mget_val((yao_obj *)(o), s, n, ic)
#define YAO_MGET_YAO_R_REF(T, o, s, n, ic) ((T)yao_mget_ref((yao_obj *)(o), s, n, ic))
#define YAO_MGET(R, T, o, s, n, ic) YAO_MGET_##R(T, o, s, n, ic)
#define YAO_MSET_YAO_R_F64(T, o, s, n, ic, v) ({ double v_ = (v); yao_mset_f64((yao_obj *)(o), s, n, ic, v_); v_; })
#define YAO_MSET_YAO_R_BOOL(T, o, s, n, ic, v) ({ bool v_ = (v); yao_mset_bool((yao_obj *)(o), s, n, ic, v_); v_; })
#define YAO_MSET_YAO_R_VAL(T, o, s, n, ic, v) ({ yao_val v_ = (v); yao_mset_val((yao_obj *)(o), s, n, ic, v_); v_; })
#define YAO_MSET_YAO_R_REF(T, o, s, n, ic, v) ({ T v_ = (v); yao_mset_ref((yao_obj *)(o), s, n, ic, (void *)v_); v_; })
#define YAO_MSET(R, T, o, s, n, ic, v) YAO_MSET_##R(T, o, s, n, ic, v)

/* ---- console and process ---------------------------------------------------------------------- */
void yao_console_log(int fd, int n, const yao_val *args);
#define YAO_LOG(fd, n, ...) yao_console_log((fd), (n), (yao_val[]){__VA_ARGS__})
#define YAO_LOG0(fd) yao_console_log((fd), 0, NULL)
yao_arr *yao_process_argv(void);
yao_val yao_get_exit_code(void);
yao_val yao_set_exit_code(yao_val v);
_Noreturn void yao_process_exit(yao_val code);
extern int yao_exit_code;

/* ---- exceptions (rt_exc.c) -------------------------------------------------------------------- */
/* A try block pushes a handler and __builtin_setjmp's into it; yao_throw pops the innermost one
 * and __builtin_longjmp's there with the value in yao_exc. No handler: "Uncaught ...", exit 1. */
typedef struct yao_handler { struct yao_handler *prev; void *jb[5]; } yao_handler;
extern yao_handler *yao_handlers;
extern yao_val yao_exc;
_Noreturn void yao_throw(yao_val v);
#define YAO_TRY_PUSH(h) ((h).prev = yao_handlers, yao_handlers = &(h))
#define YAO_TRY_POP(h) (yao_handlers = (h).prev)
#define YAO_TRY_ENTER(h) (__builtin_setjmp((h).jb) == 0)
#define YAO_EXC() (yao_exc)
/* Errors JavaScript would throw (TypeError for a null dereference...): real, catchable Error objects. */
_Noreturn void yao_throw_error(const char *name, const char *msg);
_Noreturn void yao_throw_js_error(const char *name, const char *msg);
typedef struct yao_error { yao_hdr h; yao_str *message; yao_str *name; } yao_error;
extern const yao_shape yao_Error__shape, yao_TypeError__shape, yao_RangeError__shape, yao_SyntaxError__shape,
  yao_ReferenceError__shape, yao_EvalError__shape, yao_URIError__shape;
void yao_error_init(yao_error *e, yao_str *message);
yao_error *yao_error_new(const yao_shape *shape, yao_str *message);
yao_str *yao_error_to_string(yao_error *e);
bool yao_instanceof_val(yao_val v, const yao_shape *cls);
/* Runaway recursion: functions that call others check the stack against this limit on entry. */
extern uintptr_t yao_stack_limit;
_Noreturn void yao_stack_overflow(void);
#define YAO_STACK_CHECK() do { if (YAO_UNLIKELY((uintptr_t)__builtin_frame_address(0) < yao_stack_limit)) yao_stack_overflow(); } while (0)
void yao_program_main(void);
int yao_run(int argc, const char **argv);

/* The library of compiler part 2 (strings, Map and Set, JSON): declarations in lib2.h. */
#include "lib2.h"
#define YAO_STR_CHK(s) YAO_DEREF(s, "length")
#define YAO_MAP_CHK(m) YAO_DEREF(m, "get")
#define YAO_MAP_NEXT(it, k, v) yao_map_iter_next(&(it), &(k), &(v))
/* JSON.parse(text) as T (rt_jsontyped.c): a descriptor of T, generated by the compiler. */
enum { YAO_TD_ANY, YAO_TD_NUM, YAO_TD_BOOL, YAO_TD_STR, YAO_TD_ARR, YAO_TD_OBJ };
typedef struct yao_tdesc yao_tdesc;
typedef struct { const char *name; int32_t sel; const yao_tdesc *type; uint8_t optional; } yao_tdesc_field;
struct yao_tdesc {
  uint8_t kind, repr, nullable; /* nullable: bit 1 null, bit 2 undefined allowed */
  const yao_tdesc *elem;
  int nfields;
  const yao_tdesc_field *fields;
  void **cache; /* the run-time layouts made for this object type */
};
yao_val yao_json_typed(yao_val tree, const yao_tdesc *d);
#define YAO_JSON_STRINGIFY(v, indent) ({ bool u_ = false; yao_str *s_ = yao_json_stringify((v), (indent), &u_); u_ ? (yao_str *)YAO_UNDEF : s_; })
#define YAO_STR_CODE_POINT_AT(s, pos) ({ bool u_ = false; double c_ = yao_str_code_point_at((s), (pos), &u_); u_ ? yao_val_undef() : yao_val_num(c_); })
#define YAO_STR_REPLACE_FN(s, pat, all, fn, clo) yao_str_replace_fn((s), (pat), (all), (yao_replace_fn)(fn), (void *)YAO_FN_CHK(clo))
#define YAO_FROM_CODE_POINTS(n, ...) yao_str_from_code_points((n), (const double[]){__VA_ARGS__})

#endif
