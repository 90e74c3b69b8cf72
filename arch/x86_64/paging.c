/*
 * paging.c: turns two 4 KiB pages of boot.S's identity map into traps. Page 0 becomes
 * unmapped so that a null pointer dereference faults; the page under the boot stack becomes
 * unmapped so that a stack overflow faults. The boot map uses 2 MiB pages, so the 2 MiB
 * pages holding these are split into 4 KiB page tables first. main.c calls this once.
 */
#include "internal.h"

#define ENTRIES 512
#define PAGE_2M 0x200000ull
#define PTE_PRESENT 0x1ull
#define PTE_WRITABLE 0x2ull
#define PTE_LARGE 0x80ull

static uint64_t low_table[ENTRIES] __attribute__((aligned(YAO_PAGE_SIZE)));
static uint64_t guard_table[ENTRIES] __attribute__((aligned(YAO_PAGE_SIZE)));

/* Replaces the 2 MiB mapping of `region` with `table`, mapping the same 512 pages. */
static void split_2m(uint64_t region, uint64_t *table) {
    for (int i = 0; i < ENTRIES; i++) {
        table[i] = (region + (uint64_t)i * YAO_PAGE_SIZE) | PTE_PRESENT | PTE_WRITABLE;
    }
    yao_arch_boot_pd[region / PAGE_2M] = (uint64_t)(uintptr_t)table | PTE_PRESENT | PTE_WRITABLE;
}

static uint64_t *table_for(uint64_t addr) {
    uint64_t entry = yao_arch_boot_pd[addr / PAGE_2M];
    if ((entry & PTE_LARGE) != 0) {
        return NULL;
    }
    return (uint64_t *)(uintptr_t)(entry & ~0xFFFull);
}

static void unmap_page(uint64_t addr, uint64_t *spare_table) {
    uint64_t *table = table_for(addr);
    if (table == NULL) {
        split_2m(addr & ~(PAGE_2M - 1), spare_table);
        table = spare_table;
    }
    table[(addr % PAGE_2M) / YAO_PAGE_SIZE] = 0;
}

static void reload_cr3(void) {
    uint64_t cr3;
    __asm__ volatile("mov %%cr3, %0" : "=r"(cr3));
    __asm__ volatile("mov %0, %%cr3" : : "r"(cr3) : "memory");
}

void yao_arch_paging_init(void) {
    unmap_page(0, low_table);
    unmap_page((uint64_t)(uintptr_t)yao_arch_stack_guard, guard_table);
    reload_cr3();
}
