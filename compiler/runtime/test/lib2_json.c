/* Test driver for rt_json.c (protocol in lib2_io.h). Requests:
 *   stringify INDENT VALUE...   JSON.stringify(value, null, indent)  -> string, or U (undefined)
 *   parse TEXT                  JSON.parse(text)                     -> the tree as a VALUE
 *   roundtrip TEXT INDENT       JSON.stringify(JSON.parse(text), null, indent)
 *   depth TEXT                  nesting depth of JSON.parse(text) (arrays of one element)
 *   field TEXT KEY              JSON.parse(text)[key] through yao_map_get_cstr (KEY as UTF-8)
 *                               -> the value as a VALUE, or U
 * INDENT is u, n<bits> or s<hex>. VALUE is written in prefix tokens that build real runtime
 * values (containers A, O, C, J are numbered in the order they start, for R):
 *   u z t f             undefined, null, true, false
 *   n<bits>  s<hex>     number, string            F  a function
 *   A<ek> N elems       array of element kind ek: d (F64) b (BOOL) v (VAL) s (STR) r (REF)
 *   O N fields          object literal (a shape without a name, as the compiler makes them);  C<hex> N fields  class instance named <hex>
 *                       a field is NAME REPR VALUE with REPR one of d i b v s r (YAO_R_F64, I64
 *                       as i<decimal>, BOOL, VAL, STR, REF); NAME is UTF-16 hex (UTF-8 in the shape)
 *   J N (KEY VALUE)...  JSON object (yao_map of shape jsonobj)
 *   T<kind> N n...      typed array of YAO_TA_KIND kind
 *   M S B D             Map, Set, ArrayBuffer, DataView
 *   E<hex>              new Error(message)
 *   R<k>                the k-th container again (a shared reference or a cycle) */
#include "lib2_io.h"

#define MAX_CONTAINERS 4096

static int at;  /* next token */
static void *containers[MAX_CONTAINERS];
static int ncontainers;

static const char *next_token(void) { return at < ntokens ? tokens[at++] : "u"; }

static yao_val build(void);

static void *remember(void *c) {
  if (ncontainers < MAX_CONTAINERS) containers[ncontainers++] = c;
  return c;
}

static char *utf8_name(const yao_str *s) {
  char *out = (char *)malloc((size_t)s->len * 3 + 1);
  int n = 0;
  for (int32_t i = 0; i < s->len; i++) {
    uint32_t c = s->data[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->len) c = 0x10000 + ((c - 0xD800) << 10) + (s->data[++i] - 0xDC00u);
    if (c < 0x80) out[n++] = (char)c;
    else if (c < 0x800) { out[n++] = (char)(0xC0 | (c >> 6)); out[n++] = (char)(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { out[n++] = (char)(0xE0 | (c >> 12)); out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F)); }
    else {
      out[n++] = (char)(0xF0 | (c >> 18)); out[n++] = (char)(0x80 | ((c >> 12) & 0x3F));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F)); out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  out[n] = 0;
  return out;
}

static yao_arr *build_array(char ek) {
  static const int kinds[128] = {['d'] = YAO_EK_F64, ['b'] = YAO_EK_BOOL, ['v'] = YAO_EK_VAL, ['s'] = YAO_EK_STR, ['r'] = YAO_EK_REF};
  static const size_t sizes[] = {[YAO_EK_F64] = 8, [YAO_EK_BOOL] = 1, [YAO_EK_VAL] = sizeof(yao_val), [YAO_EK_STR] = 8, [YAO_EK_REF] = 8};
  int kind = kinds[(int)ek];
  yao_arr *a = (yao_arr *)remember(yao_arr_from(kind, sizes[kind], 0, NULL));
  int n = atoi(next_token());
  for (int i = 0; i < n; i++) {
    yao_val v = build();
    void *slot = yao_arr_push_slot(a, sizes[kind]);
    switch (kind) {
      case YAO_EK_F64: *(double *)slot = v.u.f; break;
      case YAO_EK_BOOL: *(bool *)slot = v.u.b; break;
      case YAO_EK_VAL: *(yao_val *)slot = v; break;
      default: *(void **)slot = yao_val_to_ref_nul(v); break;
    }
  }
  return a;
}

/* An object with a shape made for it: fields 16 bytes apart after the header. */
static yao_obj *build_object(const char *name) {
  int n = atoi(next_token());
  yao_shape *shape = (yao_shape *)calloc(1, sizeof(yao_shape));
  yao_field *fields = (yao_field *)calloc((size_t)n + 1, sizeof(yao_field));
  shape->kind = YAO_K_OBJECT;
  shape->name = name;
  shape->size = (uint32_t)(16 + 16 * n);
  shape->nfields = (uint32_t)n;
  shape->fields = fields;
  yao_obj *o = (yao_obj *)remember(yao_alloc(shape, shape->size));
  for (int i = 0; i < n; i++) {
    const char *fname = next_token();
    fields[i].name = strcmp(fname, "_") == 0 ? "" : utf8_name(str_arg(fname));
    fields[i].offset = (uint32_t)(16 + 16 * i);
    char repr = next_token()[0];
    char *slot = (char *)o + fields[i].offset;
    if (repr == 'i') { fields[i].repr = YAO_R_I64; *(int64_t *)slot = atoll(next_token() + 1); continue; }
    yao_val v = build();
    switch (repr) {
      case 'd': fields[i].repr = YAO_R_F64; *(double *)slot = v.u.f; break;
      case 'b': fields[i].repr = YAO_R_BOOL; *(bool *)slot = v.u.b; break;
      case 'v': fields[i].repr = YAO_R_VAL; *(yao_val *)slot = v; break;
      case 's': fields[i].repr = YAO_R_STR; *(void **)slot = yao_val_to_ref_nul(v); break;
      default: fields[i].repr = YAO_R_REF; *(void **)slot = yao_val_to_ref_nul(v); break;
    }
  }
  return o;
}

static yao_map *build_jsonobj(void) {
  yao_map *m = (yao_map *)remember(yao_jsonobj_new());
  int n = atoi(next_token());
  for (int i = 0; i < n; i++) {
    yao_val key = yao_val_ref(str_arg(next_token()));
    yao_map_set(m, key, build());
  }
  return m;
}

static yao_typed *build_typed(int kind) {
  int n = atoi(next_token());
  yao_typed *t = yao_ta_new_len(kind, n);
  for (int i = 0; i < n; i++) {
    double d = num_arg(next_token() + 1);
    switch (kind) {
      case YAO_TA_KIND_I8: ((int8_t *)t->data)[i] = (int8_t)yao_toint32(d); break;
      case YAO_TA_KIND_U8: ((uint8_t *)t->data)[i] = (uint8_t)yao_toint32(d); break;
      case YAO_TA_KIND_U8C: ((uint8_t *)t->data)[i] = (uint8_t)yao_clamp_u8(d); break;
      case YAO_TA_KIND_I16: ((int16_t *)t->data)[i] = (int16_t)yao_toint32(d); break;
      case YAO_TA_KIND_U16: ((uint16_t *)t->data)[i] = (uint16_t)yao_toint32(d); break;
      case YAO_TA_KIND_I32: ((int32_t *)t->data)[i] = (int32_t)yao_toint32(d); break;
      case YAO_TA_KIND_U32: ((uint32_t *)t->data)[i] = (uint32_t)yao_toint32(d); break;
      case YAO_TA_KIND_F32: ((float *)t->data)[i] = (float)d; break;
      default: ((double *)t->data)[i] = d; break;
    }
  }
  return t;
}

static yao_val build(void) {
  const char *t = next_token();
  switch (t[0]) {
    case 'z': return yao_val_null();
    case 't': return yao_val_bool(true);
    case 'f': return yao_val_bool(false);
    case 'n': return yao_val_num(num_arg(t + 1));
    case 's': return yao_val_ref(str_arg(t + 1));
    case 'F': return yao_val_ref(yao_alloc_obj(&yao_shape_static_fn));
    case 'A': return yao_val_ref(build_array(t[1]));
    case 'O': return yao_val_ref(build_object(""));
    case 'C': return yao_val_ref(build_object(utf8_name(str_arg(t + 1))));
    case 'J': return yao_val_ref(build_jsonobj());
    case 'T': return yao_val_ref(build_typed(t[1] - '0'));
    case 'M': return yao_val_ref(yao_map_new(false));
    case 'S': return yao_val_ref(yao_map_new(true));
    case 'B': return yao_val_ref(yao_abuf_new(4));
    case 'D': return yao_val_ref(yao_dv_new(yao_abuf_new(4), 0, YAO_NAN));
    case 'E': return yao_val_ref(yao_error_new(&yao_Error__shape, str_arg(t + 1)));
    case 'R': return yao_val_ref(containers[atoi(t + 1)]);
    default: return yao_val_undef();
  }
}

static yao_val indent_arg(const char *t) {
  if (t[0] == 'n') return yao_val_num(num_arg(t + 1));
  if (t[0] == 's') return yao_val_ref(str_arg(t + 1));
  return yao_val_undef();
}

static void put_stringified(yao_val v, yao_val indent) {
  bool undef;
  yao_str *s = yao_json_stringify(v, indent, &undef);
  if (undef) fputs("U", stdout);
  else put_str(s);
}

/* The parse tree in the VALUE notation (arrays as Av, objects as J). */
static void put_tree(yao_val v) {
  switch (v.tag) {
    case YAO_T_NULL: fputs("z", stdout); return;
    case YAO_T_BOOL: fputs(v.u.b ? "t" : "f", stdout); return;
    case YAO_T_NUM: putchar('n'); put_num(v.u.f); return;
    case YAO_T_REF: break;
    default: fputs("?", stdout); return;
  }
  yao_obj *o = (yao_obj *)v.u.p;
  if (o->shape->kind == YAO_K_STRING) { putchar('s'); put_str((yao_str *)o); return; }
  if (o->shape->kind == YAO_K_ARRAY && o->shape->elem == YAO_EK_VAL) {
    yao_arr *a = (yao_arr *)o;
    printf("Av %d", a->len);
    for (int32_t i = 0; i < a->len; i++) { putchar(' '); put_tree(((yao_val *)a->data)[i]); }
    return;
  }
  if (o->shape->kind == YAO_K_JSONOBJ) {
    yao_map *m = (yao_map *)o;
    printf("J %lld", (long long)yao_map_size(m));
    yao_map_iter it = yao_map_iter_start(m);
    yao_val k, x;
    while (yao_map_iter_next(&it, &k, &x)) { putchar(' '); put_str((yao_str *)k.u.p); putchar(' '); put_tree(x); }
    return;
  }
  fputs("?", stdout);
}

static int depth_of(yao_val v) {
  int d = 0;
  while (v.tag == YAO_T_REF && ((yao_obj *)v.u.p)->shape->kind == YAO_K_ARRAY) {
    yao_arr *a = (yao_arr *)v.u.p;
    d++;
    if (a->len == 0) break;
    v = ((yao_val *)a->data)[0];
  }
  return d;
}

static void handle(void) {
  ncontainers = 0;
  if (strcmp(tokens[0], "stringify") == 0) {
    at = 2;
    yao_val v = build();
    put_stringified(v, indent_arg(tokens[1]));
  } else if (strcmp(tokens[0], "parse") == 0) put_tree(yao_json_parse(str_arg(tokens[1])));
  else if (strcmp(tokens[0], "roundtrip") == 0) put_stringified(yao_json_parse(str_arg(tokens[1])), indent_arg(tokens[2]));
  else if (strcmp(tokens[0], "depth") == 0) printf("%d", depth_of(yao_json_parse(str_arg(tokens[1]))));
  else if (strcmp(tokens[0], "field") == 0) {
    yao_val v = yao_map_get_cstr((yao_map *)yao_json_parse(str_arg(tokens[1])).u.p, utf8_name(str_arg(tokens[2])));
    if (v.tag == YAO_T_UNDEF) fputs("U", stdout);
    else put_tree(v);
  }
  else { fprintf(stderr, "lib2_json: unknown request %s\n", tokens[0]); exit(2); }
}

LIB2_DRIVER(handle)
