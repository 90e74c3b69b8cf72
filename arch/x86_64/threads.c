/*
 * threads.c: the saved contexts of threads, in numbered slots, and the switch between them.
 * kernel/sched (through arch/x86_64/threads.ts) decides which thread runs; this file only keeps
 * what the CPU needs to resume each one (its stack pointer, its preemption count) and what
 * others need to know about its stack: the collector (yao_threads_for_each_stack) and the fault
 * report (yao_arch_explain_thread_stack_fault, called by fault.c), which names the thread whose
 * stack ran into its guard page. Slot 0 is the boot thread on boot.S's stack.
 */
#include "internal.h"
#include "sched.h"

/* The compiler runtime's stack limit for compiled code's depth check (YAO_STACK_CHECK in
   compiler/runtime): below it a call throws RangeError instead of running into the guard page.
   It describes the running thread's stack, so each thread keeps its own. Weak: images built
   without a runtime that has the check (the arch self-test) link without it. */
extern uintptr_t yao_stack_limit __attribute__((weak));
/* How much of a thread's stack lies below its limit, for the throw itself: the runtime keeps
   16 KiB on the boot stack; a thread keeps a quarter of its stack, at most that. */
#define STACK_LIMIT_MARGIN_MAX (16u * 1024u)

/* The rest of the runtime's per-thread state (the chain of try handlers, the exception in
   flight) is the runtime's to lay out: if it defines this hook, every switch calls it to save
   the running thread's state into `save` and load the next one's from `load`. A new thread's
   area is all zeroes. Weak, like yao_stack_limit. */
void yao_rt_thread_state_swap(void *save, const void *load) __attribute__((weak));

#define BOOT_SLOT 0
#define GUARD_BYTES YAO_PAGE_SIZE
#define MXCSR_DEFAULT 0x1F80ull      /* SDM vol. 1, 10.2.3.1: all exceptions masked, round to nearest */
#define X87_CW_DEFAULT 0x037Full     /* SDM vol. 1, 8.1.5: the value FNINIT loads */

struct thread_slot {
    uint64_t saved_rsp;              /* valid while the thread is not running */
    uint64_t base, top;              /* its stack: [base, top); the guard page lies below base */
    yao_fn *entry;                   /* kept here, in .bss, so the collector sees it as a root */
    uint32_t preempt_count;          /* yao_preempt_count while it is switched out */
    uint64_t stack_limit;            /* yao_stack_limit while it is switched out */
    uint64_t runtime_state[YAO_THREAD_RT_STATE_BYTES / 8];   /* yao_rt_thread_state_swap's */
    bool live;
    char name[YAO_THREAD_NAME_MAX];
};

struct yao_arch_closure {
    const void *shape;
    void (*code)(struct yao_arch_closure *self);
};

static struct thread_slot slots[YAO_THREAD_SLOTS];
static uint32_t running = BOOT_SLOT;
static bool boot_slot_ready;

static void ensure_boot_slot(void) {
    if (boot_slot_ready) {
        return;
    }
    struct thread_slot *s = &slots[BOOT_SLOT];
    s->base = (uint64_t)(uintptr_t)yao_arch_stack_bottom;
    s->top = (uint64_t)(uintptr_t)yao_arch_stack_top;
    s->live = true;
    __builtin_memcpy(s->name, "main", 5);
    boot_slot_ready = true;
}

static struct thread_slot *slot_at(uint32_t slot, const char *who) {
    if (slot >= YAO_THREAD_SLOTS) {
        yao_arch_print(who);
        yao_arch_panic(": thread slot out of range");
    }
    return &slots[slot];
}

/* Where a new thread's first switch returns to: interrupts on, then the thread's closure. */
static _Noreturn void thread_start(void) {
    struct yao_arch_closure *entry = (struct yao_arch_closure *)(void *)slots[running].entry;
    yao_sti();
    entry->code(entry);
    yao_arch_panic("a thread's entry closure returned; kernel/sched ends threads by switching away");
}

uint32_t yao_thread_capacity(void) {
    return YAO_THREAD_SLOTS;
}

void yao_thread_prepare(uint32_t slot, uint64_t base, uint64_t top, yao_fn *entry) {
    ensure_boot_slot();
    struct thread_slot *s = slot_at(slot, "yao_thread_prepare");
    if (slot == BOOT_SLOT || s->live || entry == NULL || (top & 15) != 0 || base >= top || top - base < 1024) {
        yao_arch_panic("yao_thread_prepare: bad slot, stack or entry");
    }
    uint64_t *sp = (uint64_t *)(uintptr_t)top;
    *--sp = 0;                                   /* thread_start's return address: none */
    *--sp = (uint64_t)(uintptr_t)thread_start;   /* yao_arch_context_switch returns here */
    for (int i = 0; i < 6; i++) {
        *--sp = 0;                               /* rbp (0 ends backtraces), rbx, r12-r15 */
    }
    *--sp = MXCSR_DEFAULT | (X87_CW_DEFAULT << 32);
    s->saved_rsp = (uint64_t)(uintptr_t)sp;
    s->base = base;
    s->top = top;
    s->entry = entry;
    s->preempt_count = 0;
    __builtin_memset(s->runtime_state, 0, sizeof s->runtime_state);
    uint64_t margin = (top - base) / 4;
    s->stack_limit = base + (margin < STACK_LIMIT_MARGIN_MAX ? margin : STACK_LIMIT_MARGIN_MAX);
    s->name[0] = 0;
    s->live = true;
}

void yao_thread_set_name_byte(uint32_t slot, uint32_t index, uint32_t byte) {
    struct thread_slot *s = slot_at(slot, "yao_thread_set_name_byte");
    if (index + 1 < YAO_THREAD_NAME_MAX) {
        s->name[index] = (char)(byte & 0xFF);
        s->name[index + 1] = 0;
    }
}

static bool interrupts_enabled(void) {
    uint64_t flags;
    __asm__ volatile("pushfq; popq %0" : "=r"(flags));
    return (flags & YAO_RFLAGS_IF) != 0;
}

void yao_thread_switch(uint32_t from, uint32_t to) {
    ensure_boot_slot();
    struct thread_slot *next = slot_at(to, "yao_thread_switch");
    if (from != running || !next->live || interrupts_enabled()) {
        yao_arch_panic("yao_thread_switch: not from the running thread, to a live one, with interrupts off");
    }
    struct thread_slot *prev = &slots[from];
    prev->preempt_count = yao_preempt_count;
    yao_preempt_count = next->preempt_count;
    if (&yao_stack_limit != NULL) {
        prev->stack_limit = yao_stack_limit;
        yao_stack_limit = next->stack_limit;
    }
    if (yao_rt_thread_state_swap != NULL) {
        yao_rt_thread_state_swap(prev->runtime_state, next->runtime_state);
    }
    running = to;
    yao_arch_context_switch(&prev->saved_rsp, next->saved_rsp);
}

void yao_thread_release(uint32_t slot) {
    struct thread_slot *s = slot_at(slot, "yao_thread_release");
    if (slot == running || slot == BOOT_SLOT) {
        yao_arch_panic("yao_thread_release: the running thread and the boot thread cannot be released");
    }
    s->live = false;
    s->entry = NULL;
}

void yao_threads_for_each_stack(void (*fn)(void *lo, void *hi, void *ctx), void *ctx) {
    ensure_boot_slot();
    uint64_t rsp;
    __asm__ volatile("movq %%rsp, %0" : "=r"(rsp));
    for (uint32_t i = 0; i < YAO_THREAD_SLOTS; i++) {
        const struct thread_slot *s = &slots[i];
        if (!s->live) {
            continue;
        }
        uint64_t lo = i == running ? rsp : s->saved_rsp;
        fn((void *)(uintptr_t)lo, (void *)(uintptr_t)s->top, ctx);
    }
}

bool yao_arch_in_thread_guard(uint64_t addr) {
    for (uint32_t i = 1; i < YAO_THREAD_SLOTS; i++) {
        const struct thread_slot *s = &slots[i];
        if (s->live && addr >= s->base - GUARD_BYTES && addr < s->base) {
            return true;
        }
    }
    return false;
}

static bool near_guard(const struct thread_slot *s, uint64_t addr) {
    return addr >= s->base - GUARD_BYTES && addr < s->base + 256;
}

/* fault.c, for #PF and #DF: names the thread if the fault is at the guard page of its stack. */
void yao_arch_explain_thread_stack_fault(uint64_t cr2, uint64_t rsp) {
    for (uint32_t i = 1; i < YAO_THREAD_SLOTS; i++) {
        const struct thread_slot *s = &slots[i];
        if (!s->live || !(near_guard(s, cr2) || near_guard(s, rsp))) {
            continue;
        }
        yao_arch_print("  thread stack overflow: thread '");
        yao_arch_print(s->name);
        yao_arch_print("' (slot ");
        yao_arch_print_dec(i);
        yao_arch_print(") ran into the guard page below its ");
        yao_arch_print_dec((s->top - s->base) / 1024);
        yao_arch_print(" KiB stack at ");
        yao_arch_print_hex(s->base, 1);
        yao_arch_print("\n");
        return;
    }
}
