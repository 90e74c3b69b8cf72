/* JSON.stringify and JSON.parse for generated code (declared in lib2.h, which also describes
 * the parse tree). Both follow ECMA-262 25.5 and reproduce V8's observable choices: its error
 * messages (the SyntaxError texts with positions and source context, the TypeError that
 * describes a cycle's path), key order and number formatting. The parser is iterative (an
 * explicit stack), so deeply nested input cannot overflow the C stack; stringify recurses and
 * checks the stack as generated code does. Output is written into a yao_sb (rt_string2.c). */
#include "lib2.h"

#define MAX_GAP 10
/* Nesting depth at which stringify gives up with V8's RangeError even when the stack would
 * allow more (YAO_STACK_CHECK catches the rest): C frames here are small, but kernel stacks are too. */
#define MAX_DEPTH 5000

static void put_int(yao_sb *b, int64_t v) {
  char out[YAO_NUM_BUF];
  yao_num_to_string((double)v, out);
  yao_sb_ascii(b, out);
}

/* Throws a builtin error whose message may hold any UTF-16 text (source context, keys), which
 * yao_throw_error's C string could not carry. */
static _Noreturn void throw_text(const yao_shape *error, yao_str *msg) {
  yao_throw(yao_val_ref(yao_error_new(error, msg)));
}

/* ============================================================================================
 * JSON.stringify
 * ============================================================================================ */

/* How a value was reached from its container: for cycle messages. */
typedef struct key_ref { int64_t index; const yao_str *str; const char *cstr; } key_ref;
/* One container being serialized; the chain up to the root is the cycle-detection stack. */
typedef struct frame { const void *obj; const struct frame *up; key_ref key; } frame;

typedef struct ser {
  yao_sb out;
  uint16_t gap[MAX_GAP];
  int gaplen;
  int depth;
} ser;

static bool is_kind(yao_val v, int kind) {
  return v.tag == YAO_T_REF && ((const yao_obj *)v.u.p)->shape->kind == kind;
}

/* Values JSON.stringify leaves out of objects (and writes as null in arrays). */
static bool is_skipped(yao_val v) { return v.tag == YAO_T_UNDEF || is_kind(v, YAO_K_FUNCTION); }

static const char hex_digits[] = "0123456789abcdef";

static void put_escape_u(yao_sb *b, uint16_t c) {
  yao_sb_ascii(b, "\\u");
  for (int shift = 12; shift >= 0; shift -= 4) yao_sb_put(b, (uint16_t)hex_digits[(c >> shift) & 15]);
}

/* QuoteJSONString (ECMA-262 25.5.2.3): well-formed output, lone surrogates escaped. */
static void quote_units(yao_sb *b, const uint16_t *d, int32_t n) {
  yao_sb_grow(b, (int64_t)n + 2);
  yao_sb_put(b, '"');
  for (int32_t i = 0; i < n; i++) {
    uint16_t c = d[i];
    if (c >= 0x20 && c != '"' && c != '\\' && (c < 0xD800 || c > 0xDFFF)) { yao_sb_put(b, c); continue; }
    switch (c) {
      case '"': yao_sb_ascii(b, "\\\""); continue;
      case '\\': yao_sb_ascii(b, "\\\\"); continue;
      case '\b': yao_sb_ascii(b, "\\b"); continue;
      case '\f': yao_sb_ascii(b, "\\f"); continue;
      case '\n': yao_sb_ascii(b, "\\n"); continue;
      case '\r': yao_sb_ascii(b, "\\r"); continue;
      case '\t': yao_sb_ascii(b, "\\t"); continue;
      default: break;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && d[i + 1] >= 0xDC00 && d[i + 1] <= 0xDFFF) {
      yao_sb_put(b, c);
      yao_sb_put(b, d[++i]);
    } else {
      put_escape_u(b, c);
    }
  }
  yao_sb_put(b, '"');
}

/* A C string from a shape (UTF-8 field names) as UTF-16. */
static yao_str *utf8_str(const char *s) {
  yao_sb b;
  yao_sb_init(&b, 16);
  for (const uint8_t *p = (const uint8_t *)s; *p;) {
    uint32_t c = *p++;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (more) c &= 0x3F >> more;
    for (; more && (*p & 0xC0) == 0x80; more--) c = (c << 6) | (*p++ & 0x3F);
    if (c >= 0x10000) {
      yao_sb_put(&b, (uint16_t)(0xD800 + ((c - 0x10000) >> 10)));
      yao_sb_put(&b, (uint16_t)(0xDC00 + (c & 0x3FF)));
    } else {
      yao_sb_put(&b, (uint16_t)c);
    }
  }
  return yao_sb_finish(&b);
}

static void put_number(yao_sb *b, double d) {
  if (d - d != 0) { yao_sb_ascii(b, "null"); return; } /* NaN, ±Infinity */
  char out[YAO_NUM_BUF];
  yao_num_to_string(d, out); /* -0 prints as 0 */
  yao_sb_ascii(b, out);
}

/* ---- cycles ------------------------------------------------------------------------------- */

/* Object literals have shapes without a name: their constructor is Object. */
static const char *constructor_name(const void *obj) {
  const yao_shape *s = ((const yao_obj *)obj)->shape;
  if (s->kind == YAO_K_ARRAY) return "Array";
  return s->name && s->name[0] ? s->name : "Object";
}

static void put_utf8(yao_sb *b, const char *s) {
  yao_str *u = utf8_str(s);
  yao_sb_append(b, u->data, u->len);
}

/* "index 3", "property 'name'", or "<anonymous>" for the empty key, as V8 writes them. */
static void put_key_ref(yao_sb *b, const key_ref *k) {
  if (k->index >= 0) { yao_sb_ascii(b, "index "); put_int(b, k->index); return; }
  if (k->str ? k->str->len == 0 : k->cstr[0] == 0) { yao_sb_ascii(b, "<anonymous>"); return; }
  yao_sb_ascii(b, "property '");
  if (k->str) yao_sb_append(b, k->str->data, k->str->len);
  else put_utf8(b, k->cstr);
  yao_sb_ascii(b, "'");
}

static void put_path_line(yao_sb *b, const frame *f) {
  yao_sb_ascii(b, "\n    |     ");
  put_key_ref(b, &f->key);
  yao_sb_ascii(b, " -> object with constructor '");
  put_utf8(b, constructor_name(f->obj));
  yao_sb_ascii(b, "'");
}

/* V8's message: the object the cycle starts at, the path from it (the first two and the last
 * step when it is longer than three), and the key that closes the circle. */
static _Noreturn void throw_circular(const frame *start, const frame *last, key_ref closing) {
  enum { PREFIX = 2, POSTFIX = 1 };
  const frame *path[PREFIX + POSTFIX];
  int32_t k = 0;
  for (const frame *f = last; f != start; f = f->up) k++;
  yao_sb b;
  yao_sb_init(&b, 200);
  yao_sb_ascii(&b, "Converting circular structure to JSON\n    --> starting at object with constructor '");
  put_utf8(&b, constructor_name(start->obj));
  yao_sb_ascii(&b, "'");
  int32_t i = k;
  for (const frame *f = last; f != start; f = f->up) {
    i--; /* f is step i of 0..k-1 from the start */
    if (i < PREFIX) path[i] = f;
    else if (i == k - 1) path[PREFIX] = f;
  }
  for (int32_t j = 0; j < k && j < PREFIX; j++) put_path_line(&b, path[j]);
  if (k > PREFIX + POSTFIX) yao_sb_ascii(&b, "\n    |     ...");
  if (k > PREFIX) put_path_line(&b, path[PREFIX]);
  yao_sb_ascii(&b, "\n    --- ");
  put_key_ref(&b, &closing);
  yao_sb_ascii(&b, " closes the circle");
  throw_text(&yao_TypeError__shape, yao_sb_finish(&b));
}

/* Pushes obj (reached from `up` through key) after checking it is not already on the stack. */
static void enter(ser *st, frame *f, const void *obj, const frame *up, key_ref key) {
  for (const frame *g = up; g; g = g->up)
    if (g->obj == obj) throw_circular(g, up, key);
  YAO_STACK_CHECK();
  if (st->depth >= MAX_DEPTH) yao_throw_error("RangeError", "Maximum call stack size exceeded");
  st->depth++;
  f->obj = obj;
  f->up = up;
  f->key = key;
}

/* ---- layout --------------------------------------------------------------------------------- */

static void newline_indent(ser *st) {
  yao_sb_put(&st->out, '\n');
  for (int d = 0; d < st->depth; d++) yao_sb_append(&st->out, st->gap, st->gaplen);
}

/* Before the n-th member of a container (n counts from 0). */
static void member_start(ser *st, int64_t n) {
  if (n > 0) yao_sb_put(&st->out, ',');
  if (st->gaplen) newline_indent(st);
}

static void container_end(ser *st, int64_t n, uint16_t close) {
  st->depth--;
  if (n > 0 && st->gaplen) newline_indent(st);
  yao_sb_put(&st->out, close);
}

static void put_key(ser *st, const yao_str *key) {
  quote_units(&st->out, key->data, key->len);
  yao_sb_put(&st->out, ':');
  if (st->gaplen) yao_sb_put(&st->out, ' ');
}

static void put_value(ser *st, yao_val v, const frame *up, key_ref key);

/* ---- arrays ----------------------------------------------------------------------------------- */

static yao_val array_elem(const yao_arr *a, int32_t i) {
  switch (a->h.shape->elem) {
    case YAO_EK_F64: return yao_val_num(((const double *)a->data)[i]);
    case YAO_EK_BOOL: return yao_val_bool(((const bool *)a->data)[i]);
    case YAO_EK_VAL: return ((const yao_val *)a->data)[i];
    default: return yao_val_ref_nul(((void *const *)a->data)[i]);
  }
}

static void put_array(ser *st, const yao_arr *a, const frame *up, key_ref key) {
  frame f;
  enter(st, &f, a, up, key);
  yao_sb_put(&st->out, '[');
  for (int32_t i = 0; i < a->len; i++) {
    member_start(st, i);
    yao_val v = array_elem(a, i);
    if (is_skipped(v)) yao_sb_ascii(&st->out, "null");
    else put_value(st, v, &f, (key_ref){i, NULL, NULL});
  }
  container_end(st, a->len, ']');
}

/* ---- typed arrays: objects with index keys ------------------------------------------------------- */

static double typed_elem(const yao_typed *t, int32_t i) {
  switch (t->h.shape->elem) {
    case YAO_TA_KIND_I8: return ((const int8_t *)t->data)[i];
    case YAO_TA_KIND_U8: case YAO_TA_KIND_U8C: return ((const uint8_t *)t->data)[i];
    case YAO_TA_KIND_I16: return ((const int16_t *)t->data)[i];
    case YAO_TA_KIND_U16: return ((const uint16_t *)t->data)[i];
    case YAO_TA_KIND_I32: return ((const int32_t *)t->data)[i];
    case YAO_TA_KIND_U32: return ((const uint32_t *)t->data)[i];
    case YAO_TA_KIND_F32: return ((const float *)t->data)[i];
    default: return ((const double *)t->data)[i];
  }
}

static void put_typed(ser *st, const yao_typed *t) {
  st->depth++; /* cannot be part of a cycle: no frame */
  yao_sb_put(&st->out, '{');
  for (int32_t i = 0; i < t->len; i++) {
    member_start(st, i);
    yao_sb_put(&st->out, '"');
    put_int(&st->out, i);
    yao_sb_ascii(&st->out, st->gaplen ? "\": " : "\":");
    put_number(&st->out, typed_elem(t, i));
  }
  container_end(st, t->len, '}');
}

/* ---- JSON objects (maps from rt_map.c) --------------------------------------------------------------- */

static void put_jsonobj(ser *st, yao_map *m, const frame *up, key_ref key) {
  frame f;
  enter(st, &f, m, up, key);
  yao_sb_put(&st->out, '{');
  int64_t n = 0;
  yao_map_iter it = yao_map_iter_start(m);
  yao_val k, v;
  while (yao_map_iter_next(&it, &k, &v)) {
    if (is_skipped(v)) continue;
    const yao_str *name = is_kind(k, YAO_K_STRING) ? (const yao_str *)k.u.p : yao_str_of_val(k);
    member_start(st, n++);
    put_key(st, name);
    put_value(st, v, &f, (key_ref){-1, name, NULL});
  }
  container_end(st, n, '}');
}

/* ---- class instances and object literals ---------------------------------------------------------- */

static yao_val field_value(const yao_obj *o, const yao_field *fd) {
  const char *p = (const char *)o + fd->offset;
  switch (fd->repr) {
    case YAO_R_F64: return yao_val_num(*(const double *)p);
    case YAO_R_I64: return yao_val_num((double)*(const int64_t *)p);
    case YAO_R_BOOL: return yao_val_bool(*(const bool *)p);
    case YAO_R_VAL: return *(const yao_val *)p;
    default: return yao_val_ref_nul(*(void *const *)p);
  }
}

/* Array index names ("0".."4294967294", canonical) come first in JavaScript's key order. */
static int64_t index_of_name(const char *s) {
  if (!*s || (s[0] == '0' && s[1])) return -1;
  int64_t v = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9') return -1;
    v = v * 10 + (*s - '0');
    if (v >= 4294967295LL) return -1;
  }
  return v;
}

/* Fields set up by a builtin Error constructor (message) are not enumerable in JavaScript. */
static uint32_t hidden_fields(const yao_shape *s) {
  for (const yao_shape *p = s; p; p = p->parent)
    if (p->flags & YAO_SHAPE_BUILTIN_ERROR) return p->nfields;
  return 0;
}

static void put_field(ser *st, const yao_obj *o, const yao_field *fd, int64_t *n, const frame *f) {
  if (fd->name[0] == '#') return;
  yao_val v = field_value(o, fd);
  if (is_skipped(v)) return;
  member_start(st, (*n)++);
  put_key(st, utf8_str(fd->name));
  put_value(st, v, f, (key_ref){-1, NULL, fd->name});
}

static void put_object(ser *st, const yao_obj *o, const frame *up, key_ref key) {
  frame f;
  enter(st, &f, o, up, key);
  yao_sb_put(&st->out, '{');
  const yao_shape *s = o->shape;
  uint32_t first = hidden_fields(s);
  int64_t n = 0, prev = -1;
  for (;;) { /* index-named fields in ascending order, one pass each (they are rare) */
    int64_t best = -1;
    const yao_field *pick = NULL;
    for (uint32_t i = first; i < s->nfields; i++) {
      int64_t idx = index_of_name(s->fields[i].name);
      if (idx > prev && (best < 0 || idx < best)) { best = idx; pick = &s->fields[i]; }
    }
    if (!pick) break;
    put_field(st, o, pick, &n, &f);
    prev = best;
  }
  for (uint32_t i = first; i < s->nfields; i++)
    if (index_of_name(s->fields[i].name) < 0) put_field(st, o, &s->fields[i], &n, &f);
  container_end(st, n, '}');
}

/* ---- values ------------------------------------------------------------------------------------------ */

static void put_value(ser *st, yao_val v, const frame *up, key_ref key) {
  switch (v.tag) {
    case YAO_T_NULL: yao_sb_ascii(&st->out, "null"); return;
    case YAO_T_BOOL: yao_sb_ascii(&st->out, v.u.b ? "true" : "false"); return;
    case YAO_T_NUM: put_number(&st->out, v.u.f); return;
    case YAO_T_REF: break;
    default: yao_panic("yao: JSON.stringify reached an undefined value it should have skipped");
  }
  const yao_obj *o = (const yao_obj *)v.u.p;
  switch (o->shape->kind) {
    case YAO_K_STRING: quote_units(&st->out, ((const yao_str *)o)->data, ((const yao_str *)o)->len); return;
    case YAO_K_ARRAY: put_array(st, (const yao_arr *)o, up, key); return;
    case YAO_K_TYPED: put_typed(st, (const yao_typed *)o); return;
    case YAO_K_JSONOBJ: put_jsonobj(st, (yao_map *)o, up, key); return;
    case YAO_K_MAP: case YAO_K_SET: case YAO_K_ABUF: case YAO_K_DVIEW: yao_sb_ascii(&st->out, "{}"); return;
    default: put_object(st, o, up, key); return;
  }
}

/* The gap (ECMA-262 25.5.2, steps 6-8): a number of spaces up to 10, or a string's first 10 units. */
static void set_gap(ser *st, yao_val indent) {
  st->gaplen = 0;
  if (indent.tag == YAO_T_NUM) {
    double d = indent.u.f;
    int n = d >= MAX_GAP ? MAX_GAP : d >= 1 ? (int)d : 0;
    for (int i = 0; i < n; i++) st->gap[i] = ' ';
    st->gaplen = n;
  } else if (is_kind(indent, YAO_K_STRING)) {
    const yao_str *s = (const yao_str *)indent.u.p;
    st->gaplen = s->len < MAX_GAP ? s->len : MAX_GAP;
    for (int i = 0; i < st->gaplen; i++) st->gap[i] = s->data[i];
  }
}

yao_str *yao_json_stringify(yao_val v, yao_val indent, bool *undef) {
  *undef = is_skipped(v);
  if (*undef) return NULL;
  ser st;
  set_gap(&st, indent);
  st.depth = 0;
  yao_sb_init(&st.out, 64);
  put_value(&st, v, NULL, (key_ref){-1, NULL, ""});
  return yao_sb_finish(&st.out);
}

/* ============================================================================================
 * JSON.parse
 * ============================================================================================ */

typedef struct parser { const uint16_t *s; int32_t n; int32_t i; yao_str *text; } parser;

/* V8's context rules for "Unexpected token" (json-parser.cc): whole sources shorter than 21
 * units are quoted entirely, longer ones by 10 units either side of the token. */
#define CONTEXT 10
#define MIN_LEN_FOR_CONTEXT (2 * CONTEXT + 1)

/* "<what> at position <pos>": `what` ends with "in JSON" or "after JSON". */
static _Noreturn void fail_at(const char *what, int32_t pos) {
  yao_sb b;
  yao_sb_init(&b, 80);
  yao_sb_ascii(&b, what);
  yao_sb_ascii(&b, " at position ");
  put_int(&b, pos);
  throw_text(&yao_SyntaxError__shape, yao_sb_finish(&b));
}

static bool source_is(const parser *p, const char *lit) {
  int32_t k = 0;
  for (; lit[k]; k++)
    if (k >= p->n || p->s[k] != (uint8_t)lit[k]) return false;
  return k == p->n;
}

/* Something unexpected at p->i, described by its token class as V8 does: the end of the
 * input, a number, a string, or any other character with the source around it. */
static _Noreturn void fail_unexpected(const parser *p) {
  int32_t pos = p->i;
  if (pos >= p->n) yao_throw_error("SyntaxError", "Unexpected end of JSON input");
  uint16_t c = p->s[pos];
  if (c == '"') fail_at("Unexpected string in JSON", pos);
  if (c == '-' || (c >= '0' && c <= '9')) fail_at("Unexpected number in JSON", pos);
  yao_sb b;
  yao_sb_init(&b, 80);
  if (source_is(p, "[object Object]") || source_is(p, "undefined") || source_is(p, "Infinity") || source_is(p, "NaN")) {
    yao_sb_put(&b, '"');
    yao_sb_append(&b, p->s, p->n);
    yao_sb_ascii(&b, "\" is not valid JSON");
    throw_text(&yao_SyntaxError__shape, yao_sb_finish(&b));
  }
  yao_sb_ascii(&b, "Unexpected token '");
  yao_sb_put(&b, c);
  yao_sb_ascii(&b, "', ");
  /* the whole source when short, else 10 units either side of the token, cut at the start
   * or the end of the source when the token is that close to it */
  enum { WHOLE, START, MIDDLE, END } form =
    p->n < MIN_LEN_FOR_CONTEXT ? WHOLE : pos < CONTEXT ? START : pos < p->n - CONTEXT ? MIDDLE : END;
  int32_t from = form == MIDDLE || form == END ? pos - CONTEXT : 0;
  int32_t to = form == START || form == MIDDLE ? pos + CONTEXT : p->n;
  if (form == MIDDLE || form == END) yao_sb_ascii(&b, "...");
  yao_sb_put(&b, '"');
  yao_sb_append(&b, p->s + from, to - from);
  yao_sb_put(&b, '"');
  if (form == START || form == MIDDLE) yao_sb_ascii(&b, "...");
  yao_sb_ascii(&b, " is not valid JSON");
  throw_text(&yao_SyntaxError__shape, yao_sb_finish(&b));
}

static int32_t peek(const parser *p) { return p->i < p->n ? p->s[p->i] : -1; }

static void skip_ws(parser *p) {
  while (p->i < p->n) {
    uint16_t c = p->s[p->i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
    p->i++;
  }
}

static bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }

static int hex_value(int32_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* After a backslash at p->i - 1: one escape into b. */
static void parse_escape(parser *p, yao_sb *b) {
  int32_t c = peek(p);
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  for (int k = 0; from[k]; k++)
    if (c == from[k]) { yao_sb_put(b, (uint8_t)to[k]); p->i++; return; }
  if (c < 0 || c > 0xFF) fail_unexpected(p); /* V8 reports other escapes beyond Latin-1 as tokens */
  if (c != 'u') fail_at("Bad escaped character in JSON", p->i);
  uint16_t u = 0;
  for (int k = 1; k <= 4; k++) {
    int h = p->i + k < p->n ? hex_value(p->s[p->i + k]) : -1;
    if (h < 0) fail_at("Bad Unicode escape in JSON", p->i + k); /* also at the end of the input */
    u = (uint16_t)(u << 4 | h);
  }
  yao_sb_put(b, u);
  p->i += 5;
}

/* A string starting at the quote at p->i. */
static yao_str *parse_string(parser *p) {
  int32_t start = ++p->i;
  while (p->i < p->n) { /* fast path: no escapes */
    uint16_t c = p->s[p->i];
    if (c == '"') {
      yao_str *r = yao_str_new(p->s + start, p->i - start);
      p->i++;
      return r;
    }
    if (c == '\\' || c < 0x20) break;
    p->i++;
  }
  yao_sb b;
  yao_sb_init(&b, p->i - start + 16);
  yao_sb_append(&b, p->s + start, p->i - start);
  for (;;) {
    if (p->i >= p->n) fail_at("Unterminated string in JSON", p->i);
    uint16_t c = p->s[p->i];
    if (c == '"') break;
    if (c < 0x20) fail_at("Bad control character in string literal in JSON", p->i);
    p->i++;
    if (c == '\\') parse_escape(p, &b);
    else yao_sb_put(&b, c);
  }
  p->i++;
  return yao_sb_finish(&b);
}

static double parse_number(parser *p) {
  int32_t start = p->i;
  if (peek(p) == '-') {
    p->i++;
    if (!is_digit(peek(p))) fail_at("No number after minus sign in JSON", p->i);
  }
  if (peek(p) == '0') {
    p->i++;
    if (is_digit(peek(p))) fail_at("Unexpected number in JSON", p->i);
  } else {
    while (is_digit(peek(p))) p->i++;
  }
  if (peek(p) == '.') {
    p->i++;
    if (!is_digit(peek(p))) fail_at("Unterminated fractional number in JSON", p->i);
    while (is_digit(peek(p))) p->i++;
  }
  if (peek(p) == 'e' || peek(p) == 'E') {
    p->i++;
    if (peek(p) == '+' || peek(p) == '-') p->i++;
    if (!is_digit(peek(p))) fail_at("Exponent part is missing a number in JSON", p->i);
    while (is_digit(peek(p))) p->i++;
  }
  return yao_string_to_number(p->s + start, p->i - start);
}

static void expect_literal(parser *p, const char *lit) {
  for (int k = 0; lit[k]; k++, p->i++)
    if (peek(p) != (uint8_t)lit[k]) fail_unexpected(p);
}

/* A value that is not an array or object. */
static yao_val parse_scalar(parser *p) {
  int32_t c = peek(p);
  if (c == '"') return yao_val_ref(parse_string(p));
  if (c == '-' || is_digit(c)) return yao_val_num(parse_number(p));
  if (c == 't') { expect_literal(p, "true"); return yao_val_bool(true); }
  if (c == 'f') { expect_literal(p, "false"); return yao_val_bool(false); }
  if (c == 'n') { expect_literal(p, "null"); return yao_val_null(); }
  fail_unexpected(p);
}

/* ---- objects: JavaScript's key order ---------------------------------------------------------- */

/* An open array or object on the parser's stack. */
typedef struct pframe {
  void *container;     /* yao_arr * or yao_map * */
  yao_str *key;        /* objects: the key whose value is being parsed */
  bool is_object;
  bool reorder;        /* an index key came after a name or a larger index */
  bool seen_name;
  int64_t last_index;
} pframe;

static int64_t index_of_key(const yao_str *k) {
  if (k->len == 0 || k->len > 10 || (k->data[0] == '0' && k->len > 1)) return -1;
  int64_t v = 0;
  for (int32_t i = 0; i < k->len; i++) {
    if (!is_digit(k->data[i])) return -1;
    v = v * 10 + (k->data[i] - '0');
  }
  return v < 4294967295LL ? v : -1;
}

static void add_member(pframe *f, yao_val v) {
  int64_t idx = index_of_key(f->key);
  if (idx < 0) f->seen_name = true;
  else {
    if (f->seen_name || idx < f->last_index) f->reorder = true;
    if (idx > f->last_index) f->last_index = idx;
  }
  yao_map_set((yao_map *)f->container, yao_val_ref(f->key), v);
}

typedef struct member { int64_t index; yao_val key, value; } member;

/* Stable merge sort of members by index (bottom-up, into scratch). */
static void sort_members(member *a, member *scratch, int64_t n) {
  for (int64_t width = 1; width < n; width *= 2) {
    for (int64_t lo = 0; lo < n; lo += 2 * width) {
      int64_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      int64_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) scratch[k++] = a[j].index < a[i].index ? a[j++] : a[i++];
      while (i < mid) scratch[k++] = a[i++];
      while (j < hi) scratch[k++] = a[j++];
    }
    for (int64_t k = 0; k < n; k++) a[k] = scratch[k];
  }
}

/* Scratch arrays of the parser (members, its stack) hold references: scanned blocks whose first
 * 16 bytes stay the block's header. */
static const yao_shape shape_scratch = {.kind = YAO_K_RAW, .name = "json scratch", .size = 0};

static void *alloc_scratch(size_t bytes) { return (char *)yao_alloc(&shape_scratch, 16 + bytes) + 16; }

/* Rebuilds an object whose index keys are out of place: indexes ascending, then the names. */
static yao_map *reordered(yao_map *m) {
  int64_t n = yao_map_size(m);
  member *a = (member *)alloc_scratch((size_t)(2 * n + 1) * sizeof(member));
  member *scratch = a + n;
  int64_t ni = 0;
  yao_map_iter it = yao_map_iter_start(m);
  yao_val k, v;
  while (yao_map_iter_next(&it, &k, &v)) {
    int64_t idx = index_of_key((const yao_str *)k.u.p);
    if (idx >= 0) a[ni++] = (member){idx, k, v};
  }
  sort_members(a, scratch, ni);
  yao_map *out = yao_jsonobj_new();
  for (int64_t i = 0; i < ni; i++) yao_map_set(out, a[i].key, a[i].value);
  it = yao_map_iter_start(m);
  while (yao_map_iter_next(&it, &k, &v))
    if (index_of_key((const yao_str *)k.u.p) < 0) yao_map_set(out, k, v);
  return out;
}

/* ---- the parse loop --------------------------------------------------------------------------- */

typedef struct pstack { pframe *f; int32_t depth, cap; } pstack;

static pframe *push_frame(pstack *st, void *container, bool is_object) {
  if (st->depth == st->cap) {
    int32_t cap = st->cap ? st->cap * 2 : 16;
    pframe *nf = (pframe *)alloc_scratch((size_t)cap * sizeof(pframe));
    for (int32_t i = 0; i < st->depth; i++) nf[i] = st->f[i];
    st->f = nf;
    st->cap = cap;
  }
  pframe *f = &st->f[st->depth++];
  *f = (pframe){container, NULL, is_object, false, false, -1};
  return f;
}

/* After '{' or ',' in an object: the key and its colon. V8 names the missing colon only after
 * an object's first key; after the others it reports the token found instead. */
static void parse_key(parser *p, pframe *f, bool first) {
  skip_ws(p);
  if (peek(p) != '"') fail_at(first ? "Expected property name or '}' in JSON" : "Expected double-quoted property name in JSON", p->i);
  f->key = parse_string(p);
  skip_ws(p);
  if (peek(p) != ':') {
    if (first) fail_at("Expected ':' after property name in JSON", p->i);
    fail_unexpected(p);
  }
  p->i++;
}

/* Opens an array or object at p->i. Returns true with *v set when it is empty (closed at once). */
static bool open_container(parser *p, pstack *st, yao_val *v) {
  bool obj = p->s[p->i++] == '{';
  skip_ws(p);
  if (peek(p) == (obj ? '}' : ']')) {
    p->i++;
    *v = obj ? yao_val_ref(yao_jsonobj_new()) : yao_val_ref(yao_arr_from(YAO_EK_VAL, sizeof(yao_val), 0, NULL));
    return true;
  }
  if (obj) parse_key(p, push_frame(st, yao_jsonobj_new(), true), true);
  else push_frame(st, yao_arr_from(YAO_EK_VAL, sizeof(yao_val), 0, NULL), false);
  return false;
}

/* Adds v to the innermost container and reads what follows: true when another value is due,
 * false when the container closed (its value replaces *v and goes to the next one out). */
static bool continue_container(parser *p, pstack *st, yao_val *v) {
  pframe *f = &st->f[st->depth - 1];
  if (f->is_object) add_member(f, *v);
  else *(yao_val *)yao_arr_push_slot((yao_arr *)f->container, sizeof(yao_val)) = *v;
  skip_ws(p);
  int32_t c = peek(p);
  if (c == ',') {
    p->i++;
    if (f->is_object) parse_key(p, f, false);
    return true;
  }
  if (c != (f->is_object ? '}' : ']'))
    fail_at(f->is_object ? "Expected ',' or '}' after property value in JSON" : "Expected ',' or ']' after array element in JSON", p->i);
  p->i++;
  void *done = f->is_object && f->reorder ? reordered((yao_map *)f->container) : f->container;
  *v = yao_val_ref(done);
  st->depth--;
  return false;
}

yao_val yao_json_parse(yao_str *text) {
  parser p = {text->data, text->len, 0, text};
  pstack st = {NULL, 0, 0};
  yao_val v;
  for (;;) {
    skip_ws(&p);
    int32_t c = peek(&p);
    bool closed = true;
    if (c == '[' || c == '{') closed = open_container(&p, &st, &v);
    else v = parse_scalar(&p);
    if (!closed) continue;
    while (st.depth > 0 && !continue_container(&p, &st, &v)) {}
    if (st.depth == 0) break;
  }
  skip_ws(&p);
  if (p.i < p.n) fail_at("Unexpected non-whitespace character after JSON", p.i);
  return v;
}
