/*
 * multiboot.h: the multiboot v1 boot information structure (Multiboot Specification 0.6.96,
 * section 3.3), as the loader leaves it at yao_arch_multiboot_info(). main.c checks the magic;
 * the kernel reads the rest (memory map, command line, modules). QEMU's loader puts this
 * structure (0x9500) and the memory map (0x9000) in low memory, and the command line
 * ("<kernel path> <-append text>") and modules right after the image, page-aligned.
 */
#ifndef YAO_MULTIBOOT_H
#define YAO_MULTIBOOT_H

#include <stdint.h>

#define YAO_MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002   /* EAX at entry, spec 3.2 */

/* Bits of `flags`: which fields below are valid (spec 3.3). */
#define YAO_MULTIBOOT_INFO_MEMORY  (1u << 0)   /* mem_lower, mem_upper */
#define YAO_MULTIBOOT_INFO_CMDLINE (1u << 2)   /* cmdline */
#define YAO_MULTIBOOT_INFO_MODS    (1u << 3)   /* mods_count, mods_addr */
#define YAO_MULTIBOOT_INFO_MMAP    (1u << 6)   /* mmap_length, mmap_addr */

struct yao_multiboot_info {
    uint32_t flags;
    uint32_t mem_lower, mem_upper;   /* KiB below 1 MiB / above 1 MiB */
    uint32_t boot_device;
    uint32_t cmdline;                /* physical address of a NUL-terminated string */
    uint32_t mods_count, mods_addr;
    uint32_t syms[4];
    uint32_t mmap_length, mmap_addr;
    uint32_t drives_length, drives_addr;
    uint32_t config_table;
    uint32_t boot_loader_name;
    uint32_t apm_table;
    uint32_t vbe_control_info, vbe_mode_info;
    uint16_t vbe_mode, vbe_interface_seg, vbe_interface_off, vbe_interface_len;
} __attribute__((packed));

/* One memory map entry; `size` does not count itself, the next entry is size + 4 bytes on. */
struct yao_multiboot_mmap_entry {
    uint32_t size;
    uint64_t addr, len;
    uint32_t type;                   /* 1 = available RAM */
} __attribute__((packed));

#endif
