/*
 * boot.S: the first code yao runs. A multiboot v1 loader (QEMU's -kernel) jumps to
 * yao_arch_start32 in 32-bit protected mode without paging; this file takes the CPU to 64-bit
 * long mode with the first 4 GiB identity-mapped, turns on the FPU and SSE, and calls
 * yao_arch_main (main.c) on the boot stack. It also owns the boot-time data that native.h
 * exposes: the TSC at entry, the multiboot magic and info pointer.
 *
 * Memory above 4 GiB: the boot map covers 0..4 GiB with 2 MiB pages (4 page directories).
 * QEMU puts RAM beyond ~3.5 GiB at 4 GiB and up; to use it, the kernel extends the map by
 * filling more PDPT entries (one page directory per GiB, or 1 GiB pages where CPUID
 * 0x80000001 EDX bit 26 says the CPU has them) before touching that memory. Addresses above
 * 4 GiB fault until then, which arch/x86_64/test/selftest.c relies on.
 */

/* Multiboot v1 specification, section 3.1.1 (header layout) and 3.1.2 (flags). */
#define MB_HEADER_MAGIC     0x1BADB002
#define MB_FLAG_PAGE_ALIGN  (1 << 0)   /* modules on 4 KiB boundaries */
#define MB_FLAG_MEMORY_INFO (1 << 1)   /* mem_* and mmap_* fields in the info structure */
#define MB_FLAG_ADDRESSES   (1 << 16)  /* header_addr..entry_addr are valid: lets QEMU load ELF64 */
#define MB_HEADER_FLAGS     (MB_FLAG_PAGE_ALIGN | MB_FLAG_MEMORY_INFO | MB_FLAG_ADDRESSES)

/* Intel SDM vol. 3A, 2.5 (control registers) and 4.5 (4-level paging). */
#define CR0_PE   (1 << 0)
#define CR0_MP   (1 << 1)
#define CR0_EM   (1 << 2)
#define CR0_TS   (1 << 3)
#define CR0_NE   (1 << 5)
#define CR0_WP   (1 << 16)
#define CR0_NW   (1 << 29)
#define CR0_CD   (1 << 30)
#define CR0_PG   (1 << 31)
#define CR4_PAE        (1 << 5)
#define CR4_OSFXSR     (1 << 9)
#define CR4_OSXMMEXCPT (1 << 10)
#define MSR_EFER       0xC0000080
#define EFER_LME       (1 << 8)
#define PTE_PRESENT    (1 << 0)
#define PTE_WRITABLE   (1 << 1)
#define PTE_LARGE      (1 << 7)     /* in a page directory entry: a 2 MiB page */
#define PAGE_2M        0x200000
#define BOOT_MAP_GIB   4            /* identity-mapped GiB, one page directory each */

/* Selectors into yao_arch_gdt below; gdt.c fills the TSS descriptor. */
#define SEL_CODE64 0x08
#define SEL_DATA   0x10

#define BOOT_STACK_SIZE (64 * 1024)
#define MXCSR_DEFAULT   0x1F80      /* SDM vol. 1, 10.2.3: all exceptions masked, round to nearest */
#define COM1            0x3F8

/* ------------------------------------------------------------------------------------------ */
        .section .multiboot, "a"
        .balign 4
        .globl yao_arch_multiboot_header
yao_arch_multiboot_header:
        .long MB_HEADER_MAGIC
        .long MB_HEADER_FLAGS
        .long -(MB_HEADER_MAGIC + MB_HEADER_FLAGS)   /* checksum: the three fields sum to 0 */
        .long yao_arch_multiboot_header              /* header_addr */
        .long __yao_image_start                      /* load_addr */
        .long __yao_load_end                         /* load_end_addr: end of .data */
        .long __yao_image_end                        /* bss_end_addr: the loader zeroes up to here */
        .long yao_arch_start32                       /* entry_addr */

/* ------------------------------------------------------------------------------------------ */
        .section .text.boot, "ax"
        .code32
        .globl yao_arch_start32
yao_arch_start32:
        /* Multiboot 3.2: EAX = magic, EBX = physical address of the info structure. */
        movl %eax, %edi
        rdtsc                                   /* first thing: boot-time measurements start here */
        movl %eax, yao_arch_boot_tsc
        movl %edx, yao_arch_boot_tsc + 4
        movl %edi, yao_arch_mb_magic
        movl %ebx, yao_arch_mb_info
        cli
        cld
        movl $yao_arch_stack_top, %esp

        /* The saved values above live in .data, so clearing BSS cannot lose them. */
        movl $__yao_bss_start, %edi
        movl $__yao_bss_end, %ecx
        subl %edi, %ecx
        shrl $2, %ecx
        xorl %eax, %eax
        rep stosl

        call check_long_mode
        call build_boot_page_tables

        movl %cr4, %eax
        orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
        movl %eax, %cr4
        movl $yao_arch_pml4, %eax
        movl %eax, %cr3
        movl $MSR_EFER, %ecx
        rdmsr
        orl $EFER_LME, %eax
        wrmsr
        movl %cr0, %eax
        andl $~(CR0_EM | CR0_TS | CR0_NW | CR0_CD), %eax
        orl $(CR0_PE | CR0_MP | CR0_NE | CR0_WP | CR0_PG), %eax
        movl %eax, %cr0                         /* paging on + EFER.LME: long mode, compat. submode */
        lgdt yao_arch_gdtr
        ljmp $SEL_CODE64, $start64

/* CPUID 0x80000001 EDX bit 29 (SDM vol. 2A, CPUID): long mode. Without it, say so on COM1. */
check_long_mode:
        movl $0x80000000, %eax
        cpuid
        cmpl $0x80000001, %eax
        jb no_long_mode
        movl $0x80000001, %eax
        cpuid
        testl $(1 << 29), %edx
        jz no_long_mode
        ret
no_long_mode:
        movl $no_long_mode_msg, %esi
        movw $COM1, %dx
1:      lodsb
        testb %al, %al
        jz 2f
        outb %al, %dx
        jmp 1b
2:      cli
        hlt
        jmp 2b

/* PML4[0] -> PDPT; PDPT[0..3] -> the four page directories; each PD entry maps 2 MiB. */
build_boot_page_tables:
        movl $yao_arch_pdpt, %eax
        orl $(PTE_PRESENT | PTE_WRITABLE), %eax
        movl %eax, yao_arch_pml4
        movl $yao_arch_boot_pd, %eax
        orl $(PTE_PRESENT | PTE_WRITABLE), %eax
        xorl %ecx, %ecx
1:      movl %eax, yao_arch_pdpt(, %ecx, 8)
        addl $4096, %eax
        incl %ecx
        cmpl $BOOT_MAP_GIB, %ecx
        jb 1b
        movl $(PTE_PRESENT | PTE_WRITABLE | PTE_LARGE), %eax
        xorl %ecx, %ecx
2:      movl %eax, yao_arch_boot_pd(, %ecx, 8)  /* high dwords stay 0: all below 4 GiB */
        addl $PAGE_2M, %eax
        incl %ecx
        cmpl $(BOOT_MAP_GIB * 512), %ecx
        jb 2b
        ret

/* ------------------------------------------------------------------------------------------ */
        .code64
start64:
        movw $SEL_DATA, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss
        movw %ax, %fs
        movw %ax, %gs
        lgdt yao_arch_gdtr                      /* again, now with the 64-bit base form */
        movq $yao_arch_stack_top, %rsp
        xorl %ebp, %ebp                         /* ends frame-pointer backtraces */
        fninit
        ldmxcsr mxcsr_default
        movl yao_arch_mb_magic(%rip), %edi
        movl yao_arch_mb_info(%rip), %esi       /* zero-extends into %rsi */
        call yao_arch_main
1:      cli                                     /* yao_arch_main does not return */
        hlt
        jmp 1b

/* ------------------------------------------------------------------------------------------ */
        .section .rodata
        .balign 4
mxcsr_default:
        .long MXCSR_DEFAULT
no_long_mode_msg:
        .asciz "yao: this CPU has no 64-bit long mode; halting\n"

/* ------------------------------------------------------------------------------------------ */
        .section .data
        .balign 8
        .globl yao_arch_boot_tsc, yao_arch_mb_magic, yao_arch_mb_info
yao_arch_boot_tsc:      .quad 0
yao_arch_mb_magic:      .long 0
yao_arch_mb_info:       .long 0

/* SDM vol. 3A, 3.4.5 and 5.2.1: flat 64-bit code and data descriptors. */
        .balign 16
        .globl yao_arch_gdt
yao_arch_gdt:
        .quad 0                                 /* null */
        .quad 0x00AF9A000000FFFF                /* 0x08: code, present, DPL 0, L=1, G=1 */
        .quad 0x00CF92000000FFFF                /* 0x10: data, present, writable, 4 GiB */
        .quad 0, 0                              /* 0x18: 64-bit TSS (16 bytes), see gdt.c */
yao_arch_gdt_end:
        .balign 8
        .globl yao_arch_gdtr
yao_arch_gdtr:
        .word yao_arch_gdt_end - yao_arch_gdt - 1
        .quad yao_arch_gdt

/* ------------------------------------------------------------------------------------------ */
        .section .bss
        .balign 4096
        .globl yao_arch_pml4, yao_arch_pdpt, yao_arch_boot_pd
yao_arch_pml4:          .skip 4096
yao_arch_pdpt:          .skip 4096
yao_arch_boot_pd:       .skip BOOT_MAP_GIB * 4096

/* The boot stack grows down towards a 4 KiB guard page, which paging.c unmaps: overflowing
   the stack raises a page fault there, delivered as a double fault on its own IST stack. */
        .globl yao_arch_stack_guard, yao_arch_stack_bottom, yao_arch_stack_top
yao_arch_stack_guard:   .skip 4096
yao_arch_stack_bottom:  .skip BOOT_STACK_SIZE
yao_arch_stack_top:

        .section .note.GNU-stack, "", @progbits   /* no executable stack */
