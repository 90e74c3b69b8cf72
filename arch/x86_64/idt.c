/*
 * idt.c: the interrupt descriptor table and the dispatch every stub in isr.S calls. main.c
 * calls yao_arch_idt_init once; drivers (through the later IRQ layer) call
 * yao_arch_set_irq_handler. Without a handler, CPU exceptions (vectors 0..31) and any other
 * vector print a report (fault.c) and exit with YAO_PANIC_STATUS.
 */
#include "internal.h"

#define IDT_VECTORS 256
#define SEL_CODE64 0x08                 /* boot.S's GDT */
#define GATE_INTERRUPT_PRESENT 0x8E     /* P=1, DPL=0, type 0xE: 64-bit interrupt gate, IF off */

/* IST slots in the TSS (gdt.c): exceptions that must not run on a possibly broken stack. */
#define VECTOR_NMI 2
#define VECTOR_DOUBLE_FAULT 8
#define VECTOR_MACHINE_CHECK 18
#define IST_DOUBLE_FAULT 1
#define IST_NMI_MCE 2

/* SDM vol. 3A, 6.14.1, Figure 6-8: a 64-bit IDT gate descriptor. */
struct idt_gate {
    uint16_t offset_low;
    uint16_t selector;
    uint8_t ist;
    uint8_t type_attr;
    uint16_t offset_mid;
    uint32_t offset_high;
    uint32_t reserved;
} __attribute__((packed));

struct idt_pointer {
    uint16_t limit;
    uint64_t base;
} __attribute__((packed));

extern const uint64_t yao_arch_isr_stub_table[IDT_VECTORS];

static struct idt_gate idt[IDT_VECTORS] __attribute__((aligned(16)));
static yao_arch_irq_handler handlers[IDT_VECTORS];

static uint8_t ist_for(int vector) {
    switch (vector) {
    case VECTOR_DOUBLE_FAULT:
        return IST_DOUBLE_FAULT;
    case VECTOR_NMI:
    case VECTOR_MACHINE_CHECK:
        return IST_NMI_MCE;
    default:
        return 0;
    }
}

static void set_gate(int vector, uint64_t entry) {
    idt[vector] = (struct idt_gate){
        .offset_low = (uint16_t)entry,
        .selector = SEL_CODE64,
        .ist = ist_for(vector),
        .type_attr = GATE_INTERRUPT_PRESENT,
        .offset_mid = (uint16_t)(entry >> 16),
        .offset_high = (uint32_t)(entry >> 32),
        .reserved = 0,
    };
}

void yao_arch_idt_init(void) {
    for (int v = 0; v < IDT_VECTORS; v++) {
        set_gate(v, yao_arch_isr_stub_table[v]);
    }
    struct idt_pointer p = { .limit = sizeof idt - 1, .base = (uint64_t)(uintptr_t)idt };
    __asm__ volatile("lidt %0" : : "m"(p) : "memory");
}

void yao_arch_set_irq_handler(int vector, yao_arch_irq_handler fn) {
    if (vector < 0 || vector >= IDT_VECTORS) {
        yao_arch_panic("yao_arch_set_irq_handler: vector out of range 0..255");
    }
    handlers[vector] = fn;
}

/* Called by isr.S with interrupts off; the frame is written back on return. */
void yao_arch_interrupt_dispatch(struct yao_arch_frame *frame) {
    yao_arch_irq_handler fn = handlers[frame->vector & 0xFF];
    if (fn != NULL) {
        fn(frame->vector, frame);
        return;
    }
    if (frame->vector < 32) {
        yao_arch_report_exception(frame);
    }
    yao_arch_report_unexpected_interrupt(frame);
}
