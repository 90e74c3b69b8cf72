/*
 * exit.c: ending the machine with a status the host can read (README.md, "Exit status").
 * yao_arch_main calls yao_arch_exit(0) when the program returns; the program calls
 * yao_arch_exit/yao_arch_panic itself; fault.c uses yao_arch_exit_panicked after a report.
 *
 * Status 0 powers off through ACPI, so a plain `qemu-system-x86_64 -kernel x.elf` exits 0.
 * Other statuses go through QEMU's isa-debug-exit device, which makes QEMU exit with
 * (value << 1) | 1: it cannot produce an even status, so 0 could not go this way.
 */
#include "internal.h"

/* QEMU's `pc` machine: SeaBIOS programs the PIIX4 power-management base (PMBA, function 3
   config offset 40h in the PIIX4 datasheet) to 0x600; the PM1a control register (PMCNTRL)
   is at PMBA + 04h. ACPI 6.5, 4.8.3.2.1: SLP_EN is bit 13, SLP_TYP bits 10..12; QEMU's DSDT
   declares \_S5 with SLP_TYP 0. */
#define PIIX4_PM1A_CNT 0x604
#define PM1_CNT_SLP_EN (1u << 13)
#define QEMU_S5_SLP_TYP 0u

/* -device isa-debug-exit,iobase=0xf4,iosize=4 (tools/qemu/run.ts passes it). */
#define ISA_DEBUG_EXIT_PORT 0xF4

static _Noreturn void halt_forever(void) {
    for (;;) {
        yao_cli();
        yao_hlt();
    }
}

/* QEMU acts on a shutdown request from its main loop, so the CPU runs on for a moment. */
#define SHUTDOWN_GRACE_TSC_TICKS (1ull << 31)

static _Noreturn void power_off(void) {
    yao_outw(PIIX4_PM1A_CNT, (uint16_t)(PM1_CNT_SLP_EN | (QEMU_S5_SLP_TYP << 10)));
    uint64_t start = yao_rdtsc();
    while (yao_rdtsc() - start < SHUTDOWN_GRACE_TSC_TICKS) {
        yao_pause();
    }
    yao_arch_print("yao: ACPI poweroff did not stop the machine (not QEMU's pc machine?); halting\n");
    halt_forever();
}

static _Noreturn void debug_exit(uint32_t status) {
    yao_outl(ISA_DEBUG_EXIT_PORT, status);
    yao_arch_print("yao: exit status ");
    yao_arch_print_dec(status);
    yao_arch_print(", but there is no isa-debug-exit device at 0xf4; halting\n");
    halt_forever();
}

_Noreturn void yao_arch_exit(int status) {
    if (status == 0) {
        power_off();
    }
    if (status < 1 || status > YAO_EXIT_STATUS_MAX) {
        yao_arch_print("yao: exit status ");
        if (status < 0) {
            yao_arch_print("-");
            yao_arch_print_dec((uint64_t)0 - (uint64_t)(int64_t)status);
        } else {
            yao_arch_print_dec((uint64_t)status);
        }
        yao_arch_print(" does not fit in 1..126; exiting with 126\n");
        status = YAO_EXIT_STATUS_MAX;
    }
    debug_exit((uint32_t)status);
}

_Noreturn void yao_arch_exit_panicked(void) {
    debug_exit(YAO_PANIC_STATUS);
}

_Noreturn void yao_arch_panic(const char *msg) {
    yao_arch_print("panic: ");
    yao_arch_print(msg);
    yao_arch_print("\n");
    yao_arch_exit_panicked();
}
