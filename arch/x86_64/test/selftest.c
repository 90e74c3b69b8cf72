/*
 * selftest.c: a stand-in for a compiled TypeScript program, so the arch layer is tested
 * before the compiler exists. It defines yao_start and does what the multiboot command line
 * asks (`test=<name>`; QEMU passes "<kernel path> <-append text>"). boot.test.ts boots it
 * once per case and checks the serial output and exit status.
 */
#include "../multiboot.h"
#include "../native.h"

#define UNMAPPED_ADDRESS 0x140000000ull   /* 5 GiB: above boot.S's 4 GiB identity map */
#define TEST_VECTOR 0x40
#define UNHANDLED_VECTOR 0x50

static const char *command_line(void) {
    const struct yao_multiboot_info *mb = (const struct yao_multiboot_info *)(uintptr_t)yao_arch_multiboot_info();
    if ((mb->flags & YAO_MULTIBOOT_INFO_CMDLINE) == 0) {
        return "";
    }
    return (const char *)(uintptr_t)mb->cmdline;
}

/* The value of `key=` in the space-separated command line, copied into out. */
static bool option(const char *cmdline, const char *key, char *out, size_t cap) {
    for (const char *p = cmdline; *p != '\0'; p++) {
        if (p != cmdline && p[-1] != ' ') {
            continue;
        }
        const char *k = key;
        const char *v = p;
        while (*k != '\0' && *v == *k) {
            k++;
            v++;
        }
        if (*k == '\0' && *v == '=') {
            size_t n = 0;
            for (v++; *v != '\0' && *v != ' ' && n + 1 < cap; v++) {
                out[n++] = *v;
            }
            out[n] = '\0';
            return true;
        }
    }
    return false;
}

static bool equal(const char *a, const char *b) {
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int parse_int(const char *s) {
    int sign = 1;
    int v = 0;
    if (*s == '-') {
        sign = -1;
        s++;
    }
    for (; *s >= '0' && *s <= '9'; s++) {
        v = v * 10 + (*s - '0');
    }
    return sign * v;
}

/* Named like compiled TypeScript (module path + "__" + function) to show what reports print. */
__attribute__((noinline)) int arch_test_selftest__divide(int a, int b) {
    return a / b;
}

static void divide_by_zero(void) {
    volatile int zero = 0;
    yao_arch_print_dec((uint64_t)arch_test_selftest__divide(7, zero));
}

__attribute__((noinline)) uint64_t arch_test_selftest__read_unmapped(uint64_t addr) {
    return yao_mmio_read64(addr);
}

static volatile uint64_t recursion_limit = ~0ull;   /* never reached: the guard page is */

__attribute__((noinline)) uint64_t arch_test_selftest__recurse(uint64_t depth) {
    volatile uint8_t pad[512];
    if (depth == recursion_limit) {
        return 0;
    }
    pad[0] = (uint8_t)depth;
    return arch_test_selftest__recurse(depth + 1) + pad[0];
}

/* Doubles must survive, and the handler may use them: the stubs save the SSE state. */
static volatile double handler_result;
static void test_irq_handler(uint64_t vector, struct yao_arch_frame *frame) {
    __asm__ volatile("pxor %%xmm7, %%xmm7\n\txor %%r11d, %%r11d" : : : "xmm7", "r11");
    handler_result = (double)vector * 0.5 + (double)(frame->vector == vector);
}

static void software_interrupt(void) {
    yao_arch_set_irq_handler(TEST_VECTOR, test_irq_handler);
    double before = 1234.5, after;
    uint64_t r11_before = 0x1122334455667788ull, r11_after;
    __asm__ volatile("movsd %2, %%xmm7\n\tmov %3, %%r11\n\tint %4\n\tmovsd %%xmm7, %0\n\tmov %%r11, %1"
                     : "=x"(after), "=r"(r11_after)
                     : "x"(before), "r"(r11_before), "i"(TEST_VECTOR)
                     : "xmm7", "r11", "memory");
    bool ok = after == before && r11_after == r11_before && handler_result == 33.0;
    yao_arch_print(ok ? "irq: ok\n" : "irq: registers or handler result wrong\n");
}

/* An empty IDT turns the breakpoint into #GP, #DF, then a triple fault: the harness must
   tell that apart from a clean poweroff, as both make QEMU (with -no-reboot) exit 0. */
static void triple_fault(void) {
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) empty = { 0, 0 };
    __asm__ volatile("lidt %0\n\tint3" : : "m"(empty) : "memory");
}

static void sse(void) {
    volatile double a = 1.5, b = 2.25;
    double product = a * b;                 /* 3.375 */
    yao_arch_print("sse: ");
    yao_arch_print_dec((uint64_t)(product * 1000.0));
    yao_arch_print("\n");
}

static void info(void) {
    uint64_t now = yao_rdtsc();
    yao_arch_print("boot tsc ");
    yao_arch_print(yao_arch_boot_tsc_value() != 0 && yao_arch_boot_tsc_value() < now ? "ok" : "wrong");
    yao_arch_print("\nmagic ");
    yao_arch_print_hex(yao_arch_multiboot_magic(), 8);
    yao_arch_print("\nimage ");
    yao_arch_print_hex(yao_arch_image_start(), 8);
    yao_arch_print(" ");
    yao_arch_print_hex(yao_arch_image_end(), 8);
    const struct yao_multiboot_info *mb = (const struct yao_multiboot_info *)(uintptr_t)yao_arch_multiboot_info();
    yao_arch_print("\nmbinfo ");
    yao_arch_print_hex(yao_arch_multiboot_info(), 8);
    yao_arch_print(" flags ");
    yao_arch_print_hex(mb->flags, 8);
    yao_arch_print(" cmdline ");
    yao_arch_print_hex(mb->cmdline, 8);
    yao_arch_print(" mmap ");
    yao_arch_print_hex(mb->mmap_addr, 8);
    yao_arch_print(" mem_upper KiB ");
    yao_arch_print_dec(mb->mem_upper);
    yao_arch_print("\n");
    for (uint32_t off = 0; off < mb->mmap_length;) {
        const struct yao_multiboot_mmap_entry *e = (const void *)(uintptr_t)(mb->mmap_addr + off);
        yao_arch_print("mmap ");
        yao_arch_print_hex(e->addr, 8);
        yao_arch_print(" len ");
        yao_arch_print_hex(e->len, 8);
        yao_arch_print(" type ");
        yao_arch_print_dec(e->type);
        yao_arch_print("\n");
        off += e->size + 4;
    }
}

/* ---- threads (threads.c, switch.S, guard.c) ------------------------------------------------ */

/* What compiled TypeScript passes as a `() => void` closure: a header word, then the code. */
struct test_closure {
    const void *shape;
    void (*code)(struct test_closure *self);
};

#define TEST_STACK_BYTES (16 * 1024)
static uint8_t thread_memory[2][4096 + TEST_STACK_BYTES] __attribute__((aligned(4096)));
static uint8_t split_table[4096] __attribute__((aligned(4096)));
static volatile int step;

static void note(const char *what) {
    yao_arch_print(what);
    yao_arch_print(" ");
}

static void thread_a(struct test_closure *self) {
    (void)self;
    volatile double kept = 2.5;
    note("a1");
    uint64_t flags = yao_irq_save();
    yao_thread_switch(1, 2);
    yao_irq_restore(flags);
    note(kept == 2.5 ? "a2" : "a2-lost-double");
    step = 1;
    flags = yao_irq_save();
    yao_thread_switch(1, 0);
    yao_arch_panic("thread a resumed after its last switch");
}

static void thread_b(struct test_closure *self) {
    (void)self;
    note("b1");
    uint64_t flags = yao_irq_save();
    yao_thread_switch(2, 1);
    yao_irq_restore(flags);
    yao_arch_panic("thread b resumed after its last switch");
}

static struct test_closure closure_a = { 0, thread_a };
static struct test_closure closure_b = { 0, thread_b };

static void prepare(uint32_t slot, struct test_closure *entry, bool guard) {
    uint64_t region = (uint64_t)(uintptr_t)thread_memory[slot - 1];
    if (guard) {
        uint64_t table = yao_guard_needs_table(region) ? (uint64_t)(uintptr_t)split_table : 0;
        yao_guard_protect(region, table);
    }
    yao_thread_prepare(slot, region + 4096, region + 4096 + TEST_STACK_BYTES, (yao_fn *)(void *)entry);
    const char *name = slot == 1 ? "selftest-a" : "selftest-b";
    for (uint32_t i = 0; name[i] != 0; i++) {
        yao_thread_set_name_byte(slot, i, (uint8_t)name[i]);
    }
}

static void count_stack(void *lo, void *hi, void *ctx) {
    uint64_t *count = ctx;
    if ((uintptr_t)lo < (uintptr_t)hi && (uintptr_t)hi - (uintptr_t)lo <= 64 * 1024) {
        (*count)++;
    }
}

/* main -> a -> b -> a -> main; callee-saved registers and doubles survive every switch. */
static void switch_threads(void) {
    prepare(1, &closure_a, true);
    prepare(2, &closure_b, true);
    uint64_t stacks = 0;
    yao_threads_for_each_stack(count_stack, &stacks);
    volatile double kept = 1.25;
    uint64_t flags = yao_irq_save();
    yao_thread_switch(0, 1);
    yao_irq_restore(flags);
    yao_arch_print(step == 1 && kept == 1.25 ? "main: ok" : "main: state lost");
    yao_arch_print(", stacks ");
    yao_arch_print_dec(stacks);
    yao_arch_print("\n");
}

static void thread_overflow(struct test_closure *self) {
    (void)self;
    arch_test_selftest__recurse(0);
}

static struct test_closure closure_overflow = { 0, thread_overflow };

/* A thread recursing without end hits its guard page; the report names the thread. */
static void thread_stack_overflow(void) {
    prepare(1, &closure_overflow, true);
    uint64_t flags = yao_irq_save();
    yao_thread_switch(0, 1);
    yao_irq_restore(flags);
}

void yao_start(void) {
    const char *cmdline = command_line();
    char test[32];
    if (!option(cmdline, "test", test, sizeof test) || equal(test, "hello")) {
        yao_arch_print("hello from yao_start\n");
    } else if (equal(test, "cmdline")) {
        yao_arch_print("cmdline: ");
        yao_arch_print(cmdline);
        yao_arch_print("\n");
    } else if (equal(test, "exit")) {
        char value[16];
        yao_arch_exit(option(cmdline, "status", value, sizeof value) ? parse_int(value) : 0);
    } else if (equal(test, "panic")) {
        yao_arch_panic("selftest asked for it");
    } else if (equal(test, "divzero")) {
        divide_by_zero();
    } else if (equal(test, "unmapped")) {
        arch_test_selftest__read_unmapped(UNMAPPED_ADDRESS);
    } else if (equal(test, "null")) {
        arch_test_selftest__read_unmapped(8);
    } else if (equal(test, "stack")) {
        arch_test_selftest__recurse(0);
    } else if (equal(test, "irq")) {
        software_interrupt();
    } else if (equal(test, "unexpected")) {
        __asm__ volatile("int %0" : : "i"(UNHANDLED_VECTOR));
    } else if (equal(test, "triple")) {
        triple_fault();
    } else if (equal(test, "sse")) {
        sse();
    } else if (equal(test, "info")) {
        info();
    } else if (equal(test, "threads")) {
        switch_threads();
    } else if (equal(test, "threadstack")) {
        thread_stack_overflow();
    } else {
        yao_arch_panic("selftest: unknown test= value");
    }
}
