/*
 * internal.h: what the arch layer's own files share and nothing outside arch/x86_64 uses.
 */
#ifndef YAO_ARCH_INTERNAL_H
#define YAO_ARCH_INTERNAL_H

#include "native.h"

/* Symbols from boot.S. */
extern uint64_t yao_arch_gdt[];
extern uint64_t yao_arch_boot_pd[];
extern char __yao_text_start[], __yao_text_end[];   /* linker.ld; C code only, not boot.S */
extern char yao_arch_stack_guard[], yao_arch_stack_bottom[], yao_arch_stack_top[];

#define YAO_PAGE_SIZE 4096u
#define YAO_BOOT_MAP_END 0x100000000ull    /* boot.S identity-maps [0, 4 GiB) */

void yao_arch_console_init(void);
void yao_arch_tss_init(void);
void yao_arch_idt_init(void);
void yao_arch_paging_init(void);


/* Called by every stub in isr.S. */
void yao_arch_interrupt_dispatch(struct yao_arch_frame *frame);

/* The CPU-exception and unexpected-interrupt reports (fault.c), called from idt.c. */
_Noreturn void yao_arch_report_exception(const struct yao_arch_frame *frame);
_Noreturn void yao_arch_report_unexpected_interrupt(const struct yao_arch_frame *frame);

/* The embedded symbol table (generated at link time by tools/qemu/symtab.ts). */
struct yao_arch_symbol {
    uint64_t addr;
    uint64_t size;        /* 0 when unknown (assembly labels) */
    const char *name;
};
const struct yao_arch_symbol *yao_arch_symbol_lookup(uint64_t addr);

/* threads.c: names the thread whose stack guard page a fault hit (fault.c, #PF and #DF), and
   says whether an address lies in some thread's guard page (the backtrace must not read it). */
void yao_arch_explain_thread_stack_fault(uint64_t cr2, uint64_t rsp);
bool yao_arch_in_thread_guard(uint64_t addr);

#endif
