/*
 * console.c: the early and panic console, a polled 16550 UART on COM1. main.c initializes it
 * first thing so that everything after can report; fault.c and exit.c print through it. The
 * kernel's real console driver is TypeScript; this one exists for the time before it runs
 * and for when it can no longer be trusted.
 *
 * Register offsets and bits: National Semiconductor PC16550D datasheet, Table II (register
 * addresses) and section 8 (register descriptions).
 */
#include "internal.h"

#define COM1_BASE 0x3F8          /* the PC's first serial port */

#define UART_THR 0               /* transmitter holding register (write, DLAB = 0) */
#define UART_DLL 0               /* divisor latch, low byte (DLAB = 1) */
#define UART_IER 1               /* interrupt enable (DLAB = 0) */
#define UART_DLM 1               /* divisor latch, high byte (DLAB = 1) */
#define UART_FCR 2               /* FIFO control (write) */
#define UART_LCR 3               /* line control */
#define UART_MCR 4               /* modem control */
#define UART_LSR 5               /* line status */

#define LCR_8N1 0x03             /* 8 data bits, no parity, 1 stop bit */
#define LCR_DLAB 0x80            /* divisor latch access */
#define FCR_ENABLE_CLEAR 0x07    /* FIFOs on, both reset */
#define MCR_DTR_RTS 0x03
#define LSR_THRE 0x20            /* transmitter holding register empty */
#define DIVISOR_115200 1         /* 1.8432 MHz clock / (16 * 115200) */

void yao_arch_console_init(void) {
    yao_outb(COM1_BASE + UART_IER, 0x00);           /* polled: no UART interrupts */
    yao_outb(COM1_BASE + UART_LCR, LCR_DLAB);
    yao_outb(COM1_BASE + UART_DLL, DIVISOR_115200 & 0xFF);
    yao_outb(COM1_BASE + UART_DLM, DIVISOR_115200 >> 8);
    yao_outb(COM1_BASE + UART_LCR, LCR_8N1);
    yao_outb(COM1_BASE + UART_FCR, FCR_ENABLE_CLEAR);
    yao_outb(COM1_BASE + UART_MCR, MCR_DTR_RTS);
}

static void put_byte(uint8_t c) {
    while ((yao_inb(COM1_BASE + UART_LSR) & LSR_THRE) == 0) {
        yao_pause();
    }
    yao_outb(COM1_BASE + UART_THR, c);
}

void yao_arch_console_write(const uint8_t *buf, size_t len) {
    for (size_t i = 0; i < len; i++) {
        put_byte(buf[i]);
    }
}

void yao_arch_print(const char *s) {
    while (*s != '\0') {
        put_byte((uint8_t)*s++);
    }
}

void yao_arch_print_hex(uint64_t v, int digits) {
    char buf[16];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[v & 0xF];
        v >>= 4;
    } while (v != 0);
    while (n < digits && n < 16) {
        buf[n++] = '0';
    }
    yao_arch_print("0x");
    while (n > 0) {
        put_byte((uint8_t)buf[--n]);
    }
}

void yao_arch_print_dec(uint64_t v) {
    char buf[20];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0) {
        put_byte((uint8_t)buf[--n]);
    }
}
