/* The transcendental Math functions of the yao C runtime, returning bit for bit what V8 in
 * Node 20 returns: Math.pow and the ** operator, exp, expm1, log, log2, log10, log1p, sin, cos,
 * tan, asin, acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh, cbrt and hypot.
 * Generated code reaches them through rt_num.c; math.c implements them in freestanding C
 * (no libc, no libm), following the algorithms V8 uses (see the sections of math.c).
 * Math.sqrt is not here: it is the hardware instruction. */
#ifndef YAO_MATH_H
#define YAO_MATH_H

/* The runtime is built with -I compiler/runtime, so `#include <math.h>` anywhere in a hosted
 * runtime build finds this file before the C library's. Hand such includes on to the C
 * library's header, or they would silently lose its declarations. */
#if __STDC_HOSTED__ && defined(__GNUC__)
#pragma GCC system_header
#include_next <math.h>
#endif

/* x ** y and Math.pow(x, y), including JavaScript's differences from C's pow:
 * x ** NaN is NaN (even 1 ** NaN) and (±1) ** (±Infinity) is NaN. */
double yao_m_pow(double x, double y);

double yao_m_exp(double x);
double yao_m_expm1(double x); /* e^x - 1, accurate near 0 */
double yao_m_log(double x);
double yao_m_log2(double x);
double yao_m_log10(double x);
double yao_m_log1p(double x); /* log(1 + x), accurate near 0 */

double yao_m_sin(double x);
double yao_m_cos(double x);
double yao_m_tan(double x);
double yao_m_asin(double x);
double yao_m_acos(double x);
double yao_m_atan(double x);
double yao_m_atan2(double y, double x);

double yao_m_sinh(double x);
double yao_m_cosh(double x);
double yao_m_tanh(double x);
double yao_m_asinh(double x);
double yao_m_acosh(double x);
double yao_m_atanh(double x);

double yao_m_cbrt(double x);

/* Math.hypot(xs[0], ..., xs[n-1]) for arguments already converted to numbers; n may be 0. */
double yao_m_hypot(int n, const double *xs);

#endif
