/*
 * fault.c: the report printed on COM1 when a CPU exception or an interrupt nobody handles
 * arrives (idt.c calls in here), then the exit with YAO_PANIC_STATUS. The report names the
 * function RIP lies in, from the symbol table embedded at link time; compiled TypeScript
 * functions are named <module path>__<function>, so the name leads back to the source.
 * Everything here must work on a broken kernel: no allocation, a bounded amount of stack.
 */
#include "internal.h"

#define VECTOR_DOUBLE_FAULT 8
#define VECTOR_PAGE_FAULT 14
#define BACKTRACE_MAX 16
#define FRAME_SCAN_END 0xC0000000ull   /* RAM below the PCI hole; never read device memory */

/* SDM vol. 3A, 6.15 and Table 6-1; 28..30 are AMD's (APM vol. 2, 8.2). */
static const char *const exception_names[32] = {
    "#DE divide error", "#DB debug", "NMI", "#BP breakpoint", "#OF overflow",
    "#BR bound range exceeded", "#UD invalid opcode", "#NM device not available",
    "#DF double fault", "coprocessor segment overrun", "#TS invalid TSS",
    "#NP segment not present", "#SS stack-segment fault", "#GP general protection",
    "#PF page fault", "reserved (15)", "#MF x87 floating-point error", "#AC alignment check",
    "#MC machine check", "#XM SIMD floating-point exception", "#VE virtualization exception",
    "#CP control protection", "reserved (22)", "reserved (23)", "reserved (24)",
    "reserved (25)", "reserved (26)", "reserved (27)", "#HV hypervisor injection",
    "#VC VMM communication", "#SX security exception", "reserved (31)",
};

static int reporting;

static void print_symbolized(uint64_t addr) {
    const struct yao_arch_symbol *sym = yao_arch_symbol_lookup(addr);
    if (sym == NULL) {
        yao_arch_print("?? (no symbol)");
        return;
    }
    yao_arch_print(sym->name);
    yao_arch_print("+");
    yao_arch_print_hex(addr - sym->addr, 1);
    if (sym->size != 0) {
        yao_arch_print("/");
        yao_arch_print_hex(sym->size, 1);
    }
}

static void print_reg(const char *name, uint64_t v) {
    yao_arch_print("  ");
    yao_arch_print(name);
    yao_arch_print(" ");
    yao_arch_print_hex(v, 16);
}

static void print_registers(const struct yao_arch_frame *f) {
    print_reg("rax", f->rax); print_reg("rbx", f->rbx); print_reg("rcx", f->rcx); yao_arch_print("\n");
    print_reg("rdx", f->rdx); print_reg("rsi", f->rsi); print_reg("rdi", f->rdi); yao_arch_print("\n");
    print_reg("rbp", f->rbp); print_reg("r8 ", f->r8);  print_reg("r9 ", f->r9);  yao_arch_print("\n");
    print_reg("r10", f->r10); print_reg("r11", f->r11); print_reg("r12", f->r12); yao_arch_print("\n");
    print_reg("r13", f->r13); print_reg("r14", f->r14); print_reg("r15", f->r15); yao_arch_print("\n");
    print_reg("rip", f->rip); print_reg("rsp", f->rsp); print_reg("rfl", f->rflags); yao_arch_print("\n");
    print_reg("cr2", yao_read_cr2()); print_reg("cs ", f->cs); print_reg("ss ", f->ss); yao_arch_print("\n");
}

static bool in_guard_page(uint64_t addr) {
    uint64_t guard = (uint64_t)(uintptr_t)yao_arch_stack_guard;
    return addr >= guard && addr < guard + YAO_PAGE_SIZE;
}

/* A frame pointer is followed only while it looks like one: aligned, in RAM, not the guard
   page, and moving up the stack. Code built without -fno-omit-frame-pointer ends the walk. */
static bool plausible_frame(uint64_t rbp, uint64_t previous) {
    return rbp > previous && (rbp & 7) == 0 && rbp >= YAO_PAGE_SIZE
        && rbp + 16 <= FRAME_SCAN_END && !in_guard_page(rbp) && !in_guard_page(rbp + 8)
        && !yao_arch_in_thread_guard(rbp) && !yao_arch_in_thread_guard(rbp + 8);
}

static bool in_text(uint64_t addr) {
    return addr >= (uint64_t)(uintptr_t)__yao_text_start && addr < (uint64_t)(uintptr_t)__yao_text_end;
}

/* gcc sets up no frame in a leaf function that needs no stack, even with
   -fno-omit-frame-pointer, and a tail call leaves none either, so the frame chain can skip a
   caller. If the word at RSP is the return address of a direct call (opcode E8, SDM vol. 2A,
   CALL) to the start of a known function, it is such a caller: print it first. */
static void print_frameless_caller(const struct yao_arch_frame *f) {
    if (!plausible_frame(f->rsp, 0)) {
        return;
    }
    uint64_t ret = *(const uint64_t *)(uintptr_t)f->rsp;
    if (!in_text(ret - 5) || !in_text(ret - 1)) {
        return;
    }
    const uint8_t *call = (const uint8_t *)(uintptr_t)(ret - 5);
    int32_t rel;
    __builtin_memcpy(&rel, call + 1, sizeof rel);
    const struct yao_arch_symbol *callee = yao_arch_symbol_lookup(ret + (uint64_t)(int64_t)rel);
    if (call[0] == 0xE8 && callee != NULL && callee->addr == ret + (uint64_t)(int64_t)rel) {
        yao_arch_print("    ");
        print_symbolized(ret - 1);
        yao_arch_print("\n");
    }
}

static void print_backtrace(const struct yao_arch_frame *f) {
    yao_arch_print("  called from:\n");
    print_frameless_caller(f);
    uint64_t rbp = f->rbp;
    uint64_t previous = 0;
    for (int depth = 0; depth < BACKTRACE_MAX && plausible_frame(rbp, previous); depth++) {
        const uint64_t *frame = (const uint64_t *)(uintptr_t)rbp;
        uint64_t ret = frame[1];
        if (ret == 0) {
            break;
        }
        yao_arch_print("    ");
        print_symbolized(ret - 1);    /* the call instruction, not the one after it */
        yao_arch_print("\n");
        previous = rbp;
        rbp = frame[0];
    }
}

static void explain_page_fault(uint64_t error_code) {
    /* SDM vol. 3A, 4.7, Figure 4-12: page-fault error code bits. */
    yao_arch_print((error_code & 1) ? "  protection violation" : "  page not present");
    yao_arch_print((error_code & 2) ? ", write" : ", read");
    if (error_code & 16) {
        yao_arch_print(", instruction fetch");
    }
    yao_arch_print(" at cr2 ");
    yao_arch_print_hex(yao_read_cr2(), 16);
    yao_arch_print("\n");
}

static void explain_stack_overflow(const struct yao_arch_frame *f) {
    uint64_t bottom = (uint64_t)(uintptr_t)yao_arch_stack_bottom;
    if (in_guard_page(yao_read_cr2()) || in_guard_page(f->rsp) || (f->rsp < bottom + 256 && f->rsp >= bottom)) {
        yao_arch_print("  boot stack overflow: rsp is at the guard page below the 64 KiB boot stack\n");
    }
    yao_arch_explain_thread_stack_fault(yao_read_cr2(), f->rsp);
}

/* A fault while reporting: say so briefly and leave, rather than recursing. */
static void enter_report(void) {
    if (reporting) {
        yao_arch_print("\npanic: fault while printing a fault report\n");
        yao_arch_exit_panicked();
    }
    reporting = 1;
}

_Noreturn void yao_arch_report_exception(const struct yao_arch_frame *f) {
    enter_report();
    yao_arch_print("\npanic: CPU exception ");
    yao_arch_print_dec(f->vector);
    yao_arch_print(" (");
    yao_arch_print(exception_names[f->vector & 31]);
    yao_arch_print("), error code ");
    yao_arch_print_hex(f->error_code, 1);
    yao_arch_print("\n  in ");
    print_symbolized(f->rip);
    yao_arch_print("\n");
    if (f->vector == VECTOR_PAGE_FAULT) {
        explain_page_fault(f->error_code);
    }
    if (f->vector == VECTOR_DOUBLE_FAULT || f->vector == VECTOR_PAGE_FAULT) {
        explain_stack_overflow(f);
    }
    print_registers(f);
    print_backtrace(f);
    yao_arch_exit_panicked();
}

_Noreturn void yao_arch_report_unexpected_interrupt(const struct yao_arch_frame *f) {
    enter_report();
    yao_arch_print("\npanic: unexpected interrupt, vector ");
    yao_arch_print_dec(f->vector);
    yao_arch_print(" (no handler installed)\n  while in ");
    print_symbolized(f->rip);
    yao_arch_print("\n");
    print_registers(f);
    yao_arch_exit_panicked();
}
