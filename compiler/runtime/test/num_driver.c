/* Test driver for num.c (hosted). num.test.ts writes one request per line on stdin and compares
 * each output line with what Node computes. Requests (doubles as 16 hex digits of their bits,
 * strings as 4 hex digits per UTF-16 code unit):
 *   S <bits>            Number::toString          -> text
 *   R <bits> <radix>    toString(radix)           -> text
 *   F <bits> <digits>   toFixed                   -> text
 *   P <bits> <prec>     toPrecision               -> text
 *   E <bits> <digits>   toExponential (-1: none)  -> text
 *   N <string>          Number(string)            -> bits
 *   Q <string>          parseFloat(string)        -> bits
 *   I <radix> <string>  parseInt(string, radix)   -> bits */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../num.h"

static double double_of(uint64_t u) {
  double d;
  memcpy(&d, &u, sizeof d);
  return d;
}

static uint64_t bits_of(double d) {
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return u;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes the UTF-16 hex at p into *units (grown as needed); returns the unit count. */
static int32_t decode_string(const char *p, uint16_t **units, size_t *cap) {
  size_t hex = 0, n, i;
  while (hex_value(p[hex]) >= 0) hex++;
  n = hex / 4;
  if (n + 1 > *cap) {
    *cap = (n + 1) * 2;
    *units = realloc(*units, *cap * sizeof **units);
    if (*units == NULL) abort();
  }
  for (i = 0; i < n; i++) {
    const char *q = p + 4 * i;
    (*units)[i] = (uint16_t)(hex_value(q[0]) << 12 | hex_value(q[1]) << 8 |
                             hex_value(q[2]) << 4 | hex_value(q[3]));
  }
  return (int32_t)n;
}

static void print_bits(double d) { printf("%016llx\n", (unsigned long long)bits_of(d)); }

static void print_text(int len, const char *text) {
  if (len < 0) {
    printf("<range error>\n");
  } else if ((size_t)len != strlen(text)) {
    printf("<length %d does not match>\n", len);
  } else {
    printf("%s\n", text);
  }
}

int main(void) {
  char *line = NULL, out[YAO_NUM_RADIX_BUF + 16];
  size_t line_cap = 0, units_cap = 0;
  uint16_t *units = NULL;
  while (getline(&line, &line_cap, stdin) > 0) {
    char op = line[0];
    char *rest = line + 2;
    if (op == 'N' || op == 'Q') {
      int32_t n = decode_string(rest, &units, &units_cap);
      print_bits(op == 'N' ? yao_string_to_number(units, n) : yao_parse_float(units, n));
    } else if (op == 'I') {
      char *p;
      long radix = strtol(rest, &p, 10);
      int32_t n = decode_string(p + 1, &units, &units_cap);
      print_bits(yao_parse_int(units, n, (int32_t)radix));
    } else {
      char *p;
      double v = double_of(strtoull(rest, &p, 16));
      int arg = (int)strtol(p, NULL, 10), len;
      memset(out, 'X', sizeof out);
      switch (op) {
        case 'S': len = yao_num_to_string(v, out); break;
        case 'R': len = yao_num_to_radix(v, arg, out); break;
        case 'F': len = yao_num_to_fixed(v, arg, out); break;
        case 'P': len = yao_num_to_precision(v, arg, out); break;
        case 'E': len = yao_num_to_exponential(v, arg, out); break;
        default: fprintf(stderr, "num_driver: unknown request %c\n", op); return 2;
      }
      print_text(len, len < 0 ? "" : out);
    }
  }
  free(line);
  free(units);
  return 0;
}
