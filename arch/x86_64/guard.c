/*
 * guard.c: stack guard pages for threads. kernel/sched (through arch/x86_64/threads.ts) unmaps
 * the 4 KiB page below each thread's stack, so running off the end of the stack faults at once
 * (a page fault, delivered as a double fault since the CPU cannot push the fault's frame on a
 * full stack) and fault.c names the thread, instead of silently overwriting the memory below.
 * Like paging.c it edits boot.S's identity map, which uses 2 MiB pages: the first guard page in
 * a 2 MiB region splits that page into a table of 4 KiB pages, which the caller supplies.
 */
#include "internal.h"
#include "sched.h"

#define ENTRIES 512
#define PAGE_2M 0x200000ull
#define PTE_PRESENT 0x1ull
#define PTE_WRITABLE 0x2ull
#define PTE_LARGE 0x80ull
#define PTE_ADDRESS 0x000FFFFFFFFFF000ull   /* SDM vol. 3A, 4.5, Table 4-19: bits 51:12 */

static void check_address(uint64_t address) {
    if ((address & (YAO_PAGE_SIZE - 1)) != 0 || address == 0 || address >= YAO_BOOT_MAP_END) {
        yao_arch_panic("guard page: address must be 4 KiB aligned, nonzero, below 4 GiB");
    }
}

static uint64_t *pd_entry(uint64_t address) {
    return &yao_arch_boot_pd[address / PAGE_2M];
}

static void invalidate(uint64_t address) {
    __asm__ volatile("invlpg (%0)" : : "r"((uintptr_t)address) : "memory");
}

bool yao_guard_needs_table(uint64_t address) {
    check_address(address);
    return (*pd_entry(address) & PTE_LARGE) != 0;
}

/* Replaces the 2 MiB mapping around `address` with `table`, mapping the same 512 pages. */
static void split(uint64_t address, uint64_t table) {
    if (table == 0 || (table & (YAO_PAGE_SIZE - 1)) != 0) {
        yao_arch_panic("guard page: splitting a 2 MiB page needs a 4 KiB aligned table");
    }
    uint64_t region = address & ~(PAGE_2M - 1);
    uint64_t *entries = (uint64_t *)(uintptr_t)table;
    for (int i = 0; i < ENTRIES; i++) {
        entries[i] = (region + (uint64_t)i * YAO_PAGE_SIZE) | PTE_PRESENT | PTE_WRITABLE;
    }
    *pd_entry(address) = table | PTE_PRESENT | PTE_WRITABLE;
    /* INVLPG drops the translation of the page holding the address whatever its size
       (SDM vol. 2A, INVLPG), which covers the whole old 2 MiB entry. */
    invalidate(region);
}

static uint64_t *pte(uint64_t address) {
    uint64_t *table = (uint64_t *)(uintptr_t)(*pd_entry(address) & PTE_ADDRESS);
    return &table[(address % PAGE_2M) / YAO_PAGE_SIZE];
}

bool yao_guard_protect(uint64_t address, uint64_t table) {
    check_address(address);
    uint64_t flags = yao_irq_save();
    bool split_now = (*pd_entry(address) & PTE_LARGE) != 0;
    if (split_now) {
        split(address, table);
    }
    *pte(address) = 0;
    invalidate(address);
    yao_irq_restore(flags);
    return split_now;
}

void yao_guard_unprotect(uint64_t address) {
    check_address(address);
    if ((*pd_entry(address) & PTE_LARGE) != 0) {
        return;   /* never split, so never unmapped */
    }
    uint64_t flags = yao_irq_save();
    *pte(address) = address | PTE_PRESENT | PTE_WRITABLE;
    invalidate(address);
    yao_irq_restore(flags);
}
