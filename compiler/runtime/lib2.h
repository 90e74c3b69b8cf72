/* The application library of the yao runtime (compiler part 2): the String methods beyond
 * indexing and concatenation (rt_string2.c), Map and Set (rt_map.c), and JSON (rt_json.c).
 * Generated code reaches these through yao.h, which includes this file; each function has
 * exactly the JavaScript (V8, Node 20) behaviour of the method it implements, tested against
 * Node in lib2.test.ts. Freestanding: no libc, memory only from yao_alloc.
 *
 * Conventions. A `yao_str *` argument is never NULL (or null/undefined) unless stated: the
 * caller dereferences first. Positions and counts are doubles and the callee applies
 * ToIntegerOrInfinity and JavaScript's clamping, so NaN, ±Infinity, negatives and fractions
 * behave as in JavaScript. An optional argument that was not passed is signalled by its `has_x`
 * flag, because undefined and NaN differ for some methods. Errors are thrown with
 * yao_throw_error(name, message), with V8's messages. */
#ifndef YAO_LIB2_H
#define YAO_LIB2_H

#include "yao.h"

/* Shape kinds of the library's heap objects (yao_shape.kind; yao.h's kinds stop below 20). */
enum { YAO_K_MAP = 20, YAO_K_SET = 21, YAO_K_JSONOBJ = 22 };

/* ---- strings (rt_string2.c) ---------------------------------------------------------------- */
yao_str *yao_str_slice(yao_str *s, double start, double end, bool has_end);
yao_str *yao_str_substring(yao_str *s, double start, double end, bool has_end);
yao_str *yao_str_substr(yao_str *s, double start, double len, bool has_len);
yao_str *yao_str_char_at(yao_str *s, double pos);                    /* "" when out of range */
yao_val yao_str_at_val(yao_str *s, double pos);                      /* .at(): undefined when out of range */
double yao_str_code_point_at(yao_str *s, double pos, bool *undef);   /* *undef set when out of range */
double yao_str_index_of(yao_str *s, yao_str *search, double from);
double yao_str_last_index_of(yao_str *s, yao_str *search, double from, bool has_from);
bool yao_str_includes(yao_str *s, yao_str *search, double from);
bool yao_str_starts_with(yao_str *s, yao_str *search, double pos);
bool yao_str_ends_with(yao_str *s, yao_str *search, double end, bool has_end);
/* sep NULL: no separator given. An array (element kind YAO_EK_STR) of yao_str *. */
yao_arr *yao_str_split(yao_str *s, yao_str *sep, double limit, bool has_limit);
yao_arr *yao_str_code_points(yao_str *s);
yao_str *yao_encode_uri_component(yao_str *s); /* ES2022 19.2.6: URIError on lone surrogates, bad escapes */
yao_str *yao_encode_uri(yao_str *s);
yao_str *yao_decode_uri_component(yao_str *s);
yao_str *yao_decode_uri(yao_str *s);
yao_str *yao_str_from_code_point_arr(yao_arr *a);
yao_str *yao_str_from_char_code_arr(yao_arr *a);
yao_str *yao_str_trim(yao_str *s);
yao_str *yao_str_trim_start(yao_str *s);
yao_str *yao_str_trim_end(yao_str *s);
yao_str *yao_str_pad_start(yao_str *s, double target, yao_str *pad);  /* pad NULL: " " */
yao_str *yao_str_pad_end(yao_str *s, double target, yao_str *pad);
yao_str *yao_str_repeat(yao_str *s, double count);
/* String patterns; $$, $&, $` and $' in the replacement are interpreted as JavaScript does. */
yao_str *yao_str_replace(yao_str *s, yao_str *pattern, yao_str *replacement);
yao_str *yao_str_replace_all(yao_str *s, yao_str *pattern, yao_str *replacement);
/* Replacement callbacks: fn(ctx, match, offset, whole) for each match, in order (replaceAll
 * finds every match before the first call, as JavaScript does); its result is inserted as is. */
typedef yao_str *(*yao_replace_fn)(void *ctx, yao_str *match, double offset, yao_str *whole);
yao_str *yao_str_replace_fn(yao_str *s, yao_str *pattern, bool all, yao_replace_fn fn, void *ctx);
/* Full Unicode default case mapping as V8/ICU do it (ß → SS, İ → i̇, final sigma). */
yao_str *yao_str_to_upper(yao_str *s);
yao_str *yao_str_to_lower(yao_str *s);
/* -1, 0 or 1. Exactly Node's default localeCompare (ICU root collation, tertiary strength) for
 * ASCII strings, control characters included. Other code units are compared after every ASCII
 * character at the primary level, by code unit value, with no accent or case levels: an
 * approximation (Node puts "é" between "e" and "f" and treats "e\u0301" as "é"). */
double yao_str_locale_compare(yao_str *a, yao_str *b);
/* String.fromCodePoint: RangeError "Invalid code point <n>" for a non-integer or out of range. */
yao_str *yao_str_from_code_points(int n, const double *cps);
/* Concatenation of n strings with one allocation (template literals). */
yao_str *yao_str_concat_n(int n, yao_str *const *parts);

/* A string builder: a growable buffer of UTF-16 units that becomes a string without a copy
 * (the string keeps the spare capacity, so a later `s + x` appends in place). Used by the
 * library itself; generated code may use it too. */
typedef struct yao_sb {
  yao_strbuf *buf;
  int32_t len;
  yao_str *str;  /* the string whose block holds buf: yao_sb_finish gives it its length */
} yao_sb;
void yao_sb_init(yao_sb *b, int64_t cap);
void yao_sb_grow(yao_sb *b, int64_t extra);  /* room for `extra` more units; RangeError past the maximum length */
void yao_sb_append(yao_sb *b, const uint16_t *units, int64_t n);
void yao_sb_ascii(yao_sb *b, const char *s);
static inline void yao_sb_put(yao_sb *b, uint16_t c) {
  if (YAO_UNLIKELY(b->len == b->buf->cap)) yao_sb_grow(b, 1);
  b->buf->data[b->len++] = c;
}
yao_str *yao_sb_finish(yao_sb *b);
/* A one-unit string; ASCII ones are preallocated (charAt and at() in loops do not allocate). */
yao_str *yao_str_of_unit(uint16_t c);

/* ---- Map and Set (rt_map.c) --------------------------------------------------------------------
 * Keys are compared with SameValueZero: numbers by value (NaN equals NaN, +0 equals -0, and a
 * -0 key is stored as +0), strings by content, booleans, null, undefined, every other reference
 * by identity. Insertion ordered; set/get/has/delete are amortized O(1). A Set is a map whose
 * values are all undefined. A JSON object (YAO_K_JSONOBJ, see below) is the same structure. */
typedef struct yao_map yao_map;
extern const yao_shape yao_shape_map, yao_shape_set, yao_shape_jsonobj;
yao_map *yao_map_new(bool is_set);
void yao_map_set(yao_map *m, yao_val key, yao_val value);  /* Set.add: value undefined */
yao_val yao_map_get(yao_map *m, yao_val key);   /* undefined when absent */
/* get with a string key given as a NUL-terminated UTF-8 C string (a field name from a shape),
 * allocating nothing for names up to 64 units: for reading JSON objects into typed values. */
yao_val yao_map_get_cstr(yao_map *m, const char *key);
bool yao_map_has(yao_map *m, yao_val key);
bool yao_map_delete(yao_map *m, yao_val key);
void yao_map_clear(yao_map *m);
int64_t yao_map_size(yao_map *m);
/* Iteration with JavaScript's iterator semantics: entries added during the loop are visited,
 * entries deleted before the cursor reaches them are skipped, clear() makes the cursor continue
 * with whatever is added afterwards; once next has returned false it always does (the iterator
 * is done). The cursor holds the table it indexes (the map may replace its table when it grows,
 * compacts or clears; `tab` then forwards the cursor). Start with yao_map_iter_start only. */
typedef struct { yao_map *m; int64_t pos; void *tab; } yao_map_iter;
yao_map_iter yao_map_iter_start(yao_map *m);
bool yao_map_iter_next(yao_map_iter *it, yao_val *key, yao_val *value);  /* key or value may be NULL */

/* ---- JSON (rt_json.c) ---------------------------------------------------------------------------
 * JSON.stringify(v, null, indent). indent: undefined, a number (clamped to 10 spaces) or a string
 * (its first 10 units), as the third argument of JSON.stringify. *undef is set (and NULL returned)
 * when the result is undefined: for undefined, a function. Values: numbers (non-finite → null),
 * strings (well-formed: lone surrogates as \udXXX escapes), booleans, null, arrays of every element kind
 * (undefined and functions inside → null), class instances and object literals through
 * shape->fields (undefined and function values and '#' names skipped, array-index names first in
 * numeric order as JavaScript orders keys; fields inherited from a builtin Error are not
 * enumerable in JavaScript and are skipped), JSON objects, Map/Set/ArrayBuffer/DataView → {},
 * typed arrays → {"0":..}. Cycles: TypeError "Converting circular structure to JSON" with V8's
 * path description. toJSON methods are not called. */
yao_str *yao_json_stringify(yao_val v, yao_val indent, bool *undef);

/* JSON.parse(text), SyntaxError with V8's messages on bad input. The parse tree:
 *   null, true/false, numbers     → yao_val null, bool, num
 *   strings                       → yao_val ref to a yao_str
 *   arrays                        → yao_val ref to a yao_arr of element kind YAO_EK_VAL
 *   objects                       → yao_val ref to a yao_map with shape yao_shape_jsonobj
 *                                   (kind YAO_K_JSONOBJ): keys are yao_val refs to yao_str,
 *                                   values are parse trees; read it with yao_map_get/has/iter.
 * A JSON object's entries are in JavaScript's property order: array-index keys ("0", "17";
 * canonical numbers below 2^32 - 1) first in ascending numeric order, then the other keys in
 * the order they first appear; a repeated key keeps its first place and takes its last value. */
yao_val yao_json_parse(yao_str *text);
/* An empty JSON object. stringify writes a JSON object's entries in map order: code that adds
 * keys itself keeps JavaScript's order (index keys first) if it wants JavaScript's output. */
yao_map *yao_jsonobj_new(void);

#endif
