/*
 * native.h: hardware intrinsics for compiled TypeScript. A TypeScript function under arch/
 * whose JSDoc says `@native yao_xxx` becomes a call to the function of that name here on the
 * x86_64 target (docs/helpers-brief.md, "Hardware intrinsics"). Everything is static inline
 * so a port write costs one instruction. Also declares the boot-time facts boot.S saves and
 * the image bounds from linker.ld, so the kernel can build its memory map.
 */
#ifndef YAO_NATIVE_H
#define YAO_NATIVE_H

#include "arch.h"
#include "sched.h"   /* interrupts, preemption, thread contexts, guard pages (kernel/sched) */

/* Port I/O (SDM vol. 2, IN/OUT). */
static inline void yao_outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port) : "memory"); }
static inline void yao_outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0, %1" : : "a"(v), "Nd"(port) : "memory"); }
static inline void yao_outl(uint16_t port, uint32_t v) { __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port) : "memory"); }

static inline uint8_t yao_inb(uint16_t port) {
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port) : "memory");
    return v;
}
static inline uint16_t yao_inw(uint16_t port) {
    uint16_t v;
    __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port) : "memory");
    return v;
}
static inline uint32_t yao_inl(uint16_t port) {
    uint32_t v;
    __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port) : "memory");
    return v;
}

/* MMIO on identity-mapped physical addresses. The "memory" barrier keeps ordinary stores
   (e.g. a descriptor in RAM) from moving past a doorbell write; x86 itself keeps the order. */
#define YAO_MMIO_ACCESSORS(bits)                                                          \
    static inline uint##bits##_t yao_mmio_read##bits(uint64_t addr) {                    \
        __asm__ volatile("" : : : "memory");                                              \
        uint##bits##_t v = *(volatile uint##bits##_t *)(uintptr_t)addr;                   \
        __asm__ volatile("" : : : "memory");                                              \
        return v;                                                                         \
    }                                                                                     \
    static inline void yao_mmio_write##bits(uint64_t addr, uint##bits##_t v) {           \
        __asm__ volatile("" : : : "memory");                                              \
        *(volatile uint##bits##_t *)(uintptr_t)addr = v;                                  \
        __asm__ volatile("" : : : "memory");                                              \
    }
YAO_MMIO_ACCESSORS(8)
YAO_MMIO_ACCESSORS(16)
YAO_MMIO_ACCESSORS(32)
YAO_MMIO_ACCESSORS(64)
#undef YAO_MMIO_ACCESSORS

/* CPU control. */
static inline uint64_t yao_rdtsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return ((uint64_t)hi << 32) | lo;
}
/* DIV: a zero divisor raises #DE (vector 0) on purpose; the arch layer reports it. */
static inline uint64_t yao_udiv64(uint64_t dividend, uint64_t divisor) {
    uint64_t q, r;
    __asm__ volatile("divq %4" : "=a"(q), "=d"(r) : "a"(dividend), "d"((uint64_t)0), "rm"(divisor));
    (void)r;
    return q;
}
static inline void yao_cli(void) { __asm__ volatile("cli" : : : "memory"); }
static inline void yao_sti(void) { __asm__ volatile("sti" : : : "memory"); }
static inline void yao_hlt(void) { __asm__ volatile("hlt" : : : "memory"); }
static inline void yao_pause(void) { __asm__ volatile("pause" : : : "memory"); }
static inline uint64_t yao_read_cr2(void) {
    uint64_t v;
    __asm__ volatile("mov %%cr2, %0" : "=r"(v));
    return v;
}

/* Saved by boot.S before anything else ran. */
extern uint64_t yao_arch_boot_tsc;
extern uint32_t yao_arch_mb_magic;
extern uint32_t yao_arch_mb_info;

/* TSC at the first instruction of boot.S. */
static inline uint64_t yao_arch_boot_tsc_value(void) { return yao_arch_boot_tsc; }
/* 0x2BADB002 when a multiboot v1 loader started us (spec 3.2). */
static inline uint32_t yao_arch_multiboot_magic(void) { return yao_arch_mb_magic; }
/* Physical (= virtual) address of the multiboot information structure (spec 3.3). */
static inline uint64_t yao_arch_multiboot_info(void) { return yao_arch_mb_info; }

/* [start, end) of physical memory the image occupies, BSS included, end page-aligned. The
   loader's info structure, command line and modules lie above end: see multiboot.h. */
extern char __yao_image_start[], __yao_image_end[];
static inline uint64_t yao_arch_image_start(void) { return (uint64_t)(uintptr_t)__yao_image_start; }
static inline uint64_t yao_arch_image_end(void) { return (uint64_t)(uintptr_t)__yao_image_end; }

#endif
