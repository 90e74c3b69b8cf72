/* JSON.parse(text) as T: the parsed tree (rt_json.c) converted to T's representation, checked
 * on the way (the documented typed form: a value that does not match T throws a TypeError
 * naming the path, where JavaScript would carry on with the wrong value). Objects keep every
 * key of the text, in the text's order, as JavaScript's do: their layout (a shape with one field
 * per key, typed where T declares the key) is made at run time and cached per key sequence. */
#include "yao.h"
#include "gc.h"

static yao_str *cstr(const char *s) {
  int32_t n = 0;
  while (s[n]) n++;
  return yao_str_from_ascii(s, n);
}

static _Noreturn void mismatch(const yao_tdesc *d, const char *path, const char *what) {
  (void)d;
  yao_str *m = cstr("JSON does not match the declared type at ");
  m = yao_str_concat(m, cstr(path[0] ? path : "$"));
  m = yao_str_concat(m, cstr(": expected "));
  m = yao_str_concat(m, cstr(what));
  char buf[256];
  int n = 0;
  for (int32_t i = 0; i < m->len && n < 255; i++) buf[n++] = (char)(m->data[i] < 128 ? m->data[i] : '?');
  buf[n] = 0;
  yao_throw_error("TypeError", buf);
}

static bool is_kind(yao_val v, int kind) {
  return v.tag == YAO_T_REF && ((yao_obj *)v.u.p)->shape->kind == kind;
}

static void path_push(char *path, const char *piece, int idx) {
  int n = 0;
  while (path[n]) n++;
  if (n > 200) return;
  if (piece) { path[n++] = '.'; for (const char *c = piece; *c && n < 250; c++) path[n++] = *c; }
  else {
    char tmp[16];
    int k = 0;
    unsigned u = (unsigned)idx;
    do { tmp[k++] = (char)('0' + u % 10); u /= 10; } while (u);
    path[n++] = '[';
    while (k && n < 250) path[n++] = tmp[--k];
    path[n++] = ']';
  }
  path[n] = 0;
}

static yao_val convert(yao_val v, const yao_tdesc *d, char *path);

/* Storage size of one field or element of repr r. */
static size_t repr_size(int r) { return r == YAO_R_VAL ? sizeof(yao_val) : r == YAO_R_BOOL ? sizeof(bool) : 8; }

static void store(void *at, int repr, yao_val v) {
  switch (repr) {
    case YAO_R_F64: *(double *)at = v.u.f; break;
    case YAO_R_BOOL: *(bool *)at = v.u.b; break;
    case YAO_R_VAL: *(yao_val *)at = v; break;
    default: *(void **)at = yao_val_to_ref_nul(v); break;
  }
}

static yao_val convert_array(yao_val v, const yao_tdesc *d, char *path) {
  if (!is_kind(v, YAO_K_ARRAY)) mismatch(d, path, "an array");
  yao_arr *src = (yao_arr *)v.u.p;
  const yao_tdesc *e = d->elem;
  int ek = e->repr == YAO_R_F64 ? YAO_EK_F64 : e->repr == YAO_R_BOOL ? YAO_EK_BOOL : e->repr == YAO_R_VAL ? YAO_EK_VAL
    : e->repr == YAO_R_STR ? YAO_EK_STR : YAO_EK_REF;
  size_t es = repr_size(e->repr);
  yao_arr *out = yao_arr_from(ek, es, 0, NULL);
  char saved[256];
  for (int32_t i = 0; i < src->len; i++) {
    for (int k = 0; (saved[k] = path[k]); k++) {}
    path_push(path, NULL, i);
    yao_val x = convert(((yao_val *)src->data)[i], e, path);
    for (int k = 0; (path[k] = saved[k]); k++) {}
    store(yao_arr_push_slot(out, es), e->repr, x);
  }
  return yao_val_ref(out);
}

static bool same_str(const yao_str *s, const char *c) {
  int32_t i = 0;
  for (; i < s->len && c[i]; i++) if (s->data[i] != (uint8_t)c[i]) return false;
  return i == s->len && !c[i];
}

/* The run-time layout for objects of descriptor d with exactly these keys in this order. Layouts
 * live for the program's life in platform memory (yao_pf_alloc), outside the collected heap:
 * nothing in them points into it. */
typedef struct layout { struct layout *next; int n; yao_str **keys; yao_shape *shape; } layout;

static void *forever(size_t bytes) { return yao_pf_alloc(bytes ? bytes : 8); }

static yao_str *forever_str(const yao_str *k) {
  yao_str *s = (yao_str *)forever(sizeof(yao_str));
  uint16_t *d = (uint16_t *)forever((size_t)k->len * 2);
  for (int32_t i = 0; i < k->len; i++) d[i] = k->data[i];
  s->h.shape = &yao_shape_str;
  s->len = k->len;
  s->data = d;
  return s;
}

static const char *utf8_name(const yao_str *k) {
  char *s = (char *)forever((size_t)k->len * 3 + 1);
  int n = 0;
  for (int32_t i = 0; i < k->len; i++) {
    uint16_t c = k->data[i];
    if (c < 0x80) s[n++] = (char)c;
    else if (c < 0x800) { s[n++] = (char)(0xC0 | (c >> 6)); s[n++] = (char)(0x80 | (c & 0x3F)); }
    else { s[n++] = (char)(0xE0 | (c >> 12)); s[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); s[n++] = (char)(0x80 | (c & 0x3F)); }
  }
  s[n] = 0;
  return s;
}

static const yao_tdesc_field *declared(const yao_tdesc *d, const yao_str *key) {
  for (int i = 0; i < d->nfields; i++) if (same_str(key, d->fields[i].name)) return &d->fields[i];
  return NULL;
}

static yao_shape *make_shape(const yao_tdesc *d, int n, yao_str **keys) {
  yao_shape *s = (yao_shape *)forever(sizeof(yao_shape));
  yao_field *fields = (yao_field *)forever(sizeof(yao_field) * (size_t)n);
  yao_member *members = (yao_member *)forever(sizeof(yao_member) * (size_t)n);
  uint32_t off = sizeof(yao_hdr);
  int nm = 0;
  for (int i = 0; i < n; i++) {
    const yao_tdesc_field *f = declared(d, keys[i]);
    int repr = f ? f->type->repr : YAO_R_VAL;
    off = (uint32_t)((off + 7) & ~7u);
    fields[i] = (yao_field){utf8_name(keys[i]), (uint8_t)repr, off, 0};
    if (f) {
      yao_member m = {f->sel, YAO_MEMBER_FIELD, (uint8_t)repr, off, NULL, NULL, s};
      int k = nm++;
      while (k > 0 && members[k - 1].sel > m.sel) { members[k] = members[k - 1]; k--; }
      members[k] = m;
    }
    off += (uint32_t)repr_size(repr);
  }
  s->kind = YAO_K_OBJECT;
  s->name = "";
  s->size = (off + 15) & ~15u;
  s->nmembers = (uint32_t)nm;
  s->members = members;
  s->nfields = (uint32_t)n;
  s->fields = fields;
  return s;
}

static yao_shape *layout_for(const yao_tdesc *d, int n, yao_str **keys) {
  layout **cache = (layout **)d->cache;
  for (layout *l = *cache; l; l = l->next) {
    if (l->n != n) continue;
    int i = 0;
    while (i < n && yao_str_eq(l->keys[i], keys[i])) i++;
    if (i == n) return l->shape;
  }
  layout *l = (layout *)forever(sizeof(layout));
  l->n = n;
  l->keys = (yao_str **)forever(sizeof(yao_str *) * (size_t)n);
  for (int i = 0; i < n; i++) l->keys[i] = forever_str(keys[i]);
  l->shape = make_shape(d, n, l->keys);
  l->next = *cache;
  *cache = l;
  return l->shape;
}

static yao_val convert_object(yao_val v, const yao_tdesc *d, char *path) {
  if (!is_kind(v, YAO_K_JSONOBJ)) mismatch(d, path, "an object");
  yao_map *src = (yao_map *)v.u.p;
  int n = (int)yao_map_size(src);
  yao_str **keys = (yao_str **)yao_alloc_raw(sizeof(yao_str *) * (size_t)(n ? n : 1));
  yao_val *vals = (yao_val *)yao_alloc_raw(sizeof(yao_val) * (size_t)(n ? n : 1));
  yao_map_iter it = yao_map_iter_start(src);
  yao_val k, x;
  int i = 0;
  while (i < n && yao_map_iter_next(&it, &k, &x)) { keys[i] = (yao_str *)k.u.p; vals[i] = x; i++; }
  for (int f = 0; f < d->nfields; f++) {
    if (d->fields[f].optional) continue;
    bool found = false;
    for (int j = 0; j < n && !found; j++) found = same_str(keys[j], d->fields[f].name);
    if (!found) { path_push(path, d->fields[f].name, 0); mismatch(d, path, "a value (the member is missing)"); }
  }
  yao_shape *shape = layout_for(d, n, keys);
  yao_obj *o = (yao_obj *)yao_alloc(shape, shape->size);
  char saved[256];
  for (int j = 0; j < n; j++) {
    const yao_tdesc_field *f = declared(d, keys[j]);
    yao_val c = vals[j];
    if (f) {
      for (int q = 0; (saved[q] = path[q]); q++) {}
      path_push(path, f->name, 0);
      c = convert(vals[j], f->type, path);
      for (int q = 0; (path[q] = saved[q]); q++) {}
    }
    store((char *)o + shape->fields[j].offset, shape->fields[j].repr, c);
  }
  return yao_val_ref(o);
}

static yao_val convert(yao_val v, const yao_tdesc *d, char *path) {
  if (v.tag == YAO_T_NULL && (d->nullable & 1)) return v;
  if (v.tag == YAO_T_UNDEF && (d->nullable & 2)) return v;
  switch (d->kind) {
    case YAO_TD_ANY: return v;
    case YAO_TD_NUM: if (v.tag != YAO_T_NUM) mismatch(d, path, "a number"); return v;
    case YAO_TD_BOOL: if (v.tag != YAO_T_BOOL) mismatch(d, path, "a boolean"); return v;
    case YAO_TD_STR: if (!is_kind(v, YAO_K_STRING)) mismatch(d, path, "a string"); return v;
    case YAO_TD_ARR: return convert_array(v, d, path);
    case YAO_TD_OBJ: return convert_object(v, d, path);
    default: mismatch(d, path, "a value yao can represent");
  }
}

yao_val yao_json_typed(yao_val tree, const yao_tdesc *d) {
  char path[256] = "$";
  return convert(tree, d, path);
}
