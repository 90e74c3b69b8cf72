/*
 * main.c: yao_arch_main, where boot.S lands in long mode with SSE on and the boot stack set.
 * It reads like the table of contents of arch setup, then runs the program. It refuses to run
 * when RAM ends before the image and its command line do (check_ram_holds_image).
 */
#include "internal.h"
#include "multiboot.h"

extern char __yao_image_end[];   /* linker.ld: the end of .bss */

/* The end of the command line's NUL, or 0 if there is none before `limit`. */
static uint64_t string_end(uint64_t addr, uint64_t limit) {
    for (uint64_t a = addr; a < limit; a++) {
        if (*(const volatile char *)(uintptr_t)a == 0) {
            return a + 1;
        }
    }
    return 0;
}

/* With too little RAM the end of .bss (the runtime's state, its bootstrap arena) and the
   command line QEMU puts after the image lie past the end of RAM: writes there are lost and
   the program fails in some unrelated way. mem_upper (spec 3.3) is the RAM from 1 MiB on, up
   to the first hole, where the image sits. Runs before anything uses the end of .bss. */
static void check_ram_holds_image(const struct yao_multiboot_info *info) {
    if ((info->flags & YAO_MULTIBOOT_INFO_MEMORY) == 0) {
        return;
    }
    uint64_t ram_end = 0x100000ull + (uint64_t)info->mem_upper * 1024;
    uint64_t need = (uint64_t)(uintptr_t)__yao_image_end;
    if ((info->flags & YAO_MULTIBOOT_INFO_CMDLINE) != 0 && info->cmdline >= need) {
        uint64_t end = info->cmdline < ram_end ? string_end(info->cmdline, ram_end) : 0;
        need = end != 0 ? end : info->cmdline + 1;
    }
    if (need <= ram_end) {
        return;
    }
    yao_arch_print("panic: too little RAM: the image and its command line need it up to ");
    yao_arch_print_hex(need, 1);
    yao_arch_print(", RAM ends at ");
    yao_arch_print_hex(ram_end, 1);
    yao_arch_print(" (QEMU: -m ");
    yao_arch_print_dec((need + 1023) / 1024);
    yao_arch_print("K or more)\n");
    yao_arch_exit_panicked();
}

_Noreturn void yao_arch_main(uint32_t magic, uint64_t mbinfo) {
    yao_arch_console_init();    /* COM1: from here on, failures can be reported */
    if (magic != YAO_MULTIBOOT_BOOTLOADER_MAGIC || mbinfo == 0) {
        yao_arch_panic("not started by a multiboot v1 loader (bad magic in EAX at entry)");
    }
    check_ram_holds_image((const struct yao_multiboot_info *)(uintptr_t)mbinfo);
    yao_arch_tss_init();        /* own stacks for double fault, NMI, machine check */
    yao_arch_idt_init();        /* CPU exceptions report and exit YAO_PANIC_STATUS */
    yao_arch_paging_init();     /* page 0 and the stack guard page unmapped */
    yao_start();                /* module initializers, then the kernel's main */
    yao_arch_exit(0);
}
