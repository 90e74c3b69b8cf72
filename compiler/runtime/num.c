/* Number formatting and parsing for the yao runtime, bit-for-bit what V8 (Node 20) produces.
 * The API is in num.h; generated code calls it for String(number), toString(radix), toFixed,
 * toPrecision, toExponential, Number(string), parseFloat and parseInt.
 *
 * Freestanding C: no libc, no heap, no libm. Exact arithmetic uses a small bignum on fixed stack
 * arrays. The parts, in file order:
 *   1. bit helpers and 64x64->128 multiplication
 *   2. bignum (little-endian 32-bit limbs)
 *   3. DiyFp ("do-it-yourself floating point") and the table of cached powers of ten
 *   4. shortest digits: Grisu3 (Loitsch, "Printing Floating-Point Numbers Quickly and
 *      Accurately with Integers", PLDI 2010) with an exact bignum fallback (Steele & White /
 *      Burger & Dybvig free-format printing) for the few doubles Grisu3 cannot decide
 *   5. exact digits (every decimal digit of a double) for toFixed/toPrecision/toExponential
 *   6. the JavaScript output formats
 *   7. toString(radix), following V8's DoubleToRadixCString arithmetic step by step
 *   8. decimal to double: exact fast path (Clinger), DiyFp estimate with an error bound,
 *      bignum comparison against the halfway point when the estimate cannot decide
 *   9. the string grammars: StringToNumber, parseFloat, parseInt (ECMA-262 7.1.4.1, 19.2.4,
 *      19.2.5) with V8's arithmetic for parseInt radixes that are neither 10 nor a power of 2. */
#include "num.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- 1. bit helpers */

#define SIGNIFICAND_MASK 0x000FFFFFFFFFFFFFull
#define HIDDEN_BIT 0x0010000000000000ull /* 2^52 */
#define EXPONENT_BIAS 1075               /* biased exponent minus this = exponent of bit 0 */
#define MIN_EXPONENT (-1074)             /* exponent of bit 0 for denormals */
#define TWO_POW_53 9007199254740992.0

static uint64_t bits_of(double d) {
  union { double d; uint64_t u; } x;
  x.d = d;
  return x.u;
}

static double double_of(uint64_t u) {
  union { double d; uint64_t u; } x;
  x.u = u;
  return x.d;
}

static double infinity(void) { return double_of(0x7FF0000000000000ull); }
static double not_a_number(void) { return double_of(0x7FF8000000000000ull); }

/* Splits a finite positive double into f * 2^e with f an integer below 2^53. */
static void decompose(double v, uint64_t *f, int *e) {
  uint64_t b = bits_of(v);
  int biased = (int)((b >> 52) & 0x7FF);
  if (biased == 0) {
    *f = b & SIGNIFICAND_MASK;
    *e = MIN_EXPONENT;
  } else {
    *f = (b & SIGNIFICAND_MASK) | HIDDEN_BIT;
    *e = biased - EXPONENT_BIAS;
  }
}

/* The double m * 2^e, for m <= 2^53 when the result is exact (no rounding happens here);
 * overflow gives Infinity. */
static double compose(uint64_t m, int e) {
  if (m == 0) return 0.0;
  while (m >= (HIDDEN_BIT << 1)) {
    m >>= 1;
    e++;
  }
  while (m < HIDDEN_BIT && e > MIN_EXPONENT) {
    m <<= 1;
    e--;
  }
  if (e > 971) return infinity();
  if (m < HIDDEN_BIT) return double_of(m);
  return double_of(((uint64_t)(e + EXPONENT_BIAS) << 52) | (m & SIGNIFICAND_MASK));
}

#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 u128_t; /* GCC/Clang extension; pedantic-clean */
#endif

static int clz64(uint64_t x) {
  int n = 0;
  if (x == 0) return 64;
  while ((x & 0x8000000000000000ull) == 0) {
    x <<= 1;
    n++;
  }
  return n;
}

/* Full product of two 64-bit numbers: returns the high half, stores the low half. */
static uint64_t mul_64x64(uint64_t a, uint64_t b, uint64_t *lo) {
#ifdef __SIZEOF_INT128__
  u128_t p = (u128_t)a * b;
  *lo = (uint64_t)p;
  return (uint64_t)(p >> 64);
#else
  uint64_t a0 = (uint32_t)a, a1 = a >> 32, b0 = (uint32_t)b, b1 = b >> 32;
  uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
  *lo = (mid << 32) | (uint32_t)p00;
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
#endif
}

static const uint64_t POW10_U64[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull, 10000000000000000000ull};

/* Powers of ten that are exact doubles (10^22 < 2^53 * 2^22 is the last, 5^22 < 2^53). */
static const double POW10_EXACT[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Writes the decimal digits of v (no sign) at out, returns how many. */
static int put_u64(char *out, uint64_t v) {
  char tmp[20];
  int n = 0, i;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  for (i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
  return n;
}

/* ---------------------------------------------------------------- 2. bignum */

/* 96 limbs = 3072 bits. The largest numbers built are about 2700 bits: a 801-digit decimal
 * compared against a halfway point times 5^1124 (section 8), and 2^53 * 5^1074 (section 5). */
#define BIG_LIMBS 96

typedef struct {
  uint32_t d[BIG_LIMBS]; /* d[0] least significant */
  int n;                 /* limbs in use; d[n-1] != 0, n == 0 for zero */
} big_t;

static void big_push(big_t *b, uint32_t limb) {
  if (b->n >= BIG_LIMBS) __builtin_trap(); /* unreachable: sizes are bounded above */
  b->d[b->n++] = limb;
}

static void big_trim(big_t *b) {
  while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
}

static void big_set_u64(big_t *b, uint64_t v) {
  b->n = 0;
  while (v != 0) {
    big_push(b, (uint32_t)v);
    v >>= 32;
  }
}

/* b = b * m + add */
static void big_mul_add_small(big_t *b, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  int i;
  for (i = 0; i < b->n; i++) {
    uint64_t t = (uint64_t)b->d[i] * m + carry;
    b->d[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry != 0) big_push(b, (uint32_t)carry);
}

static void big_shift_left(big_t *b, int bits) {
  int limbs = bits / 32, s = bits % 32, i;
  if (b->n == 0 || bits == 0) return;
  if (b->n + limbs + 1 > BIG_LIMBS) __builtin_trap();
  b->d[b->n + limbs] = 0;
  for (i = b->n - 1; i >= 0; i--) {
    uint64_t w = (uint64_t)b->d[i] << s;
    b->d[i + limbs + 1] |= (uint32_t)(w >> 32);
    b->d[i + limbs] = (uint32_t)w;
  }
  for (i = 0; i < limbs; i++) b->d[i] = 0;
  b->n += limbs + 1;
  big_trim(b);
}

static void big_mul_pow5(big_t *b, int k) {
  static const uint32_t POW5[14] = {1,      5,       25,       125,       625,
                                    3125,   15625,   78125,    390625,    1953125,
                                    9765625, 48828125, 244140625, 1220703125};
  while (k >= 13) {
    big_mul_add_small(b, POW5[13], 0);
    k -= 13;
  }
  if (k > 0) big_mul_add_small(b, POW5[k], 0);
}

static void big_mul_pow10(big_t *b, int k) {
  big_mul_pow5(b, k);
  big_shift_left(b, k);
}

static int big_compare(const big_t *a, const big_t *b) {
  int i;
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (i = a->n - 1; i >= 0; i--) {
    if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
  }
  return 0;
}

/* Compares a + b with c. */
static int big_plus_compare(const big_t *a, const big_t *b, const big_t *c) {
  big_t sum;
  uint64_t carry = 0;
  int n = a->n > b->n ? a->n : b->n, i;
  sum.n = 0;
  for (i = 0; i < n; i++) {
    uint64_t t = carry;
    if (i < a->n) t += a->d[i];
    if (i < b->n) t += b->d[i];
    big_push(&sum, (uint32_t)t);
    carry = t >> 32;
  }
  if (carry != 0) big_push(&sum, (uint32_t)carry);
  big_trim(&sum);
  return big_compare(&sum, c);
}

/* a -= b, for a >= b. */
static void big_subtract(big_t *a, const big_t *b) {
  int64_t borrow = 0;
  int i;
  for (i = 0; i < a->n; i++) {
    int64_t t = (int64_t)a->d[i] - borrow - (i < b->n ? (int64_t)b->d[i] : 0);
    borrow = t < 0;
    a->d[i] = (uint32_t)(t + (borrow << 32));
  }
  big_trim(a);
}

/* b = b / v, returns b % v. */
static uint32_t big_divmod_small(big_t *b, uint32_t v) {
  uint64_t rem = 0;
  int i;
  for (i = b->n - 1; i >= 0; i--) {
    uint64_t cur = (rem << 32) | b->d[i];
    b->d[i] = (uint32_t)(cur / v);
    rem = cur % v;
  }
  big_trim(b);
  return (uint32_t)rem;
}

/* The quotient digit floor(r / s) for r < 10 s; leaves the remainder in r. */
static int big_digit(big_t *r, const big_t *s) {
  int d = 0;
  while (big_compare(r, s) >= 0) {
    big_subtract(r, s);
    d++;
  }
  return d;
}

/* b = the decimal number written by digits[0..n). */
static void big_set_digits(big_t *b, const char *digits, int n) {
  int i = 0;
  b->n = 0;
  while (i < n) {
    int chunk = n - i < 9 ? n - i : 9, j;
    uint32_t v = 0;
    for (j = 0; j < chunk; j++) v = v * 10 + (uint32_t)(digits[i + j] - '0');
    big_mul_add_small(b, (uint32_t)POW10_U64[chunk], v);
    i += chunk;
  }
}

/* ---------------------------------------------------------------- 3. DiyFp and cached powers */

typedef struct {
  uint64_t f;
  int e; /* value = f * 2^e */
} diyfp_t;

/* 10^k for k = -348, -340, ..., 340: the 64-bit significand rounded to nearest and its binary
 * exponent, 10^k ~= f * 2^e with 2^63 <= f < 2^64. Computed exactly with BigInt by
 * num.test.ts, which also checks this table. */
static const diyfp_t CACHED_POWERS[87] = {
    {0xfa8fd5a0081c0288ull, -1220},
    {0xbaaee17fa23ebf76ull, -1193},
    {0x8b16fb203055ac76ull, -1166},
    {0xcf42894a5dce35eaull, -1140},
    {0x9a6bb0aa55653b2dull, -1113},
    {0xe61acf033d1a45dfull, -1087},
    {0xab70fe17c79ac6caull, -1060},
    {0xff77b1fcbebcdc4full, -1034},
    {0xbe5691ef416bd60cull, -1007},
    {0x8dd01fad907ffc3cull, -980},
    {0xd3515c2831559a83ull, -954},
    {0x9d71ac8fada6c9b5ull, -927},
    {0xea9c227723ee8bcbull, -901},
    {0xaecc49914078536dull, -874},
    {0x823c12795db6ce57ull, -847},
    {0xc21094364dfb5637ull, -821},
    {0x9096ea6f3848984full, -794},
    {0xd77485cb25823ac7ull, -768},
    {0xa086cfcd97bf97f4ull, -741},
    {0xef340a98172aace5ull, -715},
    {0xb23867fb2a35b28eull, -688},
    {0x84c8d4dfd2c63f3bull, -661},
    {0xc5dd44271ad3cdbaull, -635},
    {0x936b9fcebb25c996ull, -608},
    {0xdbac6c247d62a584ull, -582},
    {0xa3ab66580d5fdaf6ull, -555},
    {0xf3e2f893dec3f126ull, -529},
    {0xb5b5ada8aaff80b8ull, -502},
    {0x87625f056c7c4a8bull, -475},
    {0xc9bcff6034c13053ull, -449},
    {0x964e858c91ba2655ull, -422},
    {0xdff9772470297ebdull, -396},
    {0xa6dfbd9fb8e5b88full, -369},
    {0xf8a95fcf88747d94ull, -343},
    {0xb94470938fa89bcfull, -316},
    {0x8a08f0f8bf0f156bull, -289},
    {0xcdb02555653131b6ull, -263},
    {0x993fe2c6d07b7facull, -236},
    {0xe45c10c42a2b3b06ull, -210},
    {0xaa242499697392d3ull, -183},
    {0xfd87b5f28300ca0eull, -157},
    {0xbce5086492111aebull, -130},
    {0x8cbccc096f5088ccull, -103},
    {0xd1b71758e219652cull, -77},
    {0x9c40000000000000ull, -50},
    {0xe8d4a51000000000ull, -24},
    {0xad78ebc5ac620000ull, 3},
    {0x813f3978f8940984ull, 30},
    {0xc097ce7bc90715b3ull, 56},
    {0x8f7e32ce7bea5c70ull, 83},
    {0xd5d238a4abe98068ull, 109},
    {0x9f4f2726179a2245ull, 136},
    {0xed63a231d4c4fb27ull, 162},
    {0xb0de65388cc8ada8ull, 189},
    {0x83c7088e1aab65dbull, 216},
    {0xc45d1df942711d9aull, 242},
    {0x924d692ca61be758ull, 269},
    {0xda01ee641a708deaull, 295},
    {0xa26da3999aef774aull, 322},
    {0xf209787bb47d6b85ull, 348},
    {0xb454e4a179dd1877ull, 375},
    {0x865b86925b9bc5c2ull, 402},
    {0xc83553c5c8965d3dull, 428},
    {0x952ab45cfa97a0b3ull, 455},
    {0xde469fbd99a05fe3ull, 481},
    {0xa59bc234db398c25ull, 508},
    {0xf6c69a72a3989f5cull, 534},
    {0xb7dcbf5354e9beceull, 561},
    {0x88fcf317f22241e2ull, 588},
    {0xcc20ce9bd35c78a5ull, 614},
    {0x98165af37b2153dfull, 641},
    {0xe2a0b5dc971f303aull, 667},
    {0xa8d9d1535ce3b396ull, 694},
    {0xfb9b7cd9a4a7443cull, 720},
    {0xbb764c4ca7a44410ull, 747},
    {0x8bab8eefb6409c1aull, 774},
    {0xd01fef10a657842cull, 800},
    {0x9b10a4e5e9913129ull, 827},
    {0xe7109bfba19c0c9dull, 853},
    {0xac2820d9623bf429ull, 880},
    {0x80444b5e7aa7cf85ull, 907},
    {0xbf21e44003acdd2dull, 933},
    {0x8e679c2f5e44ff8full, 960},
    {0xd433179d9c8cb841ull, 986},
    {0x9e19db92b4e31ba9ull, 1013},
    {0xeb96bf6ebadf77d9ull, 1039},
    {0xaf87023b9bf0ee6bull, 1066},
};
#define CACHED_POWER_MIN_K (-348)
#define CACHED_POWER_STEP 8

static diyfp_t diy_normalize(diyfp_t x) {
  int s = clz64(x.f);
  x.f <<= s;
  x.e -= s;
  return x;
}

/* The upper 64 bits of the product, rounded half up. Error below 1 ulp when one factor is
 * exact and the other a cached power (itself within 1/2 ulp). */
static diyfp_t diy_multiply(diyfp_t a, diyfp_t b) {
  uint64_t lo, hi = mul_64x64(a.f, b.f, &lo);
  diyfp_t r;
  r.f = hi + (lo >> 63); /* cannot overflow: hi <= 2^64 - 2 */
  r.e = a.e + b.e + 64;
  return r;
}

/* ---------------------------------------------------------------- 4. shortest digits */

/* No double needs more than 17 significant digits to round-trip. */
#define SHORTEST_MAX 17

/* Grisu's exponent window for the scaled values: the binary point sits 32..60 bits up, so the
 * integer part fits 32 bits and ten times the fraction fits 64 bits. */
#define GRISU_ALPHA (-60)
#define GRISU_GAMMA (-32)

/* Picks the cached power c ~= 10^k that brings a normalized DiyFp with exponent e into the
 * window; returns k. */
static int cached_power_for(int e, diyfp_t *c) {
  int i = (((-61 - e) * 1233) / 4096 - CACHED_POWER_MIN_K) / CACHED_POWER_STEP;
  if (i < 0) i = 0;
  if (i > 86) i = 86;
  while (i < 86 && e + CACHED_POWERS[i].e + 64 < GRISU_ALPHA) i++;
  while (i > 0 && e + CACHED_POWERS[i - 1].e + 64 >= GRISU_ALPHA) i--;
  *c = CACHED_POWERS[i];
  return CACHED_POWER_MIN_K + CACHED_POWER_STEP * i;
}

/* Grisu3's final step. The digits in buf are the largest candidate not above too_high; rest is
 * too_high minus that candidate, ten_kappa the weight of its last digit, unit the error bound of
 * the scaled values (all in the same units). Lowers the last digit while that brings the
 * candidate strictly closer to w + unit, then gives up unless the candidate is also the closest
 * one for w - unit (so it is the closest for the true value, wherever it lies) and lies in the
 * safe interval [w- + unit, w+ - unit], which is inside the true rounding interval. */
static bool grisu_round_weed(char *buf, int n, uint64_t dist_high_w, uint64_t unsafe,
                             uint64_t rest, uint64_t ten_kappa, uint64_t unit) {
  uint64_t near = dist_high_w - unit; /* too_high - (w + unit) */
  uint64_t far = dist_high_w + unit;  /* too_high - (w - unit) */
  while (rest < near && unsafe - rest > ten_kappa &&
         (rest + ten_kappa <= near || rest + ten_kappa - near < near - rest)) {
    buf[n - 1]--;
    rest += ten_kappa;
  }
  if (rest < far && unsafe - rest > ten_kappa &&
      (rest + ten_kappa <= far || rest + ten_kappa - far <= far - rest)) {
    return false;
  }
  return rest >= 2 * unit && unsafe - rest >= 2 * unit;
}

/* Number of decimal digits of p (p >= 1) and 10^(that - 1). */
static int decimal_length(uint32_t p, uint32_t *divisor) {
  int k = 1;
  uint32_t d = 1;
  while (k < 10 && p >= d * 10) {
    d *= 10;
    k++;
  }
  *divisor = d;
  return k;
}

/* Grisu3 digit generation on the scaled boundaries. Returns false when it cannot prove the
 * result shortest and closest; v = 0.buf * 10^(*point) otherwise. */
static bool grisu_digits(diyfp_t low, diyfp_t w, diyfp_t high, int k, char *buf, int *len,
                         int *point) {
  uint64_t unit = 1;
  uint64_t too_low = low.f - unit, too_high = high.f + unit;
  uint64_t unsafe = too_high - too_low;
  int shift = -w.e;
  uint64_t one = 1ull << shift, mask = one - 1;
  uint32_t p1 = (uint32_t)(too_high >> shift), divisor;
  uint64_t p2 = too_high & mask;
  int kappa = decimal_length(p1, &divisor), n = 0;
  while (kappa > 0) {
    uint64_t rest;
    buf[n++] = (char)('0' + p1 / divisor);
    p1 %= divisor;
    kappa--;
    rest = ((uint64_t)p1 << shift) + p2;
    if (rest < unsafe) {
      *len = n;
      *point = n + kappa - k;
      return grisu_round_weed(buf, n, too_high - w.f, unsafe, rest,
                              (uint64_t)divisor << shift, unit);
    }
    divisor /= 10;
  }
  while (n < SHORTEST_MAX) {
    p2 *= 10;
    unit *= 10;
    unsafe *= 10;
    buf[n++] = (char)('0' + (p2 >> shift));
    p2 &= mask;
    kappa--;
    if (p2 < unsafe) {
      *len = n;
      *point = n + kappa - k;
      return grisu_round_weed(buf, n, (too_high - w.f) * unit, unsafe, p2, one, unit);
    }
  }
  return false;
}

/* Grisu3 for v = f * 2^e. The rounding interval reaches halfway to the neighbours; the lower
 * neighbour is twice as close when f is a bare power of two above the smallest exponent. */
static bool grisu3(uint64_t f, int e, bool lower_closer, char *buf, int *len, int *point) {
  diyfp_t w, plus, minus, c;
  int k;
  w.f = f;
  w.e = e;
  w = diy_normalize(w);
  plus.f = (f << 1) + 1;
  plus.e = e - 1;
  plus = diy_normalize(plus); /* same exponent as w */
  if (lower_closer) {
    minus.f = (f << 2) - 1;
    minus.e = e - 2;
  } else {
    minus.f = (f << 1) - 1;
    minus.e = e - 1;
  }
  minus.f <<= minus.e - plus.e;
  minus.e = plus.e;
  k = cached_power_for(w.e, &c);
  if (w.e + c.e + 64 < GRISU_ALPHA || w.e + c.e + 64 > GRISU_GAMMA) return false;
  return grisu_digits(diy_multiply(minus, c), diy_multiply(w, c), diy_multiply(plus, c), k,
                      buf, len, point);
}

/* Exact shortest digits (Steele & White's free-format algorithm as Burger & Dybvig state it):
 * v = r/s, and m+/s, m-/s are the distances to the ends of the rounding interval, which are
 * included when f is even (round-half-even reads them back as v). Among the shortest
 * candidates the closest wins; an exact tie takes the even digit, as V8's bignum-dtoa does. */
static int shortest_bignum(uint64_t f, int e, bool lower_closer, char *buf, int *point) {
  big_t r, s, mp, mm;
  bool even = (f & 1) == 0;
  int k, n = 0, log2v = e + 63 - clz64(f);
  big_set_u64(&r, f);
  big_set_u64(&s, 1);
  big_set_u64(&mp, 1);
  big_set_u64(&mm, 1);
  if (e >= 0) {
    big_shift_left(&r, e + (lower_closer ? 2 : 1));
    big_shift_left(&s, lower_closer ? 2 : 1);
    big_shift_left(&mp, e + (lower_closer ? 1 : 0));
    big_shift_left(&mm, e);
  } else {
    big_shift_left(&r, lower_closer ? 2 : 1);
    big_shift_left(&s, (lower_closer ? 2 : 1) - e);
    big_shift_left(&mp, lower_closer ? 1 : 0);
  }
  /* 1233/4096 is just below log10(2); minus 2 keeps the estimate under the true exponent,
   * and the loop below raises it. */
  k = (log2v * 1233) / 4096 - 2;
  if (k >= 0) {
    big_mul_pow10(&s, k);
  } else {
    big_mul_pow10(&r, -k);
    big_mul_pow10(&mp, -k);
    big_mul_pow10(&mm, -k);
  }
  while (big_plus_compare(&r, &mp, &s) >= (even ? 0 : 1)) {
    big_mul_add_small(&s, 10, 0);
    k++;
  }
  for (;;) {
    int d, low, high;
    big_mul_add_small(&r, 10, 0);
    big_mul_add_small(&mp, 10, 0);
    big_mul_add_small(&mm, 10, 0);
    d = big_digit(&r, &s);
    low = big_compare(&r, &mm);
    low = even ? low <= 0 : low < 0;
    high = big_plus_compare(&r, &mp, &s);
    high = even ? high >= 0 : high > 0;
    if (!low && !high) {
      buf[n++] = (char)('0' + d);
      continue;
    }
    if (low && high) {
      int half = big_plus_compare(&r, &r, &s);
      if (half > 0 || (half == 0 && (d & 1) != 0)) d++;
    } else if (high) {
      d++;
    }
    buf[n++] = (char)('0' + d);
    break;
  }
  *point = k;
  return n;
}

/* v = f * 2^e is an integer below 2^53: its digits are the shortest (the neighbours are at
 * most 1 away, so no shorter decimal rounds to v). */
static bool small_integer(uint64_t f, int e, uint64_t *u) {
  if (e > 0 || e < -52) return false;
  if (e < 0 && (f & ((1ull << -e) - 1)) != 0) return false;
  *u = f >> -e;
  return true;
}

/* Shortest round-trip digits of a finite v > 0: v ~= 0.buf * 10^(*point). Returns the count. */
static int shortest_digits(double v, char *buf, int *point) {
  uint64_t f, u;
  int e, n;
  bool lower_closer;
  decompose(v, &f, &e);
  if (small_integer(f, e, &u)) {
    n = put_u64(buf, u);
    *point = n;
    while (buf[n - 1] == '0') n--;
    return n;
  }
  lower_closer = f == HIDDEN_BIT && e > MIN_EXPONENT;
  if (grisu3(f, e, lower_closer, buf, &n, point)) return n;
  return shortest_bignum(f, e, lower_closer, buf, point);
}

/* ---------------------------------------------------------------- 5. exact digits */

/* Every double is a finite decimal; the longest, (2^53 - 1) * 2^-1074, has 767 digits. */
#define EXACT_MAX 800

/* Decimal digits of b (b > 0), destroying b. */
static int big_to_decimal(big_t *b, char *buf) {
  uint32_t chunks[EXACT_MAX / 9 + 2];
  int count = 0, n, i, j;
  while (b->n > 0) {
    if (count >= EXACT_MAX / 9 + 2) __builtin_trap();
    chunks[count++] = big_divmod_small(b, 1000000000u);
  }
  n = put_u64(buf, chunks[count - 1]);
  for (i = count - 2; i >= 0; i--) {
    uint32_t c = chunks[i];
    for (j = 8; j >= 0; j--) {
      buf[n + j] = (char)('0' + c % 10);
      c /= 10;
    }
    n += 9;
  }
  return n;
}

/* All digits of a finite v > 0: v = 0.buf * 10^(*point) exactly. Returns the count. */
static int exact_digits(double v, char *buf, int *point) {
  uint64_t f;
  int e, n;
  big_t b;
  decompose(v, &f, &e);
  while ((f & 1) == 0 && e < 0) {
    f >>= 1;
    e++;
  }
  if (e >= 0 && e <= clz64(f)) {
    n = put_u64(buf, f << e);
    *point = n;
    return n;
  }
  big_set_u64(&b, f);
  if (e >= 0) {
    big_shift_left(&b, e);
    n = big_to_decimal(&b, buf);
    *point = n;
  } else {
    big_mul_pow5(&b, -e); /* f * 2^e = f * 5^-e / 10^-e */
    n = big_to_decimal(&b, buf);
    *point = n + e;
  }
  return n;
}

/* toFixed's digits straight from 128-bit integer arithmetic, for the usual case: v below 2^52
 * with a fraction, digits <= 19 and v * 10^digits below 2^64. Then v * 10^digits =
 * f * 5^digits / 2^s exactly, and toFixed wants that rounded half up. False when the case is
 * not covered (exact_digits handles everything). */
static bool fixed_digits_fast(double v, int digits, char *buf, int *n, int *point) {
#ifdef __SIZEOF_INT128__
  uint64_t f;
  int e, s;
  u128_t x, q;
  if (digits > 19) return false;
  decompose(v, &f, &e);
  if (e >= 0) return false;
  s = -e - digits;
  x = (u128_t)f * (POW10_U64[digits] >> digits); /* below 2^53 * 5^19 < 2^98 */
  if (s <= 0) {
    if (s < -29) return false;
    q = x << -s;
  } else if (s >= 99) {
    q = 0; /* below 1/2 */
  } else {
    u128_t one = 1;
    q = x >> s;
    if ((x & ((one << s) - 1)) >= (one << (s - 1))) q++;
  }
  if ((q >> 64) != 0) return false;
  *n = q == 0 ? 0 : put_u64(buf, (uint64_t)q);
  *point = *n - digits;
  return true;
#else
  (void)v, (void)digits, (void)buf, (void)n, (void)point;
  return false;
#endif
}

/* Keeps the first `keep` digits of buf[0..n), rounding half up (what toFixed, toPrecision and
 * toExponential ask for). A carry out of the first digit leaves "1" and raises *point.
 * Returns the new count; 0 when everything rounded away. */
static int round_half_up(char *buf, int n, int keep, int *point) {
  int i;
  if (keep >= n) return n;
  if (keep < 0) return 0;
  if (buf[keep] < '5') return keep;
  for (i = keep - 1; i >= 0; i--) {
    if (buf[i] != '9') {
      buf[i]++;
      return keep;
    }
    buf[i] = '0';
  }
  buf[0] = '1';
  (*point)++;
  return 1;
}

/* ---------------------------------------------------------------- 6. output formats */

static int put_text(char *out, int pos, const char *s) {
  while (*s != 0) out[pos++] = *s++;
  return pos;
}

static int put_zeros(char *out, int pos, int count) {
  while (count-- > 0) out[pos++] = '0';
  return pos;
}

/* Digit i of 0.buf[0..n), '0' beyond the end. */
static char digit_at(const char *buf, int n, int i) { return i >= 0 && i < n ? buf[i] : '0'; }

static int put_exponent(char *out, int pos, int exponent) {
  out[pos++] = 'e';
  out[pos++] = exponent < 0 ? '-' : '+';
  return pos + put_u64(out + pos, (uint64_t)(exponent < 0 ? -exponent : exponent));
}

static int finish(char *out, int pos) {
  out[pos] = 0;
  return pos;
}

/* "NaN", "Infinity", "-Infinity" or "0" (for ±0): every format prints these the same way
 * (toFixed and friends print zero differently, so they call this only for non-finite v). */
static bool put_special(double v, char *out, int *len) {
  if (v != v) {
    *len = finish(out, put_text(out, 0, "NaN"));
  } else if (v == infinity()) {
    *len = finish(out, put_text(out, 0, "Infinity"));
  } else if (v == -infinity()) {
    *len = finish(out, put_text(out, 0, "-Infinity"));
  } else if (v == 0) {
    *len = finish(out, put_text(out, 0, "0"));
  } else {
    return false;
  }
  return true;
}

/* d1 [. d2..dn, zero-padded to `fraction` digits] e±exponent */
static int put_exponential(char *out, int pos, const char *buf, int n, int fraction,
                           int exponent) {
  int i;
  out[pos++] = buf[0];
  if (fraction > 0) {
    out[pos++] = '.';
    for (i = 1; i <= fraction; i++) out[pos++] = digit_at(buf, n, i);
  }
  return put_exponent(out, pos, exponent);
}

/* Number::toString(10) layout of 0.buf * 10^point (ECMA-262 6.1.6.1.20). */
static int put_shortest(char *out, int pos, const char *buf, int n, int point) {
  int i;
  if (n <= point && point <= 21) {
    for (i = 0; i < n; i++) out[pos++] = buf[i];
    return put_zeros(out, pos, point - n);
  }
  if (0 < point && point <= 21) {
    for (i = 0; i < n; i++) {
      if (i == point) out[pos++] = '.';
      out[pos++] = buf[i];
    }
    return pos;
  }
  if (-6 < point && point <= 0) {
    pos = put_text(out, pos, "0.");
    pos = put_zeros(out, pos, -point);
    for (i = 0; i < n; i++) out[pos++] = buf[i];
    return pos;
  }
  return put_exponential(out, pos, buf, n, n - 1, point - 1);
}

/* A nonzero integer below 2^53 in magnitude prints as its plain digits (Number::toString puts
 * every integer below 10^21 that way): counters, sizes and most printed numbers skip the
 * shortest-digits search. */
static bool put_integer(double v, char *out, int *len) {
  if (!(v > -9007199254740992.0 && v < 9007199254740992.0) || (double)(int64_t)v != v) return false;
  int64_t i = (int64_t)v;
  uint64_t u = i < 0 ? (uint64_t)-i : (uint64_t)i;
  char digits[20];
  int n = 0, pos = 0;
  do { digits[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (i < 0) out[pos++] = '-';
  while (n) out[pos++] = digits[--n];
  *len = finish(out, pos);
  return true;
}

int yao_num_to_string(double v, char *out) {
  char buf[SHORTEST_MAX + 3];
  int n, point, pos = 0;
  if (put_special(v, out, &n) || put_integer(v, out, &n)) return n;
  if (v < 0) {
    out[pos++] = '-';
    v = -v;
  }
  n = shortest_digits(v, buf, &point);
  return finish(out, put_shortest(out, pos, buf, n, point));
}

int yao_num_to_fixed(double v, int digits, char *out) {
  char buf[EXACT_MAX + 1];
  int n = 0, point = 0, pos = 0, i;
  if (digits < 0 || digits > 100) return -1;
  if (v != v || !(v < 1e21 && v > -1e21)) return yao_num_to_string(v, out);
  if (v < 0) {
    out[pos++] = '-';
    v = -v;
  }
  if (v != 0 && !fixed_digits_fast(v, digits, buf, &n, &point)) {
    n = exact_digits(v, buf, &point);
    n = round_half_up(buf, n, point + digits, &point);
  }
  if (point <= 0) out[pos++] = '0';
  for (i = 0; i < point; i++) out[pos++] = digit_at(buf, n, i);
  if (digits > 0) {
    out[pos++] = '.';
    for (i = point; i < point + digits; i++) out[pos++] = digit_at(buf, n, i);
  }
  return finish(out, pos);
}

int yao_num_to_exponential(double v, int digits, char *out) {
  char buf[EXACT_MAX + 1];
  int n, point, pos = 0;
  /* Non-finite values print before the range check (ECMA-262 21.1.3.2 steps 4-5). */
  if (v != v || v == infinity() || v == -infinity()) return yao_num_to_string(v, out);
  if (digits > 100) return -1;
  if (v < 0) {
    out[pos++] = '-';
    v = -v;
  }
  if (v == 0) {
    buf[0] = '0';
    n = 1;
    point = 1;
  } else if (digits < 0) {
    n = shortest_digits(v, buf, &point);
  } else {
    n = exact_digits(v, buf, &point);
    n = round_half_up(buf, n, digits + 1, &point);
  }
  if (digits < 0) digits = n - 1;
  return finish(out, put_exponential(out, pos, buf, n, digits, point - 1));
}

int yao_num_to_precision(double v, int precision, char *out) {
  char buf[EXACT_MAX + 1];
  int n, point, pos = 0, i;
  /* Non-finite values print before the range check (ECMA-262 21.1.3.5 steps 4-5). */
  if (v != v || v == infinity() || v == -infinity()) return yao_num_to_string(v, out);
  if (precision < 1 || precision > 100) return -1;
  if (v < 0) {
    out[pos++] = '-';
    v = -v;
  }
  if (v == 0) {
    buf[0] = '0';
    n = 1;
    point = 1;
  } else {
    n = exact_digits(v, buf, &point);
    n = round_half_up(buf, n, precision, &point);
  }
  if (point - 1 < -6 || point - 1 >= precision) {
    return finish(out, put_exponential(out, pos, buf, n, precision - 1, point - 1));
  }
  if (point <= 0) {
    pos = put_text(out, pos, "0.");
    pos = put_zeros(out, pos, -point);
    for (i = 0; i < precision; i++) out[pos++] = digit_at(buf, n, i);
    return finish(out, pos);
  }
  for (i = 0; i < precision; i++) {
    if (i == point) out[pos++] = '.';
    out[pos++] = digit_at(buf, n, i);
  }
  return finish(out, pos);
}

/* ---------------------------------------------------------------- 7. toString(radix) */

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static int char_digit(char c) { return c > '9' ? c - 'a' + 10 : c - '0'; }

/* floor(x) for finite x >= 0 (doubles from 2^52 up are integers). */
static double floor_positive(double x) {
  return x >= 4503599627370496.0 ? x : (double)(int64_t)x;
}

/* fmod(x, r) for finite x >= 0 and 2 <= r <= 36; fmod is exact, and so is this. */
static double fmod_small(double x, int r) {
  uint64_t f, pow2 = 1;
  int e, i;
  if (x < r) return x;
  decompose(x, &f, &e);
  if (e >= 0) {
    for (i = 0; i < e; i++) pow2 = (pow2 * 2) % (uint64_t)r;
    return (double)(int64_t)((f % (uint64_t)r) * pow2 % (uint64_t)r);
  }
  /* x >= 2 and f < 2^53, so -e <= 51 and r << -e fits. */
  return (double)(int64_t)(f % ((uint64_t)r << -e)) / (double)(int64_t)(1ull << -e);
}

/* Fraction digits the way V8 writes them: digit by digit in double arithmetic, stopping once
 * the remaining fraction is below half an ulp of the input (delta), rounding the last digit
 * half-to-even with carries. A carry out of the fraction adds 1 to *integer. Returns the count. */
static int radix_fraction(double fraction, double delta, int radix, double *integer,
                          char *frac) {
  int n = 0;
  do {
    int digit;
    fraction *= radix;
    delta *= radix;
    digit = (int)fraction;
    frac[n++] = DIGIT_CHARS[digit];
    fraction -= digit;
    if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) && fraction + delta > 1) {
      for (;;) {
        int last;
        if (n == 0) {
          *integer += 1;
          break;
        }
        last = char_digit(frac[--n]);
        if (last + 1 < radix) {
          frac[n++] = DIGIT_CHARS[last + 1];
          break;
        }
      }
      break;
    }
  } while (fraction >= delta);
  return n;
}

/* Integer digits the way V8 writes them: digits beyond double precision become '0', the rest
 * come from fmod and division in double arithmetic. Writes backwards ending at ints[end]. */
static int radix_integer(double integer, int radix, char *ints, int end) {
  int pos = end;
  while (integer / radix >= TWO_POW_53) {
    integer /= radix;
    ints[--pos] = '0';
  }
  do {
    double remainder = fmod_small(integer, radix);
    ints[--pos] = DIGIT_CHARS[(int)remainder];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  return pos;
}

int yao_num_to_radix(double v, int radix, char *out) {
  char frac[YAO_NUM_RADIX_BUF], ints[YAO_NUM_RADIX_BUF];
  double integer, fraction, delta, min_delta = double_of(1);
  int pos = 0, nf = 0, start, i, len;
  if (radix < 2 || radix > 36) return -1;
  if (radix == 10) return yao_num_to_string(v, out);
  if (put_special(v, out, &len)) return len;
  if (v < 0) {
    out[pos++] = '-';
    v = -v;
  }
  integer = floor_positive(v);
  fraction = v - integer;
  delta = 0.5 * (double_of(bits_of(v) + 1) - v);
  if (!(min_delta < delta)) delta = min_delta;
  if (fraction >= delta) nf = radix_fraction(fraction, delta, radix, &integer, frac);
  start = radix_integer(integer, radix, ints, YAO_NUM_RADIX_BUF);
  for (i = start; i < YAO_NUM_RADIX_BUF; i++) out[pos++] = ints[i];
  if (nf > 0) {
    out[pos++] = '.';
    for (i = 0; i < nf; i++) out[pos++] = frac[i];
  }
  return finish(out, pos);
}

/* ---------------------------------------------------------------- 8. decimal to double */

/* Significant digits kept when reading a decimal. A halfway point between two doubles has at
 * most 769 significant digits, so keeping 800 and replacing the rest by one nonzero "sticky"
 * digit when any of them is nonzero never changes the rounding. */
#define MAX_SIG_DIGITS 800

/* Compares digits * 10^exp10 with the halfway point h * 2^g exactly. */
static int compare_with_halfway(const char *digits, int n, int exp10, uint64_t h, int g) {
  big_t a, b;
  int two_a = 0, two_b = g;
  big_set_digits(&a, digits, n);
  big_set_u64(&b, h);
  if (exp10 >= 0) {
    big_mul_pow5(&a, exp10);
    two_a = exp10;
  } else {
    big_mul_pow5(&b, -exp10);
    two_b -= exp10;
  }
  if (two_a > two_b) {
    big_shift_left(&a, two_a - two_b);
  } else {
    big_shift_left(&b, two_b - two_a);
  }
  return big_compare(&a, &b);
}

/* a * b rounded to 64 bits and renormalized; *error (in half ulps of the result) grows from
 * a's error plus b's (errors scale by at most 2 through normalization) plus 1 for rounding,
 * with 1 more to cover the product of the two errors. */
static diyfp_t mul_tracking_error(diyfp_t a, diyfp_t b, int b_error, int *error) {
  uint64_t lo, hi = mul_64x64(a.f, b.f, &lo);
  diyfp_t r;
  r.e = a.e + b.e + 64;
  if ((hi >> 63) == 0) {
    hi = (hi << 1) | (lo >> 63);
    lo <<= 1;
    r.e--;
  }
  r.f = hi + (lo >> 63);
  if (r.f == 0) { /* rounding carried out of 64 bits */
    r.f = 1ull << 63;
    r.e++;
  }
  *error = (*error + b_error) * 2 + 2;
  return r;
}

/* The DiyFp estimate: the first 19 digits (rounded) times 10^(rest of the exponent) from the
 * cached powers, with its error bound in half ulps. exp10 is in [-342, 308] here. */
static diyfp_t estimate_decimal(const char *digits, int n, int exp10, int *error) {
  int take = n < 19 ? n : 19, i, index, remainder;
  uint64_t f = 0;
  diyfp_t x, p;
  for (i = 0; i < take; i++) f = f * 10 + (uint64_t)(digits[i] - '0');
  *error = 0;
  if (n > take) {
    if (digits[take] >= '5') f++;
    *error = 1;
  }
  exp10 += n - take;
  x.f = f;
  x.e = 0;
  i = clz64(f);
  x = diy_normalize(x);
  *error <<= i;
  index = (exp10 - CACHED_POWER_MIN_K) / CACHED_POWER_STEP;
  remainder = exp10 - (CACHED_POWER_MIN_K + CACHED_POWER_STEP * index);
  if (remainder > 0) {
    p.f = POW10_U64[remainder];
    p.e = 0;
    x = mul_tracking_error(x, diy_normalize(p), 0, error);
  }
  return mul_tracking_error(x, CACHED_POWERS[index], 1, error);
}

/* digits * 10^exp10, correctly rounded (round half to even), for a value known to lie in
 * [1e-324, 1e309) (smaller is 0, larger is Infinity: handled by the caller). */
static double decimal_slow(const char *digits, int n, int exp10) {
  int error, lead, drop;
  uint64_t kept, rem, half, dist;
  diyfp_t x = estimate_decimal(digits, n, exp10, &error);
  lead = x.e + 63; /* exponent of the leading bit */
  drop = lead >= -1022 ? 11 : 11 + (-1022 - lead);
  if (drop > 64) {
    /* Below 2^-1075, half the smallest denormal, unless within the error of it. */
    if (drop > 65 || (uint64_t)(0 - x.f) > (uint64_t)(error / 2)) return 0.0;
    return compare_with_halfway(digits, n, exp10, 1, MIN_EXPONENT - 1) > 0 ? double_of(1) : 0.0;
  }
  if (drop == 64) {
    kept = 0;
    rem = x.f;
  } else {
    kept = x.f >> drop;
    rem = x.f & ((1ull << drop) - 1);
  }
  half = 1ull << (drop - 1);
  dist = rem > half ? rem - half : half - rem;
  if (dist <= (uint64_t)(error / 2)) {
    int c = compare_with_halfway(digits, n, exp10, 2 * kept + 1, x.e + drop - 1);
    if (c > 0 || (c == 0 && (kept & 1) != 0)) kept++;
  } else if (rem > half) {
    kept++;
  }
  return compose(kept, x.e + drop);
}

/* digits[0..n) (no leading zeros) * 10^exp10, correctly rounded. */
static double decimal_to_double(const char *digits, int n, int64_t exp10) {
  uint64_t f = 0;
  int i;
  while (n > 0 && digits[n - 1] == '0') {
    n--;
    exp10++;
  }
  if (n == 0 || n + exp10 <= -324) return 0.0;
  if (n + exp10 > 309) return infinity();
  if (n <= 19) {
    for (i = 0; i < n; i++) f = f * 10 + (uint64_t)(digits[i] - '0');
  }
  /* Clinger's fast path: an exact integer times or over an exact power of ten rounds once. */
  if (n <= 19 && f < (1ull << 53)) {
    double d = (double)(int64_t)f;
    if (exp10 >= 0 && exp10 <= 22) return d * POW10_EXACT[exp10];
    if (exp10 < 0 && exp10 >= -22) return d / POW10_EXACT[-exp10];
    if (exp10 > 22 && exp10 <= 22 + 15 && f < (1ull << 53) / POW10_U64[exp10 - 22]) {
      return (double)(int64_t)(f * POW10_U64[exp10 - 22]) * POW10_EXACT[22];
    }
  }
  return decimal_slow(digits, n, (int)exp10);
}

/* ---------------------------------------------------------------- 9. string grammars */

/* WhiteSpace and LineTerminator code units (ECMA-262 12.2, 12.3: TAB VT FF SP NBSP ZWNBSP,
 * category Zs, LF CR LS PS). */
static bool is_js_space(uint16_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

/* Value of c as a digit in radixes up to 36, or 99 when it is not one. */
static int digit_value(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool is_decimal_digit(uint16_t c) { return c >= '0' && c <= '9'; }

static bool matches_ascii(const uint16_t *s, int32_t i, int32_t len, const char *word) {
  for (; *word != 0; word++, i++) {
    if (i >= len || s[i] != (uint16_t)*word) return false;
  }
  return true;
}

/* A decimal as read: value = digits * 10^exp10, digits without leading zeros. */
typedef struct {
  char digits[MAX_SIG_DIGITS + 1];
  int n;
  int64_t exp10;
  bool sticky; /* a nonzero digit beyond MAX_SIG_DIGITS was dropped */
} decimal_t;

static void decimal_add_digit(decimal_t *d, uint16_t c, bool fraction) {
  if (d->n == 0 && c == '0') {
    if (fraction) d->exp10--;
  } else if (d->n < MAX_SIG_DIGITS) {
    d->digits[d->n++] = (char)c;
    if (fraction) d->exp10--;
  } else {
    if (!fraction) d->exp10++;
    if (c != '0') d->sticky = true;
  }
}

/* Reads an optional ExponentPart at s[i..len) into d; returns the index after it (i when
 * there is none: "e", "e+" alone are not exponents). */
static int32_t scan_exponent(const uint16_t *s, int32_t i, int32_t len, decimal_t *d) {
  int32_t j = i + 1;
  bool negative = false;
  int64_t x = 0;
  if (i >= len || (s[i] != 'e' && s[i] != 'E')) return i;
  if (j < len && (s[j] == '+' || s[j] == '-')) negative = s[j++] == '-';
  if (j >= len || !is_decimal_digit(s[j])) return i;
  for (; j < len && is_decimal_digit(s[j]); j++) {
    if (x < 1000000000) x = x * 10 + (s[j] - '0'); /* beyond this it is 0 or Infinity anyway */
  }
  d->exp10 += negative ? -x : x;
  return j;
}

/* Longest StrUnsignedDecimalLiteral (apart from "Infinity") at s[i..len): returns the index
 * after it, or -1 when there is none. */
static int32_t scan_decimal(const uint16_t *s, int32_t i, int32_t len, decimal_t *d) {
  int32_t int_digits = 0, frac_digits = 0;
  d->n = 0;
  d->exp10 = 0;
  d->sticky = false;
  for (; i < len && is_decimal_digit(s[i]); i++, int_digits++) decimal_add_digit(d, s[i], false);
  if (i < len && s[i] == '.') {
    int32_t j = i + 1;
    for (; j < len && is_decimal_digit(s[j]); j++, frac_digits++) decimal_add_digit(d, s[j], true);
    if (int_digits > 0 || frac_digits > 0) i = j;
  }
  if (int_digits == 0 && frac_digits == 0) return -1;
  i = scan_exponent(s, i, len, d);
  if (d->sticky) {
    d->digits[d->n++] = '1';
    d->exp10--;
  }
  return i;
}

static double decimal_value(const decimal_t *d) {
  return decimal_to_double(d->digits, d->n, d->exp10);
}

/* Digits s[i..end) in radix 2^log2r (all valid), correctly rounded: the first 54+ bits,
 * then a sticky flag for the rest. */
static double power_of_two_radix(const uint16_t *s, int32_t i, int32_t end, int log2r) {
  uint64_t m = 0, rem, half;
  int64_t exponent = 0;
  bool sticky = false;
  int drop;
  for (; i < end; i++) {
    int d = digit_value(s[i]);
    if (m < (1ull << 53)) {
      m = (m << log2r) | (uint64_t)d;
    } else {
      exponent += log2r;
      if (d != 0) sticky = true;
    }
  }
  if (m < (1ull << 53)) return (double)(int64_t)m;
  drop = 64 - clz64(m) - 53;
  rem = m & ((1ull << drop) - 1);
  half = 1ull << (drop - 1);
  m >>= drop;
  exponent += drop;
  if (rem > half || (rem == half && (sticky || (m & 1) != 0))) m++;
  if (exponent > 1100) return infinity();
  return compose(m, (int)exponent);
}

/* Any other radix: V8's NumberParseIntHelper arithmetic, which the spec allows to be
 * approximate. Digits are gathered into 32-bit parts while the part's multiplier stays at or
 * below 0xFFFFFFFF / 36, and each part is folded in with result * multiplier + part in
 * double arithmetic. */
static double generic_radix(const uint16_t *s, int32_t i, int32_t end, int radix) {
  const uint32_t max_multiplier = 0xFFFFFFFFu / 36;
  double result = 0;
  while (i < end && s[i] == '0') i++; /* V8 skips leading zeros before forming parts */
  while (i < end) {
    uint32_t part = 0, multiplier = 1;
    while (i < end) {
      uint32_t m = multiplier * (uint32_t)radix;
      if (m > max_multiplier) break;
      part = part * (uint32_t)radix + (uint32_t)digit_value(s[i]);
      multiplier = m;
      i++;
    }
    result = result * (double)multiplier + (double)part;
  }
  return result;
}

/* Decimal digits s[i..end) as an integer, correctly rounded. */
static double decimal_radix(const uint16_t *s, int32_t i, int32_t end) {
  decimal_t d;
  d.n = 0;
  d.exp10 = 0;
  d.sticky = false;
  for (; i < end; i++) decimal_add_digit(&d, s[i], false);
  if (d.sticky) {
    d.digits[d.n++] = '1';
    d.exp10--;
  }
  return decimal_value(&d);
}

static int log2_of_radix(int radix) {
  int k = 0;
  while ((1 << k) < radix) k++;
  return (1 << k) == radix ? k : -1;
}

/* End of the run of radix digits starting at i. */
static int32_t scan_digits(const uint16_t *s, int32_t i, int32_t len, int radix) {
  while (i < len && digit_value(s[i]) < radix) i++;
  return i;
}

/* 0x / 0o / 0b literal (NonDecimalIntegerLiteral) filling s[i..len) exactly, or NaN. */
static double non_decimal_literal(const uint16_t *s, int32_t i, int32_t len, int radix) {
  int32_t end = scan_digits(s, i, len, radix);
  if (end == i || end != len) return not_a_number();
  return power_of_two_radix(s, i, end, log2_of_radix(radix));
}

static int prefix_radix(uint16_t c) {
  if (c == 'x' || c == 'X') return 16;
  if (c == 'o' || c == 'O') return 8;
  if (c == 'b' || c == 'B') return 2;
  return 0;
}

double yao_string_to_number(const uint16_t *s, int32_t len) {
  int32_t a = 0, b = len;
  bool negative = false;
  decimal_t d;
  double value;
  while (a < b && is_js_space(s[a])) a++;
  while (b > a && is_js_space(s[b - 1])) b--;
  if (a == b) return 0.0;
  if (b - a >= 2 && s[a] == '0' && prefix_radix(s[a + 1]) != 0) {
    return non_decimal_literal(s, a + 2, b, prefix_radix(s[a + 1]));
  }
  if (s[a] == '+' || s[a] == '-') negative = s[a++] == '-';
  if (b - a == 8 && matches_ascii(s, a, b, "Infinity")) {
    return negative ? -infinity() : infinity();
  }
  if (scan_decimal(s, a, b, &d) != b) return not_a_number();
  value = decimal_value(&d);
  return negative ? -value : value;
}

double yao_parse_float(const uint16_t *s, int32_t len) {
  int32_t i = 0;
  bool negative = false;
  decimal_t d;
  double value;
  while (i < len && is_js_space(s[i])) i++;
  if (i < len && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (matches_ascii(s, i, len, "Infinity")) return negative ? -infinity() : infinity();
  if (scan_decimal(s, i, len, &d) < 0) return not_a_number();
  value = decimal_value(&d);
  return negative ? -value : value;
}

double yao_parse_int(const uint16_t *s, int32_t len, int32_t radix) {
  int32_t i = 0, end;
  bool negative = false, strip_prefix = true;
  double value;
  int log2r;
  while (i < len && is_js_space(s[i])) i++;
  if (i < len && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (radix != 0) {
    if (radix < 2 || radix > 36) return not_a_number();
    strip_prefix = radix == 16;
  } else {
    radix = 10;
  }
  if (strip_prefix && len - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    i += 2;
    radix = 16;
  }
  end = scan_digits(s, i, len, radix);
  if (end == i) return not_a_number();
  log2r = log2_of_radix(radix);
  if (radix == 10) {
    value = decimal_radix(s, i, end);
  } else if (log2r > 0) {
    value = power_of_two_radix(s, i, end, log2r);
  } else {
    value = generic_radix(s, i, end, radix);
  }
  return negative ? -value : value;
}
