/* Map and Set for generated code (declared in lib2.h), also the storage of JSON objects
 * (rt_json.c). An ordered hash table in the style of Tyler Close's deterministic tables, as V8
 * builds its own: entries are appended to an array in insertion order, and a bucket array
 * indexes them through per-entry chains. Deleting marks the entry; the array is compacted (or
 * grown, or shrunk) into a new table when it fills up or empties out.
 *
 * Iterators index a table. When the map moves to a new table, the old one is retired with a
 * forwarding pointer and, in each old entry's chain field, the index its cursor continues at in
 * the new table (the number of live entries before it), so a cursor kept across set/delete/
 * clear lands where JavaScript's iterator would: entries added later are visited, deleted ones
 * are not. Retired tables drop their keys and values; only live cursors keep them reachable.
 * Object keys hash by address, which relies on the collector never moving objects (rt_gc.c). */
#include "lib2.h"

#define DELETED 0xFFFFFFFFu  /* key tag of a deleted entry */
#define MIN_CAP 4

typedef struct entry { yao_val key; yao_val value; int32_t chain; uint32_t hash; } entry;

typedef struct table {
  yao_hdr h;
  int32_t cap;          /* entry slots and buckets; a power of two */
  int32_t used;         /* slots filled, deleted ones included */
  int32_t live;
  int32_t moved_end;    /* retired: where a cursor at `used` continues in `next` */
  struct table *next;   /* retired: the table that replaced this one */
  bool cleared;         /* retired by clear(): every cursor continues at 0 */
  int32_t *buckets;     /* cap chain heads, -1 when empty */
  entry *entries;       /* in insertion order; chain links entries of one bucket, -1 ends */
} table;

struct yao_map { yao_hdr h; table *t; };

static const yao_shape shape_table = {.kind = YAO_K_RAW, .name = "map table", .size = sizeof(table)};
const yao_shape yao_shape_map = {.kind = YAO_K_MAP, .name = "Map", .size = sizeof(yao_map)};
const yao_shape yao_shape_set = {.kind = YAO_K_SET, .name = "Set", .size = sizeof(yao_map)};
const yao_shape yao_shape_jsonobj = {.kind = YAO_K_JSONOBJ, .name = "Object", .size = sizeof(yao_map)};

static table *table_new(int32_t cap) {
  size_t head = (sizeof(table) + 15) & ~(size_t)15;
  size_t bytes = head + (size_t)cap * sizeof(int32_t) + 15 + (size_t)cap * sizeof(entry);
  table *t = (table *)yao_alloc(&shape_table, bytes);
  t->cap = cap;
  t->buckets = (int32_t *)((char *)t + head);
  t->entries = (entry *)(((uintptr_t)(t->buckets + cap) + 15) & ~(uintptr_t)15);
  for (int32_t i = 0; i < cap; i++) t->buckets[i] = -1;
  return t;
}

static yao_map *map_with_shape(const yao_shape *shape) {
  yao_map *m = (yao_map *)yao_alloc_obj(shape);
  m->t = table_new(MIN_CAP);
  return m;
}

yao_map *yao_map_new(bool is_set) { return map_with_shape(is_set ? &yao_shape_set : &yao_shape_map); }
yao_map *yao_jsonobj_new(void) { return map_with_shape(&yao_shape_jsonobj); }

/* ---- keys: SameValueZero ------------------------------------------------------------------ */

static bool is_string(yao_val v) {
  return v.tag == YAO_T_REF && ((const yao_obj *)v.u.p)->shape->kind == YAO_K_STRING;
}

static uint32_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

static uint32_t hash_units(const uint16_t *d, int32_t n) {
  uint32_t h = 2166136261u; /* FNV-1a over the code units */
  for (int32_t i = 0; i < n; i++) h = (h ^ d[i]) * 16777619u;
  return h ^ (h >> 16);
}

static uint32_t hash_key(yao_val k) {
  switch (k.tag) {
    case YAO_T_NUM: {
      double d = k.u.f;
      if (d != d) return 0x7ff80000u;
      if (d == 0) return 0; /* +0 and -0 */
      union { double f; uint64_t u; } bits = {d};
      return mix64(bits.u);
    }
    case YAO_T_BOOL: return k.u.b ? 2 : 1;
    case YAO_T_REF:
      if (is_string(k)) return hash_units(((const yao_str *)k.u.p)->data, ((const yao_str *)k.u.p)->len);
      return mix64((uintptr_t)k.u.p);
    default: return 3 + k.tag; /* undefined, null */
  }
}

static bool same_key(yao_val a, yao_val b) {
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case YAO_T_NUM: return a.u.f == b.u.f || (a.u.f != a.u.f && b.u.f != b.u.f);
    case YAO_T_BOOL: return a.u.b == b.u.b;
    case YAO_T_REF: return a.u.p == b.u.p || (is_string(a) && is_string(b) && yao_str_eq(a.u.p, b.u.p));
    default: return true;
  }
}

/* Index of key's entry in t, or -1; *prev gets the entry linking to it (-1: the bucket head). */
static int32_t lookup(const table *t, yao_val key, uint32_t h, int32_t *prev) {
  *prev = -1;
  for (int32_t i = t->buckets[h & (uint32_t)(t->cap - 1)]; i >= 0; i = t->entries[i].chain) {
    const entry *e = &t->entries[i];
    if (e->hash == h && same_key(e->key, key)) return i;
    *prev = i;
  }
  return -1;
}

/* ---- table replacement ------------------------------------------------------------------------ */

static void link_entry(table *t, int32_t i) {
  int32_t *head = &t->buckets[t->entries[i].hash & (uint32_t)(t->cap - 1)];
  t->entries[i].chain = *head;
  *head = i;
}

/* Moves m into a new table of `cap` slots, keeping live entries in order, and retires the old
 * one: each old entry's chain becomes the new index of the first live entry at or after it. */
static void rehash(yao_map *m, int32_t cap) {
  table *old = m->t, *t = table_new(cap);
  for (int32_t i = 0; i < old->used; i++) {
    entry *e = &old->entries[i];
    e->chain = t->used;
    if (e->key.tag == DELETED) continue;
    t->entries[t->used] = *e;
    link_entry(t, t->used++);
    e->key = yao_val_undef();
    e->value = yao_val_undef();
  }
  t->live = t->used;
  old->moved_end = t->used;
  old->next = t;
  m->t = t;
}

static yao_map *map_checked(yao_map *m, const char *what) { return YAO_DEREF(m, what); }

void yao_map_clear(yao_map *m) {
  m = map_checked(m, "clear");
  table *old = m->t;
  for (int32_t i = 0; i < old->used; i++) {
    old->entries[i].key = yao_val_undef();
    old->entries[i].value = yao_val_undef();
  }
  old->cleared = true;
  old->next = table_new(MIN_CAP);
  m->t = old->next;
}

/* ---- operations ------------------------------------------------------------------------------- */

void yao_map_set(yao_map *m, yao_val key, yao_val value) {
  m = map_checked(m, "set");
  if (key.tag == YAO_T_NUM && key.u.f == 0) key.u.f = 0; /* a -0 key is stored as +0 */
  uint32_t h = hash_key(key);
  int32_t prev, i = lookup(m->t, key, h, &prev);
  if (i >= 0) { m->t->entries[i].value = value; return; }
  table *t = m->t;
  if (t->used == t->cap) {
    rehash(m, t->live >= t->cap / 2 ? t->cap * 2 : t->cap);
    t = m->t;
  }
  entry *e = &t->entries[t->used];
  e->key = key;
  e->value = value;
  e->hash = h;
  link_entry(t, t->used++);
  t->live++;
}

yao_val yao_map_get(yao_map *m, yao_val key) {
  m = map_checked(m, "get");
  int32_t prev, i = lookup(m->t, key, hash_key(key), &prev);
  return i >= 0 ? m->t->entries[i].value : yao_val_undef();
}

/* UTF-8 to UTF-16: the unit count, and the units when out is not NULL. */
static int32_t utf8_units(const char *s, uint16_t *out) {
  int32_t n = 0;
  for (const uint8_t *p = (const uint8_t *)s; *p;) {
    uint32_t c = *p++;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (more) c &= 0x3Fu >> more;
    for (; more && (*p & 0xC0) == 0x80; more--) c = (c << 6) | (*p++ & 0x3F);
    if (c < 0x10000) { if (out) out[n] = (uint16_t)c; n++; continue; }
    if (out) {
      out[n] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
      out[n + 1] = (uint16_t)(0xDC00 + (c & 0x3FF));
    }
    n += 2;
  }
  return n;
}

/* The key becomes a string on the stack (its units on the heap past 64): lookups never keep it. */
yao_val yao_map_get_cstr(yao_map *m, const char *key) {
  uint16_t local[64];
  int32_t n = utf8_units(key, NULL);
  uint16_t *units = local;
  if (n > 64) {
    yao_sb b;
    yao_sb_init(&b, n);
    units = b.buf->data;
  }
  utf8_units(key, units);
  yao_str tmp = YAO_STR_STATIC(units, n);
  return yao_map_get(m, yao_val_ref(&tmp));
}

bool yao_map_has(yao_map *m, yao_val key) {
  m = map_checked(m, "has");
  int32_t prev;
  return lookup(m->t, key, hash_key(key), &prev) >= 0;
}

bool yao_map_delete(yao_map *m, yao_val key) {
  m = map_checked(m, "delete");
  table *t = m->t;
  int32_t prev, i = lookup(t, key, hash_key(key), &prev);
  if (i < 0) return false;
  entry *e = &t->entries[i];
  if (prev < 0) t->buckets[e->hash & (uint32_t)(t->cap - 1)] = e->chain;
  else t->entries[prev].chain = e->chain;
  e->key.tag = DELETED;
  e->key.u.p = NULL;
  e->value = yao_val_undef();
  if (--t->live < t->cap / 4 && t->cap > MIN_CAP) rehash(m, t->cap / 2);
  return true;
}

int64_t yao_map_size(yao_map *m) { return map_checked(m, "size")->t->live; }

/* ---- iteration ------------------------------------------------------------------------------------ */

yao_map_iter yao_map_iter_start(yao_map *m) {
  m = map_checked(m, "entries");
  yao_map_iter it = {m, 0, m->t};
  return it;
}

bool yao_map_iter_next(yao_map_iter *it, yao_val *key, yao_val *value) {
  table *t = (table *)it->tab;
  if (!t) return false;
  int64_t pos = it->pos;
  for (; t->next; t = t->next) /* follow the map to its current table */
    pos = t->cleared ? 0 : pos >= t->used ? t->moved_end : t->entries[pos].chain;
  while (pos < t->used && t->entries[pos].key.tag == DELETED) pos++;
  if (pos >= t->used) { /* done for good, as a JavaScript iterator is */
    it->tab = NULL;
    return false;
  }
  if (key) *key = t->entries[pos].key;
  if (value) *value = t->entries[pos].value;
  it->pos = pos + 1;
  it->tab = t;
  return true;
}
