/*
 * string.c: memcpy, memmove, memset and memcmp for the freestanding image. gcc emits calls to
 * these even with -ffreestanding (struct copies, large initializers), and there is no libc.
 * They are weak, so a runtime that brings its own wins at link time. `rep movsb`/`rep stosb`
 * rather than loops, which gcc could otherwise turn back into calls to these very functions.
 */
#include <stddef.h>
#include <stdint.h>

__attribute__((weak)) void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
    void *d = dst;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(src), "+c"(n) : : "memory");
    return dst;
}

__attribute__((weak)) void *memmove(void *dst, const void *src, size_t n) {
    if ((uintptr_t)dst - (uintptr_t)src >= n) {    /* no overlap that forward copying hurts */
        return memcpy(dst, src, n);
    }
    unsigned char *d = (unsigned char *)dst + n - 1;
    const unsigned char *s = (const unsigned char *)src + n - 1;
    __asm__ volatile("std\n\trep movsb\n\tcld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return dst;
}

__attribute__((weak)) void *memset(void *dst, int c, size_t n) {
    void *d = dst;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return dst;
}

__attribute__((weak)) int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a;
    const unsigned char *q = b;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != q[i]) {
            return p[i] < q[i] ? -1 : 1;
        }
    }
    return 0;
}
