/* Core runtime: the allocation entry, tagged values, errors, instanceof, structural member
 * lookup, and process state. Platform-independent; rt_host.c / rt_metal.c supply memory and
 * output. */
#include "yao.h"
#include "gc.h"

yao_heap_stats yao_heap;
int yao_exit_code;
int yao_argc;
const char **yao_argv;

const yao_shape yao_shape_static_fn = {.kind = YAO_K_FUNCTION, .name = "function", .size = sizeof(yao_fn)};
const yao_shape yao_shape_box = {.kind = YAO_K_BOX, .name = "box", .size = sizeof(yao_box)};

/* On metal YAO_GC_NO_SWITCH_BEGIN is yao_preempt_disable: no other thread may allocate while
 * this one is halfway through the allocator's state. */
void *yao_alloc(const yao_shape *shape, size_t size) { return yao_alloc_inline(shape, size); }

/* ---- errors ------------------------------------------------------------------------------- */

static void write_cstr(int fd, const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  yao_pf_write(fd, (const uint8_t *)s, n);
}

_Noreturn void yao_throw_error(const char *name, const char *msg) {
  yao_throw_js_error(name, msg);
}

_Noreturn void yao_throw_nullish_read(const void *p, const char *name) {
  char msg[160];
  const char *what = YAO_IS_NULL(p) ? "null" : "undefined";
  int n = 0;
  const char *parts[] = {"Cannot read properties of ", what, " (reading '", name, "')"};
  for (unsigned k = 0; k < 5; k++)
    for (const char *c = parts[k]; *c && n < (int)sizeof msg - 1; c++) msg[n++] = *c;
  msg[n] = 0;
  yao_throw_error("TypeError", msg);
}

_Noreturn void yao_throw_not_function(const void *p) {
  yao_throw_error("TypeError", YAO_IS_NULL(p) ? "null is not a function" : "undefined is not a function");
}

_Noreturn void yao_abstract_called(void) {
  yao_panic("an abstract method was called");
}

_Noreturn void yao_val_mismatch(yao_val v, const char *want) {
  static const char *names[] = {"undefined", "null", "boolean", "number", "object"};
  char msg[128];
  int n = 0;
  const char *parts[] = {"yao: a value typed as ", want, " holds ", v.tag <= YAO_T_REF ? names[v.tag] : "?",
                         " (a TypeScript type assertion did not hold)"};
  for (unsigned k = 0; k < 5; k++)
    for (const char *c = parts[k]; *c && n < (int)sizeof msg - 1; c++) msg[n++] = *c;
  msg[n] = 0;
  yao_panic(msg);
}

_Noreturn void yao_chk53_failed(int64_t v) {
  (void)v;
  yao_panic("an integer counter passed 2^53, where JavaScript doubles stop being exact; "
            "yao keeps it exact and stops instead (docs/compiler.md, Numbers)");
}

/* ---- classes -------------------------------------------------------------------------------- */

bool yao_instanceof(const yao_obj *o, const yao_shape *cls) {
  if (YAO_IS_NULLISH(o)) return false;
  for (const yao_shape *s = o->shape; s; s = s->parent)
    if (s == cls) return true;
  return false;
}

yao_obj *yao_downcast(yao_obj *o, const yao_shape *cls) {
  if (YAO_IS_NULLISH(o) || yao_instanceof(o, cls)) return o;
  char msg[200];
  int n = 0;
  const char *parts[] = {"yao: `as ", cls->name, "` does not hold: the object is a ", o->shape->name};
  for (unsigned k = 0; k < 4; k++)
    for (const char *c = parts[k]; *c && n < (int)sizeof msg - 1; c++) msg[n++] = *c;
  msg[n] = 0;
  yao_panic(msg);
}

/* ---- tagged values ---------------------------------------------------------------------------- */

double yao_val_tonumber(yao_val v) {
  switch (v.tag) {
    case YAO_T_UNDEF: return YAO_NAN;
    case YAO_T_NULL: return 0;
    case YAO_T_BOOL: return v.u.b ? 1 : 0;
    case YAO_T_NUM: return v.u.f;
    default: {
      const yao_obj *o = (const yao_obj *)v.u.p;
      if (o->shape->kind == YAO_K_STRING) return yao_str_to_number((yao_str *)o);
      return YAO_NAN;
    }
  }
}

bool yao_val_truthy(yao_val v) {
  switch (v.tag) {
    case YAO_T_UNDEF: case YAO_T_NULL: return false;
    case YAO_T_BOOL: return v.u.b;
    case YAO_T_NUM: return yao_truthy_f64(v.u.f);
    default: {
      const yao_obj *o = (const yao_obj *)v.u.p;
      if (o->shape->kind == YAO_K_STRING) return ((const yao_str *)o)->len > 0;
      return true;
    }
  }
}

bool yao_val_strict_eq(yao_val a, yao_val b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case YAO_T_UNDEF: case YAO_T_NULL: return true;
    case YAO_T_BOOL: return a.u.b == b.u.b;
    case YAO_T_NUM: return a.u.f == b.u.f;
    default: {
      const yao_obj *x = (const yao_obj *)a.u.p, *y = (const yao_obj *)b.u.p;
      if (x->shape->kind == YAO_K_STRING && y->shape->kind == YAO_K_STRING) return yao_str_eq((const yao_str *)x, (const yao_str *)y);
      return x == y;
    }
  }
}

/* ---- structural members ------------------------------------------------------------------------- */

static const yao_member *member_search(const yao_shape *s, int32_t sel) {
  uint32_t lo = 0, hi = s->nmembers;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (s->members[mid].sel < sel) lo = mid + 1;
    else hi = mid;
  }
  return lo < s->nmembers && s->members[lo].sel == sel ? &s->members[lo] : NULL;
}

/* The inline cache is one word: the member table entry, which names the shape it belongs to, so
 * a thread switch or an interrupt in the middle of a fill can never pair one shape with another
 * shape's member; filling it allocates nothing (interrupt handlers may look members up). */
const yao_member *yao_member_find(const yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  if (YAO_UNLIKELY(YAO_IS_NULLISH(o))) yao_throw_nullish_read(o, name);
  const yao_member *hit = __atomic_load_n(&ic->m, __ATOMIC_RELAXED);
  if (YAO_LIKELY(hit && hit->owner == o->shape)) return hit;
  const yao_member *m = member_search(o->shape, sel);
  if (m) __atomic_store_n(&ic->m, m, __ATOMIC_RELAXED);
  return m;
}

const yao_member *yao_member_for_call_slow(const yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m) yao_throw_error("TypeError", "member is not a function");
  return m;
}

static _Noreturn void repr_mismatch(const char *name) {
  char msg[160];
  int n = 0;
  const char *parts[] = {"yao: interface member '", name, "' has a different representation in the implementing class"};
  for (unsigned k = 0; k < 3; k++)
    for (const char *c = parts[k]; *c && n < (int)sizeof msg - 1; c++) msg[n++] = *c;
  msg[n] = 0;
  yao_panic(msg);
}

#define FIELD(o, m, T) (*(T *)((char *)(o) + (m)->offset))

double yao_mget_f64(yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m) return YAO_NAN;
  if (m->kind == YAO_MEMBER_ACCESSOR && m->fn) return ((double (*)(yao_obj *))m->fn)(o);
  if (m->kind != YAO_MEMBER_FIELD) repr_mismatch(name);
  if (m->repr == YAO_R_F64) return FIELD(o, m, double);
  if (m->repr == YAO_R_I64) return (double)FIELD(o, m, int64_t);
  if (m->repr == YAO_R_VAL) return yao_val_to_f64(FIELD(o, m, yao_val)); /* an optional member, read where it is known to be set */
  repr_mismatch(name);
}

bool yao_mget_bool(yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m) return false;
  if (m->kind == YAO_MEMBER_ACCESSOR && m->fn) return ((bool (*)(yao_obj *))m->fn)(o);
  if (m->kind == YAO_MEMBER_FIELD && m->repr == YAO_R_VAL) return yao_val_to_bool(FIELD(o, m, yao_val)); /* an optional member */
  if (m->kind != YAO_MEMBER_FIELD || m->repr != YAO_R_BOOL) repr_mismatch(name);
  return FIELD(o, m, bool);
}

yao_val yao_mget_val(yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m) return yao_val_undef();
  if (m->kind == YAO_MEMBER_ACCESSOR && m->fn) {
    switch (m->repr) {
      case YAO_R_F64: return yao_val_num(((double (*)(yao_obj *))m->fn)(o));
      case YAO_R_BOOL: return yao_val_bool(((bool (*)(yao_obj *))m->fn)(o));
      case YAO_R_VAL: return ((yao_val (*)(yao_obj *))m->fn)(o);
      default: return yao_val_ref_nul(((void *(*)(yao_obj *))m->fn)(o));
    }
  }
  if (m->kind != YAO_MEMBER_FIELD) repr_mismatch(name);
  switch (m->repr) {
    case YAO_R_F64: return yao_val_num(FIELD(o, m, double));
    case YAO_R_I64: return yao_val_num((double)FIELD(o, m, int64_t));
    case YAO_R_BOOL: return yao_val_bool(FIELD(o, m, bool));
    case YAO_R_VAL: return FIELD(o, m, yao_val);
    default: return yao_val_ref_nul(FIELD(o, m, void *));
  }
}

void *yao_mget_ref(yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m) return YAO_UNDEF;
  if (m->kind == YAO_MEMBER_ACCESSOR && m->fn) {
    if (m->repr == YAO_R_VAL) return yao_val_to_ref_nul(((yao_val (*)(yao_obj *))m->fn)(o));
    return ((void *(*)(yao_obj *))m->fn)(o);
  }
  if (m->kind == YAO_MEMBER_METHOD) repr_mismatch(name);
  if (m->repr == YAO_R_VAL) return yao_val_to_ref_nul(FIELD(o, m, yao_val));
  if (m->repr != YAO_R_REF && m->repr != YAO_R_STR) repr_mismatch(name);
  return FIELD(o, m, void *);
}

static const yao_member *member_for_set(yao_obj *o, int32_t sel, const char *name, yao_icache *ic) {
  const yao_member *m = yao_member_find(o, sel, name, ic);
  if (!m || m->kind == YAO_MEMBER_METHOD || (m->kind == YAO_MEMBER_ACCESSOR && !m->set))
    yao_throw_error("TypeError", "Cannot add or set this property: objects have a fixed shape in yao");
  return m;
}

void yao_mset_f64(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, double v) {
  const yao_member *m = member_for_set(o, sel, name, ic);
  if (m->kind == YAO_MEMBER_ACCESSOR) { ((void (*)(yao_obj *, double))m->set)(o, v); return; }
  if (m->repr == YAO_R_F64) FIELD(o, m, double) = v;
  else if (m->repr == YAO_R_VAL) FIELD(o, m, yao_val) = yao_val_num(v);
  else repr_mismatch(name);
}

void yao_mset_bool(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, bool v) {
  const yao_member *m = member_for_set(o, sel, name, ic);
  if (m->kind == YAO_MEMBER_ACCESSOR) { ((void (*)(yao_obj *, bool))m->set)(o, v); return; }
  if (m->repr == YAO_R_BOOL) FIELD(o, m, bool) = v;
  else if (m->repr == YAO_R_VAL) FIELD(o, m, yao_val) = yao_val_bool(v);
  else repr_mismatch(name);
}

void yao_mset_val(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, yao_val v) {
  const yao_member *m = member_for_set(o, sel, name, ic);
  if (m->kind == YAO_MEMBER_ACCESSOR) { ((void (*)(yao_obj *, yao_val))m->set)(o, v); return; }
  switch (m->repr) {
    case YAO_R_VAL: FIELD(o, m, yao_val) = v; break;
    case YAO_R_F64: FIELD(o, m, double) = yao_val_to_f64(v); break;
    case YAO_R_BOOL: FIELD(o, m, bool) = yao_val_to_bool(v); break;
    default: FIELD(o, m, void *) = yao_val_to_ref_nul(v); break;
  }
}

void yao_mset_ref(yao_obj *o, int32_t sel, const char *name, yao_icache *ic, void *v) {
  const yao_member *m = member_for_set(o, sel, name, ic);
  if (m->kind == YAO_MEMBER_ACCESSOR) { ((void (*)(yao_obj *, void *))m->set)(o, v); return; }
  if (m->repr == YAO_R_VAL) FIELD(o, m, yao_val) = yao_val_ref_nul(v);
  else if (m->repr == YAO_R_REF || m->repr == YAO_R_STR) FIELD(o, m, void *) = v;
  else repr_mismatch(name);
}

/* ---- process ------------------------------------------------------------------------------------- */

yao_arr *yao_process_argv(void) {
  yao_arr *a = yao_arr_from(YAO_EK_STR, sizeof(yao_str *), 0, NULL);
  for (int i = 0; i < yao_argc; i++) {
    int32_t n = 0;
    while (yao_argv[i][n]) n++;
    *(yao_str **)yao_arr_push_slot(a, sizeof(yao_str *)) = yao_str_from_ascii(yao_argv[i], n);
  }
  return a;
}

static bool exit_code_set;

yao_val yao_get_exit_code(void) {
  return exit_code_set ? yao_val_num(yao_exit_code) : yao_val_undef();
}

yao_val yao_set_exit_code(yao_val v) {
  if (v.tag == YAO_T_UNDEF) { exit_code_set = false; yao_exit_code = 0; return v; }
  exit_code_set = true;
  yao_exit_code = (int)yao_toint32(yao_val_tonumber(v));
  return v;
}

_Noreturn void yao_process_exit(yao_val code) {
  if (code.tag != YAO_T_UNDEF) yao_set_exit_code(code);
  yao_pf_exit(yao_exit_code & 0xff);
}

int yao_run(int argc, const char **argv) {
  yao_argc = argc;
  yao_argv = argv;
  yao_program_main();
  return yao_exit_code & 0xff;
}

/* instanceof for library classes: `kind` is a YAO_K_* (or YAO_KIND_OBJECTLIKE for Object),
 * `elem` the typed-array kind or -1. */
bool yao_instanceof_kind(yao_val v, int kind, int elem) {
  if (v.tag != YAO_T_REF) return false;
  const yao_shape *s = ((const yao_obj *)v.u.p)->shape;
  if (kind == YAO_KIND_OBJECTLIKE) return s->kind != YAO_K_STRING;
  return s->kind == kind && (elem < 0 || s->elem == elem);
}

/* A function value called with another signature (fewer parameters, or values that need a
 * conversion): the adapter's code converts and calls the wrapped function. */
yao_fn *yao_adapt(const yao_shape *shape, void *code, yao_fn *inner) {
  if (YAO_IS_NULLISH(inner)) return inner;
  yao_adapter *a = (yao_adapter *)yao_alloc_obj(shape);
  a->base.fn = code;
  a->inner = inner;
  return &a->base;
}

/* SameValueZero (includes, Map keys): === except that NaN equals NaN. */
bool yao_val_same_value_zero(yao_val a, yao_val b) {
  if (a.tag == YAO_T_NUM && b.tag == YAO_T_NUM && a.u.f != a.u.f && b.u.f != b.u.f) return true;
  return yao_val_strict_eq(a, b);
}
