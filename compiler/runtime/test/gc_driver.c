/* Test driver for the collector (rt_gc.c), linked with the whole host runtime built with
 * -DYAO_GC=1. gc.test.ts runs `gc_driver <case>` once per case; a case prints "ok <facts>" and
 * exits 0, or prints what went wrong and exits 1. The cases hold object graphs in globals, in
 * locals the compiler keeps in registers or stack slots, and through interior pointers only, make
 * garbage, force collections, and check that what is reachable is intact and what is not is
 * reused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <signal.h>
#include "../yao.h"
#include "../gc.h"

typedef struct node { yao_hdr h; struct node *next; int64_t value; void *other; } node;
static const yao_shape node_shape = {.kind = YAO_K_OBJECT, .name = "Node", .size = sizeof(node)};

static int failures;

static void check(bool ok, const char *what, int64_t detail) {
  if (ok) return;
  if (failures++ < 10) printf("FAIL %s (%lld)\n", what, (long long)detail);
}

static node *new_node(node *next, int64_t value) {
  node *n = (node *)yao_alloc_obj(&node_shape);
  n->next = next;
  n->value = value;
  return n;
}

static node *make_list(int n, int64_t seed) {
  node *head = NULL;
  for (int i = 0; i < n; i++) head = new_node(head, seed * 1000003 + i);
  return head;
}

static void check_list(const node *head, int n, int64_t seed, const char *what) {
  for (int i = n - 1; i >= 0; i--, head = head->next) {
    if (!head) { check(false, what, i); return; }
    check(head->value == seed * 1000003 + i, what, i);
  }
  check(head == NULL, what, -1);
}

/* Garbage of every size class and some large blocks, with pointers among them; scribbles on
 * each block so that reuse without zeroing would show. */
static __attribute__((noinline)) void churn(int64_t bytes) {
  node *keep = NULL;
  for (int64_t done = 0, i = 0; done < bytes; i++) {
    size_t size = (i % 97 == 0) ? 40000 + (size_t)(i % 7) * 9000 : 16 + (size_t)(i * 37 % 2000);
    uint8_t *b = (uint8_t *)yao_alloc(&node_shape, size);
    for (size_t k = sizeof(yao_hdr); k < size; k++) check(b[k] == 0, "fresh block is zeroed", (int64_t)k);
    memset(b + sizeof(yao_hdr), 0xA5, size - sizeof(yao_hdr));
    if (size >= sizeof(node)) {
      node *n = (node *)b;
      n->next = keep;
      keep = i % 50 ? n : NULL;
    }
    done += (int64_t)size;
  }
}

static yao_gc_stats stats(void) {
  yao_gc_stats s;
  yao_gc_stats_get(&s);
  return s;
}

/* ---- cases ---------------------------------------------------------------------------------------- */

static node *global_list;

static void case_globals(void) {
  global_list = make_list(10000, 1);
  churn(64 << 20);
  yao_gc_collect();
  check_list(global_list, 10000, 1, "list held by a global");
  yao_gc_stats s = stats();
  check(s.collections >= 2, "collections happened", (int64_t)s.collections);
  check(s.live_bytes >= 10000 * sizeof(node) && s.live_bytes < (4u << 20), "live bytes", (int64_t)s.live_bytes);
  printf("ok collections %llu live %llu\n", (unsigned long long)s.collections, (unsigned long long)s.live_bytes);
}

/* The lists live only in locals: gcc -O2 keeps them in callee-saved registers or stack slots. */
static void case_locals(void) {
  node *a = make_list(1000, 2), *b = make_list(3000, 3), *c = make_list(500, 4);
  churn(32 << 20);
  yao_gc_collect();
  churn(8 << 20);
  check_list(a, 1000, 2, "list a in a local");
  check_list(b, 3000, 3, "list b in a local");
  check_list(c, 500, 4, "list c in a local");
  printf("ok\n");
}

/* Only pointers into the middle of blocks survive: an array's elements, a string's characters
 * (inside its shared buffer), a field pointing into another object, a large block. */
static void case_interior(void) {
  yao_arr *arr = yao_arr_from(YAO_EK_F64, sizeof(double), 0, NULL);
  for (int i = 0; i < 100; i++) *(double *)yao_arr_push_slot(arr, sizeof(double)) = i * 1.5;
  double *elems = (double *)arr->data + 10;
  yao_str *s = yao_str_from_ascii("0123456789", 10);
  for (int i = 0; i < 20; i++) s = yao_str_concat(s, yao_str_from_ascii("abcdefghij", 10));
  const uint16_t *chars = s->data + 105;
  node *holder = new_node(NULL, 7);
  node *target = make_list(50, 5);
  holder->other = (uint8_t *)target + 20;
  global_list = holder;
  uint8_t *big = (uint8_t *)yao_alloc(&node_shape, 300000);
  for (int i = 8; i < 300000; i++) big[i] = (uint8_t)i;
  uint8_t *big_middle = big + 150001;
  arr = NULL; s = NULL; target = NULL; big = NULL;
  churn(64 << 20);
  yao_gc_collect();
  churn(16 << 20);
  for (int i = 0; i < 90; i++) check(elems[i] == (i + 10) * 1.5, "array elements", i);
  for (int i = 0; i < 100; i++) check(chars[i] == (uint16_t)"abcdefghij"[(i + 5) % 10], "string chars", i);
  check_list((node *)((uint8_t *)holder->other - 20), 50, 5, "list held by an interior field");
  for (int i = -150001 + (int)sizeof(yao_hdr); i < 149999; i++) check(big_middle[i] == (uint8_t)(150001 + i), "large block", i);
  printf("ok\n");
}

/* Stale copies of a dead pointer linger in stack slots below the live frames; overwrite them. */
static __attribute__((noinline)) void scrub_stack(void) {
  volatile uint8_t junk[1 << 16];
  for (size_t i = 0; i < sizeof junk; i++) junk[i] = 0;
}

static __attribute__((noinline)) void *noscan_holding_list(void) {
  void **raw = (void **)yao_alloc_raw_noscan(64);
  raw[0] = make_list(20000, 6);
  return raw;
}

/* A pointer kept only in a noscan block does not keep its target. Checked through the live byte
 * count. */
static void case_noscan(void) {
  global_list = (node *)((uint8_t *)noscan_holding_list() - 16);
  scrub_stack();
  yao_gc_collect();
  yao_gc_stats s = stats();
  check(s.live_bytes < 20000 * sizeof(node) / 2, "noscan block holds its list alive", (int64_t)s.live_bytes);
  global_list = NULL;
  printf("ok live %llu\n", (unsigned long long)s.live_bytes);
}

/* Memory is reused: 10 GB allocated with a small live set keeps the resident set small. */
static void case_reuse(void) {
  static node *ring[4096];
  int64_t total = 10ll << 30, done = 0;
  for (int64_t i = 0; done < total; i++) {
    size_t size = i % 1000 == 0 ? 100000 : 16 + (size_t)(i * 7 % 400);
    node *n = (node *)yao_alloc(&node_shape, size < sizeof(node) ? sizeof(node) : size);
    n->value = i;
    ring[i % 4096] = n;
    done += (int64_t)size;
  }
  for (int i = 0; i < 4096; i++) check(ring[i]->value % 4096 == i, "ring entry intact", i);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  yao_gc_stats s = stats();
  check(ru.ru_maxrss < 200 * 1024, "peak resident set (KiB)", ru.ru_maxrss);
  check(s.heap_bytes < (128u << 20), "heap bytes", (int64_t)s.heap_bytes);
  printf("ok maxrss_kib %ld heap %llu collections %llu pause_max %llu pause_total %llu\n", ru.ru_maxrss,
         (unsigned long long)s.heap_bytes, (unsigned long long)s.collections, (unsigned long long)s.pause_max,
         (unsigned long long)s.pause_total);
}

/* A binary tree of arrays and strings built through the runtime's own entry points, checked
 * after every step; meant to run under YAO_GC_STRESS. */
typedef struct tree { yao_hdr h; struct tree *l, *r; yao_arr *items; yao_str *name; } tree;
static const yao_shape tree_shape = {.kind = YAO_K_OBJECT, .name = "Tree", .size = sizeof(tree)};

static tree *build(int depth, int64_t id) {
  if (depth == 0) return NULL;
  tree *t = (tree *)yao_alloc_obj(&tree_shape);
  t->l = build(depth - 1, id * 2);
  t->items = yao_arr_from(YAO_EK_STR, sizeof(yao_str *), 0, NULL);
  for (int i = 0; i < 5; i++) *(yao_str **)yao_arr_push_slot(t->items, sizeof(yao_str *)) = yao_str_of_int(id * 10 + i);
  t->name = yao_str_concat(yao_str_from_ascii("n", 1), yao_str_of_int(id));
  t->r = build(depth - 1, id * 2 + 1);
  return t;
}

static int64_t str_int(const yao_str *s, int from) {
  int64_t v = 0;
  for (int i = from; i < s->len; i++) v = v * 10 + (s->data[i] - '0');
  return v;
}

static int64_t verify(const tree *t, int depth, int64_t id) {
  if (depth == 0) { check(t == NULL, "leaf", id); return 0; }
  check(str_int(t->name, 1) == id && t->name->data[0] == 'n', "tree name", id);
  check(t->items->len == 5, "tree items", id);
  for (int i = 0; i < 5; i++) check(str_int(((yao_str **)t->items->data)[i], 0) == id * 10 + i, "tree item", id);
  return 1 + verify(t->l, depth - 1, id * 2) + verify(t->r, depth - 1, id * 2 + 1);
}

static void case_stress(void) {
  tree *keep = build(9, 1);
  int64_t nodes = 0;
  for (int round = 0; round < 3; round++) {
    tree *t = build(7, 1);
    nodes += verify(t, 7, 1);
    nodes += verify(keep, 9, 1);
  }
  yao_gc_stats s = stats();
  check(nodes == 3 * (127 + 511), "tree nodes", nodes);
  printf("ok collections %llu\n", (unsigned long long)s.collections);
}

/* Allocation cost, everything included (fast path, refills, zeroing, collections): 32-byte
 * blocks with nothing kept. */
static void case_speed(void) {
  const int64_t n = 100000000;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  node *last = NULL;
  for (int64_t i = 0; i < n; i++) {
    node *x = (node *)yao_alloc_obj(&node_shape);
    x->next = last;
    last = i % 16 ? x : NULL;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) / (double)n;
  yao_gc_stats s = stats();
  printf("ok ns_per_alloc %.2f collections %llu policy %s\n", ns, (unsigned long long)s.collections, s.policy);
}

/* Which policy the runtime was built with, after some allocation and an explicit collection. */
static void case_policy(void) {
  global_list = make_list(1000, 8);
  yao_gc_collect();
  check_list(global_list, 1000, 8, "list after a collection request");
  yao_gc_stats s = stats();
  printf("ok policy %s collections %llu\n", s.policy, (unsigned long long)s.collections);
  fflush(stdout);
  yao_gc_report(1);
}

/* A collection requested on a signal handler's stack is skipped (the interrupted frames are out
 * of sight there); allocation still works. */
static node *from_handler;

static void on_usr1(int sig) {
  (void)sig;
  yao_gc_collect();
  from_handler = make_list(100, 9);
}

static void case_altstack(void) {
  static uint8_t alt[1 << 16];
  stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, NULL);
  node *mine = make_list(1000, 10);
  raise(SIGUSR1);
  yao_gc_stats s = stats();
  check(s.skipped == 1 && s.collections == 0, "collection on the signal stack skipped", (int64_t)s.skipped);
  yao_gc_collect();
  check_list(mine, 1000, 10, "list after the handler");
  check_list(from_handler, 100, 9, "list made in the handler");
  printf("ok skipped %llu\n", (unsigned long long)s.skipped);
}

void yao_program_main(void) {
  const char *which = yao_argc > 2 ? yao_argv[2] : "";
  if (!strcmp(which, "globals")) case_globals();
  else if (!strcmp(which, "locals")) case_locals();
  else if (!strcmp(which, "interior")) case_interior();
  else if (!strcmp(which, "noscan")) case_noscan();
  else if (!strcmp(which, "reuse")) case_reuse();
  else if (!strcmp(which, "stress")) case_stress();
  else if (!strcmp(which, "speed")) case_speed();
  else if (!strcmp(which, "policy")) case_policy();
  else if (!strcmp(which, "altstack")) case_altstack();
  else { printf("unknown case %s\n", which); failures++; }
  fflush(stdout);
  yao_exit_code = failures ? 1 : 0;
}
