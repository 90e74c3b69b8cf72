/* Memory reclamation for the yao runtime: the interface of rt_gc.c. yao_alloc (rt_core.c) takes
 * every heap block from yao_gc_block below; programs, benchmarks and tests read statistics and
 * force collections through the functions at the end.
 *
 * Two policies, chosen when the runtime is compiled (the only place that chooses):
 *   -DYAO_GC=0  "none": blocks come from the platform's bump allocator (yao_pf_alloc) and are
 *               never freed. What the runtime did before the collector existed.
 *   -DYAO_GC=1  "mark-sweep": a non-moving mark-sweep collector. Roots are found conservatively
 *               (the stack after spilling the callee-saved registers, and the program's .data and
 *               .bss); heap blocks are scanned conservatively too, except blocks known to hold no
 *               pointers (strbuf characters, the units after a string's fields in its block, blocks
 *               from yao_alloc_raw_noscan). Any address inside
 *               a block keeps it alive. The design is described at the top of rt_gc.c.
 * The default is mark-sweep on the host and on metal.
 *
 * Host environment variables (read at the first allocation):
 *   YAO_GC_STRESS=N   collect every N allocations (tests: makes missing roots show up at once);
 *                     with more than 4096 blocks live, every (live - 4096) / 64 allocations
 *                     if that is more, so that stress runs stay linear
 *   YAO_GC_VERBOSE=1  one line per collection on stderr
 *
 * Threads: on the host one thread (the main one) allocates and collects. On metal kernel/sched
 * runs threads on one CPU: allocation and collection run with preemption disabled, and a
 * collection scans every thread's stack (arch/x86_64/threads.c). See rt_gc.c ("Threads"). */
#ifndef YAO_GC_H
#define YAO_GC_H

#include "yao.h"

#ifndef YAO_GC
#define YAO_GC 1
#endif

/* ---- platform: pages for the collector (rt_host.c, rt_metal.c) ------------------------------ */

/* `bytes` of zeroed memory aligned to `align` (a power of two, at least 16), never given back.
 * NULL when the platform has no pages to give yet: on metal before the kernel heap is installed.
 * Out of memory panics inside the platform (host) or returns NULL (metal: the collector then
 * collects, retries, and panics if memory is still short). */
void *yao_pf_pages(size_t bytes, size_t align);

/* ---- allocation ------------------------------------------------------------------------------- */

/* Backing store: `bytes` zeroed bytes after a 16-byte header, like the raw blocks of rt_arr.c;
 * returns the address of the bytes, which keeps the block alive. yao_alloc_raw's bytes are
 * scanned for pointers (scratch lists of objects in the runtime: never yao_pf_alloc for those,
 * its memory is not scanned). yao_alloc_raw_noscan's are not, so they must never hold a heap
 * pointer (ArrayBuffer bytes, number and boolean array elements). */
void *yao_alloc_raw(size_t bytes);
void *yao_alloc_raw_noscan(size_t bytes);
extern const yao_shape yao_gc_shape_noscan;

#if YAO_GC
/* Size classes are multiples of 16 bytes; blocks up to YAO_GC_LOOKUP_MAX find their class through
 * yao_gc_class_of[size / 16]. Each class caches one 64-slot word of its current span: `free` has
 * a bit per free slot, slot i lives at base + i * size. Refilling the word (rt_gc.c) zeroes the
 * slots, so the fast path only takes a bit. */
#define YAO_GC_LOOKUP_MAX 1024
#define YAO_GC_NCLASSES 72
typedef struct yao_gc_cache { uint64_t free; uintptr_t base; uintptr_t size; uintptr_t pad; } yao_gc_cache;
extern yao_gc_cache yao_gc_caches[YAO_GC_NCLASSES];
extern uint8_t yao_gc_class_of[YAO_GC_LOOKUP_MAX / 16 + 1];
void *yao_gc_alloc_slow(size_t size);
#endif

/* On metal threads may be preempted anywhere (kernel/sched): the allocator's state and a
 * collection must not be switched away from halfway (arch/x86_64/preempt.h). Allocation
 * (yao_alloc) and yao_gc_collect hold preemption off. */
#ifdef YAO_FREESTANDING
#include "preempt.h"
#define YAO_GC_NO_SWITCH_BEGIN() yao_preempt_disable()
#define YAO_GC_NO_SWITCH_END() yao_preempt_enable()
#else
#define YAO_GC_NO_SWITCH_BEGIN() ((void)0)
#define YAO_GC_NO_SWITCH_END() ((void)0)
#endif

/* A zeroed, 16-byte aligned block of `size` bytes (a multiple of 16). yao_alloc's only source;
 * it calls this between YAO_GC_NO_SWITCH_BEGIN and _END. */
static inline void *yao_gc_block(size_t size) {
#if YAO_GC
  if (YAO_LIKELY(size <= YAO_GC_LOOKUP_MAX)) {
    yao_gc_cache *c = &yao_gc_caches[yao_gc_class_of[size >> 4]];
    uint64_t f = c->free;
    if (YAO_LIKELY(f != 0)) {
      c->free = f & (f - 1);
      return (void *)(c->base + (uintptr_t)__builtin_ctzll(f) * c->size);
    }
  }
  return yao_gc_alloc_slow(size);
#else
  return yao_pf_alloc(size);
#endif
}

/* The body of yao_alloc (rt_core.c), inline for the runtime's own hottest allocations (strings):
 * a size rounded to 16, a zeroed block, its shape, the counts the collector's trigger reads. */
static inline void *yao_alloc_inline(const yao_shape *shape, size_t size) {
  size = (size + 15) & ~(size_t)15;
  YAO_GC_NO_SWITCH_BEGIN();
  yao_hdr *o = (yao_hdr *)yao_gc_block(size);
  o->shape = shape;
  yao_heap.count++;
  yao_heap.bytes += size;
  YAO_GC_NO_SWITCH_END();
  return o;
}

/* ---- control and statistics ------------------------------------------------------------------- */

typedef struct yao_gc_stats {
  const char *policy;          /* "none" or "mark-sweep" */
  const char *clock;           /* unit of the times below: "ns" (host) or "tsc" (metal, CPU cycles) */
  uint64_t collections;
  uint64_t skipped;            /* collections not run: requested on a stack other than the program's */
  uint64_t objects_allocated;  /* over the whole run */
  uint64_t bytes_allocated;    /* over the whole run (requested sizes, rounded to 16) */
  uint64_t live_bytes;         /* reachable at the end of the last collection (slot sizes) */
  uint64_t heap_bytes;         /* taken from the platform (pages, or bump chunks for "none") */
  uint64_t pause_last, pause_max, pause_total;
  uint64_t mark_total, sweep_total;  /* pause_total split into its two phases */
} yao_gc_stats;

void yao_gc_stats_get(yao_gc_stats *out);
/* A full collection now (nothing under "none"). */
void yao_gc_collect(void);
/* One line of statistics, e.g. for a benchmark's stderr. */
void yao_gc_report(int fd);
/* For the platform's exit: the line on stderr when YAO_GC_VERBOSE is set (or YAO_GC_TRACE). */
void yao_gc_at_exit(void);

#endif
