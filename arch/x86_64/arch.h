/*
 * arch.h: the x86_64 arch layer's C API for the rest of the image: the early serial console,
 * exiting QEMU with a status, panicking, and installing interrupt handlers. Compiled
 * TypeScript reaches it through native.h (which includes this file); the arch test program
 * (test/selftest.c) uses it directly. The program itself provides yao_start.
 */
#ifndef YAO_ARCH_H
#define YAO_ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Exit statuses (README.md, "Exit status"): 0 powers off, 1..126 leave through isa-debug-exit
   so QEMU exits with (status << 1) | 1; 127 is reserved for panics and CPU exceptions. */
#define YAO_EXIT_STATUS_MAX 126
#define YAO_PANIC_STATUS 127

/* Provided by the program: module initializers, then the kernel's main. */
void yao_start(void);

/* Called by boot.S in long mode; sets up the arch layer, runs yao_start, exits 0. */
_Noreturn void yao_arch_main(uint32_t magic, uint64_t mbinfo);

/* Early/panic console on COM1. Writes the bytes as they are (no newline translation). */
void yao_arch_console_write(const uint8_t *buf, size_t len);
void yao_arch_print(const char *s);
void yao_arch_print_hex(uint64_t v, int digits);   /* "0x" then at least `digits` digits */
void yao_arch_print_dec(uint64_t v);

_Noreturn void yao_arch_exit(int status);
_Noreturn void yao_arch_panic(const char *msg);
/* Leave QEMU through isa-debug-exit with YAO_PANIC_STATUS; used after a report is printed (by
   fault.c, and by the kernel's panic through Power.exit(127)). */
_Noreturn void yao_arch_exit_panicked(void);

/* What the interrupt stubs (isr.S) push, lowest address first. A handler may change it:
   the stub restores the registers from here and returns with iretq. */
struct yao_arch_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector;
    uint64_t error_code;    /* 0 for vectors where the CPU pushes none */
    uint64_t rip, cs, rflags, rsp, ss;   /* pushed by the CPU (SDM vol. 3A, 6.14.1) */
};

/* Runs with interrupts disabled (interrupt gates) on the interrupted stack, with the FPU/SSE
   state already saved by the stub, so handlers may use doubles. Handlers of device
   interrupts send their own EOI. Installing a handler for a vector below 32 replaces the
   exception report for that vector. NULL restores the default (report and exit 127). */
typedef void (*yao_arch_irq_handler)(uint64_t vector, struct yao_arch_frame *frame);
void yao_arch_set_irq_handler(int vector, yao_arch_irq_handler fn);

#endif
