/*
 * gdt.c: the task state segment, which in long mode only supplies stacks: the IST entries
 * give the double fault, NMI and machine check their own stacks (idt.c selects them), so a
 * boot-stack overflow into the guard page is still reported instead of triple-faulting.
 * main.c calls yao_arch_tss_init once, before the IDT is loaded.
 */
#include "internal.h"

#define SEL_TSS 0x18                  /* boot.S's GDT slot 3 (and 4: the descriptor is 16 bytes) */
#define GDT_TSS_LOW 3
#define GDT_TSS_HIGH 4
#define TSS_TYPE_AVAILABLE_PRESENT 0x89ull   /* P=1, DPL=0, type 9: available 64-bit TSS */
#define IST_STACK_SIZE (16 * 1024)

/* SDM vol. 3A, 8.7, Figure 8-11: the 64-bit TSS, 104 bytes. */
struct tss64 {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
} __attribute__((packed));

static struct tss64 tss;
static uint8_t double_fault_stack[IST_STACK_SIZE] __attribute__((aligned(16)));
static uint8_t nmi_mce_stack[IST_STACK_SIZE] __attribute__((aligned(16)));

/* SDM vol. 3A, 8.2.3, Figure 8-4: a TSS descriptor in 64-bit mode. */
static void write_tss_descriptor(uint64_t base, uint32_t limit) {
    yao_arch_gdt[GDT_TSS_LOW] = (limit & 0xFFFFull)
        | ((base & 0xFFFFFFull) << 16)
        | (TSS_TYPE_AVAILABLE_PRESENT << 40)
        | ((uint64_t)(limit >> 16) & 0xF) << 48
        | ((base >> 24) & 0xFF) << 56;
    yao_arch_gdt[GDT_TSS_HIGH] = base >> 32;
}

void yao_arch_tss_init(void) {
    tss.ist[0] = (uint64_t)(uintptr_t)(double_fault_stack + IST_STACK_SIZE);   /* IST1 */
    tss.ist[1] = (uint64_t)(uintptr_t)(nmi_mce_stack + IST_STACK_SIZE);        /* IST2 */
    tss.iomap_base = sizeof tss;     /* no I/O permission bitmap: ring 0 needs none */
    write_tss_descriptor((uint64_t)(uintptr_t)&tss, sizeof tss - 1);
    __asm__ volatile("ltr %w0" : : "r"(SEL_TSS) : "memory");
}
