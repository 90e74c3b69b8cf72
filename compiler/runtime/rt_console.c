/* console.log: Node's formatting (util.format and util.inspect's default layout) for the
 * values yao programs have: primitives, strings (quoted inside containers), arrays (grouped in
 * columns when long), typed arrays, class instances, functions. Layout rules reproduced here:
 * break length 80, depth 2, 100 array items, arrays of more than 6 entries grouped in columns. */
#include "yao.h"
#include "gc.h"

#define BREAK_LENGTH 80
#define MAX_DEPTH 2
#define MAX_ITEMS 100

static yao_str empty_str = YAO_STR_STATIC(u"", 0);

static yao_str *ascii(const char *s) {
  int32_t n = 0;
  while (s[n]) n++;
  return yao_str_from_ascii(s, n);
}

static yao_str *cat(yao_str *a, yao_str *b) { return yao_str_concat(a, b); }
static yao_str *cat_c(yao_str *a, const char *b) { return yao_str_concat(a, ascii(b)); }

static yao_str *spaces(int n) {
  yao_str *s = &empty_str;
  for (int i = 0; i < n; i++) s = cat_c(s, " ");
  return s;
}

/* A growable list of formatted entries. */
typedef struct { yao_str **items; int n, cap; } list;

static void push(list *l, yao_str *s) {
  if (l->n == l->cap) {
    int cap = l->cap ? l->cap * 2 : 8;
    yao_str **ni = (yao_str **)yao_alloc_raw(sizeof(yao_str *) * (size_t)cap); /* scanned: the entries live */
    for (int i = 0; i < l->n; i++) ni[i] = l->items[i];
    l->items = ni;
    l->cap = cap;
  }
  l->items[l->n++] = s;
}

static yao_str *format_number(double d) {
  if (d == 0 && 1 / d < 0) return ascii("-0");
  return yao_str_of_f64(d);
}

/* Quotes a string the way util.inspect does: single quotes unless the text contains them. */
static yao_str *quote(const yao_str *s) {
  bool sq = false, dq = false, bt = false;
  for (int32_t i = 0; i < s->len; i++) {
    if (s->data[i] == '\'') sq = true;
    else if (s->data[i] == '"') dq = true;
    else if (s->data[i] == '`') bt = true;
  }
  uint16_t q = '\'';
  if (sq && !dq) q = '"';
  else if (sq && dq && !bt) q = '`';
  uint16_t buf[16];
  yao_str *out = yao_str_new(&q, 1);
  for (int32_t i = 0; i < s->len; i++) {
    uint16_t c = s->data[i];
    int n = 0;
    if (c == q || c == '\\') { buf[n++] = '\\'; buf[n++] = c; }
    else if (c == '\n') { buf[n++] = '\\'; buf[n++] = 'n'; }
    else if (c == '\t') { buf[n++] = '\\'; buf[n++] = 't'; }
    else if (c == '\r') { buf[n++] = '\\'; buf[n++] = 'r'; }
    else if (c == '\b') { buf[n++] = '\\'; buf[n++] = 'b'; }
    else if (c == '\f') { buf[n++] = '\\'; buf[n++] = 'f'; }
    else if (c == 11) { buf[n++] = '\\'; buf[n++] = 'v'; }
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      static const char hex[] = "0123456789ABCDEF";
      buf[n++] = '\\'; buf[n++] = 'x'; buf[n++] = (uint16_t)hex[c >> 4]; buf[n++] = (uint16_t)hex[c & 15];
    } else buf[n++] = c;
    out = yao_str_concat(out, yao_str_new(buf, n));
  }
  return yao_str_concat(out, yao_str_new(&q, 1));
}

static yao_str *format_value(yao_val v, int depth, int indent, bool nested);

static bool all_numbers(const yao_arr *a) { return a->h.shape->elem == YAO_EK_F64; }

static yao_val array_elem(const yao_arr *a, int32_t i) {
  switch (a->h.shape->elem) {
    case YAO_EK_F64: return yao_val_num(((double *)a->data)[i]);
    case YAO_EK_BOOL: return yao_val_bool(((bool *)a->data)[i]);
    case YAO_EK_VAL: return ((yao_val *)a->data)[i];
    default: return yao_val_ref_nul(((void **)a->data)[i]);
  }
}

static double typed_elem(const yao_typed *t, int32_t i) {
  switch (t->h.shape->elem) {
    case YAO_TA_KIND_I8: return ((int8_t *)t->data)[i];
    case YAO_TA_KIND_U8: case YAO_TA_KIND_U8C: return ((uint8_t *)t->data)[i];
    case YAO_TA_KIND_I16: return ((int16_t *)t->data)[i];
    case YAO_TA_KIND_U16: return ((uint16_t *)t->data)[i];
    case YAO_TA_KIND_I32: return ((int32_t *)t->data)[i];
    case YAO_TA_KIND_U32: return ((uint32_t *)t->data)[i];
    case YAO_TA_KIND_F32: return ((float *)t->data)[i];
    default: return ((double *)t->data)[i];
  }
}

static yao_str *pad(yao_str *s, int width, bool start) {
  if (s->len >= width) return s;
  yao_str *sp = spaces(width - s->len);
  return start ? cat(sp, s) : cat(s, sp);
}

/* Lays long arrays out in columns (util.inspect's grouping of more than six entries). */
static list group_entries(list out, int indent, bool numbers, bool has_more) {
  int n = has_more ? out.n - 1 : out.n;
  int total = 0, maxlen = 0;
  for (int i = 0; i < n; i++) {
    total += out.items[i]->len + 2;
    if (out.items[i]->len > maxlen) maxlen = out.items[i]->len;
  }
  int actual = maxlen + 2;
  if (!(actual * 3 + indent < BREAK_LENGTH && ((double)total / actual > 5 || maxlen <= 6))) return out;
  double bias = __builtin_sqrt(actual - (double)total / out.n);
  double biased = actual - 3 - bias > 1 ? actual - 3 - bias : 1;
  double ideal = yao_round(__builtin_sqrt(2.5 * biased * n) / biased);
  int cols = (int)ideal;
  int fit = (BREAK_LENGTH - indent) / actual;
  if (fit < cols) cols = fit;
  if (12 < cols) cols = 12;
  if (15 < cols) cols = 15;
  if (cols <= 1) return out;
  int widths[16];
  for (int c = 0; c < cols; c++) {
    int w = 0;
    for (int j = c; j < out.n; j += cols) if (out.items[j]->len > w) w = out.items[j]->len;
    widths[c] = w + 2;
  }
  list rows = {0};
  for (int i = 0; i < n; i += cols) {
    int max = i + cols < n ? i + cols : n;
    yao_str *line = &empty_str;
    int j = i;
    for (; j < max - 1; j++) line = cat(line, pad(cat_c(out.items[j], ", "), widths[j - i], numbers));
    line = cat(line, numbers ? pad(out.items[j], widths[j - i] - 2, true) : out.items[j]);
    push(&rows, line);
  }
  if (has_more) push(&rows, out.items[out.n - 1]);
  return rows;
}

/* util.inspect's reduceToSingleString: one line when it fits, else one entry per line. */
static yao_str *combine(list out, yao_str *open, const char *close, int indent, bool grouped) {
  if (out.n == 0) return cat_c(open, close);
  if (!grouped) {
    int start = out.n + indent + open->len + 10;
    int total = out.n + start;
    bool newline = false;
    for (int i = 0; i < out.n; i++) {
      total += out.items[i]->len;
      for (int32_t k = 0; k < out.items[i]->len; k++) if (out.items[i]->data[k] == '\n') newline = true;
    }
    if (total <= BREAK_LENGTH && !newline) {
      yao_str *s = cat_c(open, " ");
      for (int i = 0; i < out.n; i++) s = cat(i ? cat_c(s, ", ") : s, out.items[i]);
      return cat_c(cat_c(s, " "), close);
    }
  }
  yao_str *ind = cat(ascii("\n"), spaces(indent));
  yao_str *s = cat(cat(open, ind), ascii("  "));
  for (int i = 0; i < out.n; i++) {
    if (i) s = cat(cat(cat_c(s, ","), ind), ascii("  "));
    s = cat(s, out.items[i]);
  }
  return cat_c(cat(s, ind), close);
}

static yao_str *more_items(int n) {
  yao_str *s = cat(ascii("... "), yao_str_of_int(n));
  return cat_c(s, n == 1 ? " more item" : " more items");
}

static yao_str *format_array(const yao_arr *a, int depth, int indent) {
  if (depth > MAX_DEPTH) return ascii("[Array]");
  list out = {0};
  int shown = a->len < MAX_ITEMS ? a->len : MAX_ITEMS;
  for (int i = 0; i < shown; i++) push(&out, format_value(array_elem(a, i), depth + 1, indent + 2, true));
  bool more = a->len > MAX_ITEMS;
  if (more) push(&out, more_items(a->len - MAX_ITEMS));
  int entries = out.n;
  if (entries > 6) out = group_entries(out, indent, all_numbers(a), more);
  return combine(out, ascii("["), "]", indent, out.n != entries);
}

static yao_str *format_typed(const yao_typed *t, int depth, int indent) {
  yao_str *open = cat_c(cat_c(cat(ascii(t->h.shape->name), ascii("(")), ""), "");
  open = cat_c(cat(open, yao_str_of_int(t->len)), ") [");
  if (depth > MAX_DEPTH) return cat_c(ascii(t->h.shape->name), "");
  list out = {0};
  int shown = t->len < MAX_ITEMS ? t->len : MAX_ITEMS;
  for (int i = 0; i < shown; i++) push(&out, format_number(typed_elem(t, i)));
  bool more = t->len > MAX_ITEMS;
  if (more) push(&out, more_items(t->len - MAX_ITEMS));
  int entries = out.n;
  if (entries > 6) out = group_entries(out, indent, true, more);
  return combine(out, open, "]", indent, out.n != entries);
}

static yao_val field_value(const yao_obj *o, const yao_field *f) {
  const char *p = (const char *)o + f->offset;
  switch (f->repr) {
    case YAO_R_F64: return yao_val_num(*(const double *)p);
    case YAO_R_I64: return yao_val_num((double)*(const int64_t *)p);
    case YAO_R_BOOL: return yao_val_bool(*(const bool *)p);
    case YAO_R_VAL: return *(const yao_val *)p;
    default: return yao_val_ref_nul(*(void *const *)p);
  }
}

static bool is_identifier(const char *s) {
  if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_' || *s == '$')) return false;
  for (s++; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '$')) return false;
  return true;
}

static yao_str *format_object(const yao_obj *o, int depth, int indent) {
  const yao_shape *s = o->shape;
  if (depth > MAX_DEPTH) return cat_c(cat(ascii("["), ascii(s->name[0] ? s->name : "Object")), "]");
  list out = {0};
  for (uint32_t i = 0; i < s->nfields; i++) {
    const yao_field *f = &s->fields[i];
    if (f->name[0] == '#') continue; /* private fields are not shown */
    if (f->optional && field_value(o, f).tag == YAO_T_UNDEF) continue; /* an absent optional property */
    yao_str *key = is_identifier(f->name) ? ascii(f->name) : quote(ascii(f->name));
    push(&out, cat(cat_c(key, ": "), format_value(field_value(o, f), depth + 1, indent + 2, true)));
  }
  return combine(out, s->name[0] ? cat_c(ascii(s->name), " {") : ascii("{"), "}", indent, false);
}

static yao_str *format_value(yao_val v, int depth, int indent, bool nested) {
  switch (v.tag) {
    case YAO_T_UNDEF: return ascii("undefined");
    case YAO_T_NULL: return ascii("null");
    case YAO_T_BOOL: return ascii(v.u.b ? "true" : "false");
    case YAO_T_NUM: return format_number(v.u.f);
    default: break;
  }
  const yao_obj *o = (const yao_obj *)v.u.p;
  switch (o->shape->kind) {
    case YAO_K_STRING: return nested ? quote((const yao_str *)o) : (yao_str *)o;
    case YAO_K_ARRAY: return format_array((const yao_arr *)o, depth, indent);
    case YAO_K_TYPED: return format_typed((const yao_typed *)o, depth, indent);
    case YAO_K_FUNCTION: return ascii("[Function (anonymous)]");
    case YAO_K_ABUF: return cat_c(cat(ascii("ArrayBuffer { byteLength: "), yao_str_of_int(((const yao_abuf *)o)->len)), " }");
    case YAO_K_DVIEW: return ascii("DataView {}");
    default: return format_object(o, depth, indent);
  }
}

/* util.format: %s %d %i %f %j %o %O %c %% in a first string argument, when more arguments follow. */
static yao_str *format_args(int n, const yao_val *args) {
  yao_str *out = &empty_str;
  int next = 0;
  if (n > 1 && args[0].tag == YAO_T_REF && ((yao_obj *)args[0].u.p)->shape->kind == YAO_K_STRING) {
    const yao_str *f = (const yao_str *)args[0].u.p;
    next = 1;
    int32_t last = 0;
    for (int32_t i = 0; i + 1 < f->len; i++) {
      if (f->data[i] != '%') continue;
      uint16_t c = f->data[i + 1];
      yao_str *piece = NULL;
      if (c == '%') piece = ascii("%");
      else if (next < n && (c == 's' || c == 'd' || c == 'i' || c == 'f' || c == 'j' || c == 'o' || c == 'O' || c == 'c')) {
        yao_val a = args[next++];
        if (c == 's') piece = a.tag == YAO_T_REF && ((yao_obj *)a.u.p)->shape->kind != YAO_K_STRING ? format_value(a, 1, 0, true) : format_value(a, 0, 0, false);
        else if (c == 'd' || c == 'i') {
          double d = yao_val_tonumber(a);
          piece = format_number(c == 'i' ? yao_trunc(d) : d);
        } else if (c == 'f') piece = format_number(yao_val_tonumber(a));
        else if (c == 'c') piece = &empty_str;
        else piece = format_value(a, 0, 0, true);
      }
      if (!piece) continue;
      out = cat(out, yao_str_new(f->data + last, i - last));
      out = cat(out, piece);
      last = i + 2;
      i++;
    }
    out = cat(out, yao_str_new(f->data + last, f->len - last));
  }
  for (int i = next; i < n; i++) {
    if (i > 0) out = cat_c(out, " ");
    out = cat(out, format_value(args[i], 0, 0, false));
  }
  return out;
}

void yao_console_log(int fd, int n, const yao_val *args) {
  yao_str *line = n ? format_args(n, args) : &empty_str;
  yao_write_str(fd, line);
  yao_pf_write(fd, (const uint8_t *)"\n", 1);
}
