/* Test driver for rt_string2.c (protocol in lib2_io.h). Requests, by first token:
 *   slice|substring|substr S A B HAS_B   charAt|at|codePointAt S POS
 *   indexOf|includes|startsWith S T POS  lastIndexOf|endsWith S T POS HAS_POS
 *   split S SEP|N LIMIT HAS_LIMIT       trim|trimStart|trimEnd|upper|lower S
 *   padStart|padEnd S TARGET PAD|N      repeat S COUNT
 *   replace|replaceAll S PATTERN REPL   replaceFn S PATTERN ALL(0/1)
 *   localeCompare A B                   fromCodePoint D...        concat S...
 * Strings come back encoded, numbers as bits, booleans as 0/1, undefined as U, split's array as
 * its strings separated by spaces after the count. replaceFn's callback returns
 * "[match|offset|whole.length]". */
#include "lib2_io.h"

static yao_str *S(int i) { return str_arg(tokens[i]); }
static double D(int i) { return num_arg(tokens[i]); }
static bool B(int i) { return tokens[i][0] == '1'; }
static bool op(const char *name) { return strcmp(tokens[0], name) == 0; }

static yao_str *ascii(const char *s) { return yao_str_from_ascii(s, (int32_t)strlen(s)); }

static yao_str *callback(void *ctx, yao_str *match, double offset, yao_str *whole) {
  int *calls = (int *)ctx;
  ++*calls;
  char tmp[64];
  yao_str *r = yao_str_concat(ascii("["), match);
  snprintf(tmp, sizeof tmp, "|%.0f|%d]", offset, whole->len);
  return yao_str_concat(r, ascii(tmp));
}

static bool handle_slicing(void) {
  if (op("slice")) put_str(yao_str_slice(S(1), D(2), D(3), B(4)));
  else if (op("substring")) put_str(yao_str_substring(S(1), D(2), D(3), B(4)));
  else if (op("substr")) put_str(yao_str_substr(S(1), D(2), D(3), B(4)));
  else if (op("charAt")) put_str(yao_str_char_at(S(1), D(2)));
  else if (op("at")) {
    yao_val v = yao_str_at_val(S(1), D(2));
    if (v.tag == YAO_T_UNDEF) fputs("U", stdout);
    else put_str((yao_str *)v.u.p);
  } else if (op("codePointAt")) {
    bool undef;
    double d = yao_str_code_point_at(S(1), D(2), &undef);
    if (undef) fputs("U", stdout);
    else put_num(d);
  } else return false;
  return true;
}

static bool handle_search(void) {
  if (op("indexOf")) put_num(yao_str_index_of(S(1), S(2), D(3)));
  else if (op("lastIndexOf")) put_num(yao_str_last_index_of(S(1), S(2), D(3), B(4)));
  else if (op("includes")) printf("%d", yao_str_includes(S(1), S(2), D(3)));
  else if (op("startsWith")) printf("%d", yao_str_starts_with(S(1), S(2), D(3)));
  else if (op("endsWith")) printf("%d", yao_str_ends_with(S(1), S(2), D(3), B(4)));
  else if (op("split")) {
    yao_arr *a = yao_str_split(S(1), S(2), D(3), B(4));
    printf("%d", a->len);
    for (int32_t i = 0; i < a->len; i++) { putchar(' '); put_str(((yao_str **)a->data)[i]); }
  } else return false;
  return true;
}

static bool handle_building(void) {
  if (op("trim")) put_str(yao_str_trim(S(1)));
  else if (op("trimStart")) put_str(yao_str_trim_start(S(1)));
  else if (op("trimEnd")) put_str(yao_str_trim_end(S(1)));
  else if (op("upper")) put_str(yao_str_to_upper(S(1)));
  else if (op("lower")) put_str(yao_str_to_lower(S(1)));
  else if (op("padStart")) put_str(yao_str_pad_start(S(1), D(2), S(3)));
  else if (op("padEnd")) put_str(yao_str_pad_end(S(1), D(2), S(3)));
  else if (op("repeat")) put_str(yao_str_repeat(S(1), D(2)));
  else if (op("replace")) put_str(yao_str_replace(S(1), S(2), S(3)));
  else if (op("replaceAll")) put_str(yao_str_replace_all(S(1), S(2), S(3)));
  else if (op("replaceFn")) {
    int calls = 0;
    yao_str *r = yao_str_replace_fn(S(1), S(2), B(3), callback, &calls);
    put_str(r);
    printf(" %d", calls);
  } else if (op("localeCompare")) put_num(yao_str_locale_compare(S(1), S(2)));
  else if (op("fromCodePoint")) {
    double cps[MAX_TOKENS];
    for (int i = 1; i < ntokens; i++) cps[i - 1] = D(i);
    put_str(yao_str_from_code_points(ntokens - 1, cps));
  } else if (op("concat")) {
    yao_str *parts[MAX_TOKENS];
    for (int i = 1; i < ntokens; i++) parts[i - 1] = S(i);
    put_str(yao_str_concat_n(ntokens - 1, parts));
  } else return false;
  return true;
}

static void handle(void) {
  if (!handle_slicing() && !handle_search() && !handle_building()) {
    fprintf(stderr, "lib2_string: unknown request %s\n", tokens[0]);
    exit(2);
  }
}

LIB2_DRIVER(handle)
