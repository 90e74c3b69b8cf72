/*
 * preempt.h: the preemption-disable counter and the interrupt flag, for C code that must not be
 * switched away from in the middle: the compiler runtime's allocator, collector and string
 * building (compiler/runtime includes this header on the metal target, under
 * YAO_FREESTANDING), and the arch layer itself. irq.c owns the counter; kernel/sched's
 * scheduler installs the switch that runs when a deferred preemption becomes due.
 *
 * Rules (uniprocessor):
 *   - yao_preempt_disable()/yao_preempt_enable() nest. While the count is non-zero a timer
 *     interrupt still runs its handler (time keeps moving, sleepers are woken) but the thread
 *     switch it asks for is deferred; the enable that brings the count back to 0 performs it.
 *     Inside such a section code must not block (no sleep, mutex, join).
 *   - Interrupt handlers never allocate, so code inside a disabled section is not re-entered
 *     from an interrupt: a preempt-disabled section is enough for the allocator.
 *   - yao_irq_save()/yao_irq_restore() turn interrupts off entirely, for what an interrupt
 *     handler also touches (the collector's mark phase: handlers move objects between lists).
 */
#ifndef YAO_PREEMPT_H
#define YAO_PREEMPT_H

#include <stdbool.h>
#include <stdint.h>

/* Sections entered and not yet left, for the running thread (saved per thread on a switch). */
extern volatile uint32_t yao_preempt_count;
/* Set by the scheduler from an interrupt handler: a switch is due as soon as it is allowed. */
extern volatile uint32_t yao_preempt_pending;
/* Performs the due switch when called with the count at 0, interrupts enabled, outside any
   interrupt handler; otherwise leaves it pending for the next chance. */
void yao_preempt_resched(void);

#define YAO_RFLAGS_IF 0x200ull   /* SDM vol. 1, 3.4.3.3: the interrupt enable flag */

/* One instruction each, so an interrupt sees the count either before or after: never torn. */
static inline void yao_preempt_disable(void) {
    __asm__ volatile("incl %0" : "+m"(yao_preempt_count) : : "memory");
}

static inline void yao_preempt_enable(void) {
    __asm__ volatile("decl %0" : "+m"(yao_preempt_count) : : "memory");
    if (__builtin_expect(yao_preempt_count == 0 && yao_preempt_pending != 0, 0)) {
        yao_preempt_resched();
    }
}

/* Interrupts off; returns the previous RFLAGS for yao_irq_restore. */
static inline uint64_t yao_irq_save(void) {
    uint64_t flags;
    __asm__ volatile("pushfq; popq %0; cli" : "=r"(flags) : : "memory");
    return flags;
}

static inline void yao_irq_restore(uint64_t flags) {
    if (flags & YAO_RFLAGS_IF) {
        __asm__ volatile("sti" : : : "memory");
    }
}

#endif
