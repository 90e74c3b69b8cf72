/* Arrays (T[] with a growable backing store), ArrayBuffer, the nine typed arrays and DataView,
 * with JavaScript's rules: typed-array stores convert and ignore out-of-range indexes,
 * subarray shares memory, slice copies, DataView bounds are RangeErrors. */
#include "yao.h"
#include "gc.h"

const yao_shape yao_shape_arr[5] = {
  {.kind = YAO_K_ARRAY, .elem = YAO_EK_F64, .name = "Array", .size = sizeof(yao_arr)},
  {.kind = YAO_K_ARRAY, .elem = YAO_EK_BOOL, .name = "Array", .size = sizeof(yao_arr)},
  {.kind = YAO_K_ARRAY, .elem = YAO_EK_VAL, .name = "Array", .size = sizeof(yao_arr)},
  {.kind = YAO_K_ARRAY, .elem = YAO_EK_STR, .name = "Array", .size = sizeof(yao_arr)},
  {.kind = YAO_K_ARRAY, .elem = YAO_EK_REF, .name = "Array", .size = sizeof(yao_arr)},
};
static const yao_shape shape_raw = {.kind = YAO_K_RAW, .name = "raw", .size = 0};

/* Backing stores (array elements, buffer bytes) are objects too: a header, then the data. */
static void *alloc_raw(size_t bytes) {
  return (uint8_t *)yao_alloc(&shape_raw, 16 + bytes) + 16;
}
const yao_shape yao_shape_abuf = {.kind = YAO_K_ABUF, .name = "ArrayBuffer", .size = sizeof(yao_abuf)};
const yao_shape yao_shape_dview = {.kind = YAO_K_DVIEW, .name = "DataView", .size = sizeof(yao_dview)};
const yao_shape yao_shape_typed[9] = {
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_I8, .name = "Int8Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_U8, .name = "Uint8Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_U8C, .name = "Uint8ClampedArray", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_I16, .name = "Int16Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_U16, .name = "Uint16Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_I32, .name = "Int32Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_U32, .name = "Uint32Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_F32, .name = "Float32Array", .size = sizeof(yao_typed)},
  {.kind = YAO_K_TYPED, .elem = YAO_TA_KIND_F64, .name = "Float64Array", .size = sizeof(yao_typed)},
};
const uint8_t yao_ta_elem_size[9] = {1, 1, 1, 2, 2, 4, 4, 4, 8};

#define MAX_LEN 0x7fffffff

/* memmove: libc's on the host, arch/x86_64/string.c's on metal (array growth copies megabytes). */
static void copy_bytes(void *dst, const void *src, size_t n) { __builtin_memmove(dst, src, n); }

static _Noreturn void range_error(const char *msg) { yao_throw_error("RangeError", msg); }

/* ---- arrays ------------------------------------------------------------------------------------- */

yao_arr *yao_arr_from(int ek, size_t esize, int32_t n, const void *elems) {
  yao_arr *a = (yao_arr *)yao_alloc_obj(&yao_shape_arr[ek]);
  int32_t cap = n < 4 ? 4 : n;
  a->data = ek == YAO_EK_F64 || ek == YAO_EK_BOOL ? yao_alloc_raw_noscan((size_t)cap * esize) : alloc_raw((size_t)cap * esize);
  a->cap = cap;
  a->len = n;
  if (n) copy_bytes(a->data, elems, (size_t)n * esize);
  return a;
}

static void grow(yao_arr *a, size_t esize, int64_t need) {
  if (need > MAX_LEN / 2) range_error("Invalid array length");
  int64_t cap = a->cap * 2 > need ? a->cap * 2 : need;
  int ek = a->h.shape->elem;
  void *nd = ek == YAO_EK_F64 || ek == YAO_EK_BOOL ? yao_alloc_raw_noscan((size_t)cap * esize) : alloc_raw((size_t)cap * esize);
  copy_bytes(nd, a->data, (size_t)a->len * esize);
  a->data = nd;
  a->cap = (int32_t)cap;
}

void *yao_arr_push_slot(yao_arr *a, size_t esize) {
  if (a->len == a->cap) grow(a, esize, (int64_t)a->len + 1);
  return (uint8_t *)a->data + (size_t)a->len++ * esize;
}

/* a[i] = v: inside the array, or one past its end (an append); anything else would make holes. */
void *yao_arr_set_slot(yao_arr *a, int64_t i, size_t esize) {
  if ((uint64_t)i < (uint64_t)a->len) return (uint8_t *)a->data + (size_t)i * esize;
  if (i == a->len) return yao_arr_push_slot(a, esize);
  yao_panic(i < 0 ? "yao: storing at a negative array index adds a property, outside the subset"
                  : "yao: storing past the end of an array would leave holes, which yao arrays cannot hold");
}

_Noreturn void yao_arr_strict_oob(const yao_arr *a, int64_t i) {
  (void)a; (void)i;
  yao_panic("yao: an array was read past its end where a value (not undefined) is required; "
            "JavaScript would continue with undefined (docs/compiler.md, Out-of-range reads)");
}

static yao_str *elem_to_str(yao_arr *a, int32_t i, int ek) {
  switch (ek) {
    case YAO_EK_F64: return yao_str_of_f64(((double *)a->data)[i]);
    case YAO_EK_BOOL: return yao_str_of_bool(((bool *)a->data)[i]);
    case YAO_EK_VAL: {
      yao_val v = ((yao_val *)a->data)[i];
      return yao_val_is_nullish(v) ? NULL : yao_str_of_val(v);
    }
    case YAO_EK_STR: {
      yao_str *s = ((yao_str **)a->data)[i];
      return YAO_IS_NULLISH(s) ? NULL : s;
    }
    default: {
      void *p = ((void **)a->data)[i];
      return YAO_IS_NULLISH(p) ? NULL : yao_str_of_val(yao_val_ref(p));
    }
  }
}

/* The length of a string array's join, to size its buffer once (unbounded: the builder throws
 * JavaScript's RangeError when it is too long). */
static int64_t joined_length(const yao_arr *a, const yao_str *sep) {
  int64_t total = (int64_t)sep->len * (a->len - 1);
  for (int32_t i = 0; i < a->len; i++) {
    const yao_str *s = ((yao_str *const *)a->data)[i];
    if (YAO_NOT_NULLISH(s)) total += s->len;
  }
  return total;
}

/* Array.prototype.join: null and undefined elements print as empty strings. One builder holds
 * the result: no intermediate strings. */
yao_str *yao_arr_join(yao_arr *a, yao_str *sep, int ek) {
  a = YAO_DEREF(a, "join");
  yao_sb b;
  yao_sb_init(&b, ek == YAO_EK_STR && a->len > 0 ? joined_length(a, sep) : 16);
  for (int32_t i = 0; i < a->len; i++) {
    if (i > 0) yao_sb_append(&b, sep->data, sep->len);
    yao_str *s = elem_to_str(a, i, ek);
    if (s) yao_sb_append(&b, s->data, s->len);
  }
  return yao_sb_finish(&b);
}

/* ---- ArrayBuffer ----------------------------------------------------------------------------------- */

yao_abuf *yao_abuf_new(int64_t len) {
  if (len < 0 || len > MAX_LEN) range_error("Array buffer allocation failed");
  yao_abuf *b = (yao_abuf *)yao_alloc_obj(&yao_shape_abuf);
  b->data = (uint8_t *)yao_alloc_raw_noscan((size_t)len); /* bytes, never pointers: not scanned */
  b->len = (int32_t)len;
  return b;
}

/* ToIndex (ECMA-262 7.1.22): undefined/NaN → 0, negative or too large → RangeError. */
static int64_t to_index(double d, const char *what) {
  if (d != d) return 0;
  double t = yao_trunc(d);
  if (t < 0 || t > MAX_LEN) range_error(what);
  return (int64_t)t;
}

yao_abuf *yao_abuf_new_checked(double len) { return yao_abuf_new(to_index(len, "Invalid array buffer length")); }

yao_abuf *yao_abuf_external(void *data, int64_t len) {
  yao_abuf *b = (yao_abuf *)yao_alloc_obj(&yao_shape_abuf);
  b->data = (uint8_t *)data;
  b->len = (int32_t)len;
  return b;
}

/* ---- typed arrays ----------------------------------------------------------------------------------- */

int yao_ta_kind(const yao_typed *a) { return a->h.shape->elem; }

static yao_typed *ta_on(int kind, yao_abuf *b, int64_t byteoff, int64_t len) {
  yao_typed *t = (yao_typed *)yao_alloc_obj(&yao_shape_typed[kind]);
  t->buf = b;
  t->byteoff = (int32_t)byteoff;
  t->data = b->data + byteoff;
  t->len = (int32_t)len;
  return t;
}

yao_typed *yao_ta_new_len(int kind, double len) {
  int64_t n = to_index(len, "Invalid typed array length");
  if (n * yao_ta_elem_size[kind] > MAX_LEN) range_error("Invalid typed array length");
  return ta_on(kind, yao_abuf_new(n * yao_ta_elem_size[kind]), 0, n);
}

yao_typed *yao_ta_new_view(int kind, yao_abuf *b, double off, double len) {
  b = YAO_DEREF(b, "byteLength");
  int64_t size = yao_ta_elem_size[kind];
  int64_t o = to_index(off, "Start offset is outside the bounds of the buffer");
  if (o % size) range_error("start offset of typed array should be a multiple of the element size");
  int64_t n;
  if (len != len) {
    if (b->len % size) range_error("byte length of typed array should be a multiple of the element size");
    n = (b->len - o) / size;
    if (o > b->len) range_error("Start offset is outside the bounds of the buffer");
  } else {
    n = to_index(len, "Invalid typed array length");
    if (o + n * size > b->len) range_error("Invalid typed array length");
  }
  return ta_on(kind, b, o, n);
}

yao_typed *yao_ta_external(int kind, void *data, int64_t len) {
  return ta_on(kind, yao_abuf_external(data, len * yao_ta_elem_size[kind]), 0, len);
}

/* Reads element i of any kind as a double; stores a double into any kind with JavaScript's conversion. */
static double ta_get(const yao_typed *a, int64_t i) {
  switch (yao_ta_kind(a)) {
    case YAO_TA_KIND_I8: return ((int8_t *)a->data)[i];
    case YAO_TA_KIND_U8: case YAO_TA_KIND_U8C: return ((uint8_t *)a->data)[i];
    case YAO_TA_KIND_I16: return ((int16_t *)a->data)[i];
    case YAO_TA_KIND_U16: return ((uint16_t *)a->data)[i];
    case YAO_TA_KIND_I32: return ((int32_t *)a->data)[i];
    case YAO_TA_KIND_U32: return ((uint32_t *)a->data)[i];
    case YAO_TA_KIND_F32: return ((float *)a->data)[i];
    default: return ((double *)a->data)[i];
  }
}

static void ta_put(yao_typed *a, int64_t i, double v) {
  switch (yao_ta_kind(a)) {
    case YAO_TA_KIND_I8: ((int8_t *)a->data)[i] = (int8_t)yao_toint32(v); break;
    case YAO_TA_KIND_U8: ((uint8_t *)a->data)[i] = (uint8_t)yao_toint32(v); break;
    case YAO_TA_KIND_U8C: ((uint8_t *)a->data)[i] = (uint8_t)yao_clamp_u8(v); break;
    case YAO_TA_KIND_I16: ((int16_t *)a->data)[i] = (int16_t)yao_toint32(v); break;
    case YAO_TA_KIND_U16: ((uint16_t *)a->data)[i] = (uint16_t)yao_toint32(v); break;
    case YAO_TA_KIND_I32: ((int32_t *)a->data)[i] = (int32_t)yao_toint32(v); break;
    case YAO_TA_KIND_U32: ((uint32_t *)a->data)[i] = (uint32_t)yao_toint32(v); break;
    case YAO_TA_KIND_F32: ((float *)a->data)[i] = (float)v; break;
    default: ((double *)a->data)[i] = v; break;
  }
}

yao_typed *yao_ta_new_from_typed(int kind, yao_typed *src) {
  src = YAO_DEREF(src, "length");
  yao_typed *t = yao_ta_new_len(kind, src->len);
  for (int32_t i = 0; i < src->len; i++) ta_put(t, i, ta_get(src, i));
  return t;
}

yao_typed *yao_ta_new_from_array(int kind, yao_arr *src) {
  src = YAO_DEREF(src, "length");
  yao_typed *t = yao_ta_new_len(kind, src->len);
  for (int32_t i = 0; i < src->len; i++) ta_put(t, i, ((double *)src->data)[i]);
  return t;
}

/* Relative index (begin/end arguments of subarray, slice, fill): negative counts from the end. */
static int64_t rel_index(double d, int64_t len) {
  if (d != d) return 0;
  if (d < 0) { double r = len + yao_trunc(d); return r < 0 ? 0 : (int64_t)r; }
  return d > len ? len : (int64_t)yao_trunc(d);
}

yao_typed *yao_ta_subarray(yao_typed *a, double begin, double end) {
  a = YAO_DEREF(a, "subarray");
  int64_t b = rel_index(begin, a->len), e = rel_index(end, a->len);
  int64_t n = e > b ? e - b : 0;
  return ta_on(yao_ta_kind(a), a->buf, a->byteoff + b * yao_ta_elem_size[yao_ta_kind(a)], n);
}

yao_typed *yao_ta_slice(yao_typed *a, double begin, double end) {
  a = YAO_DEREF(a, "slice");
  int64_t b = rel_index(begin, a->len), e = rel_index(end, a->len);
  int64_t n = e > b ? e - b : 0;
  int k = yao_ta_kind(a);
  yao_typed *t = yao_ta_new_len(k, (double)n);
  copy_bytes(t->data, a->data + b * yao_ta_elem_size[k], (size_t)(n * yao_ta_elem_size[k]));
  return t;
}

yao_typed *yao_ta_fill(yao_typed *a, double v, double begin, double end) {
  a = YAO_DEREF(a, "fill");
  int64_t b = rel_index(begin, a->len), e = rel_index(end, a->len);
  if (b >= e) return a;
  ta_put(a, b, v); /* convert once, then copy the element's bytes in doubling blocks */
  size_t size = yao_ta_elem_size[yao_ta_kind(a)];
  uint8_t *start = a->data + b * size;
  size_t total = (size_t)(e - b) * size, done = size;
  while (done < total) {
    size_t n = done < total - done ? done : total - done;
    __builtin_memcpy(start + done, start, n);
    done += n;
  }
  return a;
}

static int64_t set_offset(double off, int64_t srclen, int64_t len) {
  double t = off != off ? 0 : yao_trunc(off);
  if (t < 0 || t + srclen > len) range_error("offset is out of bounds");
  return (int64_t)t;
}

void yao_ta_set_typed(yao_typed *a, yao_typed *src, double off) {
  a = YAO_DEREF(a, "set");
  src = YAO_DEREF(src, "length");
  int64_t o = set_offset(off, src->len, a->len);
  if (yao_ta_kind(a) == yao_ta_kind(src)) {
    size_t size = yao_ta_elem_size[yao_ta_kind(a)];
    copy_bytes(a->data + o * size, src->data, (size_t)src->len * size);
    return;
  }
  if (a->buf == src->buf) src = yao_ta_slice(src, 0, YAO_INF); /* overlapping views: read before writing */
  for (int32_t i = 0; i < src->len; i++) ta_put(a, o + i, ta_get(src, i));
}

void yao_ta_set_array(yao_typed *a, yao_arr *src, double off) {
  a = YAO_DEREF(a, "set");
  src = YAO_DEREF(src, "length");
  int64_t o = set_offset(off, src->len, a->len);
  for (int32_t i = 0; i < src->len; i++) ta_put(a, o + i, ((double *)src->data)[i]);
}

static int64_t from_index(double from, int64_t len) {
  return rel_index(from, len);
}

int64_t yao_ta_index_of(yao_typed *a, double v, double from) {
  a = YAO_DEREF(a, "indexOf");
  for (int64_t i = from_index(from, a->len); i < a->len; i++)
    if (ta_get(a, i) == v) return i;
  return -1;
}

bool yao_ta_includes(yao_typed *a, double v, double from) {
  a = YAO_DEREF(a, "includes");
  for (int64_t i = from_index(from, a->len); i < a->len; i++) {
    double x = ta_get(a, i);
    if (x == v || (x != x && v != v)) return true; /* SameValueZero */
  }
  return false;
}

_Noreturn void yao_ta_strict_oob(const yao_typed *a, int64_t i) {
  (void)a; (void)i;
  yao_panic("yao: a typed array was read past its end where a number (not undefined) is required; "
            "JavaScript would continue with undefined (docs/compiler.md, Out-of-range reads)");
}

/* ---- DataView --------------------------------------------------------------------------------------- */

yao_dview *yao_dv_new(yao_abuf *b, double off, double len) {
  b = YAO_DEREF(b, "byteLength");
  int64_t o = to_index(off, "Start offset is outside the bounds of the buffer");
  if (o > b->len) range_error("Start offset is outside the bounds of the buffer");
  int64_t n = len != len ? b->len - o : to_index(len, "Invalid DataView length");
  if (o + n > b->len) range_error("Invalid DataView length");
  yao_dview *d = (yao_dview *)yao_alloc_obj(&yao_shape_dview);
  d->buf = b;
  d->byteoff = (int32_t)o;
  d->data = b->data + o;
  d->len = (int32_t)n;
  return d;
}

static uint8_t *dv_at(yao_dview *d, double off, int size, const char *what) {
  d = YAO_DEREF(d, what);
  double t = off != off ? 0 : yao_trunc(off);
  if (t < 0) range_error("Offset is outside the bounds of the DataView");
  if (t + size > d->len) range_error("Offset is outside the bounds of the DataView");
  return d->data + (int64_t)t;
}

static uint64_t load(const uint8_t *p, int size, bool le) {
  uint64_t v = 0;
  for (int i = 0; i < size; i++) v |= (uint64_t)p[le ? i : size - 1 - i] << (8 * i);
  return v;
}

static void store(uint8_t *p, int size, uint64_t v, bool le) {
  for (int i = 0; i < size; i++) p[le ? i : size - 1 - i] = (uint8_t)(v >> (8 * i));
}

int64_t yao_dv_get_i8(yao_dview *d, double o, bool le) { return (int8_t)load(dv_at(d, o, 1, "getInt8"), 1, le); }
int64_t yao_dv_get_u8(yao_dview *d, double o, bool le) { return (uint8_t)load(dv_at(d, o, 1, "getUint8"), 1, le); }
int64_t yao_dv_get_i16(yao_dview *d, double o, bool le) { return (int16_t)load(dv_at(d, o, 2, "getInt16"), 2, le); }
int64_t yao_dv_get_u16(yao_dview *d, double o, bool le) { return (uint16_t)load(dv_at(d, o, 2, "getUint16"), 2, le); }
int64_t yao_dv_get_i32(yao_dview *d, double o, bool le) { return (int32_t)load(dv_at(d, o, 4, "getInt32"), 4, le); }
int64_t yao_dv_get_u32(yao_dview *d, double o, bool le) { return (uint32_t)load(dv_at(d, o, 4, "getUint32"), 4, le); }
double yao_dv_get_f32(yao_dview *d, double o, bool le) {
  union { uint32_t u; float f; } x;
  x.u = (uint32_t)load(dv_at(d, o, 4, "getFloat32"), 4, le);
  return x.f;
}
double yao_dv_get_f64(yao_dview *d, double o, bool le) {
  union { uint64_t u; double f; } x;
  x.u = load(dv_at(d, o, 8, "getFloat64"), 8, le);
  return x.f;
}
void yao_dv_set_i8(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 1, "setInt8"), 1, (uint64_t)v, le); }
void yao_dv_set_u8(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 1, "setUint8"), 1, (uint64_t)v, le); }
void yao_dv_set_i16(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 2, "setInt16"), 2, (uint64_t)v, le); }
void yao_dv_set_u16(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 2, "setUint16"), 2, (uint64_t)v, le); }
void yao_dv_set_i32(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 4, "setInt32"), 4, (uint64_t)v, le); }
void yao_dv_set_u32(yao_dview *d, double o, int64_t v, bool le) { store(dv_at(d, o, 4, "setUint32"), 4, (uint64_t)v, le); }
void yao_dv_set_f32(yao_dview *d, double o, double v, bool le) {
  union { uint32_t u; float f; } x;
  x.f = (float)v;
  store(dv_at(d, o, 4, "setFloat32"), 4, x.u, le);
}
void yao_dv_set_f64(yao_dview *d, double o, double v, bool le) {
  union { uint64_t u; double f; } x;
  x.f = v;
  store(dv_at(d, o, 8, "setFloat64"), 8, x.u, le);
}

/* ---- array methods (lower/arrays.ts) -------------------------------------------------------- */

/* A relative index argument (slice, fill, indexOf's fromIndex...) as a position in [0, len]. */
int64_t yao_rel_index(double d, int64_t len) { return rel_index(d, len); }

/* at(): the index an at() argument names, or -1 when it is outside the array. */
int64_t yao_at_index(double d, int64_t len) {
  double t = d != d ? 0 : yao_trunc(d);
  if (t < 0) t += (double)len;
  return t >= 0 && t < (double)len ? (int64_t)t : -1;
}

/* lastIndexOf's fromIndex: the first index searched (len - 1 when absent), -1 when none. */
int64_t yao_last_index_start(double d, int64_t len) {
  double t = d != d ? 0 : yao_trunc(d);
  if (t < 0) t += (double)len;
  if (t >= (double)len) t = (double)len - 1;
  return t < 0 ? -1 : (int64_t)t;
}

yao_arr *yao_arr_slice(yao_arr *a, double begin, double end, size_t esize) {
  a = YAO_DEREF(a, "slice");
  int64_t b = rel_index(begin, a->len), e = rel_index(end, a->len);
  int64_t n = e > b ? e - b : 0;
  return yao_arr_from(a->h.shape->elem, esize, (int32_t)n, (uint8_t *)a->data + (size_t)b * esize);
}

void yao_arr_append(yao_arr *out, yao_arr *src, size_t esize) {
  src = YAO_DEREF(src, "concat");
  int32_t n = src->len;
  for (int32_t i = 0; i < n; i++) copy_bytes(yao_arr_push_slot(out, esize), (uint8_t *)src->data + (size_t)i * esize, esize);
}

yao_arr *yao_arr_reverse(yao_arr *a, size_t esize) {
  a = YAO_DEREF(a, "reverse");
  uint8_t tmp[16];
  for (int64_t i = 0, j = (int64_t)a->len - 1; i < j; i++, j--) {
    uint8_t *x = (uint8_t *)a->data + (size_t)i * esize, *y = (uint8_t *)a->data + (size_t)j * esize;
    copy_bytes(tmp, x, esize);
    copy_bytes(x, y, esize);
    copy_bytes(y, tmp, esize);
  }
  return a;
}

void yao_arr_remove_front(yao_arr *a, size_t esize) {
  copy_bytes(a->data, (uint8_t *)a->data + esize, (size_t)(a->len - 1) * esize);
  a->len--;
}

/* Makes room for one element at index k (0 <= k <= len) and returns its slot. */
void *yao_arr_insert_slot(yao_arr *a, int64_t k, size_t esize) {
  yao_arr_push_slot(a, esize);
  uint8_t *at = (uint8_t *)a->data + (size_t)k * esize;
  copy_bytes(at + esize, at, (size_t)(a->len - 1 - k) * esize);
  return at;
}

/* splice(start, deleteCount, ...items): removes and returns the deleted elements. */
yao_arr *yao_arr_splice(yao_arr *a, double start, double count, yao_arr *items, size_t esize) {
  a = YAO_DEREF(a, "splice");
  int64_t len = a->len;
  int64_t s = rel_index(start, len);
  double c = count != count ? 0 : yao_trunc(count);
  int64_t del = c < 0 ? 0 : c > (double)(len - s) ? len - s : (int64_t)c;
  yao_arr *removed = yao_arr_from(a->h.shape->elem, esize, (int32_t)del, (uint8_t *)a->data + (size_t)s * esize);
  int64_t add = items->len;
  int64_t newlen = len - del + add;
  if (newlen > 0x3fffffff) range_error("Invalid array length");
  while (a->cap < newlen) yao_arr_push_slot(a, esize), a->len--;
  uint8_t *base = (uint8_t *)a->data;
  copy_bytes(base + (size_t)(s + add) * esize, base + (size_t)(s + del) * esize, (size_t)(len - s - del) * esize);
  copy_bytes(base + (size_t)s * esize, items->data, (size_t)add * esize);
  a->len = (int32_t)newlen;
  return removed;
}

/* Stable merge sort of esize-byte elements; cmp returns a number whose sign orders x and y
 * (NaN counts as 0), as Array.prototype.sort's comparator. */
static void merge_sort(uint8_t *a, uint8_t *tmp, int64_t n, size_t es, double (*cmp)(void *, const void *, const void *), void *ctx) {
  if (n < 2) return;
  if (n <= 8) { /* insertion sort: stable */
    for (int64_t i = 1; i < n; i++) {
      int64_t j = i;
      copy_bytes(tmp, a + (size_t)i * es, es);
      while (j > 0 && cmp(ctx, a + (size_t)(j - 1) * es, tmp) > 0) { copy_bytes(a + (size_t)j * es, a + (size_t)(j - 1) * es, es); j--; }
      copy_bytes(a + (size_t)j * es, tmp, es);
    }
    return;
  }
  int64_t h = n / 2;
  merge_sort(a, tmp, h, es, cmp, ctx);
  merge_sort(a + (size_t)h * es, tmp, n - h, es, cmp, ctx);
  if (!(cmp(ctx, a + (size_t)(h - 1) * es, a + (size_t)h * es) > 0)) return;
  copy_bytes(tmp, a, (size_t)h * es);
  int64_t i = 0, j = h, k = 0;
  while (i < h && j < n) {
    if (cmp(ctx, a + (size_t)j * es, tmp + (size_t)i * es) < 0) copy_bytes(a + (size_t)k++ * es, a + (size_t)j++ * es, es);
    else copy_bytes(a + (size_t)k++ * es, tmp + (size_t)i++ * es, es);
  }
  while (i < h) copy_bytes(a + (size_t)k++ * es, tmp + (size_t)i++ * es, es);
}

yao_arr *yao_arr_sort(yao_arr *a, size_t esize, double (*cmp)(void *, const void *, const void *), yao_fn *c) {
  a = YAO_DEREF(a, "sort");
  c = YAO_FN_CHK(c);
  /* the comparator may change the array: sort a copy, then write it back */
  int64_t n = a->len;
  uint8_t *work = (uint8_t *)yao_alloc(&shape_raw, 16 + (size_t)n * esize) + 16;
  uint8_t *tmp = (uint8_t *)yao_alloc(&shape_raw, 16 + (size_t)(n / 2 + 8) * esize) + 16;
  copy_bytes(work, a->data, (size_t)n * esize);
  merge_sort(work, tmp, n, esize, cmp, c);
  int64_t m = n < a->len ? n : a->len;
  copy_bytes(a->data, work, (size_t)m * esize);
  return a;
}

/* The default order: undefined last, everything else by its string form's UTF-16 code units. */
static double default_cmp(void *ctx, const void *x, const void *y) {
  int ek = (int)(intptr_t)ctx;
  yao_val vx, vy;
  switch (ek) {
    case YAO_EK_F64: vx = yao_val_num(*(const double *)x); vy = yao_val_num(*(const double *)y); break;
    case YAO_EK_BOOL: vx = yao_val_bool(*(const bool *)x); vy = yao_val_bool(*(const bool *)y); break;
    case YAO_EK_VAL: vx = *(const yao_val *)x; vy = *(const yao_val *)y; break;
    default: vx = yao_val_ref_nul(*(void *const *)x); vy = yao_val_ref_nul(*(void *const *)y); break;
  }
  bool ux = vx.tag == YAO_T_UNDEF, uy = vy.tag == YAO_T_UNDEF;
  if (ux || uy) return ux == uy ? 0 : ux ? 1 : -1;
  return (double)yao_str_cmp(yao_str_of_val(vx), yao_str_of_val(vy));
}

yao_arr *yao_arr_sort_default(yao_arr *a, int ek) {
  a = YAO_DEREF(a, "sort");
  size_t es = ek == YAO_EK_F64 ? sizeof(double) : ek == YAO_EK_BOOL ? sizeof(bool) : ek == YAO_EK_VAL ? sizeof(yao_val) : sizeof(void *);
  int64_t n = a->len;
  uint8_t *tmp = (uint8_t *)yao_alloc(&shape_raw, 16 + (size_t)(n / 2 + 8) * es) + 16;
  merge_sort((uint8_t *)a->data, tmp, n, es, default_cmp, (void *)(intptr_t)ek);
  return a;
}

/* a.length = n (ES2022 10.4.2.4 ArraySetLength): n must be an integer in [0, 2^32), else a
   RangeError; a shorter length drops the elements past it; a longer one would leave holes. */
double yao_arr_set_length(yao_arr *a, double n, size_t esize) {
  a = YAO_DEREF(a, "length");
  if (!(n >= 0 && n <= 4294967295.0 && n == yao_trunc(n))) range_error("Invalid array length");
  if (n > a->len) yao_panic("yao: growing an array through length would leave holes, which yao arrays cannot hold");
  __builtin_memset((uint8_t *)a->data + (size_t)n * esize, 0, (size_t)(a->len - (int32_t)n) * esize); /* no stale references for the collector */
  a->len = (int32_t)n;
  return n;
}

/* ---- typed arrays: the Array-like methods (ES2022 23.2.3) ------------------------------------- */

/* The elements as numbers: join, toString, and the sort with a comparator work on this copy. */
yao_arr *yao_ta_to_array(yao_typed *a) {
  a = YAO_DEREF(a, "length");
  yao_arr *out = yao_arr_from(YAO_EK_F64, sizeof(double), 0, NULL);
  for (int32_t i = 0; i < a->len; i++) *(double *)yao_arr_push_slot(out, sizeof(double)) = ta_get(a, i);
  return out;
}

/* Stores the numbers of `src` back into a (the comparator sort's result); returns a. */
yao_typed *yao_ta_store_array(yao_typed *a, yao_arr *src) {
  for (int32_t i = 0; i < src->len && i < a->len; i++) ta_put(a, i, ((double *)src->data)[i]);
  return a;
}

yao_typed *yao_ta_reverse(yao_typed *a) {
  a = YAO_DEREF(a, "reverse");
  size_t es = yao_ta_elem_size[yao_ta_kind(a)];
  uint8_t t[8];
  for (int64_t i = 0, j = (int64_t)a->len - 1; i < j; i++, j--) {
    copy_bytes(t, a->data + i * es, es);
    copy_bytes(a->data + i * es, a->data + j * es, es);
    copy_bytes(a->data + j * es, t, es);
  }
  return a;
}

/* copyWithin(target, start, end): as if through a temporary copy (memmove), 23.2.3.6. */
yao_typed *yao_ta_copy_within(yao_typed *a, double target, double start, double end) {
  a = YAO_DEREF(a, "copyWithin");
  int64_t to = rel_index(target, a->len), from = rel_index(start, a->len), fin = rel_index(end, a->len);
  int64_t n = fin - from;
  if (a->len - to < n) n = a->len - to;
  if (n <= 0) return a;
  size_t es = yao_ta_elem_size[yao_ta_kind(a)];
  __builtin_memmove(a->data + to * es, a->data + from * es, (size_t)n * es);
  return a;
}

/* lastIndexOf(v, from): strict equality from `from` (default: the last index) down, 23.2.3.20. */
int64_t yao_ta_last_index_of(yao_typed *a, double v, double from, bool has_from) {
  a = YAO_DEREF(a, "lastIndexOf");
  if (a->len == 0) return -1;
  double k = has_from ? (from != from ? 0 : yao_trunc(from)) : a->len - 1;
  int64_t i = k >= 0 ? (k > a->len - 1 ? a->len - 1 : (int64_t)k) : (int64_t)(a->len + k);
  for (; i >= 0; i--)
    if (ta_get(a, i) == v) return i;
  return -1;
}

/* The default order of typed arrays is numeric (23.2.3.29 TypedArraySortCompare): NaN last, -0 before +0. */
static double numeric_cmp(void *ctx, const void *x, const void *y) {
  (void)ctx;
  double a = *(const double *)x, b = *(const double *)y;
  if (a != a) return b != b ? 0 : 1;
  if (b != b) return -1;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == 0 && b == 0) return __builtin_signbit(a) == __builtin_signbit(b) ? 0 : __builtin_signbit(a) ? -1 : 1;
  return 0;
}

yao_typed *yao_ta_sort_default(yao_typed *a) {
  yao_arr *xs = yao_ta_to_array(a);
  int64_t n = xs->len;
  uint8_t *tmp = (uint8_t *)yao_alloc(&shape_raw, 16 + (size_t)(n / 2 + 8) * sizeof(double)) + 16;
  merge_sort((uint8_t *)xs->data, tmp, n, sizeof(double), numeric_cmp, NULL);
  return yao_ta_store_array(a, xs);
}

/* new Array(n), as the compiler accepts it: followed at once by .fill(v), so its zero bytes are
   never seen. RangeError unless n is an integer in [0, 2^32) (ES2022 23.1.1.1). */
yao_arr *yao_arr_new_len(int ek, size_t esize, double n) {
  if (!(n >= 0 && n <= 4294967295.0 && n == yao_trunc(n)) || n > MAX_LEN / 2) range_error("Invalid array length");
  yao_arr *a = yao_arr_from(ek, esize, 0, NULL);
  for (int64_t i = 0; i < (int64_t)n; i++) __builtin_memset(yao_arr_push_slot(a, esize), 0, esize);
  return a;
}
