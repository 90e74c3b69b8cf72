/*
 * pthread_pingpong.c: the host half of the scheduler benchmark (bench/sched/run.ts compiles and
 * runs it in the same run as the QEMU half). Linux threads passing a token through a futex, both
 * pinned to one CPU (every pass is a real context switch, as in yao's single CPU) and on two
 * CPUs; sched_yield between two threads on one CPU; pthread_create + join. Prints
 * `bench <name> <value> <unit>` lines, times in host TSC cycles and nanoseconds.
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#define ROUNDS 100000
#define YIELDS 200000
#define CREATES 2000

static atomic_int turn;   /* 0: ping's move, 1: pong's move */
static int pin_both = -1; /* CPU to pin both threads to, or -1 */

static void futex_wait(atomic_int *addr, int value) {
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, value, NULL, NULL, 0);
}

static void futex_wake(atomic_int *addr) {
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static void pin(int cpu) {
    if (cpu < 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

static void pass(int mine, int theirs) {
    while (atomic_load(&turn) != mine) futex_wait(&turn, theirs);
    atomic_store(&turn, theirs);
    futex_wake(&turn);
}

static void *pong(void *arg) {
    (void)arg;
    pin(pin_both);
    for (int i = 0; i < ROUNDS; i++) pass(1, 0);
    return NULL;
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void report(const char *name, double value, const char *unit) {
    printf("bench %s %.1f %s\n", name, value, unit);
}

static double tsc_per_ns(void) {
    double t0 = now_ns();
    uint64_t c0 = __rdtsc();
    while (now_ns() - t0 < 100e6) {}
    return (double)(__rdtsc() - c0) / (now_ns() - t0);
}

static void pingpong(const char *label, int cpu, double rate) {
    pin_both = cpu;
    atomic_store(&turn, 0);
    pthread_t t;
    pthread_create(&t, NULL, pong, NULL);
    pin(cpu);
    double t0 = now_ns();
    uint64_t c0 = __rdtsc();
    for (int i = 0; i < ROUNDS; i++) pass(0, 1);
    uint64_t cycles = __rdtsc() - c0;
    double ns = now_ns() - t0;
    pthread_join(t, NULL);
    char name[64];
    snprintf(name, sizeof name, "pingpong_futex_%s_cycles", label);
    report(name, (double)cycles / ROUNDS, "cycles/round-trip");
    snprintf(name, sizeof name, "pingpong_futex_%s_ns", label);
    report(name, ns / ROUNDS, "ns/round-trip");
    (void)rate;
}

static void *yielder(void *arg) {
    pin(*(int *)arg);
    for (int i = 0; i < YIELDS; i++) sched_yield();
    return NULL;
}

static void yield_switch(int cpu) {
    pthread_t a, b;
    uint64_t c0 = __rdtsc();
    double t0 = now_ns();
    pthread_create(&a, NULL, yielder, &cpu);
    pthread_create(&b, NULL, yielder, &cpu);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    report("switch_yield_cycles", (double)(__rdtsc() - c0) / (2.0 * YIELDS), "cycles/switch");
    report("switch_yield_ns", (now_ns() - t0) / (2.0 * YIELDS), "ns/switch");
}

static void *nothing(void *arg) {
    return arg;
}

static void creation(void) {
    uint64_t c0 = __rdtsc();
    double t0 = now_ns();
    for (int i = 0; i < CREATES; i++) {
        pthread_t t;
        pthread_create(&t, NULL, nothing, NULL);
        pthread_join(t, NULL);
    }
    report("create_join_cycles", (double)(__rdtsc() - c0) / CREATES, "cycles/thread");
    report("create_join_ns", (now_ns() - t0) / CREATES, "ns/thread");
}

int main(void) {
    double rate = tsc_per_ns();
    report("tsc_mhz", rate * 1000.0, "MHz");
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    pingpong("onecpu", 0, rate);
    if (cpus > 1) pingpong("twocpu", -1, rate);
    yield_switch(0);
    creation();
    return 0;
}
