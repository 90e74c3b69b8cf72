/* Transcendental Math functions of the yao runtime, bit for bit what V8 in Node 20 returns.
 * The API is in math.h; rt_num.c calls it for Math.pow, **, Math.exp and the rest.
 *
 * V8 does not use the C library for these: src/base/ieee754.cc carries its own port of Sun's
 * fdlibm 5.3 (1993), with log2 and cbrt taken from FreeBSD's msun, sinh and cosh rewritten, and
 * one change to pow; Math.hypot is written in Torque (src/builtins/math.tq). A correctly
 * rounded libm disagrees with those in the last bit now and then, and programs print the
 * difference (Node prints 10 ** -5 as 0.000009999999999999999). So each function below follows
 * the algorithm V8 uses, step for step: the same argument reduction, the same published
 * polynomial coefficients, the same order of floating-point operations. Everything is exact or
 * rounds exactly where V8's does; there is no extended precision and no fused multiply-add
 * (V8's x86-64 build has no FMA either; see the pragma below).
 *
 * Freestanding C: no libc, no libm. The parts, in file order:
 *   1. bit access and exact helpers (square root instruction, scaling by 2^n, floor)
 *   2. logarithms: log, log2, log10, log1p
 *   3. exponentials: exp, expm1
 *   4. pow
 *   5. reduction of trigonometric arguments modulo pi/2 (Cody-Waite, then Payne-Hanek)
 *   6. sin, cos, tan
 *   7. asin, acos, atan, atan2
 *   8. sinh, cosh, tanh, asinh, acosh, atanh
 *   9. cbrt, hypot */
#include "math.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A fused multiply-add rounds once where V8 rounds twice, and compilers fuse a*b+c whenever
 * the target has FMA and contraction is on (gcc's default outside ISO modes). Turn it off here,
 * whatever flags this file is built with. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

/* ---------------------------------------------------------------- 1. bit access and helpers */

#define INF __builtin_inf()
#define NOT_A_NUMBER __builtin_nan("")
#define SIGN_BIT 0x8000000000000000ull
#define TWO_24 0x1p24
#define TWO_54 0x1p54
#define TWO_1023 0x1p1023

/* Type punning through a union is defined behaviour in GNU C (and needs no memcpy). */
typedef union {
  double d;
  uint64_t u;
} double_bits;

static inline uint64_t bits_of(double d) {
  double_bits b;
  b.d = d;
  return b.u;
}

static inline double double_of(uint64_t u) {
  double_bits b;
  b.u = u;
  return b.d;
}

/* fdlibm reasons about a double as two 32-bit words: the high word holds the sign, the exponent
 * and the top 20 fraction bits, so most range tests are one integer comparison on it. */
static inline int32_t high_word(double d) { return (int32_t)(bits_of(d) >> 32); }

static inline uint32_t low_word(double d) { return (uint32_t)bits_of(d); }

static inline double from_words(uint32_t high, uint32_t low) {
  return double_of((uint64_t)high << 32 | low);
}

static inline double with_high_word(double d, uint32_t high) {
  return from_words(high, low_word(d));
}

/* d with its low word cleared: at most 21 significant bits, so the products of such a "head"
 * with other short numbers are exact. Several algorithms below split values this way. */
static inline double head_of(double d) { return double_of(bits_of(d) & 0xFFFFFFFF00000000ull); }

static inline double magnitude(double d) { return double_of(bits_of(d) & ~SIGN_BIT); }

static inline bool is_nan(double d) { return d != d; }

/* 2^k for -1022 <= k <= 1023, exactly. */
static inline double power_of_two(int32_t k) { return double_of((uint64_t)(1023 + k) << 52); }

/* The square root instruction: correctly rounded (IEEE 754), as V8's Float64Sqrt and the C
 * library's sqrt are. Inline assembly because __builtin_sqrt may call libm to set errno. */
static inline double square_root(double x) {
  double r;
#if defined(__x86_64__) || defined(__i386__)
  __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
#elif defined(__aarch64__)
  __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
#else
#error "math.c: no square root instruction known for this target"
#endif
  return r;
}

/* x * 2^n with a single rounding: C's scalbn, which V8 calls from the C library. Steps of
 * 2^1023 up or 2^-969 down are exact for the values this file scales, so only the last
 * multiplication rounds. */
static double scale_by_power_of_two(double x, int32_t n) {
  for (int step = 0; step < 2 && n > 1023; step++) {
    x *= TWO_1023;
    n -= 1023;
  }
  for (int step = 0; step < 2 && n < -1022; step++) {
    x *= 0x1p-969;
    n += 969;
  }
  if (n > 1023) n = 1023;
  if (n < -1022) n = -1022;
  return x * power_of_two(n);
}

/* Largest integer <= x (C's floor), by clearing fraction bits. */
static double floor_of(double x) {
  uint64_t u = bits_of(x);
  int32_t e = (int32_t)((u >> 52) & 0x7FF) - 1023;
  if (e >= 52) return x; /* already integral, infinite or NaN */
  if (e < 0) { /* |x| < 1 */
    if (!(u & SIGN_BIT)) return 0.0;
    return (u & ~SIGN_BIT) == 0 ? x : -1.0; /* -0 stays -0 */
  }
  uint64_t fraction = 0x000FFFFFFFFFFFFFull >> e;
  if ((u & fraction) == 0) return x;
  if (u & SIGN_BIT) u += fraction; /* negative: move away from zero before truncating */
  return double_of(u & ~fraction);
}

/* ---------------------------------------------------------------- 2. logarithms
 * log is fdlibm's e_log.c. Write x = 2^k (1+f) with sqrt(2)/2 <= 1+f < sqrt(2) and s = f/(2+f);
 * then log(1+f) = log(1+s) - log(1-s) = 2s + s R(s^2), where R is a Remez polynomial of degree 7
 * in s^2 (error below 2^-58.45), and log x = k ln2 + log(1+f) with ln2 split in two so that
 * k * LN2_HI is exact for |k| < 2000. log2 is FreeBSD's e_log2.c (Bruce Evans, 2013): the same
 * reduction and polynomial, combined with 1/ln2 in extra precision. log10 is fdlibm's
 * e_log10.c: n log10(2) + log(x / 2^n) / ln 10. log1p is fdlibm's s_log1p.c: the same series, on
 * u = 1 + x rounded, plus the correction c/u for that rounding. */

#define LN2 0x1.62e42fefa39efp-1          /* ln 2: 3FE62E42 FEFA39EF */
#define LN2_HI 0x1.62e42feep-1        /* ln 2 to 32 bits: 3FE62E42 FEE00000 */
#define LN2_LO 0x1.a39ef35793c76p-33  /* ln 2 - LN2_HI: 3DEA39EF 35793C76 */
#define IVLN2_HI 0x1.71547652p0       /* 1/ln 2 to 32 bits (log2): 3FF71547 65200000 */
#define IVLN2_LO 0x1.705fc2eefa2p-33  /* 1/ln 2 - IVLN2_HI: 3DE705FC 2EEFA200 */
#define IVLN10 0x1.bcb7b1526e50ep-2   /* 1/ln 10: 3FDBCB7B 1526E50E */
#define LOG10_2_HI 0x1.34413509f6p-2  /* log10(2) to 40 bits: 3FD34413 509F6000 */
#define LOG10_2_LO 0x1.9fef311f12b36p-42 /* log10(2) - LOG10_2_HI: 3D59FEF3 11F12B36 */

/* R(z) = LG1 z + LG2 z^2 + ... + LG7 z^7 (fdlibm e_log.c, s_log1p.c; FreeBSD k_log.h). */
#define LG1 0x1.5555555555593p-1
#define LG2 0x1.999999997fa04p-2
#define LG3 0x1.2492494229359p-2
#define LG4 0x1.c71c51d8e78afp-3
#define LG5 0x1.7466496cb03dep-3
#define LG6 0x1.39a09d078c69fp-3
#define LG7 0x1.2f112df3e5244p-3

/* Fractions (top 20 bits) from which 1.fraction >= sqrt(2): adding this carries into bit 20. */
#define SQRT2_CARRY 0x95F64

/* R(s^2) for e_log.c and k_log.h, split into odd and even powers as they evaluate it. */
static double log_series(double z) {
  double w = z * z;
  double odd = w * (LG2 + w * (LG4 + w * LG6));
  double even = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  return even + odd;
}

/* The cases every logarithm shares: ±0 gives -Infinity, a negative x NaN, NaN and +Infinity
 * themselves. Returns true with *result set for those; otherwise scales a subnormal x by 2^54
 * (counted in *k) and returns false. */
static bool log_special(double *x, int32_t *k, double *result) {
  int32_t hx = high_word(*x);
  *k = 0;
  if (hx < 0x00100000) { /* negative, zero or subnormal */
    if ((((uint32_t)hx & 0x7FFFFFFF) | low_word(*x)) == 0) {
      *result = -INF;
      return true;
    }
    if (hx < 0) {
      *result = NOT_A_NUMBER;
      return true;
    }
    *x *= TWO_54;
    *k = -54;
    hx = high_word(*x);
  }
  if (hx >= 0x7FF00000) {
    *result = *x + *x;
    return true;
  }
  return false;
}

/* x = 2^k m with sqrt(2)/2 <= m < sqrt(2), for a positive normal x. */
typedef struct {
  double m;
  int32_t k;
  int32_t fraction_high; /* top 20 fraction bits of x, which e_log.c tests */
} log_split;

static log_split split_at_sqrt2(double x, int32_t k) {
  int32_t hx = high_word(x);
  int32_t fraction = hx & 0x000FFFFF;
  int32_t halve = (fraction + SQRT2_CARRY) & 0x00100000;
  log_split s;
  s.m = with_high_word(x, (uint32_t)(fraction | (halve ^ 0x3FF00000)));
  s.k = k + (hx >> 20) - 1023 + (halve >> 20);
  s.fraction_high = fraction;
  return s;
}

/* log(2^k (1+f)) for |f| < 2^-20, where two terms of the series suffice. */
static double log_near_power_of_two(double f, int32_t k) {
  double dk = (double)k;
  if (f == 0) return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
  double r = f * f * (0.5 - 0x1.5555555555555p-2 * f); /* f^2/2 - f^3/3 */
  if (k == 0) return f - r;
  return dk * LN2_HI - ((r - dk * LN2_LO) - f);
}

double yao_m_log(double x) {
  double special;
  int32_t k;
  if (log_special(&x, &k, &special)) return special;
  log_split p = split_at_sqrt2(x, k);
  double f = p.m - 1.0;
  if ((0x000FFFFF & (2 + p.fraction_high)) < 3) return log_near_power_of_two(f, p.k);
  double s = f / (2.0 + f);
  double dk = (double)p.k;
  double r = log_series(s * s);
  /* Where |f| is largest (x's fraction near 0.41: m near sqrt(2) or sqrt(2)/2), the form
   * f - (f^2/2 - s (f^2/2 + R)) keeps more accuracy than f - s (f - R). */
  int32_t far = (p.fraction_high - 0x6147A) | (0x6B851 - p.fraction_high);
  if (far > 0) {
    double hfsq = 0.5 * f * f;
    if (p.k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
  }
  if (p.k == 0) return f - s * (f - r);
  return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
}

double yao_m_log2(double x) {
  double special;
  int32_t k;
  if (log_special(&x, &k, &special)) return special;
  if (x == 1.0) return 0.0;
  log_split p = split_at_sqrt2(x, k);
  double y = (double)p.k;
  double f = p.m - 1.0;
  double hfsq = 0.5 * f * f;
  double s = f / (2.0 + f);
  double r = s * (hfsq + log_series(s * s)); /* log(1+f) - f + f^2/2 */
  /* f - hfsq as hi + lo, hi short enough that hi * IVLN2_HI is exact. */
  double hi = head_of(f - hfsq);
  double lo = (f - hi) - hfsq + r;
  double val_hi = hi * IVLN2_HI;
  double val_lo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
  /* y + val_hi as an exact sum, so that x near sqrt(2) or 1/sqrt(2) does not lose bits. */
  double w = y + val_hi;
  val_lo += (y - w) + val_hi;
  return val_lo + w;
}

double yao_m_log10(double x) {
  double special;
  int32_t k;
  if (log_special(&x, &k, &special)) return special;
  if (x == 1.0) return 0.0;
  int32_t hx = high_word(x);
  k += (hx >> 20) - 1023;
  /* x / 2^n in [1, 2) for n = k >= 0, in [1/2, 1) with n = k + 1 for k < 0. */
  int32_t below_one = k < 0 ? 1 : 0;
  double m = from_words((uint32_t)((hx & 0x000FFFFF) | ((0x3FF - below_one) << 20)), low_word(x));
  double n = (double)(k + below_one);
  double z = n * LOG10_2_LO + IVLN10 * yao_m_log(m);
  return z + n * LOG10_2_HI;
}

/* log1p's reduction when 1 + x must be rounded: u = 1 + x = 2^k m with m in
 * [sqrt(2)/2, sqrt(2)), c/u the first-order correction for the rounding of u. */
typedef struct {
  double f;       /* m - 1 */
  double c;       /* correction, already divided by u */
  int32_t k;
  int32_t m_high; /* 0 when |f| < 2^-20 */
} log1p_split;

static log1p_split split_one_plus(double x, int32_t hx) {
  log1p_split p;
  double u;
  int32_t hu;
  if (hx < 0x43400000) { /* x < 2^53: 1 + x is inexact */
    u = 1.0 + x;
    hu = high_word(u);
    p.k = (hu >> 20) - 1023;
    p.c = p.k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
    p.c /= u;
  } else {
    u = x;
    hu = high_word(u);
    p.k = (hu >> 20) - 1023;
    p.c = 0;
  }
  hu &= 0x000FFFFF;
  if (hu < 0x6A09E) { /* 1.fraction < sqrt(2) */
    u = with_high_word(u, (uint32_t)(hu | 0x3FF00000));
  } else {
    p.k += 1;
    u = with_high_word(u, (uint32_t)(hu | 0x3FE00000));
    hu = (0x00100000 - hu) >> 2;
  }
  p.f = u - 1.0;
  p.m_high = hu;
  return p;
}

/* log(1+f) + k ln2 for |f| < 2^-20 (s_log1p.c's short series). */
static double log1p_near_power_of_two(log1p_split p, double hfsq) {
  if (p.f == 0) {
    if (p.k == 0) return 0.0;
    return p.k * LN2_HI + (p.c + p.k * LN2_LO);
  }
  double r = hfsq * (1.0 - 0x1.5555555555555p-1 * p.f);
  if (p.k == 0) return p.f - r;
  return p.k * LN2_HI - ((r - (p.k * LN2_LO + p.c)) - p.f);
}

double yao_m_log1p(double x) {
  int32_t hx = high_word(x);
  int32_t ax = hx & 0x7FFFFFFF;
  log1p_split p = {x, 0, 1, 1};
  if (hx < 0x3FDA827A) { /* x < sqrt(2) - 1, every negative x included */
    if (ax >= 0x3FF00000) return x == -1.0 ? -INF : NOT_A_NUMBER; /* x <= -1 or -NaN */
    if (ax < 0x3E200000) {                                          /* |x| < 2^-29 */
      if (ax < 0x3C900000) return x;                                /* |x| < 2^-54 */
      return x - x * x * 0.5;
    }
    /* sqrt(2)/2 - 1 <= x < sqrt(2) - 1: 1 + x needs no reduction, f = x exactly. */
    if (hx > 0 || hx <= (int32_t)0xBFD2BEC4) p.k = 0;
  }
  if (hx >= 0x7FF00000) return x + x;
  if (p.k != 0) p = split_one_plus(x, hx);
  double f = p.f;
  double hfsq = 0.5 * f * f;
  if (p.m_high == 0) return log1p_near_power_of_two(p, hfsq);
  double s = f / (2.0 + f);
  double z = s * s;
  double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (p.k == 0) return f - (hfsq - s * (hfsq + r));
  return p.k * LN2_HI - ((hfsq - (s * (hfsq + r) + (p.k * LN2_LO + p.c))) - f);
}

/* ---------------------------------------------------------------- 3. exponentials
 * exp is fdlibm's e_exp.c: x = k ln2 + r with |r| <= ln2/2 (r kept as hi - lo), then
 * e^r = 1 + r + r c(r) / (2 - c(r)) with c(r) = r - r^2 (P1 + ... + P5 r^8), a Remez fit of
 * r (e^r + 1)/(e^r - 1) (error below 2^-59), and e^x = 2^k e^r. V8 adds one special case:
 * exp(1) returns Math.E exactly. expm1 is fdlibm's s_expm1.c: the same reduction with a
 * correction term for its rounding and a Remez fit of 6/r ((e^r+1)/(e^r-1) - 2/r) in Q1..Q5,
 * the result assembled per k so that the subtraction of 1 loses nothing. */

#define EXP_OVERFLOW 0x1.62e42fefa39efp9    /* above this, e^x > MAX_VALUE: 40862E42 FEFA39EF */
#define EXP_UNDERFLOW -0x1.74910d52d3051p9  /* below this, e^x < 2^-1075: C0874910 D52D3051 */
#define INVLN2 0x1.71547652b82fep0          /* 1/ln 2: 3FF71547 652B82FE */
#define MATH_E 0x1.5bf0a8b145769p1

#define P1 0x1.555555555553ep-3
#define P2 -0x1.6c16c16bebd93p-9
#define P3 0x1.1566aaf25de2cp-14
#define P4 -0x1.bbd41c5d26bf1p-20
#define P5 0x1.6376972bea4dp-25

#define Q1 -0x1.11111111110f4p-5
#define Q2 0x1.a01a019fe5585p-10
#define Q3 -0x1.4ce199eaadbb7p-14
#define Q4 0x1.0cfca86e65239p-18
#define Q5 -0x1.afdb76e09c32dp-23

/* c(r) = r - r^2 (P1 + P2 r^2 + ... + P5 r^8), shared by exp and pow. */
static double exp_remez(double r) {
  double t = r * r;
  return r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
}

/* x = k ln2 + (hi - lo), with k the nearest integer to x/ln2. */
typedef struct {
  double hi, lo;
  int32_t k;
} exp_reduction;

static exp_reduction reduce_by_ln2(double x, bool negative, uint32_t hx) {
  exp_reduction red;
  if (hx < 0x3FF0A2B2) { /* |x| < 1.5 ln2: k is ±1 */
    red.hi = negative ? x + LN2_HI : x - LN2_HI;
    red.lo = negative ? -LN2_LO : LN2_LO;
    red.k = negative ? -1 : 1;
  } else {
    red.k = (int32_t)(INVLN2 * x + (negative ? -0.5 : 0.5));
    double t = (double)red.k;
    red.hi = x - t * LN2_HI; /* exact: LN2_HI has 32 bits and |k| < 2^11 */
    red.lo = t * LN2_LO;
  }
  return red;
}

/* y * 2^k for the k exp can produce, -1075 < k <= 1024. */
static double exp_scale(double y, int32_t k) {
  if (k == 1024) return y * 2.0 * TWO_1023;
  if (k >= -1021) return y * power_of_two(k);
  return y * power_of_two(k + 1000) * 0x1p-1000; /* one rounding, into the subnormals */
}

double yao_m_exp(double x) {
  uint32_t hx = (uint32_t)high_word(x);
  bool negative = hx >> 31;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x40862E42) { /* |x| >= 709.78: overflow, underflow, Infinity or NaN */
    if (hx >= 0x7FF00000) return is_nan(x) ? x + x : (negative ? 0.0 : x);
    if (x > EXP_OVERFLOW) return INF;
    if (x < EXP_UNDERFLOW) return 0.0;
  }
  if (hx < 0x3E300000) return 1.0 + x; /* |x| < 2^-28 */
  if (hx <= 0x3FD62E42) {              /* |x| <= ln2/2: no reduction */
    double c = exp_remez(x);
    return 1.0 - ((x * c) / (c - 2.0) - x);
  }
  /* V8 returns Math.E for exp(1); the formula would be one ulp off there. */
  if (x == 1.0) return MATH_E;
  exp_reduction red = reduce_by_ln2(x, negative, hx);
  double r = red.hi - red.lo;
  double c = exp_remez(r);
  double y = 1.0 - ((red.lo - (r * c) / (2.0 - c)) - red.hi);
  return exp_scale(y, red.k);
}

/* s_expm1.c's E term: r^2/2 times the rational correction in R1 (hfx = r/2, hxs = r^2/2). */
static double expm1_tail(double r, double hfx, double hxs) {
  double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3.0 - r1 * hfx;
  return hxs * ((r1 - t) / (6.0 - r * t));
}

/* 2^k (1 + expm1(r)) - 1 from r and e = r - expm1(r), in the form that rounds best for k. */
static double expm1_assemble(double r, double e, int32_t k) {
  if (k == -1) return 0.5 * (r - e) - 0.5;
  if (k == 1) {
    if (r < -0.25) return -2.0 * (e - (r + 0.5));
    return 1.0 + 2.0 * (r - e);
  }
  if (k <= -2 || k > 56) { /* the final - 1 matters little: compute e^x - 1 */
    double y = 1.0 - (e - r);
    y = k == 1024 ? y * 2.0 * TWO_1023 : y * power_of_two(k);
    return y - 1.0;
  }
  if (k < 20) {
    double one_minus = from_words((uint32_t)(0x3FF00000 - (0x200000 >> k)), 0); /* 1 - 2^-k */
    return (one_minus - (e - r)) * power_of_two(k);
  }
  double y = r - (e + power_of_two(-k));
  y += 1.0;
  return y * power_of_two(k);
}

double yao_m_expm1(double x) {
  uint32_t hx = (uint32_t)high_word(x);
  bool negative = hx >> 31;
  hx &= 0x7FFFFFFF;
  if (hx >= 0x4043687A) { /* |x| >= 56 ln2 */
    if (hx >= 0x40862E42) {
      if (hx >= 0x7FF00000) return is_nan(x) ? x + x : (negative ? -1.0 : x);
      if (x > EXP_OVERFLOW) return INF;
    }
    if (negative) return -1.0; /* e^x < 2^-56: e^x - 1 rounds to -1 */
  }
  if (hx < 0x3C900000) return x; /* |x| < 2^-54 */
  double c = 0;
  int32_t k = 0;
  if (hx > 0x3FD62E42) { /* |x| > ln2/2 */
    exp_reduction red = reduce_by_ln2(x, negative, hx);
    x = red.hi - red.lo;
    c = (red.hi - x) - red.lo;
    k = red.k;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double e = expm1_tail(x, hfx, hxs);
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  return expm1_assemble(x, e, k);
}

/* ---------------------------------------------------------------- 4. pow
 * fdlibm's e_pow.c as V8 (Node 20) has it for Math.pow and **, with one change in the last
 * step (see pow_exp2). It keeps fdlibm's NaN for (±1) ** ±Infinity, which ECMAScript requires
 * (IEEE 754-2008 says 1), and x ** NaN is NaN even for x = 1.
 * Method: log2|x| = t1 + t2 in extra precision (t1 with a cleared low word), from
 * s = (x - b)/(x + b) with b = 1 or 1.5 and a Remez series; y log2|x| = n + r by simulated
 * double-double products; x ** y = 2^n e^(r ln2) with exp's kernel. */

#define BP1 1.5                            /* second reduction point for the mantissa */
#define DP_H1 0x1.2b8034p-1                /* log2(1.5), high part: 3FE2B803 40000000 */
#define DP_L1 0x1.cfdeb43cfd006p-27        /* log2(1.5) - DP_H1: 3E4CFDEB 43CFD006 */
#define LG2_H 0x1.62e43p-1                 /* ln 2 to 21 bits: 3FE62E43 00000000 */
#define LG2_L -0x1.05c610ca86c39p-29       /* ln 2 - LG2_H: BE205C61 0CA86C39 */
#define OVT 0x1.71547652b82fep-54          /* -(1024 - log2(MAX_VALUE + ulp/2)) */
#define CP 0x1.ec709dc3a03fdp-1            /* 2/(3 ln 2): 3FEEC709 DC3A03FD */
#define CP_H 0x1.ec709ep-1                 /* CP to 24 bits: 3FEEC709 E0000000 */
#define CP_L -0x1.e2fe0145b01f5p-28        /* CP - CP_H: BE3E2FE0 145B01F5 */
#define POW_IVLN2_H 0x1.715476p0           /* 1/ln 2 to 24 bits: 3FF71547 60000000 */
#define POW_IVLN2_L 0x1.4ae0bf85ddf44p-26  /* 1/ln 2 - POW_IVLN2_H: 3E54AE0B F85DDF44 */

/* (3/2)(log(1+s)-log(1-s) - 2s - 2s^3/3)/s^4 ~ L1 + L2 s^2 + ... + L6 s^10 (e_pow.c). */
#define L1 0x1.3333333333303p-1
#define L2 0x1.b6db6db6fabffp-2
#define L3 0x1.55555518f264dp-2
#define L4 0x1.17460a91d4101p-2
#define L5 0x1.d864a93c9db65p-3
#define L6 0x1.a7e284a454eefp-3

enum { NOT_INTEGER = 0, ODD_INTEGER = 1, EVEN_INTEGER = 2 };

typedef struct {
  double hi, lo;
} double_double;

/* Whether y (high word without sign iy, low word ly) is an odd or even integer. */
static int integer_kind(int32_t iy, uint32_t ly) {
  if (iy >= 0x43400000) return EVEN_INTEGER; /* |y| >= 2^53 */
  if (iy < 0x3FF00000) return NOT_INTEGER;   /* |y| < 1 */
  int32_t e = (iy >> 20) - 0x3FF;
  if (e > 20) {
    uint32_t j = ly >> (52 - e);
    return (j << (52 - e)) == ly ? EVEN_INTEGER - (int)(j & 1) : NOT_INTEGER;
  }
  if (ly != 0) return NOT_INTEGER;
  int32_t j = iy >> (20 - e);
  return (j << (20 - e)) == iy ? EVEN_INTEGER - (j & 1) : NOT_INTEGER;
}

/* The special values of y and x (e_pow.c's cases 1-17). Returns true with *result when x ** y
 * is decided without the logarithm. */
static bool pow_special(double x, double y, int kind, double *result) {
  int32_t hx = high_word(x), hy = high_word(y);
  int32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  if (low_word(y) == 0) {
    if (iy == 0x7FF00000) { /* y = ±Infinity */
      double ax = magnitude(x);
      if (ax == 1.0) *result = NOT_A_NUMBER;
      else if (ax > 1.0) *result = hy >= 0 ? y : 0.0;
      else *result = hy < 0 ? -y : 0.0;
      return true;
    }
    if (iy == 0x3FF00000) { /* y = ±1 */
      *result = hy < 0 ? 1.0 / x : x;
      return true;
    }
    if (hy == 0x40000000) {
      *result = x * x;
      return true;
    }
    if (hy == 0x3FE00000 && hx >= 0) { /* y = 0.5, x >= +0 */
      *result = square_root(x);
      return true;
    }
  }
  if (low_word(x) == 0 && (ix == 0x7FF00000 || ix == 0 || ix == 0x3FF00000)) {
    double z = magnitude(x); /* ±0, ±Infinity, ±1 */
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (ix == 0x3FF00000 && kind == NOT_INTEGER) z = NOT_A_NUMBER; /* (-1) ** non-integer */
      else if (kind == ODD_INTEGER) z = -z;
    }
    *result = z;
    return true;
  }
  return false;
}

/* log2(ax) for ax within 2^-20 of 1, from the series t - t^2/2 + t^3/3 - t^4/4 (|y| > 2^31). */
static double_double log2_near_one(double ax) {
  double t = ax - 1.0; /* exact, with 20 trailing zero bits */
  double w = (t * t) * (0.5 - t * (0x1.5555555555555p-2 - t * 0.25));
  double u = POW_IVLN2_H * t;
  double v = t * POW_IVLN2_L - w * INVLN2;
  double_double r;
  r.hi = head_of(u + v);
  r.lo = v - (r.hi - u);
  return r;
}

/* log2(ax) = hi + lo for any positive finite ax (hi with a cleared low word). */
static double_double log2_extended(double ax) {
  int32_t ix = high_word(ax);
  int32_t n = 0;
  if (ix < 0x00100000) { /* subnormal */
    ax *= 0x1p53;
    n -= 53;
    ix = high_word(ax);
  }
  n += (ix >> 20) - 0x3FF;
  int32_t j = ix & 0x000FFFFF;
  ix = j | 0x3FF00000;
  int k = 0; /* reduce around 1 (mantissa below sqrt(3/2)) or 1.5 (below sqrt(3)) */
  if (j > 0x3988E) {
    if (j < 0xBB67A) {
      k = 1;
    } else {
      n += 1;
      ix -= 0x00100000;
    }
  }
  ax = with_high_word(ax, (uint32_t)ix);
  double b = k ? BP1 : 1.0, dp_h = k ? DP_H1 : 0.0, dp_l = k ? DP_L1 : 0.0;
  /* s = (ax - b)/(ax + b) as s_h + s_l */
  double u = ax - b;
  double v = 1.0 / (ax + b);
  double ss = u * v;
  double s_h = head_of(ss);
  double t_h = from_words((uint32_t)(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0);
  double t_l = ax - (t_h - b);
  double s_l = v * ((u - s_h * t_h) - s_h * t_l);
  /* log(ax/b) = 2s + 2s^3/3 + ...; here scaled by 3/2 */
  double s2 = ss * ss;
  double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
  r += s_l * (s_h + ss);
  s2 = s_h * s_h;
  t_h = head_of(3.0 + s2 + r);
  t_l = r - ((t_h - 3.0) - s2);
  u = s_h * t_h;
  v = s_l * t_h + t_l * ss;
  double p_h = head_of(u + v);
  double p_l = v - (p_h - u);
  /* times 2/(3 ln2), plus log2(b) and n */
  double z_h = CP_H * p_h;
  double z_l = CP_L * p_h + p_l * CP + dp_l;
  double t = (double)n;
  double_double out;
  out.hi = head_of(((z_h + z_l) + dp_h) + t);
  out.lo = z_l - (((out.hi - t) - dp_h) - z_h);
  return out;
}

/* 2^(p.hi + p.lo) times sign, for |p.hi + p.lo| below the overflow and underflow limits. */
static double pow_exp2(double_double p, double sign) {
  double p_h = p.hi, p_l = p.lo;
  int32_t j = high_word(p_l + p_h);
  int32_t i = j & 0x7FFFFFFF;
  int32_t k = (i >> 20) - 0x3FF;
  int32_t n = 0;
  if (i > 0x3FE00000) { /* |z| > 0.5: take out n = nearest integer */
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF;
    double t = from_words((uint32_t)(n & ~(0x000FFFFF >> k)), 0);
    n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  double t = head_of(p_l + p_h);
  double u = t * LG2_H;
  double v = (p_l - (t - p_h)) * LN2 + t * LG2_L;
  double z = u + v;
  double w = v - (z - u);
  double t1 = exp_remez(z);
  /* fdlibm subtracts the correction w + z w after dividing, (z t1)/(t1 - 2) - (w + z w); V8's
   * copy subtracts it inside the divisor, and Node's results follow V8's form. */
  double r = (z * t1) / ((t1 - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  int32_t hz = (int32_t)((uint32_t)high_word(z) + ((uint32_t)n << 20));
  if ((hz >> 20) <= 0) z = scale_by_power_of_two(z, n); /* subnormal result */
  else z = with_high_word(z, (uint32_t)hz);
  return sign * z;
}

/* |y| > 2^31: x ** y overflows or underflows unless x is within 2^-20 of 1. */
static bool pow_huge_exponent(int32_t ix, int32_t hy, double sign, double *result) {
  int32_t iy = hy & 0x7FFFFFFF;
  if (iy > 0x43F00000) { /* |y| > 2^64 */
    if (ix <= 0x3FEFFFFF) *result = hy < 0 ? INF : 0.0;
    else *result = hy > 0 ? INF : 0.0;
    return true;
  }
  if (ix < 0x3FEFFFFF) {
    *result = hy < 0 ? sign * INF : sign * 0.0;
    return true;
  }
  if (ix > 0x3FF00000) {
    *result = hy > 0 ? sign * INF : sign * 0.0;
    return true;
  }
  return false;
}

double yao_m_pow(double x, double y) {
  int32_t hx = high_word(x), hy = high_word(y);
  int32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  if (((uint32_t)iy | low_word(y)) == 0) return 1.0; /* x ** ±0 = 1, even for NaN */
  if (is_nan(x) || is_nan(y)) return x + y;
  int kind = hx < 0 ? integer_kind(iy, low_word(y)) : NOT_INTEGER;
  double result;
  if (pow_special(x, y, kind, &result)) return result;
  if (hx < 0 && kind == NOT_INTEGER) return NOT_A_NUMBER; /* negative ** non-integer */
  double sign = hx < 0 && kind == ODD_INTEGER ? -1.0 : 1.0;
  double_double l;
  if (iy > 0x41E00000) { /* |y| > 2^31 */
    if (pow_huge_exponent(ix, hy, sign, &result)) return result;
    l = log2_near_one(magnitude(x));
  } else {
    l = log2_extended(magnitude(x));
  }
  /* y * log2|x| = p_h + p_l, y split so that y1 * l.hi is exact */
  double y1 = head_of(y);
  double p_l = (y - y1) * l.hi + y * l.lo;
  double p_h = y1 * l.hi;
  double z = p_l + p_h;
  int32_t j = high_word(z);
  uint32_t i = low_word(z);
  if (j >= 0x40900000) { /* z >= 1024 */
    if ((((uint32_t)j - 0x40900000) | i) != 0 || p_l + OVT > z - p_h) return sign * INF;
  } else if ((j & 0x7FFFFFFF) >= 0x4090CC00) { /* z <= -1075 */
    if ((((uint32_t)j - 0xC090CC00) | i) != 0 || p_l <= z - p_h) return sign * 0.0;
  }
  double_double p = {p_h, p_l};
  return pow_exp2(p, sign);
}

/* ---------------------------------------------------------------- 5. reduction modulo pi/2
 * fdlibm's e_rem_pio2.c and k_rem_pio2.c: x = n pi/2 + (y0 + y1), |y0 + y1| <= pi/4.
 * Up to 3pi/4 one subtraction of pi/2 (in 33 + 53 bits); up to 2^19 pi/2 Cody and Waite's
 * method, subtracting n pi/2 in 33-bit pieces until no cancellation is left (good to 151 bits);
 * beyond that the Payne-Hanek method as K. C. Ng formulated it ("Argument reduction for huge
 * arguments: good to the last bit", Sun, 1992): multiply x, cut into 24-bit pieces, by only the
 * bits of 2/pi that matter for the fraction of x 2/pi, with 24-bit integer chunks held in
 * doubles so every product and sum is exact. */

#define INVPIO2 0x1.45f306dc9c883p-1   /* 2/pi to 53 bits */
#define PIO2_1 0x1.921fb544p0          /* pi/2 to 33 bits */
#define PIO2_1T 0x1.0b4611a626331p-34  /* pi/2 - PIO2_1 */
#define PIO2_2 0x1.0b4611a6p-34        /* next 33 bits of pi/2 */
#define PIO2_2T 0x1.3198a2e037073p-69  /* pi/2 - (PIO2_1 + PIO2_2) */
#define PIO2_3 0x1.3198a2ep-69         /* next 33 bits of pi/2 */
#define PIO2_3T 0x1.b839a252049c1p-104 /* pi/2 - (PIO2_1 + PIO2_2 + PIO2_3) */

/* Bits of 2/pi after the binary point, 24 to an entry: entry i holds bits 24i+1 .. 24i+24.
 * 66 entries (1584 bits) cover every double exponent with room for the guard chunks. */
static const int32_t TWO_OVER_PI[66] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
};

/* High words of n pi/2 for n = 1..32: an x sharing one may cancel badly against n pi/2. */
static const int32_t NPIO2_HIGH[32] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB,
    0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB,
    0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C,
    0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB,
    0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

/* |x| in (pi/4, 3pi/4): n = 1, one subtraction of pi/2 in two or three pieces. */
static int32_t reduce_one_quadrant(double ax, int32_t ix, double *y) {
  double z = ax - PIO2_1;
  if (ix != 0x3FF921FB) { /* 33 + 53 bits of pi/2 suffice */
    y[0] = z - PIO2_1T;
    y[1] = (z - y[0]) - PIO2_1T;
  } else { /* |x| near pi/2: 33 + 33 + 53 bits */
    z -= PIO2_2;
    y[0] = z - PIO2_2T;
    y[1] = (z - y[0]) - PIO2_2T;
  }
  return 1;
}

/* One more Cody-Waite round: r -= fn * piece, with w carrying fn * tail and r's rounding. */
static void cody_waite_round(double fn, double piece, double tail, double *r, double *w) {
  double t = *r;
  double product = fn * piece;
  *r = t - product;
  *w = fn * tail - ((t - *r) - product);
}

static int32_t exponent_field(double d) { return (int32_t)((bits_of(d) >> 52) & 0x7FF); }

/* |x| in [3pi/4, 2^19 pi/2]: Cody-Waite. Each round is good to 33 more bits; a further round
 * runs only when the result lost that many bits to cancellation. */
static int32_t reduce_medium(double ax, int32_t ix, double *y) {
  int32_t n = (int32_t)(ax * INVPIO2 + 0.5);
  double fn = (double)n;
  double r = ax - fn * PIO2_1;
  double w = fn * PIO2_1T; /* good to 85 bits */
  y[0] = r - w;
  if (n >= 32 || ix == NPIO2_HIGH[n - 1]) {
    int32_t e = ix >> 20;
    if (e - exponent_field(y[0]) > 16) { /* good to 118 bits */
      cody_waite_round(fn, PIO2_2, PIO2_2T, &r, &w);
      y[0] = r - w;
      if (e - exponent_field(y[0]) > 49) { /* good to 151 bits, enough for every double */
        cody_waite_round(fn, PIO2_3, PIO2_3T, &r, &w);
        y[0] = r - w;
      }
    }
  }
  y[1] = (r - y[0]) - w;
  return n;
}

/* The Payne-Hanek part (k_rem_pio2.c) at 64-bit target precision: 4 chunks of 2/pi beyond the
 * ones that can reach the fraction. */
#define PH_GUARD_TERMS 4
#define PH_MAX_TERMS 20

/* pi/2 cut into 24-bit pieces, each exactly a double; the 64-bit precision uses five. */
static const double PIO2_PIECES[PH_GUARD_TERMS + 1] = {
    0xC90FDA * 0x1p-23, 0xA22168 * 0x1p-47, 0xC234C4 * 0x1p-71,
    0xC6628B * 0x1p-95, 0x80DC1C * 0x1p-119,
};

typedef struct {
  double x[3];    /* |x| / 2^e0 in 24-bit pieces */
  int32_t last_x; /* index of the last nonzero piece */
  int32_t first;  /* index in TWO_OVER_PI of the first chunk used */
  int32_t q0;     /* exponent of the lowest bit of q[0] */
  int32_t jz;     /* index of the last chunk of the product in use */
  double f[PH_MAX_TERMS];   /* chunks of 2/pi as doubles, f[last_x + i] = TWO_OVER_PI[first + i] */
  double q[PH_MAX_TERMS];   /* chunks of x 2/pi, q[i] 24 bits below q[i-1] (sums, not carried) */
  int32_t iq[PH_MAX_TERMS]; /* the product carried into 24-bit digits, iq[0] the lowest */
} payne_hanek;

/* q[i] = sum of x[j] f[last_x + i - j]: every product has 48 bits, so the sum is exact. */
static void ph_product_term(payne_hanek *ph, int32_t i) {
  double sum = 0.0;
  for (int32_t j = 0; j <= ph->last_x; j++) sum += ph->x[j] * ph->f[ph->last_x + i - j];
  ph->q[i] = sum;
}

/* Carries q[1..jz] into the 24-bit digits iq[]; returns what is left above them (q[0] plus
 * the carry), the integer part and leading fraction bits of x 2/pi scaled by 2^-q0. */
static double ph_carry(payne_hanek *ph) {
  double z = ph->q[ph->jz];
  for (int32_t i = 0, j = ph->jz; j > 0; i++, j--) {
    double high = (double)(int32_t)(0x1p-24 * z);
    ph->iq[i] = (int32_t)(z - TWO_24 * high);
    z = ph->q[j - 1] + high;
  }
  return z;
}

/* Replaces the fraction digits by their complement 1 - fraction; returns whether a borrow
 * came out of the digits (some digit was nonzero). */
static bool ph_complement(payne_hanek *ph) {
  bool borrow = false;
  for (int32_t i = 0; i < ph->jz; i++) {
    int32_t digit = ph->iq[i];
    if (borrow) {
      ph->iq[i] = 0xFFFFFF - digit;
    } else if (digit != 0) {
      borrow = true;
      ph->iq[i] = 0x1000000 - digit;
    }
  }
  /* digits above the binary point stay out of the fraction */
  if (ph->q0 == 1) ph->iq[ph->jz - 1] &= 0x7FFFFF;
  if (ph->q0 == 2) ph->iq[ph->jz - 1] &= 0x3FFFFF;
  return borrow;
}

typedef struct {
  int32_t n;   /* quadrant, mod 8 */
  int32_t ih;  /* nonzero when the fraction was >= 1/2 and has been complemented */
  double z;    /* the part of the fraction not held in iq[] */
} ph_quadrant;

/* Splits x 2/pi into the quadrant n and the fraction; a fraction of 1/2 or more is replaced by
 * its complement (and n incremented), so the remainder is the nearest one, |r| <= pi/4. */
static ph_quadrant ph_take_quadrant(payne_hanek *ph, double top) {
  ph_quadrant s;
  int32_t jz = ph->jz, q0 = ph->q0;
  double z = scale_by_power_of_two(top, q0);
  z -= 8.0 * floor_of(z * 0.125); /* multiples of 8 quadrants do not matter */
  s.n = (int32_t)z;
  s.z = z - (double)s.n;
  s.ih = 0;
  if (q0 > 0) { /* the lowest integer bits are in iq[jz-1] */
    int32_t i = ph->iq[jz - 1] >> (24 - q0);
    s.n += i;
    ph->iq[jz - 1] -= i << (24 - q0);
    s.ih = ph->iq[jz - 1] >> (23 - q0);
  } else if (q0 == 0) {
    s.ih = ph->iq[jz - 1] >> 23;
  } else if (s.z >= 0.5) {
    s.ih = 2;
  }
  if (s.ih > 0) {
    s.n += 1;
    bool borrow = ph_complement(ph);
    if (s.ih == 2) {
      s.z = 1.0 - s.z;
      if (borrow) s.z -= scale_by_power_of_two(1.0, q0);
    }
  }
  return s;
}

/* How many more chunks of 2/pi are needed: when the fraction so far is zero apart from the
 * guard digits, x lies very close to a multiple of pi/2 and more bits must be computed. */
static int32_t ph_chunks_missing(const payne_hanek *ph, double z) {
  if (z != 0) return 0;
  int32_t any = 0;
  for (int32_t i = ph->jz - 1; i >= PH_GUARD_TERMS; i--) any |= ph->iq[i];
  if (any != 0) return 0;
  int32_t k = 1;
  while (k <= PH_GUARD_TERMS && ph->iq[PH_GUARD_TERMS - k] == 0) k++;
  return k;
}

static void ph_add_chunks(payne_hanek *ph, int32_t k) {
  for (int32_t i = ph->jz + 1; i <= ph->jz + k; i++) {
    ph->f[ph->last_x + i] = (double)TWO_OVER_PI[ph->first + i];
    ph_product_term(ph, i);
  }
  ph->jz += k;
}

/* Puts the fraction's last part z into the digits, or drops trailing zero digits. */
static void ph_finish_digits(payne_hanek *ph, double z) {
  if (z == 0.0) {
    ph->jz -= 1;
    ph->q0 -= 24;
    while (ph->iq[ph->jz] == 0) {
      ph->jz--;
      ph->q0 -= 24;
    }
    return;
  }
  z = scale_by_power_of_two(z, -ph->q0);
  if (z >= TWO_24) {
    double high = (double)(int32_t)(0x1p-24 * z);
    ph->iq[ph->jz] = (int32_t)(z - TWO_24 * high);
    ph->jz += 1;
    ph->q0 += 24;
    ph->iq[ph->jz] = (int32_t)high;
  } else {
    ph->iq[ph->jz] = (int32_t)z;
  }
}

/* y[0] + y[1] = the fraction digits times pi/2, negated when the fraction was complemented. */
static void ph_times_pio2(payne_hanek *ph, int32_t ih, double *y) {
  int32_t jz = ph->jz;
  double scale = scale_by_power_of_two(1.0, ph->q0);
  for (int32_t i = jz; i >= 0; i--) {
    ph->q[i] = scale * ph->iq[i];
    scale *= 0x1p-24;
  }
  double fq[PH_MAX_TERMS];
  fq[0] = 0.0; /* jz >= 0, so the loop sets it; this only tells the compiler */
  for (int32_t i = jz; i >= 0; i--) {
    double sum = 0.0;
    for (int32_t k = 0; k <= PH_GUARD_TERMS && k <= jz - i; k++) {
      sum += PIO2_PIECES[k] * ph->q[i + k];
    }
    fq[jz - i] = sum;
  }
  double head = 0.0;
  for (int32_t i = jz; i >= 0; i--) head += fq[i];
  double tail = fq[0] - head;
  for (int32_t i = 1; i <= jz; i++) tail += fq[i];
  y[0] = ih == 0 ? head : -head;
  y[1] = ih == 0 ? tail : -tail;
}

/* Payne-Hanek for |x| > 2^19 pi/2, finite: returns n mod 8 and y = |x| - n pi/2. */
static int32_t reduce_huge(double ax, double *y) {
  payne_hanek ph;
  uint32_t ix = (uint32_t)high_word(ax);
  int32_t e0 = (int32_t)(ix >> 20) - 1046; /* exponent of ax minus 23 */
  double z = from_words(ix - ((uint32_t)e0 << 20), low_word(ax)); /* in [2^23, 2^24) */
  for (int i = 0; i < 2; i++) {
    ph.x[i] = (double)(int32_t)z;
    z = (z - ph.x[i]) * TWO_24;
  }
  ph.x[2] = z;
  ph.last_x = 2;
  while (ph.x[ph.last_x] == 0.0) ph.last_x--;
  /* chunks of 2/pi before `first` only contribute multiples of 8 to x 2/pi */
  ph.first = (e0 - 3) / 24;
  if (ph.first < 0) ph.first = 0;
  ph.q0 = e0 - 24 * (ph.first + 1);
  for (int32_t i = 0, j = ph.first - ph.last_x; i <= ph.last_x + PH_GUARD_TERMS; i++, j++) {
    ph.f[i] = j < 0 ? 0.0 : (double)TWO_OVER_PI[j];
  }
  for (int32_t i = 0; i <= PH_GUARD_TERMS; i++) ph_product_term(&ph, i);
  ph.jz = PH_GUARD_TERMS;
  for (;;) {
    ph_quadrant s = ph_take_quadrant(&ph, ph_carry(&ph));
    int32_t missing = ph_chunks_missing(&ph, s.z);
    if (missing == 0) {
      ph_finish_digits(&ph, s.z);
      ph_times_pio2(&ph, s.ih, y);
      return s.n & 7;
    }
    ph_add_chunks(&ph, missing);
  }
}

/* x = n pi/2 + y[0] + y[1] for finite |x| > pi/4 (e_rem_pio2.c). Only n mod 4 matters. */
static int32_t reduce_pio2(double x, double *y) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  double ax = magnitude(x);
  int32_t n;
  if (ix < 0x4002D97C) n = reduce_one_quadrant(ax, ix, y); /* |x| < 3pi/4 */
  else if (ix <= 0x413921FB) n = reduce_medium(ax, ix, y); /* |x| <= 2^19 pi/2 */
  else n = reduce_huge(ax, y);
  if (hx < 0) { /* rounding is symmetric, so reducing |x| and negating is exact */
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

/* ---------------------------------------------------------------- 6. sin, cos, tan
 * fdlibm's k_sin.c, k_cos.c, k_tan.c on [-pi/4, pi/4] after the reduction above, taking the
 * reduced argument as x + y (y its tail). sin x ~ x + S1 x^3 + ... + S6 x^13 and
 * cos x ~ 1 - x^2/2 + C1 x^4 + ... + C6 x^14 (Remez, errors below 2^-58); tan x ~ x + T0 x^3
 * + ... + T12 x^27 on [0, 0.6744] (error below 2^-59.2), and above that
 * tan x = tan(pi/4 - y) = 1 - 2 (tan y - tan^2 y / (1 + tan y)). The quadrant n picks the
 * kernel and the sign: sin = S, C, -S, -C; cos = C, -S, -C, S; tan = T, -1/T. */

#define C1 0x1.555555555554cp-5
#define C2 -0x1.6c16c16c15177p-10
#define C3 0x1.a01a019cb159p-16
#define C4 -0x1.27e4f809c52adp-22
#define C5 0x1.1ee9ebdb4b1c4p-29
#define C6 -0x1.8fae9be8838d4p-37

#define S1 -0x1.5555555555549p-3
#define S2 0x1.111111110f8a6p-7
#define S3 -0x1.a01a019c161d5p-13
#define S4 0x1.71de357b1fe7dp-19
#define S5 -0x1.ae5e68a2b9cebp-26
#define S6 0x1.5d93a5acfd57cp-33

static const double TAN_COEFFS[13] = {
    0x1.5555555555563p-2,  0x1.111111110fe7ap-3,  0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
    0x1.226e3e96e8493p-7,  0x1.d6d22c9560328p-9,  0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
    0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
    0x1.b2a7074bf7ad4p-16,
};

#define PIO4 0x1.921fb54442d18p-1     /* pi/4 to 53 bits */
#define PIO4_LO 0x1.1a62633145c07p-55 /* pi/4 - PIO4 */

static double kernel_cos(double x, double y) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000) return 1.0; /* |x| < 2^-27 */
  double z = x * x;
  double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
  /* Take qx (about x^2/4 rounded to a short number) out of both 1 and x^2/2: both subtractions
   * are exact and the remaining one loses less. */
  double qx = ix > 0x3FE90000 ? 0.28125 : from_words((uint32_t)(ix - 0x00200000), 0);
  double hz = 0.5 * z - qx;
  double a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

/* with_tail: whether y is part of the argument (0 for an unreduced x). */
static double kernel_sin(double x, double y, bool with_tail) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
  double z = x * x;
  double v = z * x;
  double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (!with_tail) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

/* -1/w where w = x + r, in extra precision (k_tan.c): a head t of -1/w, then one correction. */
static double minus_reciprocal(double w, double x, double r) {
  double z = head_of(w);
  double v = r - (z - x); /* z + v = x + r */
  double a = -1.0 / w;
  double t = head_of(a);
  double s = 1.0 + t * z;
  return t + a * (s + t * v);
}

/* tan(x + y) for iy = 1, -1/tan(x + y) for iy = -1. */
static double kernel_tan(double x, double y, int32_t iy) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix < 0x3E300000) { /* |x| < 2^-28 */
    if (((uint32_t)ix | low_word(x)) == 0 && iy == -1) return 1.0 / magnitude(x);
    if (iy == 1) return x;
    return minus_reciprocal(x + y, x, y);
  }
  bool upper = ix >= 0x3FE59428; /* |x| >= 0.6744: use tan(pi/4 - x) */
  if (upper) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    x = (PIO4 - x) + (PIO4_LO - y);
    y = 0.0;
  }
  const double *T = TAN_COEFFS;
  double z = x * x;
  double w = z * z;
  /* x^5 (T1 + T2 x^2 + ...) split into odd and even powers of x^4 */
  double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  double s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (upper) {
    v = (double)iy;
    double sign = (double)(1 - ((hx >> 30) & 2));
    return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (iy == 1) return w;
  return minus_reciprocal(w, x, r);
}

double yao_m_sin(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_sin(x, 0.0, false); /* |x| <= pi/4 */
  if (ix >= 0x7FF00000) return x - x;                      /* NaN */
  double y[2];
  switch (reduce_pio2(x, y) & 3) {
    case 0: return kernel_sin(y[0], y[1], true);
    case 1: return kernel_cos(y[0], y[1]);
    case 2: return -kernel_sin(y[0], y[1], true);
    default: return -kernel_cos(y[0], y[1]);
  }
}

double yao_m_cos(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_cos(x, 0.0);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  switch (reduce_pio2(x, y) & 3) {
    case 0: return kernel_cos(y[0], y[1]);
    case 1: return -kernel_sin(y[0], y[1], true);
    case 2: return -kernel_cos(y[0], y[1]);
    default: return kernel_sin(y[0], y[1], true);
  }
}

double yao_m_tan(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_tan(x, 0.0, 1);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  int32_t n = reduce_pio2(x, y);
  return kernel_tan(y[0], y[1], 1 - ((n & 1) << 1)); /* odd quadrants give -1/tan */
}

/* ---------------------------------------------------------------- 7. asin, acos, atan, atan2
 * fdlibm's e_asin.c, e_acos.c, s_atan.c, e_atan2.c. asin x = x + x^3 R(x^2) on [0, 1/2], R a
 * rational Remez fit (error below 2^-58.75); beyond 1/2, asin x = pi/2 - 2 asin(sqrt((1-x)/2)),
 * with the square root split into head and correction where cancellation would hurt; acos uses
 * the same R. atan reduces |x| to [0, 7/16] through atan(1/2), atan(1), atan(3/2) and
 * atan(Infinity) (each in two pieces), then a degree-11 odd polynomial in x. atan2 is atan(y/x)
 * placed in the quadrant, with IEEE 754's signed zeros and infinities. */

#define PI 0x1.921fb54442d18p1
#define PI_LO 0x1.1a62633145c07p-53    /* pi - PI */
#define PIO2_HI 0x1.921fb54442d18p0
#define PIO2_LO 0x1.1a62633145c07p-54  /* pi/2 - PIO2_HI */
#define PIO4_HI 0x1.921fb54442d18p-1

#define PS0 0x1.5555555555555p-3
#define PS1 -0x1.4d61203eb6f7dp-2
#define PS2 0x1.9c1550e884455p-3
#define PS3 -0x1.48228b5688f3bp-5
#define PS4 0x1.9efe07501b288p-11
#define PS5 0x1.23de10dfdf709p-15
#define QS1 -0x1.33a271c8a2d4bp1
#define QS2 0x1.02ae59c598ac8p1
#define QS3 -0x1.6066c1b8d0159p-1
#define QS4 0x1.3b8c5b12e9282p-4

/* R(z) = (asin(sqrt z) - sqrt z) / z^(3/2), as the ratio p/q of e_asin.c. */
static double asin_ratio(double z) {
  double p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
  double q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
  return p / q;
}

/* asin |x| for 1/2 <= |x| < 1. */
static double asin_upper(double ax, int32_t ix) {
  double t = (1.0 - ax) * 0.5;
  double r = asin_ratio(t);
  double s = square_root(t);
  if (ix >= 0x3FEF3333) return PIO2_HI - (2.0 * (s + s * r) - PIO2_LO); /* |x| > 0.975 */
  /* s = w + c with w short, so 2w and pi/4 - 2w are exact */
  double w = head_of(s);
  double c = (t - w * w) / (s + w);
  double p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
  double q = PIO4_HI - 2.0 * w;
  return PIO4_HI - (p - q);
}

double yao_m_asin(double x) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 or NaN */
    if (((uint32_t)(ix - 0x3FF00000) | low_word(x)) == 0) return x * PIO2_HI + x * PIO2_LO;
    return NOT_A_NUMBER;
  }
  if (ix < 0x3FE00000) { /* |x| < 1/2 */
    if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
    return x + x * asin_ratio(x * x);
  }
  double t = asin_upper(magnitude(x), ix);
  return hx > 0 ? t : -t;
}

double yao_m_acos(double x) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 or NaN */
    if (((uint32_t)(ix - 0x3FF00000) | low_word(x)) == 0) return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
    return NOT_A_NUMBER;
  }
  if (ix < 0x3FE00000) { /* |x| < 1/2: pi/2 - asin x */
    if (ix <= 0x3C600000) return PIO2_HI + PIO2_LO; /* |x| <= 2^-57 */
    double r = asin_ratio(x * x);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) { /* x <= -1/2: pi - 2 asin(sqrt((1+x)/2)) */
    double z = (1.0 + x) * 0.5;
    double s = square_root(z);
    double w = asin_ratio(z) * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  /* x >= 1/2: 2 asin(sqrt((1-x)/2)), the square root as head df plus correction c */
  double z = (1.0 - x) * 0.5;
  double s = square_root(z);
  double df = head_of(s);
  double c = (z - df * df) / (s + df);
  double w = asin_ratio(z) * s + c;
  return 2.0 * (df + w);
}

/* atan of the break points 1/2, 1, 3/2 and Infinity, each as hi + lo. */
static const double ATAN_HI[4] = {
    0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
};
static const double ATAN_LO[4] = {
    0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
};
/* atan x ~ x - x^3 (AT[0] + AT[1] x^2 + ... + AT[10] x^20) on [0, 7/16]. */
static const double AT[11] = {
    0x1.555555555550dp-2,  -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
    0x1.745cdc54c206ep-4,  -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
    0x1.97b4b24760debp-5,  -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
};

/* x (AT[0] x^2 + ... + AT[10] x^22), the odd and even halves evaluated separately. */
static double atan_series(double x) {
  double z = x * x;
  double w = z * z;
  double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  return x * (s1 + s2);
}

/* Which break point |x| >= 7/16 is nearest to, and x moved to its neighbourhood of 0. */
static int32_t atan_reduce(double *x, int32_t ix) {
  double ax = magnitude(*x);
  if (ix < 0x3FF30000) {   /* |x| < 19/16 */
    if (ix < 0x3FE60000) { /* 7/16 <= |x| < 11/16 */
      *x = (2.0 * ax - 1.0) / (2.0 + ax);
      return 0;
    }
    *x = (ax - 1.0) / (ax + 1.0);
    return 1;
  }
  if (ix < 0x40038000) { /* |x| < 39/16 */
    *x = (ax - 1.5) / (1.0 + 1.5 * ax);
    return 2;
  }
  *x = -1.0 / ax;
  return 3;
}

double yao_m_atan(double x) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x44100000) { /* |x| >= 2^66 */
    if (is_nan(x)) return x + x;
    return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
  }
  if (ix < 0x3FDC0000) {           /* |x| < 7/16 */
    if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
    return x - atan_series(x);
  }
  int32_t id = atan_reduce(&x, ix);
  double z = ATAN_HI[id] - ((atan_series(x) - ATAN_LO[id]) - x);
  return hx < 0 ? -z : z;
}

/* atan2 when x or y is zero or infinite; m = 2 sign(x) + sign(y). */
static bool atan2_special(double y, double x, int32_t m, double *result) {
  double ay = magnitude(y), ax = magnitude(x);
  static const double towards_y_axis[2] = {PIO2_HI, -PIO2_HI};
  if (ay == 0.0) { /* atan2(±0, x>=+0) = ±0, atan2(±0, x<=-0) = ±pi */
    *result = m < 2 ? y : (m == 2 ? PI : -PI);
    return true;
  }
  if (ax == 0.0) {
    *result = towards_y_axis[m & 1];
    return true;
  }
  if (ax == INF) {
    if (ay == INF) {
      static const double corners[4] = {PIO4_HI, -PIO4_HI, 3.0 * PIO4_HI, -3.0 * PIO4_HI};
      *result = corners[m];
    } else {
      static const double edges[4] = {0.0, -0.0, PI, -PI};
      *result = edges[m];
    }
    return true;
  }
  if (ay == INF) {
    *result = towards_y_axis[m & 1];
    return true;
  }
  return false;
}

double yao_m_atan2(double y, double x) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (x == 1.0) return yao_m_atan(y);
  int32_t hx = high_word(x), hy = high_word(y);
  int32_t m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
  double result;
  if (atan2_special(y, x, m, &result)) return result;
  int32_t k = ((hy & 0x7FFFFFFF) - (hx & 0x7FFFFFFF)) >> 20; /* about log2 |y/x| */
  double z;
  if (k > 60) { /* |y/x| > 2^60 */
    z = PIO2_HI + 0.5 * PI_LO;
    m &= 1;
  } else if (hx < 0 && k < -60) { /* |y/x| < 2^-60 with x < 0 */
    z = 0.0;
  } else {
    z = yao_m_atan(magnitude(y / x));
  }
  switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return PI - (z - PI_LO);
    default: return (z - PI_LO) - PI;
  }
}

/* ---------------------------------------------------------------- 8. hyperbolic functions
 * sinh, cosh: V8's versions of fdlibm's e_sinh.c and e_cosh.c, from expm1 for small |x| and
 * exp (halved, or squared from exp(|x|/2) near overflow) for large. tanh: fdlibm's s_tanh.c
 * from expm1(±2|x|). asinh, acosh, atanh: fdlibm's s_asinh.c, e_acosh.c, e_atanh.c, logarithms
 * of the defining formulas rearranged to avoid cancellation (log1p near 0, log x + ln2 when
 * x^2 would overflow). */

#define HYPERBOLIC_OVERFLOW 0x1.633ce8fb9f87dp9 /* 710.4758600739439: sinh, cosh overflow above */
#define LOG_MAX_DOUBLE_HEAD 0x1.62e42p9         /* 709.7822265625: 40862E42 00000000 */

double yao_m_sinh(double x) {
  double h = x < 0 ? -0.5 : 0.5;
  double ax = magnitude(x);
  if (ax < 22) {
    if (ax < 0x1p-28) return x;
    double t = yao_m_expm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX_DOUBLE_HEAD) return h * yao_m_exp(ax);
  if (ax <= HYPERBOLIC_OVERFLOW) { /* exp(|x|) alone would overflow */
    double w = yao_m_exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }
  return x * 1e307; /* overflows to ±Infinity; NaN stays NaN */
}

double yao_m_cosh(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  double ax = magnitude(x);
  if (ix < 0x3FD62E43) { /* |x| < ln2/2: 1 + (e^|x| - 1)^2 / (2 e^|x|) */
    double t = yao_m_expm1(ax);
    double w = 1.0 + t;
    if (ix < 0x3C800000) return w; /* |x| < 2^-55 */
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { /* |x| < 22 */
    double t = yao_m_exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * yao_m_exp(ax);
  if (ax <= HYPERBOLIC_OVERFLOW) {
    double w = yao_m_exp(0.5 * ax);
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x; /* Infinity or NaN */
  return INF;
}

double yao_m_tanh(double x) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) { /* ±Infinity gives ±1, NaN NaN */
    if (hx >= 0) return 1.0 / x + 1.0;
    return 1.0 / x - 1.0;
  }
  double z;
  if (ix < 0x40360000) {           /* |x| < 22 */
    if (ix < 0x3E300000) return x; /* |x| < 2^-28 */
    if (ix >= 0x3FF00000) {        /* |x| >= 1 */
      double t = yao_m_expm1(2.0 * magnitude(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = yao_m_expm1(-2.0 * magnitude(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0; /* |x| >= 22: 1 - 2e^-44 rounds to 1 */
  }
  return hx >= 0 ? z : -z;
}

double yao_m_asinh(double x) {
  int32_t hx = high_word(x);
  int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x; /* Infinity or NaN */
  if (ix < 0x3E300000) return x;      /* |x| < 2^-28 */
  double w;
  if (ix > 0x41B00000) { /* |x| > 2^28: log(2|x|) */
    w = yao_m_log(magnitude(x)) + LN2;
  } else if (ix > 0x40000000) { /* 2 < |x| <= 2^28 */
    double t = magnitude(x);
    w = yao_m_log(2.0 * t + 1.0 / (square_root(x * x + 1.0) + t));
  } else {
    double t = x * x;
    w = yao_m_log1p(magnitude(x) + t / (1.0 + square_root(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

double yao_m_acosh(double x) {
  int32_t hx = high_word(x);
  if (hx < 0x3FF00000) return NOT_A_NUMBER; /* x < 1, negative NaN included */
  if (hx >= 0x41B00000) {                   /* x >= 2^28, Infinity or NaN */
    if (hx >= 0x7FF00000) return x + x;
    return yao_m_log(x) + LN2;
  }
  if (x == 1.0) return 0.0;
  if (hx > 0x40000000) { /* 2 < x < 2^28: log(2x - 1/(x + sqrt(x^2 - 1))) */
    double t = x * x;
    return yao_m_log(2.0 * x - 1.0 / (x + square_root(t - 1.0)));
  }
  double t = x - 1.0; /* 1 < x <= 2 */
  return yao_m_log1p(t + square_root(2.0 * t + t * t));
}

double yao_m_atanh(double x) {
  int32_t hx = high_word(x);
  double ax = magnitude(x);
  if (!(ax <= 1.0)) return NOT_A_NUMBER; /* |x| > 1 or NaN */
  if (ax == 1.0) return x > 0 ? INF : -INF;
  if ((hx & 0x7FFFFFFF) < 0x3E300000) return x; /* |x| < 2^-28 */
  double t;
  if (ax < 0.5) { /* atanh x = log1p(2x + 2x^2/(1-x)) / 2 */
    t = ax + ax;
    t = 0.5 * yao_m_log1p(t + t * ax / (1.0 - ax));
  } else {
    t = 0.5 * yao_m_log1p((ax + ax) / (1.0 - ax));
  }
  return hx >= 0 ? t : -t;
}

/* ---------------------------------------------------------------- 9. cbrt, hypot
 * cbrt is FreeBSD's s_cbrt.c (Bruce Evans): dividing the exponent field by 3 gives 5 bits, a
 * degree-4 polynomial in t^3/x brings t to 23 bits, t is rounded away from zero to 21 bits so
 * t*t is exact, and one Newton step gives the result to within 0.667 ulp. hypot is V8's Torque
 * builtin (src/builtins/math.tq): Infinity wins over NaN, and the sum of squares is taken of
 * the arguments divided by the largest, with Kahan's compensated summation. */

/* Exponent field / 3, biased so the bit pattern is cbrt(x) to about 1/32: (1023 - 1023/3 -
 * 0.03306235651) 2^20, and the same less 54/3 for subnormals scaled by 2^54. */
#define CBRT_BIAS 715094163u
#define CBRT_BIAS_SUBNORMAL 696219795u

#define CBRT_P0 0x1.e03e60f61e692p0
#define CBRT_P1 -0x1.e28e092f0242p0
#define CBRT_P2 0x1.9f1604a49d6c2p0
#define CBRT_P3 -0x1.844cbbee751d9p-1
#define CBRT_P4 0x1.2b000d4e4edd7p-3

double yao_m_cbrt(double x) {
  uint32_t hx = (uint32_t)high_word(x);
  uint32_t sign = hx & 0x80000000u;
  hx ^= sign;
  if (hx >= 0x7FF00000) return x + x; /* Infinity or NaN */
  double t;
  if (hx < 0x00100000) { /* zero or subnormal */
    if ((hx | low_word(x)) == 0) return x;
    double scaled = TWO_54 * x;
    uint32_t high = (uint32_t)high_word(scaled) & 0x7FFFFFFF;
    t = from_words(sign | (high / 3 + CBRT_BIAS_SUBNORMAL), 0);
  } else {
    t = from_words(sign | (hx / 3 + CBRT_BIAS), 0);
  }
  /* t ~ cbrt(x) to 5 bits; t P(t^3/x) with P ~ 1/cbrt brings it to 23 bits */
  double r = (t * t) * (t / x);
  t = t * ((CBRT_P0 + r * (CBRT_P1 + r * CBRT_P2)) + ((r * r) * r) * (CBRT_P3 + r * CBRT_P4));
  /* round away from zero to 21 bits, so that t*t is exact */
  t = double_of((bits_of(t) + 0x80000000u) & 0xFFFFFFFFC0000000ull);
  /* one Newton step: t + t (x/t^2 - t) / (2t + x/t^2) */
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

double yao_m_hypot(int n, const double *xs) {
  bool any_nan = false;
  double max = 0;
  for (int i = 0; i < n; i++) {
    double a = magnitude(xs[i]);
    if (is_nan(a)) any_nan = true;
    else if (a > max) max = a;
  }
  if (max == INF) return INF;
  if (any_nan) return NOT_A_NUMBER;
  if (max == 0) return 0;
  double sum = 0, compensation = 0;
  for (int i = 0; i < n; i++) {
    double r = magnitude(xs[i]) / max;
    double summand = r * r - compensation;
    double next = sum + summand;
    compensation = (next - sum) - summand;
    sum = next;
  }
  return square_root(sum) * max;
}
