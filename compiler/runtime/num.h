/* Number <-> string conversions of the yao C runtime, with exactly the results JavaScript
 * (V8, Node 20) gives: Number::toString, toString(radix), toFixed, toPrecision, toExponential,
 * Number(string), parseFloat and parseInt. Generated C calls these for the corresponding
 * JavaScript operations; num.c implements them in freestanding C (no libc, no heap).
 *
 * Output functions write ASCII into `out`, NUL-terminate it and return the length (without the
 * NUL). They return -1, writing nothing, when an argument is outside the range JavaScript accepts
 * (the caller throws the RangeError). Input strings are UTF-16 code units. */
#ifndef YAO_NUM_H
#define YAO_NUM_H

#include <stdint.h>

/* Room for any Number::toString(10) result ("-1.2345678901234567e-308" is the longest kind). */
#define YAO_NUM_BUF 32
/* Room for any toString(radix): "-0." plus 1074 binary fraction digits is the longest. */
#define YAO_NUM_RADIX_BUF 1100
/* Room for any toFixed, toPrecision or toExponential result (at most 100 digits asked for). */
#define YAO_NUM_FIXED_BUF 128

/* Number::toString(10): the shortest digits that read back as v, in JavaScript's notation
 * ("1e+21", "1e-7", "5e-324", -0 prints as "0", "NaN", "Infinity", "-Infinity"). */
int yao_num_to_string(double v, char *out);

/* Number.prototype.toString(radix), radix 2..36, as V8's DoubleToRadixCString prints it. */
int yao_num_to_radix(double v, int radix, char *out);

/* Number.prototype.toFixed(digits), digits 0..100; |v| >= 1e21 prints as toString. */
int yao_num_to_fixed(double v, int digits, char *out);

/* Number.prototype.toPrecision(precision), precision 1..100. */
int yao_num_to_precision(double v, int precision, char *out);

/* Number.prototype.toExponential(digits), digits 0..100; digits < 0 means the argument was
 * undefined (as many digits as the shortest round-trip form needs). */
int yao_num_to_exponential(double v, int digits, char *out);

/* Number(s) / unary plus: StringToNumber, correctly rounded. */
double yao_string_to_number(const uint16_t *s, int32_t len);

/* parseFloat(s): the longest decimal prefix after leading white space. */
double yao_parse_float(const uint16_t *s, int32_t len);

/* parseInt(s, radix): radix is ToInt32 of the argument, 0 when it was undefined. */
double yao_parse_int(const uint16_t *s, int32_t len, int32_t radix);

#endif
