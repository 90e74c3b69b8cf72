/*
 * sched.h: what kernel/sched needs from the arch layer, as @native intrinsics (declared in
 * arch/x86_64/threads.ts and interrupts.ts, included by native.h) and as a C API for the
 * compiler runtime's collector:
 *   - irq.c: interrupt vectors routed to TypeScript closures, the interrupt flag, idling, the
 *     preemption counter and the deferred switch (preempt.h);
 *   - threads.c + switch.S: saved contexts in numbered slots and the switch between them;
 *   - guard.c: stack guard pages (4 KiB pages unmapped under each thread's stack).
 * A closure arrives as the runtime's `yao_fn *` (compiler/runtime/yao.h); the arch layer only
 * calls it, through yao_arch_call_closure.
 */
#ifndef YAO_SCHED_H
#define YAO_SCHED_H

#include <stdbool.h>
#include <stdint.h>
#include "preempt.h"

typedef struct yao_fn yao_fn;   /* compiler/runtime/yao.h: { header, code pointer } */

/* ---- irq.c ---------------------------------------------------------------------------------- */

/* Runs `handler` (a `() => void` closure) for every interrupt on `vector` (32..255), with
   interrupts disabled; NULL restores the unexpected-interrupt report. After the handler, a
   pending preemption is performed if the counter is 0. */
void yao_irq_set_handler(uint32_t vector, yao_fn *handler);
/* CLI; whether interrupts were enabled before. */
bool yao_irq_disable(void);
/* STI when `enabled`. */
void yao_irq_restore_enabled(bool enabled);
/* STI; HLT; CLI: sleeps until an interrupt has been handled. STI's one-instruction shadow
   (SDM vol. 2B, STI) means no interrupt can slip in between the check the caller made with
   interrupts off and the halt. Returns with interrupts disabled. */
void yao_irq_wait(void);
/* Whether an interrupt handler is running (interrupt context). */
bool yao_irq_active(void);
uint32_t yao_preempt_depth(void);
/* Marks a switch as due (preempt.h); called from handlers and by the scheduler. */
void yao_preempt_request(void);
/* The scheduler's switch (a `() => void` closure), called with interrupts disabled when a
   requested switch becomes due: at the end of an interrupt, or from yao_preempt_enable. */
void yao_preempt_set_hook(yao_fn *hook);

/* ---- threads.c, switch.S --------------------------------------------------------------------- */

/* 256 threads at once. Each slot is about 120 bytes of .bss, which every image carries (it
   counts against the smallest RAM an image runs in; the collector scans .bss at every
   collection) and ThreadSystem keeps a list entry per slot. */
#define YAO_THREAD_SLOTS 256
#define YAO_THREAD_NAME_MAX 32
/* Room each thread slot keeps for the compiler runtime's per-thread state (threads.c calls the
   runtime's yao_rt_thread_state_swap, if it has one, on every switch). */
#define YAO_THREAD_RT_STATE_BYTES 32

/* Slot 0 is the boot thread, running on the boot stack; the others are free until prepared. */
uint32_t yao_thread_capacity(void);
/* Sets `slot` up to run `entry` (a `() => void` closure that must never return) on the stack
   [base, top), top 16-byte aligned, when it is first switched to. The 4 KiB page below `base`
   is the thread's guard page, if guard.c protected it. */
void yao_thread_prepare(uint32_t slot, uint64_t base, uint64_t top, yao_fn *entry);
/* Byte `index` of the slot's NUL-terminated name, shown by fault reports. */
void yao_thread_set_name_byte(uint32_t slot, uint32_t index, uint32_t byte);
/* Saves the running context (which must be `from`'s) and resumes `to`. Interrupts must be off. */
void yao_thread_switch(uint32_t from, uint32_t to);
/* The slot's thread has ended and will never run again. */
void yao_thread_release(uint32_t slot);

/* For the collector (compiler/runtime/rt_gc.c): calls fn(lo, hi, ctx) once for each live
   thread's stack, [lo, hi) being the part in use: from the saved stack pointer to the top for
   threads not running (their callee-saved registers, and for preempted threads the whole
   interrupted register file, lie inside that range), and from the caller's own stack pointer
   to the top for the running thread. The boot thread is included (the boot stack). Call it
   with interrupts disabled so no thread changes state during the walk. */
void yao_threads_for_each_stack(void (*fn)(void *lo, void *hi, void *ctx), void *ctx);

/* The context switch (switch.S): saves rbp, rbx, r12-r15, MXCSR and the x87 control word on
   the running stack, stores the stack pointer in *save, loads new_rsp and restores the same. */
void yao_arch_context_switch(uint64_t *save, uint64_t new_rsp);

/* ---- guard.c ---------------------------------------------------------------------------------- */

/* Whether unmapping the 4 KiB page at `address` first needs a page table: the boot map uses
   2 MiB pages, so the first guard page in each 2 MiB region splits it. */
bool yao_guard_needs_table(uint64_t address);
/* Unmaps the page at `address` (below 4 GiB, 4 KiB aligned). `table` is a 4 KiB aligned page
   for splitting a 2 MiB page (or 0 when yao_guard_needs_table said none is needed); returns
   whether it was used. An unused table stays the caller's. */
bool yao_guard_protect(uint64_t address, uint64_t table);
/* Maps the page again, identity, writable: before its memory goes back to the allocator. */
void yao_guard_unprotect(uint64_t address);

#endif
