/*
 * switch.S: the thread context switch, called by threads.c (yao_thread_switch) with
 * interrupts disabled, always as an ordinary function call: from a thread's voluntary block or
 * yield, or from inside an interrupt handler (irq.c) when the scheduler preempts.
 *
 *   void yao_arch_context_switch(uint64_t *save, uint64_t new_rsp)
 *
 * A call may clobber rax, rcx, rdx, rsi, rdi, r8-r11 and every XMM register (System V AMD64
 * ABI, 3.2.1), so only the callee-saved state is kept: rbp, rbx, r12-r15, the MXCSR control
 * bits and the x87 control word (ABI 3.2.3: "callee-saved"). A thread preempted in the middle of
 * a computation has all of its registers and its full FXSAVE image already on its stack, put
 * there by isr.S before the handler ran; it resumes through that same iretq.
 *
 * Saved frame, lowest address first (what new_rsp points at, and what threads.c builds for a
 * thread that has not run yet): MXCSR (4 bytes), x87 CW (2 bytes, 2 unused), r15, r14, r13,
 * r12, rbx, rbp, return address.
 */

        .text
        .code64

        .globl yao_arch_context_switch
        .type yao_arch_context_switch, @function
yao_arch_context_switch:
        pushq %rbp
        pushq %rbx
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        subq $8, %rsp
        stmxcsr (%rsp)
        fnstcw 4(%rsp)
        movq %rsp, (%rdi)
        movq %rsi, %rsp
        ldmxcsr (%rsp)
        fldcw 4(%rsp)
        addq $8, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %rbx
        popq %rbp
        ret
        .size yao_arch_context_switch, . - yao_arch_context_switch

        .section .note.GNU-stack, "", @progbits   /* no executable stack */
