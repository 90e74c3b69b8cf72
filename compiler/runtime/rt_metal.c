/* The metal platform: the compiled program inside the yao kernel image (arch/x86_64).
 * Memory: a bootstrap arena in .bss until the kernel hands the runtime its selected allocator
 * (compiler/lib/runtime.ts: setHeapAllocator); allocations made while that allocator runs
 * (it must not allocate, but its panic path might) come from the arena too. The collector
 * (rt_gc.c) takes its pages from the same allocator (yao_pf_pages); before the allocator exists
 * it has none and serves blocks from the arena, which it scans as part of .bss. Output goes to the
 * arch layer's serial console; exit and panic to the arch layer's exits. */
#include "yao.h"
#include "arch.h"
#include "gc.h"

/* The arena holds what runs before the allocator exists: the allocator object itself, the
 * boot code's strings, the multiboot information. hello's boot uses about 8 KiB of it (the
 * `boottimes` command line shows how much); 32 KiB leaves room for longer memory maps and
 * module lists. Every byte of .bss counts against the smallest RAM the image runs in, and the
 * collector scans .bss at every collection. */
#define ARENA_SIZE (32u << 10)
static uint8_t arena[ARENA_SIZE] __attribute__((aligned(16)));
static size_t arena_used;

static yao_fn *heap_hook;      /* (size: number) => number: a zeroed, 16-byte aligned block or 0 */
static bool in_hook;

static void *arena_alloc(size_t size) {
  if (size > ARENA_SIZE - arena_used) yao_panic("runtime: the bootstrap arena is exhausted before the kernel heap started");
  void *p = arena + arena_used;
  arena_used += (size + 15) & ~(size_t)15;
  return p; /* .bss is zeroed by boot.S and the arena is never reused */
}

static _Noreturn void out_of_memory(size_t size) {
  char msg[96];
  const char *head = "out of memory: the kernel heap refused ";
  int n = 0;
  for (const char *c = head; *c; c++) msg[n++] = *c;
  char digits[24];
  int k = 0;
  do { digits[k++] = (char)('0' + size % 10); size /= 10; } while (size);
  while (k) msg[n++] = digits[--k];
  for (const char *c = " bytes"; *c; c++) msg[n++] = *c;
  msg[n] = 0;
  yao_panic(msg);
}

void *yao_pf_alloc(size_t size) {
  if (!heap_hook || in_hook) return arena_alloc(size);
  in_hook = true;
  double addr = ((double (*)(yao_fn *, double))heap_hook->fn)(heap_hook, (double)size);
  in_hook = false;
  if (addr == 0) out_of_memory(size);
  return (void *)(uintptr_t)addr;
}

/* The hook only promises 16-byte alignment: ask for the alignment's worth more and round up. */
void *yao_pf_pages(size_t bytes, size_t align) {
  if (!heap_hook || in_hook) return NULL;
  size_t request = bytes + (align > 16 ? align - 16 : 0);
  in_hook = true;
  double addr = ((double (*)(yao_fn *, double))heap_hook->fn)(heap_hook, (double)request);
  in_hook = false;
  if (addr == 0) return NULL;
  return (void *)(((uintptr_t)addr + align - 1) & ~(uintptr_t)(align - 1));
}

/* compiler/lib/runtime.ts setHeapAllocator(allocate) */
void yao_rt_set_heap(yao_fn *allocate) { heap_hook = allocate; }
double yao_rt_arena_used(void) { return (double)arena_used; }

void yao_pf_write(int fd, const uint8_t *buf, size_t len) {
  (void)fd;
  yao_arch_console_write(buf, len);
}

_Noreturn void yao_pf_exit(int status) { yao_arch_exit(status); }
_Noreturn void yao_panic(const char *msg) { yao_arch_panic(msg); }

static uint64_t rng_state;

double yao_random(void) {
  if (!rng_state) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    rng_state = (((uint64_t)hi << 32) | lo) ^ 0x9e3779b97f4a7c15ull;
  }
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (double)((rng_state * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0;
}

/* A zero-copy Uint8Array over physical memory (identity-mapped by boot.S). */
yao_typed *yao_phys_view(uint64_t addr, uint32_t len) {
  return yao_ta_external(YAO_TA_KIND_U8, (void *)(uintptr_t)addr, len);
}

/* arch/x86_64/main.c calls this in long mode: the program's module initializers in order; the
 * last one (the generated entry) runs kmain, which exits the machine itself. */
void yao_start(void) {
  extern char yao_arch_stack_bottom[];
  yao_stack_limit = (uintptr_t)yao_arch_stack_bottom + (16u << 10); /* boot stack: 64 KiB, 16 KiB kept for throwing */
  yao_argc = 0;
  yao_program_main();
}
