/*
 * isr.S: the entry stubs for all 256 interrupt vectors, which idt.c installs through
 * yao_arch_isr_stub_table. Each stub makes the stack look the same (a dummy error code where
 * the CPU pushes none, then the vector number) and jumps to the common path, which saves the
 * general registers as a struct yao_arch_frame (arch.h), saves the FPU/SSE state (handlers
 * are compiled TypeScript that uses doubles), calls yao_arch_interrupt_dispatch (idt.c) and
 * returns to the interrupted code with iretq.
 *
 * Stack alignment: in 64-bit mode the CPU aligns RSP to 16 bytes before pushing its 5-word
 * frame (SDM vol. 3A, 6.14.2). 5 + error code + vector + 15 registers = 22 words = 176 bytes,
 * so RSP is 16-byte aligned again for fxsave and for the call.
 */

        .text
        .code64

/* SDM vol. 3A, Table 6-1: vectors for which the CPU pushes an error code. */
#define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

#define FXSAVE_AREA 512

        .altmacro
        .macro isr_stub vector
        .balign 16
yao_arch_isr_stub_\vector:
        .if HAS_ERROR_CODE(\vector)
        .else
        pushq $0                         /* so every frame has an error code slot */
        .endif
        pushq $\vector
        jmp isr_common
        .endm

        .macro isr_stub_address vector
        .quad yao_arch_isr_stub_\vector
        .endm

        .set vector, 0
        .rept 256
        isr_stub %vector
        .set vector, vector + 1
        .endr

isr_common:
        pushq %rax
        pushq %rbx
        pushq %rcx
        pushq %rdx
        pushq %rsi
        pushq %rdi
        pushq %rbp
        pushq %r8
        pushq %r9
        pushq %r10
        pushq %r11
        pushq %r12
        pushq %r13
        pushq %r14
        pushq %r15
        movq %rsp, %rdi                  /* struct yao_arch_frame * */
        movq %rsp, %rbx                  /* callee-saved: where the frame is, after the call */
        subq $FXSAVE_AREA, %rsp
        fxsave64 (%rsp)
        cld                              /* the C ABI expects DF = 0 */
        call yao_arch_interrupt_dispatch
        fxrstor64 (%rsp)
        movq %rbx, %rsp
        popq %r15
        popq %r14
        popq %r13
        popq %r12
        popq %r11
        popq %r10
        popq %r9
        popq %r8
        popq %rbp
        popq %rdi
        popq %rsi
        popq %rdx
        popq %rcx
        popq %rbx
        popq %rax
        addq $16, %rsp                   /* vector and error code */
        iretq

        .section .rodata
        .balign 8
        .globl yao_arch_isr_stub_table
yao_arch_isr_stub_table:
        .set vector, 0
        .rept 256
        isr_stub_address %vector
        .set vector, vector + 1
        .endr

        .section .note.GNU-stack, "", @progbits   /* no executable stack */
