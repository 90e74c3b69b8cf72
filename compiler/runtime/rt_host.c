/* The host platform: a Linux process. Memory: the collector (rt_gc.c) takes pages from mmap;
 * without it (policy "none") blocks come from large calloc'd chunks carved by a bump pointer and
 * are never freed. Standard output is buffered,
 * and a stack overflow is caught on an alternate signal stack and reported as the RangeError
 * Node reports. */
#include "yao.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/mman.h>
#include "gc.h"

#define CHUNK (8u << 20)

static uint8_t *chunk_next, *chunk_end;

void *yao_pf_alloc(size_t size) {
  if (YAO_UNLIKELY((size_t)(chunk_end - chunk_next) < size)) {
    size_t n = size > CHUNK / 4 ? size : CHUNK;
    void *p = calloc(1, n);
    if (!p) yao_panic("out of memory");
    if (size > CHUNK / 4) return p;
    chunk_next = (uint8_t *)p;
    chunk_end = chunk_next + n;
  }
  void *p = chunk_next;
  chunk_next += (size + 15) & ~(size_t)15;
  return p;
}

/* Anonymous mappings are zeroed and page aligned; a larger alignment maps the excess and unmaps
 * what lies outside the aligned range. */
void *yao_pf_pages(size_t bytes, size_t align) {
  size_t page = 4096;
  bytes = (bytes + page - 1) & ~(page - 1);
  size_t extra = align > page ? align : 0;
  void *m = mmap(NULL, bytes + extra, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) yao_panic("out of memory: mmap refused the collector's pages");
  uintptr_t p = (uintptr_t)m, a = (p + align - 1) & ~(uintptr_t)(align - 1);
  if (a > p) munmap(m, a - p);
  if (p + extra > a) munmap((void *)(a + bytes), p + extra - a);
  return (void *)a;
}

static uint8_t out_buf[1 << 16];
static size_t out_len;

static void flush_out(void) {
  size_t off = 0;
  while (off < out_len) {
    ssize_t w = write(1, out_buf + off, out_len - off);
    if (w <= 0) break;
    off += (size_t)w;
  }
  out_len = 0;
}

static void write_all(int fd, const uint8_t *buf, size_t len) {
  while (len > 0) {
    ssize_t w = write(fd, buf, len);
    if (w <= 0) return;
    buf += w;
    len -= (size_t)w;
  }
}

void yao_pf_write(int fd, const uint8_t *buf, size_t len) {
  if (fd != 1) { flush_out(); write_all(fd, buf, len); return; }
  if (out_len + len > sizeof out_buf) flush_out();
  if (len > sizeof out_buf) { write_all(1, buf, len); return; }
  memcpy(out_buf + out_len, buf, len);
  out_len += len;
}

_Noreturn void yao_pf_exit(int status) {
  flush_out();
  _exit(status);
}

_Noreturn void yao_panic(const char *msg) {
  flush_out();
  write_all(2, (const uint8_t *)msg, strlen(msg));
  write_all(2, (const uint8_t *)"\n", 1);
  _exit(70);
}

static uint64_t rng_state;

double yao_random(void) {
  if (!rng_state) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    rng_state = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ (uint64_t)getpid() ^ 0x9e3779b97f4a7c15ull;
  }
  /* xorshift64*: 53 random bits → [0, 1) */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (double)((rng_state * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0;
}

/* ---- stack overflow ------------------------------------------------------------------------- */

static uintptr_t stack_top, stack_limit;

static void on_segv(int sig, siginfo_t *info, void *ctx) {
  (void)ctx;
  uintptr_t addr = (uintptr_t)info->si_addr;
  if (sig == SIGSEGV && addr < stack_top && addr + (64u << 10) >= stack_limit) {
    yao_throw_error("RangeError", "Maximum call stack size exceeded");
  }
  flush_out();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void install_stack_guard(void) {
  static uint8_t alt[64 << 10];
  stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigaction(SIGSEGV, &sa, NULL);
  struct rlimit rl;
  int here;
  stack_top = (uintptr_t)&here;
  getrlimit(RLIMIT_STACK, &rl);
  size_t size = rl.rlim_cur == RLIM_INFINITY ? (8u << 20) : rl.rlim_cur;
  stack_limit = stack_top - size;
  yao_stack_limit = stack_limit + (256u << 10); /* room for the RangeError's own throw */
}

int main(int argc, char **argv) {
  install_stack_guard();
  /* process.argv is [node, script, ...args] under Node: keep the same indexes */
  const char **args = (const char **)calloc((size_t)argc + 2, sizeof(char *));
  args[0] = argv[0];
  for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
  int status = yao_run(argc + 1, args);
  yao_pf_exit(status);
}
