/* The host allocator benchmark's driver (bench/alloc, part a): one process that replays the same
 * allocation trace against glibc malloc and against kernel/alloc's three allocators compiled by
 * yao (bench/alloc/host/replay.ts), and times every replay with clock_gettime. bench/alloc/run.ts
 * builds it (replay.ts → C with yao, this file, the yao host runtime) and parses what it prints.
 *
 *   alloc-host [operations] [runs] [names]   defaults: 2000000 operations, best of 3 runs, and
 *                                            every allocator (names: e.g. "glibc,tlsf", for profiling)
 *
 * The trace is generated once, by the compiled TypeScript (kernel/alloc/trace.ts), and copied into
 * C arrays here before any timing, so both sides replay exactly the same operations; the
 * checksum of the copy is compared with the TypeScript one. Runs are interleaved (glibc, region,
 * buddy, tlsf, then again) so that a change in machine load hits every allocator alike; each
 * allocator keeps its best run. Every yao replay starts on a freshly constructed allocator over
 * the same simulated RAM; glibc's replays share the process heap, emptied by freeing everything
 * after each run (the first starts on an untouched heap: the yao runtime and this driver take
 * their memory in blocks above glibc's mmap threshold). The end-of-trace state is read after the
 * first run.
 *
 * Output: one line per record, `kind key=value ...`, for run.ts to parse. */
#define _GNU_SOURCE
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include "yao.h"
#include "replay-api.h" /* the prototypes of replay.ts's exports, taken from the generated C */

#define TS(name) bench_alloc_host_replay__##name

enum { TRACE_ALLOCATE = 0, TRACE_FREE = 1, TRACE_REALLOCATE = 2 };
enum { ALLOC_REGION = 0, ALLOC_BUDDY = 1, ALLOC_TLSF = 2, ALLOCATORS = 3 };
static const char *const allocator_names[ALLOCATORS] = {"region", "buddy", "tlsf"};

#define SEED 2024u
#define SLOTS 16384u
#define MIB (1024.0 * 1024.0)
#define INIT_RUNS 200

struct trace {
  uint32_t length;
  uint8_t *kinds;
  uint32_t *slots, *sizes, *aligns;
};

struct outcome {
  double seconds;
  uint32_t failures;
  double live_requested; /* bytes requested by the blocks live at the end */
};

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void *checked_malloc(size_t bytes) {
  void *p = calloc(1, bytes);
  if (p == NULL) {
    fprintf(stderr, "alloc-host: cannot allocate %zu bytes for the trace\n", bytes);
    exit(1);
  }
  return p;
}

/* The same FNV-1a as traceChecksum in kernel/alloc/trace.ts. */
static uint32_t checksum(const struct trace *t) {
  uint32_t h = 0x811c9dc5u;
  for (uint32_t i = 0; i < t->length; i++) {
    h = (h ^ t->kinds[i]) * 0x01000193u;
    h = (h ^ t->slots[i]) * 0x01000193u;
    h = (h ^ t->sizes[i]) * 0x01000193u;
    h = (h ^ t->aligns[i]) * 0x01000193u;
  }
  return h;
}

/* Generates the trace in TypeScript and copies it out, untimed. */
static struct trace copy_trace(uint32_t length) {
  uint32_t ts_sum = (uint32_t)TS(benchGenerate)(SEED, length);
  struct trace t = {.length = length};
  t.kinds = checked_malloc(length);
  t.slots = checked_malloc(length * sizeof(uint32_t));
  t.sizes = checked_malloc(length * sizeof(uint32_t));
  t.aligns = checked_malloc(length * sizeof(uint32_t));
  for (uint32_t i = 0; i < length; i++) {
    t.kinds[i] = (uint8_t)TS(benchKind)(i);
    t.slots[i] = (uint32_t)TS(benchSlot)(i);
    t.sizes[i] = (uint32_t)TS(benchSize)(i);
    t.aligns[i] = (uint32_t)TS(benchAlign)(i);
  }
  uint32_t c_sum = checksum(&t);
  if (c_sum != ts_sum) {
    fprintf(stderr, "alloc-host: trace copy checksum %08x differs from the TypeScript one %08x\n", c_sum, ts_sum);
    exit(1);
  }
  printf("trace operations=%u slots=%u seed=%u checksum=%08x region_operations=%u\n", length, SLOTS, SEED, c_sum,
         (uint32_t)TS(benchRegionLength)());
  return t;
}

/* ---- glibc ------------------------------------------------------------------------------------- */

static void *slot_address[SLOTS];
static uint32_t slot_requested[SLOTS];

/* A block of `size` bytes aligned to `align`: malloc guarantees 16 on x86-64 (glibc's
 * MALLOC_ALIGNMENT), beyond that aligned_alloc. */
static void *glibc_allocate(uint32_t size, uint32_t align) {
  return align <= 16 ? malloc(size) : aligned_alloc(align, size);
}

/* realloc, keeping an alignment above 16 the way an aligned realloc must: realloc, and only if
 * the result lost the alignment, move it to an aligned block. */
static void *glibc_reallocate(void *old, uint32_t size, uint32_t align) {
  if (old == NULL) return glibc_allocate(size, align);
  void *p = realloc(old, size);
  if (p == NULL || align <= 16 || ((uintptr_t)p & (align - 1)) == 0) return p;
  void *q = aligned_alloc(align, size);
  if (q == NULL) {
    fprintf(stderr, "alloc-host: glibc is out of memory\n");
    exit(1);
  }
  memcpy(q, p, size);
  free(p);
  return q;
}

/* The loop of replayTrace in kernel/alloc/trace.ts, on glibc. */
static struct outcome replay_glibc(const struct trace *t) {
  struct outcome o = {0};
  double live = 0;
  double start = now_seconds();
  for (uint32_t i = 0; i < t->length; i++) {
    uint32_t slot = t->slots[i];
    void *p = slot_address[slot];
    if (t->kinds[i] == TRACE_FREE) {
      free(p);
      live -= slot_requested[slot];
      slot_address[slot] = NULL;
      slot_requested[slot] = 0;
      continue;
    }
    uint32_t size = t->sizes[i];
    void *q = t->kinds[i] == TRACE_ALLOCATE ? glibc_allocate(size, t->aligns[i]) : glibc_reallocate(p, size, t->aligns[i]);
    if (q == NULL) {
      o.failures++;
      continue;
    }
    live += (double)size - slot_requested[slot];
    slot_requested[slot] = size;
    slot_address[slot] = q;
  }
  o.seconds = now_seconds() - start;
  o.live_requested = live;
  return o;
}

static void free_all_glibc(void) {
  for (uint32_t s = 0; s < SLOTS; s++) {
    free(slot_address[s]);
    slot_address[s] = NULL;
    slot_requested[s] = 0;
  }
}

/* glibc's largest free chunk: the top chunk (mallinfo2's keepcost) or the biggest chunk in any
 * bin; malloc_info reports, for each non-empty bin, the largest chunk in it as "to". Chunks in
 * the per-thread cache count as in use for glibc and are not seen here. */
static double glibc_largest_free(void) {
  char *text = NULL;
  size_t length = 0;
  FILE *f = open_memstream(&text, &length);
  if (f == NULL || malloc_info(0, f) != 0) {
    fprintf(stderr, "alloc-host: malloc_info failed\n");
    exit(1);
  }
  fclose(f);
  double largest = (double)mallinfo2().keepcost;
  for (char *at = text; (at = strstr(at, " to=\"")) != NULL; at += 5) {
    char *count = strstr(at, "count=\"");
    if (count != NULL && strtoull(count + 7, NULL, 10) > 0) {
      double to = (double)strtoull(at + 5, NULL, 10);
      if (to > largest) largest = to;
    }
  }
  free(text);
  return largest;
}

/* mallinfo2 before the first replay: the heap's blocks that are not the trace's (stdio's buffers,
 * and the large blocks of the yao runtime and of this driver, which glibc maps separately). */
static struct mallinfo2 heap_before;

static void report_glibc_state(const struct outcome *o) {
  struct mallinfo2 m = mallinfo2();
  double used = (double)(m.uordblks - heap_before.uordblks) + (double)(m.hblkhd - heap_before.hblkhd);
  double free_bytes = (double)m.fordblks;
  double fragmentation = free_bytes == 0 ? 0 : 1 - glibc_largest_free() / free_bytes;
  printf("state name=glibc failures=%u live_requested=%.0f used=%.0f free=%.0f ext_frag=%.6f footprint=%.0f faults=0\n",
         o->failures, o->live_requested, used, free_bytes, fragmentation,
         (double)(m.arena - heap_before.arena) + (double)(m.hblkhd - heap_before.hblkhd));
}

/* ---- yao's allocators ----------------------------------------------------------------------- */

static struct outcome replay_yao(int kind, double bytes) {
  struct outcome o = {0};
  if (TS(benchConstruct)(kind, bytes) != 0) {
    fprintf(stderr, "alloc-host: cannot construct %s over %.0f bytes\n", allocator_names[kind], bytes);
    exit(1);
  }
  double start = now_seconds();
  TS(benchReplay)();
  o.seconds = now_seconds() - start;
  o.failures = (uint32_t)TS(benchFailures)();
  o.live_requested = TS(benchLiveRequested)();
  return o;
}

static void report_yao_state(int kind, const struct outcome *o) {
  printf("state name=%s failures=%u live_requested=%.0f used=%.0f free=-1 ext_frag=%.6f footprint=-1 faults=%.0f\n",
         allocator_names[kind], o->failures, o->live_requested, TS(benchBytesUsed)(), TS(benchExternalFragmentation)(),
         TS(benchFaults)());
}

/* Simulated RAM for one allocator: anonymous memory, zeroed and backed lazily by the kernel, given
 * to the TypeScript side as an external Uint8Array (outside the collector's heap: a collection
 * would otherwise scan all of it). */
static void adopt_ram(size_t bytes) {
  void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    fprintf(stderr, "alloc-host: cannot map %zu bytes of simulated RAM\n", bytes);
    exit(1);
  }
  TS(benchAdopt)(yao_ta_external(YAO_TA_KIND_U8, p, (int64_t)bytes));
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Construction time over `bytes`: the first (cold: its pages untouched) and the median of INIT_RUNS. */
static void time_init(int kind, double bytes) {
  double times[INIT_RUNS];
  for (int i = 0; i < INIT_RUNS; i++) {
    double start = now_seconds();
    int32_t status = (int32_t)TS(benchConstruct)(kind, bytes);
    times[i] = (now_seconds() - start) * 1e6;
    if (status != 0) {
      fprintf(stderr, "alloc-host: cannot construct %s over %.0f bytes\n", allocator_names[kind], bytes);
      exit(1);
    }
  }
  double first = times[0];
  qsort(times, INIT_RUNS, sizeof times[0], compare_doubles);
  printf("init name=%s bytes=%.0f median_us=%.3f first_us=%.3f runs=%d\n", allocator_names[kind], bytes,
         times[INIT_RUNS / 2], first, INIT_RUNS);
}

static uint32_t parse_positive(const char *text, const char *what) {
  char *end;
  unsigned long v = strtoul(text, &end, 10);
  if (*end != '\0' || v == 0 || v > 0xffffffffUL) {
    fprintf(stderr, "alloc-host: %s must be a positive integer, not \"%s\"\n", what, text);
    exit(2);
  }
  return (uint32_t)v;
}

/* Whether `name` is in the comma-separated list `names` (NULL: every name). */
static int selected(const char *names, const char *name) {
  if (names == NULL) return 1;
  size_t n = strlen(name);
  for (const char *at = names; (at = strstr(at, name)) != NULL; at += n) {
    if ((at == names || at[-1] == ',') && (at[n] == ',' || at[n] == '\0')) return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  uint32_t operations = argc > 1 ? parse_positive(argv[1], "operations") : 2000000u;
  uint32_t runs = argc > 2 ? parse_positive(argv[2], "runs") : 3u;
  const char *names = argc > 3 ? argv[3] : NULL;
  const char *yao_args[] = {argv[0], "replay.ts", NULL};
  yao_run(2, yao_args); /* the module initializers of the compiled TypeScript */

  struct trace t = copy_trace(operations);
  double ram = 1024.0 * MIB;
  for (int k = 0; k < ALLOCATORS; k++) adopt_ram((size_t)ram);
  for (int k = 0; k < ALLOCATORS; k++) {
    if (!selected(names, allocator_names[k])) continue;
    time_init(k, 64 * MIB);
    time_init(k, ram);
  }

  heap_before = mallinfo2();
  double best[ALLOCATORS + 1];
  for (int k = 0; k <= ALLOCATORS; k++) best[k] = 1e300;
  for (uint32_t r = 0; r < runs; r++) {
    if (selected(names, "glibc")) {
      struct outcome g = replay_glibc(&t);
      if (g.seconds < best[ALLOCATORS]) best[ALLOCATORS] = g.seconds;
      if (r == 0) report_glibc_state(&g);
      free_all_glibc();
    }
    for (int k = 0; k < ALLOCATORS; k++) {
      if (!selected(names, allocator_names[k])) continue;
      struct outcome o = replay_yao(k, ram);
      if (o.seconds < best[k]) best[k] = o.seconds;
      if (r == 0) report_yao_state(k, &o);
      TS(benchFreeAll)();
    }
  }
  if (selected(names, "glibc")) printf("replay name=glibc operations=%u best_s=%.6f runs=%u\n", operations, best[ALLOCATORS], runs);
  for (int k = 0; k < ALLOCATORS; k++) {
    if (!selected(names, allocator_names[k])) continue;
    uint32_t ops = k == ALLOC_REGION ? (uint32_t)TS(benchRegionLength)() : operations;
    printf("replay name=%s operations=%u best_s=%.6f runs=%u\n", allocator_names[k], ops, best[k], runs);
  }
  fflush(stdout);
  return 0;
}
