/* The collector (gc.h): where yao_alloc's blocks come from and how they come back. Called by
 * yao_alloc (rt_core.c) through yao_gc_block; takes pages from the platform (yao_pf_pages in
 * rt_host.c or rt_metal.c).
 *
 * Heap. Pages of 8 KiB come from arenas the platform hands out. A span is a run of pages: free,
 * small (slots of one size class, up to 512 of them, with an allocation bitmap and a mark bitmap)
 * or large (one block of more than 32 KiB). A page map, one 512-entry leaf per 4 MiB region found
 * through a small hash table, takes any address to its span, so a pointer into the middle of a
 * block finds the block. Free page runs are coalesced with their neighbours and kept in lists by
 * length. Allocation takes bits from the current word of the class's current span (gc.h); a new
 * word's free slots are zeroed when it is taken, unless the span's pages have never been used.
 *
 * Collection (stop the world, on the allocating thread): return the cached slots, mark from the
 * roots (the stack from the collector's frame up after spilling the callee-saved registers, and
 * the program's static data), tracing every reachable block conservatively (every aligned word
 * that points into an allocated block marks it; blocks that hold no pointers are not scanned),
 * then sweep: a span's mark bitmap becomes its allocation bitmap, empty spans and unmarked large
 * blocks go back to the page runs. Sweeping touches only the span records, never the blocks, so
 * it is done at once rather than lazily. The next collection comes after the program allocates
 * TRIGGER_FACTOR times as many bytes as survived (at least TRIGGER_MIN).
 *
 * Threads. On metal (kernel/sched, one CPU) every allocation and collection runs with preemption
 * disabled (gc.h), the mark runs with interrupts off (handlers relink objects), and every
 * thread's stack is a root (arch/x86_64/threads.c). On the host only the main thread runs
 * compiled code; a collection asked for on another stack (a signal handler's) is skipped.
 * Several CPUs would need: stopping the other CPUs at safe points (allocation calls) for the
 * mark, per-CPU caches (each CPU claims whole bitmap words, so the fast path stays lock-free),
 * and one lock around the slow path, the page runs and the collection. */
#include "gc.h"
#ifndef YAO_FREESTANDING
#include <stdlib.h>
#include <time.h>
#include <sys/resource.h>
#endif

const yao_shape yao_gc_shape_noscan = {.kind = YAO_K_RAW, .name = "raw", .size = 0};
static const yao_shape shape_raw = {.kind = YAO_K_RAW, .name = "raw", .size = 0};

void *yao_alloc_raw(size_t bytes) {
  return (uint8_t *)yao_alloc(&shape_raw, 16 + bytes) + 16;
}

void *yao_alloc_raw_noscan(size_t bytes) {
  return (uint8_t *)yao_alloc(&yao_gc_shape_noscan, 16 + bytes) + 16;
}

/* ---- helpers shared by both policies ------------------------------------------------------------ */

#ifdef YAO_FREESTANDING
static const char *const clock_unit = "tsc";
#else
static const char *const clock_unit = "ns";
#endif

typedef struct { char text[320]; int n; } line;

static void put_str(line *l, const char *s) {
  while (*s && l->n < (int)sizeof l->text - 1) l->text[l->n++] = *s++;
}

static void put_u64(line *l, uint64_t v) {
  char digits[24];
  int k = 0;
  do { digits[k++] = (char)('0' + v % 10); v /= 10; } while (v);
  while (k && l->n < (int)sizeof l->text - 1) l->text[l->n++] = digits[--k];
}

static void report_line(int fd, const yao_gc_stats *s, const char *head) {
  line l = {.n = 0};
  put_str(&l, head);
  put_str(&l, "policy "); put_str(&l, s->policy);
  put_str(&l, ", collections "); put_u64(&l, s->collections);
  put_str(&l, ", allocated "); put_u64(&l, s->bytes_allocated >> 10);
  put_str(&l, " KiB in "); put_u64(&l, s->objects_allocated);
  put_str(&l, " blocks, live "); put_u64(&l, s->live_bytes >> 10);
  put_str(&l, " KiB, heap "); put_u64(&l, s->heap_bytes >> 10);
  put_str(&l, " KiB, pause last "); put_u64(&l, s->pause_last);
  put_str(&l, " max "); put_u64(&l, s->pause_max);
  put_str(&l, " total "); put_u64(&l, s->pause_total);
  put_str(&l, " (mark "); put_u64(&l, s->mark_total);
  put_str(&l, " sweep "); put_u64(&l, s->sweep_total);
  put_str(&l, ") "); put_str(&l, s->clock); put_str(&l, "\n");
  yao_pf_write(fd, (const uint8_t *)l.text, (size_t)l.n);
}

void yao_gc_report(int fd) {
  yao_gc_stats s;
  yao_gc_stats_get(&s);
  report_line(fd, &s, "yao gc: ");
}

static uint64_t env_number(const char *name) {
#ifdef YAO_FREESTANDING
  (void)name;
  return 0;
#else
  const char *v = getenv(name);
  uint64_t n = 0;
  while (v && *v >= '0' && *v <= '9') n = n * 10 + (uint64_t)(*v++ - '0');
  return n;
#endif
}

#ifndef YAO_GC_TRACE
#define YAO_GC_TRACE 0 /* 1: statistics lines without YAO_GC_VERBOSE (metal has no environment) */
#endif

static bool verbose_wanted(void) {
  return env_number("YAO_GC_VERBOSE") != 0 || YAO_GC_TRACE;
}

void yao_gc_at_exit(void) {
  if (verbose_wanted()) yao_gc_report(2);
}

#if !YAO_GC
/* ---- policy "none" ------------------------------------------------------------------------------- */

/* Everything allocated stays: the heap is every byte ever allocated. */
void yao_gc_stats_get(yao_gc_stats *out) {
  *out = (yao_gc_stats){.policy = "none", .clock = clock_unit, .objects_allocated = yao_heap.count,
                        .bytes_allocated = yao_heap.bytes, .live_bytes = yao_heap.bytes, .heap_bytes = yao_heap.bytes};
}

/* Nothing can be reclaimed without a collector. */
void yao_gc_collect(void) {}

#else
/* ---- policy "mark-sweep" --------------------------------------------------------------------------- */

#define PAGE_SHIFT 13
#define PAGE ((uintptr_t)1 << PAGE_SHIFT)
#define REGION_SHIFT 22                                  /* one page-map leaf per 4 MiB */
#define LEAF_PAGES ((uintptr_t)1 << (REGION_SHIFT - PAGE_SHIFT))
#define SPAN_WORDS 8                                     /* bitmap words: at most 512 slots a span */
#define MAX_SMALL 32768                                  /* larger blocks get a span of their own */
#define MAX_SMALL_PAGES 16
#define BUCKETS 128                                      /* free runs of 1..127 pages by length, longer in [0] */
#ifdef YAO_FREESTANDING
/* Metal: memory is the machine's RAM (hello runs in under 1.6 MiB), and the kernel heap zeroes
 * every block it hands out, which costs about 8 ns a byte under QEMU TCG: the first arena is
 * small and arenas double with the heap up to ARENA_MAX; the collector's own tables come in
 * small chunks. */
#define ARENA_MIN ((size_t)64 << 10)
#define ARENA_MAX ((size_t)4 << 20)
#define META_CHUNK ((size_t)16 << 10)
#define MSEG_ITEMS 1024
#define TRIGGER_FACTOR 1     /* RAM is small: the heap stays within about twice what is live */
#else
#define ARENA_MIN ((size_t)4 << 20)
#define META_CHUNK ((size_t)1 << 20)
#define MSEG_ITEMS 4096
/* Host: the heap may reach about three times what is live; half as many collections as with 1,
 * each marking as much (a text-processing benchmark spent an eighth of its time marking). */
#define TRIGGER_FACTOR 2
#endif
#define TRIGGER_MIN ((uint64_t)4 << 20)
#define SCAN_SLICE 4096                                  /* big blocks are scanned a slice at a time */
#define STRESS_FREE_LIVE 4096                            /* stress: up to this many live blocks, N as asked */
#define STRESS_LIVE_DIVISOR 64                           /* beyond, one collection per (live - 4096) / 64 */
#define RING 16                                          /* marked blocks wait here while they are prefetched */
#define BLOCK_FLAG 1                                     /* scan item is a whole block: check its shape first */

enum { SPAN_FREE = 0, SPAN_SMALL, SPAN_LARGE };

typedef struct span {
  uintptr_t start;
  uint32_t npages;
  uint8_t state, cls;
  uint8_t dirty;               /* the pages have been used: free slots must be zeroed before use */
  uint8_t marked;              /* large spans */
  size_t size;                 /* small: slot size; large: block size */
  uint32_t nelems, nwords, recip;
  uint64_t tail;               /* bits of the last bitmap word past nelems: always "allocated" */
  struct span *next, *prev;    /* in-use list (next), or the free list of its length (both) */
  struct span *next_partial;   /* its class's list of spans with free slots */
  uint64_t alloc[SPAN_WORDS], mark[SPAN_WORDS];
} span;

typedef struct {
  size_t size;
  uint32_t npages, nelems, recip;
  span *cur;                   /* the span the cached word belongs to */
  uint32_t word, next_word;    /* the cached word of cur; the next word to look at */
  span *partial;
} size_class;

typedef struct { uintptr_t key; span **leaf; } dir_slot;  /* key: region number + 1, 0 = empty */
typedef struct { uintptr_t lo, hi; } scan_item;
typedef struct mseg { struct mseg *prev, *next; scan_item items[MSEG_ITEMS]; } mseg;

yao_gc_cache yao_gc_caches[YAO_GC_NCLASSES];
uint8_t yao_gc_class_of[YAO_GC_LOOKUP_MAX / 16 + 1];

/* All collector state but the caches; the root scan skips it (it holds heap addresses). */
static struct {
  bool ready, busy;
  size_class classes[YAO_GC_NCLASSES];
  uintptr_t lo, extent;        /* every arena lies in [lo, lo + extent) */
  dir_slot *dir;
  uint32_t dir_bits, dir_count;
  uintptr_t dir_last_key;
  span **dir_last_leaf;
  span *buckets[BUCKETS];
  uint64_t bucket_bits[BUCKETS / 64];
  span *in_use, *spare;
  uint8_t *meta_next, *meta_end;
  mseg *mseg;
  uint32_t mtop;
  scan_item ring[RING];
  uint32_t ring_in, ring_n;
  uint64_t next_gc, marked_bytes, marked_objects;
  uint64_t stress, stress_left;
  bool verbose;
  uintptr_t stack_size;        /* host: the main thread's stack limit */
  yao_gc_stats stats;
} G;

static void collect(void);

static uint64_t clock_now(void) {
#ifdef YAO_FREESTANDING
  uint32_t lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return ((uint64_t)hi << 32) | lo;
#else
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
#endif
}

/* ---- the collector's own memory ---------------------------------------------------------------------- */

static _Noreturn void out_of_memory(const char *what) {
  yao_panic(what);
}

static void *meta_alloc(size_t bytes) {
  bytes = (bytes + 15) & ~(size_t)15;
  if (bytes > META_CHUNK / 4) { /* a table of its own: the current chunk's rest stays in use */
    void *own = yao_pf_pages(bytes, 16);
    if (!own) out_of_memory("out of memory: the collector's own tables");
    return own;
  }
  if (bytes > (size_t)(G.meta_end - G.meta_next)) {
    uint8_t *p = (uint8_t *)yao_pf_pages(META_CHUNK, 16);
    if (!p) out_of_memory("out of memory: the collector's own tables");
    G.meta_next = p;
    G.meta_end = p + META_CHUNK;
  }
  void *p = G.meta_next;
  G.meta_next += bytes;
  return p; /* pages come zeroed and are never reused */
}

static span *span_record(void) {
  span *s = G.spare;
  if (!s) return (span *)meta_alloc(sizeof(span));
  G.spare = s->next;
  __builtin_memset(s, 0, sizeof *s);
  return s;
}

static void span_record_free(span *s) {
  s->state = SPAN_FREE;
  s->next = G.spare;
  G.spare = s;
}

/* ---- page map: address → span ------------------------------------------------------------------------ */

static uint32_t dir_hash(uintptr_t key, uint32_t bits) {
  return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

static span **leaf_of(uintptr_t region) {
  uintptr_t key = region + 1;
  if (key == G.dir_last_key) return G.dir_last_leaf;
  if (!G.dir) return NULL;
  uint32_t mask = (1u << G.dir_bits) - 1;
  for (uint32_t i = dir_hash(key, G.dir_bits);; i = (i + 1) & mask) {
    if (G.dir[i].key == key) {
      G.dir_last_key = key;
      G.dir_last_leaf = G.dir[i].leaf;
      return G.dir[i].leaf;
    }
    if (G.dir[i].key == 0) return NULL;
  }
}

static void dir_put(dir_slot *table, uint32_t bits, uintptr_t key, span **leaf) {
  uint32_t mask = (1u << bits) - 1, i = dir_hash(key, bits);
  while (table[i].key) i = (i + 1) & mask;
  table[i].key = key;
  table[i].leaf = leaf;
}

/* The old table stays in the collector's memory: it is small and growth is rare. */
static void dir_add(uintptr_t region, span **leaf) {
  if (!G.dir || (G.dir_count + 1) * 2 > (1u << G.dir_bits)) {
    uint32_t bits = G.dir ? G.dir_bits + 1 : 6;
    dir_slot *table = (dir_slot *)meta_alloc(sizeof(dir_slot) << bits);
    for (uint32_t i = 0; G.dir && i < (1u << G.dir_bits); i++)
      if (G.dir[i].key) dir_put(table, bits, G.dir[i].key, G.dir[i].leaf);
    G.dir = table;
    G.dir_bits = bits;
  }
  dir_put(G.dir, G.dir_bits, region + 1, leaf);
  G.dir_count++;
}

static span *page_span(uintptr_t addr) {
  span **leaf = leaf_of(addr >> REGION_SHIFT);
  return leaf ? leaf[(addr >> PAGE_SHIFT) & (LEAF_PAGES - 1)] : NULL;
}

static void set_page(uintptr_t addr, span *s) {
  leaf_of(addr >> REGION_SHIFT)[(addr >> PAGE_SHIFT) & (LEAF_PAGES - 1)] = s;
}

static void map_pages(uintptr_t start, uintptr_t npages, span *s) {
  uintptr_t addr = start, end = start + npages * PAGE;
  while (addr < end) {
    span **leaf = leaf_of(addr >> REGION_SHIFT);
    uintptr_t i = (addr >> PAGE_SHIFT) & (LEAF_PAGES - 1);
    for (; i < LEAF_PAGES && addr < end; i++, addr += PAGE) leaf[i] = s;
  }
}

/* ---- page runs ------------------------------------------------------------------------------------------ */

static uint32_t bucket_of(uint32_t npages) { return npages < BUCKETS ? npages : 0; }

static void bucket_push(span *s) {
  uint32_t b = bucket_of(s->npages);
  s->prev = NULL;
  s->next = G.buckets[b];
  if (s->next) s->next->prev = s;
  G.buckets[b] = s;
  G.bucket_bits[b / 64] |= 1ull << (b % 64);
}

static void bucket_remove(span *s) {
  uint32_t b = bucket_of(s->npages);
  if (s->prev) s->prev->next = s->next;
  else G.buckets[b] = s->next;
  if (s->next) s->next->prev = s->prev;
  if (!G.buckets[b]) G.bucket_bits[b / 64] &= ~(1ull << (b % 64));
}

/* A free run joins its free neighbours; only its first and last pages map to it. */
static void insert_free(span *s) {
  s->state = SPAN_FREE;
  span *l = s->start > G.lo ? page_span(s->start - PAGE) : NULL;
  if (l && l->state == SPAN_FREE) {
    bucket_remove(l);
    if (l->npages > 1) set_page(l->start + (l->npages - 1) * PAGE, NULL);
    l->npages += s->npages;
    l->dirty |= s->dirty;
    span_record_free(s);
    s = l;
  }
  uintptr_t end = s->start + s->npages * PAGE;
  span *r = end - G.lo < G.extent ? page_span(end) : NULL;
  if (r && r->state == SPAN_FREE) {
    bucket_remove(r);
    set_page(r->start, NULL);
    s->npages += r->npages;
    s->dirty |= r->dirty;
    span_record_free(r);
  }
  set_page(s->start, s);
  set_page(s->start + (s->npages - 1) * PAGE, s);
  bucket_push(s);
}

static void release_span(span *s) {
  map_pages(s->start, s->npages, NULL);
  s->dirty = 1;
  insert_free(s);
}

static span *first_fit(uint32_t npages) {
  for (uint32_t b = npages < BUCKETS ? npages : BUCKETS; b < BUCKETS; b = (b | 63) + 1) {
    uint64_t bits = G.bucket_bits[b / 64] & (~0ull << (b % 64));
    if (bits) return G.buckets[(b & ~63u) + (uint32_t)__builtin_ctzll(bits)];
  }
  span *best = NULL;
  for (span *s = G.buckets[0]; s; s = s->next)
    if (s->npages >= npages && (!best || s->npages < best->npages)) best = s;
  return best;
}

static span *take_run(uint32_t npages) {
  span *f = first_fit(npages);
  if (!f) return NULL;
  bucket_remove(f);
  if (f->npages > npages) {
    span *rest = span_record();
    rest->start = f->start + (uintptr_t)npages * PAGE;
    rest->npages = f->npages - npages;
    rest->dirty = f->dirty;
    set_page(rest->start, rest);
    set_page(rest->start + (rest->npages - 1) * PAGE, rest);
    bucket_push(rest);
    f->npages = npages;
  }
  map_pages(f->start, npages, f);
  return f;
}

static void add_arena(uintptr_t base, size_t bytes) {
  uintptr_t hi = G.extent ? G.lo + G.extent : 0;
  if (!G.extent || base < G.lo) G.lo = base;
  if (base + bytes > hi) hi = base + bytes;
  G.extent = hi - G.lo;
  for (uintptr_t r = base >> REGION_SHIFT; r <= (base + bytes - 1) >> REGION_SHIFT; r++)
    if (!leaf_of(r)) dir_add(r, (span **)meta_alloc(LEAF_PAGES * sizeof(span *)));
  G.stats.heap_bytes += bytes;
  span *s = span_record();
  s->start = base;
  s->npages = (uint32_t)(bytes / PAGE);
  s->dirty = 0;
  insert_free(s);
}

/* Arena sizes are a power of two less a page, so that the request a kernel allocator sees
 * (rt_metal.c adds the alignment) is a power of two, which buddy allocators like. Arenas grow
 * with the heap (half of it, at least ARENA_MIN): on the host without bound (address space is
 * cheap, pages are touched only when used); on metal up to ARENA_MAX, since the collector never
 * gives memory back to the kernel heap. */
#ifdef YAO_FREESTANDING
#define ARENA_GROWTH_LIMIT ARENA_MAX
#else
#define ARENA_GROWTH_LIMIT (~(size_t)0)
#endif

static bool grow(uint32_t npages) {
  size_t need = (size_t)npages * PAGE;
  size_t want = ARENA_MIN;
  while (want < need + PAGE || (want < ARENA_GROWTH_LIMIT && want < G.stats.heap_bytes / 2)) want *= 2;
  want -= PAGE;
  void *p = yao_pf_pages(want, PAGE);
  if (!p && want > need) p = yao_pf_pages(want = need, PAGE);
  if (!p) return false;
  add_arena((uintptr_t)p, want);
  return true;
}

/* A run of pages, growing the heap or collecting if need be. NULL only while the platform has no
 * pages at all (metal, before the kernel heap): the caller then falls back to yao_pf_alloc. */
static span *take_pages(uint32_t npages) {
  span *s = take_run(npages);
  if (s) return s;
  if (grow(npages)) return take_run(npages);
  if (G.stats.heap_bytes == 0) return NULL;
  collect();
  s = take_run(npages);
  if (!s && grow(npages)) s = take_run(npages);
  if (!s) out_of_memory("out of memory: the collector found no pages after a collection");
  return s;
}

/* ---- allocation ----------------------------------------------------------------------------------------- */

/* Zeroes the slots whose bits are set in `bits`, one memset per run of adjacent slots. */
static void zero_slots(uintptr_t base, uint64_t bits, size_t size) {
  while (bits) {
    unsigned i = (unsigned)__builtin_ctzll(bits);
    uint64_t above = ~(bits >> i);
    unsigned n = above ? (unsigned)__builtin_ctzll(above) : 64 - i;
    __builtin_memset((void *)(base + i * size), 0, n * size);
    bits &= n + i >= 64 ? ~(~0ull << i) : ~(((1ull << n) - 1) << i);
  }
}

static void in_use_push(span *s) {
  s->next = G.in_use;
  G.in_use = s;
}

static span *new_small_span(uint32_t c) {
  size_class *k = &G.classes[c];
  span *s = take_pages(k->npages);
  if (!s) return NULL;
  s->state = SPAN_SMALL;
  s->cls = (uint8_t)c;
  s->size = k->size;
  s->nelems = k->nelems;
  s->nwords = (k->nelems + 63) / 64;
  s->recip = k->recip;
  s->tail = k->nelems % 64 ? ~0ull << (k->nelems % 64) : 0;
  __builtin_memset(s->alloc, 0, sizeof s->alloc + sizeof s->mark);
  s->alloc[s->nwords - 1] = s->tail;
  in_use_push(s);
  return s;
}

/* Claims the free slots of the next word that has any (one slot under stress, so that every
 * allocation comes back here), zeroes them, and keeps the rest in the class's cache. */
static void *alloc_small(uint32_t c) {
  size_class *k = &G.classes[c];
  yao_gc_cache *cache = &yao_gc_caches[c];
  if (cache->free) {
    uint64_t f = cache->free;
    cache->free = f & (f - 1);
    return (void *)(cache->base + (uintptr_t)__builtin_ctzll(f) * k->size);
  }
  for (;;) {
    span *s = k->cur;
    while (s && k->next_word < s->nwords) {
      uint32_t w = k->next_word;
      uint64_t f = ~s->alloc[w];
      if (!f) { k->next_word++; continue; }
      if (G.stress) f &= -f;
      s->alloc[w] |= f;
      uintptr_t base = s->start + (uintptr_t)w * 64 * k->size;
      if (s->dirty) zero_slots(base, f, k->size);
      unsigned i = (unsigned)__builtin_ctzll(f);
      cache->free = f & (f - 1);
      cache->base = base;
      k->word = w;
      return (void *)(base + i * k->size);
    }
    if (k->partial) {
      s = k->partial;
      k->partial = s->next_partial;
    } else if (!(s = new_small_span(c))) {
      return NULL;
    }
    k->cur = s;
    k->next_word = 0;
  }
}

static void *alloc_large(size_t size) {
  span *s = take_pages((uint32_t)((size + PAGE - 1) >> PAGE_SHIFT));
  if (!s) return NULL;
  s->state = SPAN_LARGE;
  s->size = size;
  s->marked = 0;
  if (s->dirty) __builtin_memset((void *)s->start, 0, size);
  in_use_push(s);
  return (void *)s->start;
}

static uint32_t class_of(size_t size) {
  if (size <= YAO_GC_LOOKUP_MAX) return yao_gc_class_of[size >> 4];
  uint32_t c = yao_gc_class_of[YAO_GC_LOOKUP_MAX >> 4];
  while (G.classes[c].size < size) c++;
  return c;
}

/* ---- size classes and start-up -------------------------------------------------------------------------- */

/* The fewest pages (at most 16) whose span wastes no more than an eighth of itself on the tail
 * that no slot fits, else the least wasteful; a span holds at most 512 slots (its bitmaps). */
static uint32_t span_pages_for(size_t size) {
  uint32_t best = 0;
  uintptr_t best_waste = 0, best_bytes = 1;
  for (uint32_t np = 1; np <= MAX_SMALL_PAGES; np++) {
    uintptr_t bytes = np * PAGE, n = bytes / size > 512 ? 512 : bytes / size;
    if (!n) continue;
    uintptr_t waste = bytes - n * size;
    if (waste * 8 <= bytes) return np;
    if (!best || waste * best_bytes < best_waste * bytes) { best = np; best_waste = waste; best_bytes = bytes; }
  }
  return best;
}

/* 16..256 by 16, then eight classes per doubling up to 32 KiB (at most an eighth lost to rounding). */
static void init_classes(void) {
  uint32_t c = 0;
  for (size_t size = 16; size <= MAX_SMALL; c++) {
    if (c == YAO_GC_NCLASSES) yao_panic("gc: more size classes than YAO_GC_NCLASSES");
    size_class *k = &G.classes[c];
    k->size = size;
    k->npages = span_pages_for(size);
    k->nelems = (uint32_t)(k->npages * PAGE / size > 512 ? 512 : k->npages * PAGE / size);
    k->recip = (uint32_t)(((1ull << 32) + size - 1) / size);
    yao_gc_caches[c].size = size;
    size += size < 256 ? 16 : (size_t)1 << (63 - __builtin_clzll(size) - 3);
  }
  if (c != YAO_GC_NCLASSES) yao_panic("gc: the size-class table does not match YAO_GC_NCLASSES");
  for (uint32_t g = 0, k = 0; g <= YAO_GC_LOOKUP_MAX / 16; g++) {
    while (G.classes[k].size < g * 16) k++;
    yao_gc_class_of[g] = (uint8_t)k;
  }
}


/* Host: how far the main thread's stack may reach below its base. */
static uintptr_t main_stack_size(void) {
#ifdef YAO_FREESTANDING
  return 0;
#else
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > ((uintptr_t)1 << 40))
    return (uintptr_t)1 << 40;
  return rl.rlim_cur;
#endif
}


static void gc_init(void) {
  init_classes();
  G.stack_size = main_stack_size();
  G.stress = G.stress_left = env_number("YAO_GC_STRESS");
  G.verbose = verbose_wanted();
  G.next_gc = TRIGGER_MIN;
  G.stats.policy = "mark-sweep";
  G.stats.clock = clock_unit;
  G.ready = true;
}

/* Allocations until the next stress collection: N, or more when so many blocks are live that
 * marking them at every allocation would make the run quadratic. */
static uint64_t stress_interval(void) {
  uint64_t live = G.marked_objects, spaced = live > STRESS_FREE_LIVE ? (live - STRESS_FREE_LIVE) / STRESS_LIVE_DIVISOR : 0;
  return spaced > G.stress ? spaced : G.stress;
}

void *yao_gc_alloc_slow(size_t size) {
  if (YAO_UNLIKELY(!G.ready)) gc_init();
  if (G.busy) return yao_pf_alloc(size); /* re-entered from the platform: the kernel heap's hook */
  if (size == 0) size = 16;
  G.busy = true;
  if (G.stress && --G.stress_left == 0) {
    collect();
    G.stress_left = stress_interval();
  } else if (yao_heap.bytes >= G.next_gc) {
    collect();
  }
  void *p = size <= MAX_SMALL ? alloc_small(class_of(size)) : alloc_large(size);
  G.busy = false;
  return p ? p : yao_pf_alloc(size);
}

/* ---- marking -------------------------------------------------------------------------------------------- */

static void push(uintptr_t lo, uintptr_t hi) {
  if (!G.mseg || G.mtop == MSEG_ITEMS) {
    mseg *next = G.mseg ? G.mseg->next : NULL;
    if (!next) {
      next = (mseg *)meta_alloc(sizeof(mseg));
      next->prev = G.mseg;
      if (G.mseg) G.mseg->next = next;
    }
    G.mseg = next;
    G.mtop = 0;
  }
  G.mseg->items[G.mtop++] = (scan_item){lo, hi};
}

static bool pop(scan_item *out) {
  if (G.mtop == 0) {
    if (!G.mseg || !G.mseg->prev) return false;
    G.mseg = G.mseg->prev;
    G.mtop = MSEG_ITEMS;
  }
  *out = G.mseg->items[--G.mtop];
  return true;
}

/* Blocks known to hold no pointers: string characters and yao_alloc_raw_noscan's bytes. */
static bool holds_pointers(uintptr_t block) {
  const yao_shape *shape = ((const yao_hdr *)block)->shape;
  return shape != &yao_gc_shape_noscan && !(shape && shape->kind == YAO_K_STRBUF);
}

/* Where a block's pointers end: a string's units may follow its fields in the same block
 * (yao_str_with_units, rt_str.c), and only the fields are scanned. */
static uintptr_t pointers_end(uintptr_t block, uintptr_t end) {
  const yao_shape *shape = ((const yao_hdr *)block)->shape;
  return shape && shape->kind == YAO_K_STRING ? block + sizeof(yao_str) : end;
}

/* A marked block is scanned after the next RING blocks are marked: its first cache line has
 * arrived by then (it is read first: the shape says whether to scan at all). */
static void grey(uintptr_t block, uintptr_t end) {
  __builtin_prefetch((const void *)block);
  scan_item *slot = &G.ring[G.ring_in];
  if (G.ring_n == RING) push(slot->lo, slot->hi);
  else G.ring_n++;
  *slot = (scan_item){block | BLOCK_FLAG, end};
  G.ring_in = (G.ring_in + 1) % RING;
}

static bool take(scan_item *out) {
  if (pop(out)) return true;
  if (!G.ring_n) return false;
  *out = G.ring[(G.ring_in + RING - G.ring_n) % RING];
  G.ring_n--;
  return true;
}

static void mark_in_span(span *s, uintptr_t p) {
  uintptr_t block;
  size_t size = s->size;
  if (s->state == SPAN_SMALL) {
    uint32_t i = (uint32_t)(((uint64_t)(p - s->start) * s->recip) >> 32);
    if (i >= s->nelems) return;
    uint64_t bit = 1ull << (i & 63);
    uint32_t w = i >> 6;
    if (!(s->alloc[w] & bit) || (s->mark[w] & bit)) return;
    s->mark[w] |= bit;
    block = s->start + i * size;
  } else if (s->state == SPAN_LARGE) {
    if (s->marked) return;
    s->marked = 1;
    block = s->start;
  } else {
    return;
  }
  G.marked_bytes += size;
  G.marked_objects++;
  grey(block, block + size);
}

static inline void mark_word(uintptr_t p) {
  if (p - G.lo >= G.extent) return;
  span **leaf = leaf_of(p >> REGION_SHIFT);
  if (!leaf) return;
  span *s = leaf[(p >> PAGE_SHIFT) & (LEAF_PAGES - 1)];
  if (s) mark_in_span(s, p);
}

static void drain(void) {
  scan_item it;
  while (take(&it)) {
    if (it.lo & BLOCK_FLAG) {
      it.lo &= ~(uintptr_t)BLOCK_FLAG;
      if (!holds_pointers(it.lo)) continue;
      it.hi = pointers_end(it.lo, it.hi);
      it.lo += sizeof(yao_hdr);
    }
    if (it.hi - it.lo > SCAN_SLICE) {
      push(it.lo + SCAN_SLICE, it.hi);
      it.hi = it.lo + SCAN_SLICE;
    }
    for (const uintptr_t *q = (const uintptr_t *)it.lo; q < (const uintptr_t *)it.hi; q++) mark_word(*q);
  }
}

static void scan_range(uintptr_t lo, uintptr_t hi) {
  lo = (lo + 7) & ~(uintptr_t)7;
  if (lo >= hi) return;
  push(lo, hi & ~(uintptr_t)7);
  drain();
}

typedef struct { uintptr_t lo, hi; } addr_range;

/* Scans [lo, hi) except the ranges in `skip` (sorted, not overlapping). */
static void scan_static_range(uintptr_t lo, uintptr_t hi, const addr_range *skip, int nskip) {
  for (int i = 0; i < nskip; i++) {
    if (skip[i].hi <= lo || skip[i].lo >= hi) continue;
    scan_range(lo, skip[i].lo);
    lo = skip[i].hi;
  }
  scan_range(lo, hi);
}

#ifdef YAO_FREESTANDING
#include "sched.h" /* arch/x86_64: yao_threads_for_each_stack */
extern char __yao_text_end[], __yao_load_end[], __yao_bss_start[], __yao_bss_end[]; /* linker.ld */
extern char yao_arch_stack_guard[], yao_arch_stack_bottom[], yao_arch_stack_top[];  /* boot.S */
#define PLATFORM_SKIPS 1
#else
extern char __data_start[], _end[]; /* the executable's .data through .bss (GNU ld) */
extern void *__libc_stack_end;      /* glibc: the main thread's stack base */
#define PLATFORM_SKIPS 0
#endif

/* Static data: not the collector's own state (it holds heap addresses that are not roots), and on
 * metal not the boot stack (in .bss: scanned from rsp instead; its guard page is unmapped). */
static void scan_static_data(void) {
  addr_range skip[2 + PLATFORM_SKIPS] = {
    {(uintptr_t)&G, (uintptr_t)(&G + 1)},
    {(uintptr_t)yao_gc_caches, (uintptr_t)(yao_gc_caches + YAO_GC_NCLASSES)},
#ifdef YAO_FREESTANDING
    {(uintptr_t)yao_arch_stack_guard, (uintptr_t)yao_arch_stack_top},
#endif
  };
  int n = 2 + PLATFORM_SKIPS;
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && skip[j].lo < skip[j - 1].lo; j--) {
      addr_range t = skip[j];
      skip[j] = skip[j - 1];
      skip[j - 1] = t;
    }
#ifdef YAO_FREESTANDING
  /* linker.ld names no start for .data, so the scan starts after .text: .rodata holds no heap
   * pointers, it only costs time. */
  scan_static_range((uintptr_t)__yao_text_end, (uintptr_t)__yao_load_end, skip, n);
  scan_static_range((uintptr_t)__yao_bss_start, (uintptr_t)__yao_bss_end, skip, n);
#else
  scan_static_range((uintptr_t)__data_start, (uintptr_t)_end, skip, n);
#endif
}

#ifdef YAO_FREESTANDING
/* Every thread's stack (arch/x86_64/threads.c): the running one from its stack pointer, the
 * others from their saved stack pointers (their registers are saved there). Interrupt handlers
 * never allocate, so a collection always runs on a thread's stack. */
static bool on_program_stack(void) { return true; }

static void scan_thread_stack(void *lo, void *hi, void *ctx) {
  (void)ctx;
  scan_range((uintptr_t)lo, (uintptr_t)hi);
}

static void scan_stacks(uintptr_t sp) {
  (void)sp;
  yao_threads_for_each_stack(scan_thread_stack, NULL);
}
#else
/* The main thread's stack. A collection requested on any other stack (a signal handler's) is
 * skipped: the interrupted frames could not be found from there. */
static bool on_program_stack(void) {
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0), hi = (uintptr_t)__libc_stack_end;
  return sp < hi && sp >= hi - G.stack_size;
}

static void scan_stacks(uintptr_t sp) {
  scan_range(sp, (uintptr_t)__libc_stack_end);
}
#endif

/* Spills the callee-saved registers (x86_64 SysV: rbx rbp r12-r15) into this frame, then scans
 * from there to the stack's base: every caller's frame and every register value is covered. */
static __attribute__((noinline)) void scan_stack(void) {
  uintptr_t regs[6];
  __asm__ volatile("movq %%rbx, 0(%0)\n\tmovq %%rbp, 8(%0)\n\tmovq %%r12, 16(%0)\n\t"
                   "movq %%r13, 24(%0)\n\tmovq %%r14, 32(%0)\n\tmovq %%r15, 40(%0)"
                   : : "r"(regs) : "memory");
  scan_stacks((uintptr_t)regs);
  __asm__ volatile("" : : "r"(regs) : "memory");
}

/* ---- sweeping and the collection ------------------------------------------------------------------------ */

/* Gives back the slots the caches hold but have not handed out, so the bitmaps are exact. */
static void flush_caches(void) {
  for (uint32_t c = 0; c < YAO_GC_NCLASSES; c++) {
    size_class *k = &G.classes[c];
    if (yao_gc_caches[c].free) k->cur->alloc[k->word] &= ~yao_gc_caches[c].free;
    yao_gc_caches[c].free = 0;
    yao_gc_caches[c].base = 0;
    k->cur = NULL;
    k->next_word = 0;
    k->partial = NULL;
  }
}

/* True when the span stays in use. */
static bool sweep_span(span *s) {
  if (s->state == SPAN_LARGE) {
    if (!s->marked) { release_span(s); return false; }
    s->marked = 0;
    return true;
  }
  uint64_t any = 0, full = ~0ull;
  for (uint32_t w = 0; w < s->nwords; w++) {
    uint64_t m = s->mark[w] | (w == s->nwords - 1 ? s->tail : 0);
    any |= s->mark[w];
    full &= m;
    s->alloc[w] = m;
    s->mark[w] = 0;
  }
  if (!any) { release_span(s); return false; }
  s->dirty = 1;
  if (full != ~0ull) {
    size_class *k = &G.classes[s->cls];
    s->next_partial = k->partial;
    k->partial = s;
  }
  return true;
}

static void sweep(void) {
  span *s = G.in_use, **link = &G.in_use;
  while (s) {
    span *next = s->next;
    if (sweep_span(s)) { *link = s; link = &s->next; }
    s = next;
  }
  *link = NULL;
}

static void trace(uint64_t mark, uint64_t sweep_time) {
  line l = {.n = 0};
  put_str(&l, "yao gc: collection "); put_u64(&l, G.stats.collections);
  put_str(&l, ": live "); put_u64(&l, G.stats.live_bytes >> 10);
  put_str(&l, " KiB, heap "); put_u64(&l, G.stats.heap_bytes >> 10);
  put_str(&l, " KiB, mark "); put_u64(&l, mark);
  put_str(&l, " sweep "); put_u64(&l, sweep_time);
  put_str(&l, " "); put_str(&l, clock_unit); put_str(&l, "\n");
  yao_pf_write(2, (const uint8_t *)l.text, (size_t)l.n);
}

/* On metal interrupt handlers move objects between lists (timers, wait queues): a handler that
 * ran between the scan of two roots could hide an object from the mark, so it runs with
 * interrupts off. The rest of the collection needs only what every allocation has: no switch
 * to another thread (gc.h). */
static void mark_roots(void) {
#ifdef YAO_FREESTANDING
  uint64_t flags = yao_irq_save();
#endif
  scan_static_data();
  scan_stack();
#ifdef YAO_FREESTANDING
  yao_irq_restore(flags);
#endif
}

static void collect(void) {
  if (!on_program_stack()) {
    G.stats.skipped++;
    return;
  }
  uint64_t t0 = clock_now();
  flush_caches();
  G.marked_bytes = G.marked_objects = 0;
  mark_roots();
  uint64_t t1 = clock_now();
  sweep();
  uint64_t t2 = clock_now();
  yao_gc_stats *st = &G.stats;
  st->collections++;
  st->live_bytes = G.marked_bytes;
  st->pause_last = t2 - t0;
  if (st->pause_last > st->pause_max) st->pause_max = st->pause_last;
  st->pause_total += t2 - t0;
  st->mark_total += t1 - t0;
  st->sweep_total += t2 - t1;
  uint64_t grown = G.marked_bytes * TRIGGER_FACTOR;
  G.next_gc = yao_heap.bytes + (grown > TRIGGER_MIN ? grown : TRIGGER_MIN);
  if (G.verbose) trace(t1 - t0, t2 - t1);
}

void yao_gc_collect(void) {
  YAO_GC_NO_SWITCH_BEGIN();
  if (!G.ready) gc_init();
  if (!G.busy) {
    G.busy = true;
    collect();
    G.busy = false;
  }
  YAO_GC_NO_SWITCH_END();
}

void yao_gc_stats_get(yao_gc_stats *out) {
  if (!G.ready) gc_init();
  *out = G.stats;
  out->objects_allocated = yao_heap.count;
  out->bytes_allocated = yao_heap.bytes;
}
#endif
