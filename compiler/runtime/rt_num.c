/* Number helpers with JavaScript's exact semantics, written on the bits of the double so that
 * they need no libm: ToInt32 for large values, %, floor/ceil/trunc/round, min/max with -0 and
 * NaN, the Number predicates, and typed-array clamping. The transcendental functions are
 * math.c's, which reproduce V8's results bit for bit on every target. */
#include "yao.h"

typedef union { double d; uint64_t u; } bits64;
static inline uint64_t bits_of(double d) { bits64 b; b.d = d; return b.u; }
static inline double of_bits(uint64_t u) { bits64 b; b.u = u; return b.d; }

#define SIGN (UINT64_C(1) << 63)
#define FRAC ((UINT64_C(1) << 52) - 1)

double yao_trunc(double x) {
  uint64_t u = bits_of(x);
  int e = (int)((u >> 52) & 0x7ff) - 1023;
  if (e >= 52) return x;                 /* already integral, or NaN/Infinity */
  if (e < 0) return of_bits(u & SIGN);   /* |x| < 1: a signed zero */
  return of_bits(u & ~(FRAC >> e));
}

double yao_floor(double x) {
  double t = yao_trunc(x);
  return (x < 0 && t != x) ? t - 1 : t;
}

double yao_ceil(double x) {
  double t = yao_trunc(x);
  if (x > 0 && t != x) return t + 1;
  return t;
}

/* Math.round: nearest integer, halves toward +Infinity, and -0 for x in [-0.5, -0]. */
double yao_round(double x) {
  if (x != x || x - x != 0) return x;
  if (x >= 4503599627370496.0 || x <= -4503599627370496.0) return x;
  double r = yao_floor(x);
  if (x - r >= 0.5) r += 1;
  if (r == 0 && (x < 0 || bits_of(x) == SIGN)) return -0.0;
  return r;
}

double yao_sign(double x) {
  if (x > 0) return 1;
  if (x < 0) return -1;
  return x; /* 0, -0, NaN */
}

double yao_fmin(double a, double b) {
  if (a != a || b != b) return YAO_NAN;
  if (a == 0 && b == 0) return (bits_of(a) | bits_of(b)) & SIGN ? -0.0 : 0.0;
  return a < b ? a : b;
}

double yao_fmax(double a, double b) {
  if (a != a || b != b) return YAO_NAN;
  if (a == 0 && b == 0) return (bits_of(a) & bits_of(b)) & SIGN ? -0.0 : 0.0;
  return a > b ? a : b;
}

/* ToInt32 of a double outside (-2^63, 2^63) (yao.h has the rest): the integer part modulo 2^32, as a signed value. */
int32_t yao_toint32_slow(double d) {
  uint64_t u = bits_of(d);
  int e = (int)((u >> 52) & 0x7ff);
  if (e == 0x7ff || e < 1023) return 0; /* NaN, Infinity, |d| < 1 */
  uint64_t mant = (u & FRAC) | (UINT64_C(1) << 52);
  int shift = e - 1023 - 52;
  uint32_t low;
  if (shift >= 32) low = 0;
  else if (shift >= 0) low = (uint32_t)(mant << shift);
  else low = (uint32_t)(mant >> -shift);
  if (u & SIGN) low = (uint32_t)(0u - low);
  return (int32_t)low;
}

static int normalize(uint64_t *m, int e) {
  while (*m < (UINT64_C(1) << 52)) { *m <<= 1; e--; }
  return e;
}

/* x % y exactly (the remainder has the sign of x), by long division on the significands. */
/* yao_fmod (yao.h) beyond 32-bit integers: 64-bit division for integers below 2^53, else long
 * division on the bits. */
double yao_fmod_slow(double x, double y) {
  if (__builtin_fabs(x) < 9007199254740992.0 && __builtin_fabs(y) < 9007199254740992.0 && y != 0) {
    int64_t ix = (int64_t)x, iy = (int64_t)y;
    if ((double)ix == x && (double)iy == y) return __builtin_copysign((double)(ix % iy), x);
  }
  uint64_t ux = bits_of(x), uy = bits_of(y);
  uint64_t sx = ux & SIGN;
  ux &= ~SIGN;
  uy &= ~SIGN;
  if (ux >= UINT64_C(0x7ff0000000000000) || uy > UINT64_C(0x7ff0000000000000) || uy == 0) return YAO_NAN;
  if (uy == UINT64_C(0x7ff0000000000000)) return x;
  if (ux < uy) return x;
  if (ux == uy) return of_bits(sx);
  int ex = (int)(ux >> 52), ey = (int)(uy >> 52);
  uint64_t mx = ex ? (ux & FRAC) | (UINT64_C(1) << 52) : ux;
  uint64_t my = ey ? (uy & FRAC) | (UINT64_C(1) << 52) : uy;
  ex = ex ? ex : normalize(&mx, 1);
  ey = ey ? ey : normalize(&my, 1);
  for (; ex > ey; ex--) {
    if (mx >= my) mx -= my;
    mx <<= 1;
  }
  if (mx >= my) mx -= my;
  if (mx == 0) return of_bits(sx);
  ex = normalize(&mx, ex);
  if (ex > 0) return of_bits(sx | ((uint64_t)ex << 52) | (mx & FRAC));
  return of_bits(sx | (mx >> (1 - ex))); /* subnormal: exact, the remainder is below y */
}

bool yao_is_integer(double d) { return d - d == 0 && yao_trunc(d) == d; }
bool yao_is_safe_integer(double d) { return yao_is_integer(d) && __builtin_fabs(d) <= 9007199254740991.0; }
bool yao_is_integer_val(yao_val v) { return v.tag == YAO_T_NUM && yao_is_integer(v.u.f); }
bool yao_is_safe_integer_val(yao_val v) { return v.tag == YAO_T_NUM && yao_is_safe_integer(v.u.f); }
bool yao_isnan_val(yao_val v) { return v.tag == YAO_T_NUM && v.u.f != v.u.f; }
bool yao_isfinite_val(yao_val v) { return v.tag == YAO_T_NUM && yao_isfinite(v.u.f); }

uint64_t yao_to_u64(double d) {
  if (d != d || d - d != 0) return 0;
  double t = yao_trunc(d);
  if (t >= 0) return t < 18446744073709551616.0 ? (uint64_t)t : 0;
  return (uint64_t)(int64_t)t;
}

/* ToUint8Clamp: NaN → 0, then clamp to [0, 255], rounding halves to even. */
int64_t yao_clamp_u8(double d) {
  if (!(d > 0)) return 0;
  if (d >= 255) return 255;
  double f = yao_floor(d);
  double diff = d - f;
  int64_t i = (int64_t)f;
  if (diff > 0.5 || (diff == 0.5 && (i & 1))) i++;
  return i;
}


/* ---- transcendental functions: V8's algorithms, bit for bit (math.c) --------------------- */
#include "math.h"
double yao_pow(double a, double b) { return yao_m_pow(a, b); }
double yao_exp(double x) { return yao_m_exp(x); }
double yao_expm1(double x) { return yao_m_expm1(x); }
double yao_log(double x) { return yao_m_log(x); }
double yao_log2(double x) { return yao_m_log2(x); }
double yao_log10(double x) { return yao_m_log10(x); }
double yao_log1p(double x) { return yao_m_log1p(x); }
double yao_sin(double x) { return yao_m_sin(x); }
double yao_cos(double x) { return yao_m_cos(x); }
double yao_tan(double x) { return yao_m_tan(x); }
double yao_asin(double x) { return yao_m_asin(x); }
double yao_acos(double x) { return yao_m_acos(x); }
double yao_atan(double x) { return yao_m_atan(x); }
double yao_atan2(double y, double x) { return yao_m_atan2(y, x); }
double yao_sinh(double x) { return yao_m_sinh(x); }
double yao_cosh(double x) { return yao_m_cosh(x); }
double yao_tanh(double x) { return yao_m_tanh(x); }
double yao_asinh(double x) { return yao_m_asinh(x); }
double yao_acosh(double x) { return yao_m_acosh(x); }
double yao_atanh(double x) { return yao_m_atanh(x); }
double yao_cbrt(double x) { return yao_m_cbrt(x); }
double yao_hypot(int n, const double *xs) { return yao_m_hypot(n, xs); }
