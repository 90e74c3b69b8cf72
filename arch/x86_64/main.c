/*
 * main.c: yao_arch_main, where boot.S lands in long mode with SSE on and the boot stack set.
 * It reads like the table of contents of arch setup, then runs the program.
 */
#include "internal.h"
#include "multiboot.h"

_Noreturn void yao_arch_main(uint32_t magic, uint64_t mbinfo) {
    yao_arch_console_init();    /* COM1: from here on, failures can be reported */
    yao_arch_tss_init();        /* own stacks for double fault, NMI, machine check */
    yao_arch_idt_init();        /* CPU exceptions report and exit YAO_PANIC_STATUS */
    yao_arch_paging_init();     /* page 0 and the stack guard page unmapped */
    if (magic != YAO_MULTIBOOT_BOOTLOADER_MAGIC || mbinfo == 0) {
        yao_arch_panic("not started by a multiboot v1 loader (bad magic in EAX at entry)");
    }
    yao_start();                /* module initializers, then the kernel's main */
    yao_arch_exit(0);
}
