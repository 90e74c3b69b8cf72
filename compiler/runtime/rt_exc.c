/* Exceptions: throw unwinds to the innermost try with __builtin_longjmp (generated code pushes a
 * handler and calls __builtin_setjmp when it enters a try block); the thrown value waits in
 * yao_exc. Without a handler the exception is uncaught: "Uncaught <Name>: <message>" on stderr
 * and exit status 1, as Node does. Also the builtin Error classes and the stack-depth check
 * that turns runaway recursion into a RangeError. */
#include "yao.h"

yao_handler *yao_handlers;
yao_val yao_exc;
uintptr_t yao_stack_limit;

/* Error and its subclasses, laid out as struct yao_error; user classes extend this layout. */
static const uint32_t error_refs[] = {offsetof(yao_error, message), offsetof(yao_error, name)};
static const yao_field error_fields[] = {
  {"message", YAO_R_STR, offsetof(yao_error, message)},
  {"name", YAO_R_STR, offsetof(yao_error, name)},
};
static const yao_member error_members[] = {{0}};
static void *const error_vtable[] = {0};
#define ERROR_SHAPE(N, PARENT) \
  const yao_shape yao_##N##__shape = {.kind = YAO_K_OBJECT, .name = #N, .size = sizeof(yao_error), .parent = PARENT, \
    .vtable = error_vtable, .nrefs = 2, .refs = error_refs, .nmembers = 0, .members = error_members, .nfields = 2, \
    .fields = error_fields, .flags = YAO_SHAPE_ERROR | YAO_SHAPE_BUILTIN_ERROR};
ERROR_SHAPE(Error, NULL)
ERROR_SHAPE(TypeError, &yao_Error__shape)
ERROR_SHAPE(RangeError, &yao_Error__shape)
ERROR_SHAPE(SyntaxError, &yao_Error__shape)
ERROR_SHAPE(ReferenceError, &yao_Error__shape)
ERROR_SHAPE(EvalError, &yao_Error__shape)
ERROR_SHAPE(URIError, &yao_Error__shape)

static yao_str empty = YAO_STR_STATIC(u"", 0);

static yao_str *cstr(const char *s) {
  int32_t n = 0;
  while (s[n]) n++;
  return yao_str_from_ascii(s, n);
}

/* The name an Error instance starts with: the nearest builtin class's name (a user subclass
 * inherits "Error" unless its constructor assigns this.name, as in JavaScript). */
static yao_str *builtin_name(const yao_shape *s) {
  while (s && !(s->flags & YAO_SHAPE_BUILTIN_ERROR)) s = s->parent;
  return cstr(s ? s->name : "Error");
}

void yao_error_init(yao_error *e, yao_str *message) {
  e->name = builtin_name(e->h.shape);
  e->message = YAO_IS_NULLISH(message) ? &empty : message;
}

yao_error *yao_error_new(const yao_shape *shape, yao_str *message) {
  yao_error *e = (yao_error *)yao_alloc_obj(shape);
  yao_error_init(e, message);
  return e;
}

/* Error.prototype.toString: "Name: message", or just one of them when the other is empty. */
yao_str *yao_error_to_string(yao_error *e) {
  e = YAO_DEREF(e, "toString");
  if (e->message->len == 0) return e->name;
  if (e->name->len == 0) return e->message;
  static yao_str sep = YAO_STR_STATIC(u": ", 2);
  return yao_str_concat(yao_str_concat(e->name, &sep), e->message);
}

static const yao_shape *shape_named(const char *name) {
  static const yao_shape *const all[] = {&yao_Error__shape, &yao_TypeError__shape, &yao_RangeError__shape,
    &yao_SyntaxError__shape, &yao_ReferenceError__shape, &yao_EvalError__shape, &yao_URIError__shape};
  for (unsigned i = 0; i < sizeof all / sizeof all[0]; i++) {
    const char *a = all[i]->name, *b = name;
    while (*a && *a == *b) a++, b++;
    if (*a == *b) return all[i];
  }
  return &yao_Error__shape;
}

/* Errors the runtime itself raises (null dereference, bad length...) are real Error objects. */
_Noreturn void yao_throw_js_error(const char *name, const char *msg) {
  yao_throw(yao_val_ref(yao_error_new(shape_named(name), cstr(msg))));
}

static void write_cstr(int fd, const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  yao_pf_write(fd, (const uint8_t *)s, n);
}

static _Noreturn void uncaught(yao_val v) {
  write_cstr(2, "Uncaught ");
  if (v.tag == YAO_T_REF && (((yao_obj *)v.u.p)->shape->flags & YAO_SHAPE_ERROR)) yao_write_str(2, yao_error_to_string((yao_error *)v.u.p));
  else yao_write_str(2, yao_str_of_val(v));
  write_cstr(2, "\n");
  yao_pf_exit(1);
}

_Noreturn void yao_throw(yao_val v) {
  yao_handler *h = yao_handlers;
  if (!h) uncaught(v);
  yao_exc = v;
  yao_handlers = h->prev;
  __builtin_longjmp(h->jb, 1);
}

_Noreturn void yao_stack_overflow(void) {
  uintptr_t limit = yao_stack_limit;
  yao_stack_limit = 0; /* the throw itself needs a little stack: do not trip again on the way */
  yao_error *e = yao_error_new(&yao_RangeError__shape, cstr("Maximum call stack size exceeded"));
  yao_stack_limit = limit;
  yao_throw(yao_val_ref(e));
}

/* x instanceof C for any value x (a catch parameter, a union). */
bool yao_instanceof_val(yao_val v, const yao_shape *cls) {
  return v.tag == YAO_T_REF && yao_instanceof((const yao_obj *)v.u.p, cls);
}

/* Each thread has its own exception handler stack and value in flight: arch/x86_64/threads.c
 * swaps them on every switch (32 bytes of per-thread state, zeroed for a new thread). */
struct yao_thread_rt_state { yao_handler *handlers; yao_val exc; };

void yao_rt_thread_state_swap(void *save, const void *load) {
  struct yao_thread_rt_state *s = (struct yao_thread_rt_state *)save;
  const struct yao_thread_rt_state *l = (const struct yao_thread_rt_state *)load;
  s->handlers = yao_handlers;
  s->exc = yao_exc;
  yao_handlers = l->handlers;
  yao_exc = l->exc;
}
