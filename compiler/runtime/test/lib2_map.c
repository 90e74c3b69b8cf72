/* Test driver for rt_map.c (protocol in lib2_io.h). One map (or set) at a time and up to 64
 * iterators over it, driven by requests:
 *   new 0|1        a fresh Map (0) or Set (1); iterators forgotten     -> ok
 *   set K V        Map.set / Set.add (V ignored)                       -> ok
 *   get K          -> V       has K | delete K -> 0/1       clear -> ok      size -> decimal
 *   iter I         start iterator I                                    -> ok
 *   next I         -> "K V", or "done"
 *   dump           every entry through a fresh iterator: size then K=V ...
 *   gc             a full collection (rt_gc.c), to check nothing live is freed
 * Keys K: n<bits> number, s<utf16 hex> string, t f booleans, u undefined, z null, o<k> the k-th
 * object (a distinct heap object per k). Values V: n<bits>, or u. */
#include "lib2_io.h"
#include "../gc.h"

#define MAX_OBJECTS 64
#define MAX_ITERS 64

static yao_map *map;
static bool is_set;
static yao_map_iter iters[MAX_ITERS];
static yao_obj *objects[MAX_OBJECTS];
static const yao_shape thing_shape = {.kind = YAO_K_OBJECT, .name = "Thing", .size = 16};

static yao_val key_arg(const char *t) {
  switch (t[0]) {
    case 'n': return yao_val_num(num_arg(t + 1));
    case 's': return yao_val_ref(str_arg(t + 1));
    case 't': return yao_val_bool(true);
    case 'f': return yao_val_bool(false);
    case 'z': return yao_val_null();
    case 'o': {
      int k = atoi(t + 1) % MAX_OBJECTS;
      if (!objects[k]) objects[k] = (yao_obj *)yao_alloc_obj(&thing_shape);
      return yao_val_ref(objects[k]);
    }
    default: return yao_val_undef();
  }
}

static void put_key(yao_val v) {
  switch (v.tag) {
    case YAO_T_NUM: putchar('n'); put_num(v.u.f); return;
    case YAO_T_BOOL: putchar(v.u.b ? 't' : 'f'); return;
    case YAO_T_NULL: putchar('z'); return;
    case YAO_T_UNDEF: putchar('u'); return;
    default: break;
  }
  if (((yao_obj *)v.u.p)->shape->kind == YAO_K_STRING) { putchar('s'); put_str((yao_str *)v.u.p); return; }
  for (int k = 0; k < MAX_OBJECTS; k++)
    if (objects[k] == v.u.p) { printf("o%d", k); return; }
  putchar('?');
}

static bool op(const char *name) { return strcmp(tokens[0], name) == 0; }

static void handle(void) {
  if (op("new")) {
    is_set = tokens[1][0] == '1';
    map = yao_map_new(is_set);
    for (int i = 0; i < MAX_ITERS; i++) iters[i].tab = NULL;
    fputs("ok", stdout);
  } else if (op("set")) {
    yao_map_set(map, key_arg(tokens[1]), is_set ? yao_val_undef() : key_arg(tokens[2]));
    fputs("ok", stdout);
  } else if (op("get")) put_key(yao_map_get(map, key_arg(tokens[1])));
  else if (op("has")) printf("%d", yao_map_has(map, key_arg(tokens[1])));
  else if (op("delete")) printf("%d", yao_map_delete(map, key_arg(tokens[1])));
  else if (op("clear")) { yao_map_clear(map); fputs("ok", stdout); }
  else if (op("size")) printf("%lld", (long long)yao_map_size(map));
  else if (op("iter")) { iters[atoi(tokens[1])] = yao_map_iter_start(map); fputs("ok", stdout); }
  else if (op("next")) {
    yao_val k, v;
    if (!yao_map_iter_next(&iters[atoi(tokens[1])], &k, &v)) { fputs("done", stdout); return; }
    put_key(k);
    putchar(' ');
    put_key(v);
  } else if (op("dump")) {
    printf("%lld", (long long)yao_map_size(map));
    yao_map_iter it = yao_map_iter_start(map);
    yao_val k, v;
    while (yao_map_iter_next(&it, &k, &v)) { putchar(' '); put_key(k); putchar('='); put_key(v); }
  } else if (op("gc")) { yao_gc_collect(); fputs("ok", stdout); }
  else { fprintf(stderr, "lib2_map: unknown request %s\n", tokens[0]); exit(2); }
}

LIB2_DRIVER(handle)
