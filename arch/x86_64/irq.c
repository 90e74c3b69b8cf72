/*
 * irq.c: the bridge from interrupt vectors to TypeScript, and the preemption counter.
 * kernel/drivers/irq-lines.ts installs one closure per vector it routes (the 8259's lines,
 * through arch/x86_64/interrupts.ts); idt.c's dispatch calls irq_entry here for those
 * vectors. After the closure returns, a switch the scheduler asked for (yao_preempt_request)
 * is performed by calling its hook, unless a preempt-disabled section (preempt.h) is running:
 * then the yao_preempt_enable that ends the section performs it.
 *
 * The switch happens inside the interrupt: the interrupted thread's registers and FPU/SSE
 * state stay saved on its own stack by isr.S, and it resumes through the same iretq when the
 * scheduler switches back to it. Device handlers send their end-of-interrupt before returning,
 * so the next thread runs with the controller ready for the next interrupt.
 */
#include "internal.h"
#include "sched.h"

#define FIRST_DEVICE_VECTOR 32
#define VECTORS 256

struct yao_arch_closure {
    const void *shape;                               /* the runtime's object header */
    void (*code)(struct yao_arch_closure *self);     /* `() => void`: called with itself */
};

volatile uint32_t yao_preempt_count;
volatile uint32_t yao_preempt_pending;

static yao_fn *vector_handlers[VECTORS];
static yao_fn *switch_hook;
static volatile uint32_t handler_depth;

static void call_closure(yao_fn *fn) {
    struct yao_arch_closure *c = (struct yao_arch_closure *)(void *)fn;
    c->code(c);
}

static bool interrupts_enabled(void) {
    uint64_t flags;
    __asm__ volatile("pushfq; popq %0" : "=r"(flags));
    return (flags & YAO_RFLAGS_IF) != 0;
}

static void run_due_switch(void) {
    yao_preempt_pending = 0;
    if (switch_hook != NULL) {
        call_closure(switch_hook);
    }
}

static void irq_entry(uint64_t vector, struct yao_arch_frame *frame) {
    (void)frame;
    handler_depth++;
    call_closure(vector_handlers[vector & 0xFF]);
    handler_depth--;
    if (yao_preempt_pending != 0 && yao_preempt_count == 0) {
        run_due_switch();
    }
}

void yao_irq_set_handler(uint32_t vector, yao_fn *handler) {
    if (vector < FIRST_DEVICE_VECTOR || vector >= VECTORS) {
        yao_arch_panic("yao_irq_set_handler: device vectors are 32..255");
    }
    vector_handlers[vector] = handler;
    yao_arch_set_irq_handler((int)vector, handler != NULL ? irq_entry : NULL);
}

bool yao_irq_disable(void) {
    return (yao_irq_save() & YAO_RFLAGS_IF) != 0;
}

void yao_irq_restore_enabled(bool enabled) {
    if (enabled) {
        yao_sti();
    }
}

void yao_irq_wait(void) {
    __asm__ volatile("sti; hlt; cli" : : : "memory");
}

bool yao_irq_active(void) {
    return handler_depth != 0;
}

uint32_t yao_preempt_depth(void) {
    return yao_preempt_count;
}

void yao_preempt_request(void) {
    yao_preempt_pending = 1;
}

void yao_preempt_set_hook(yao_fn *hook) {
    switch_hook = hook;
}

void yao_preempt_resched(void) {
    if (handler_depth != 0 || !interrupts_enabled() || yao_preempt_count != 0) {
        return;   /* the end of the interrupt, or the next enable, will do it */
    }
    uint64_t flags = yao_irq_save();
    if (yao_preempt_pending != 0) {
        run_due_switch();
    }
    yao_irq_restore(flags);
}
