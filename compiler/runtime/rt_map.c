/* Map and Set for generated code (declared in lib2.h), also the storage of JSON objects
 * (rt_json.c). An ordered hash table in the style of Tyler Close's deterministic tables, as V8
 * builds its own: entries are appended to an array in insertion order, and an index finds them.
 * The index is open-addressed (linear probing, at most half full) and keeps each entry's hash
 * beside its position, so that looking up an absent key rarely touches an entry. Deleting marks
 * the entry and its slot; the array is compacted (or grown, or shrunk) into a new table when it
 * fills up or empties out.
 *
 * Iterators index a table. When the map moves to a new table, the old one is retired with a
 * forwarding pointer and, in each old entry's forward field, the index its cursor continues at
 * in the new table (the number of live entries before it), so a cursor kept across set/delete/
 * clear lands where JavaScript's iterator would: entries added later are visited, deleted ones
 * are not. Retired tables drop their keys and values; only live cursors keep them reachable.
 * Object keys hash by address, which relies on the collector never moving objects (rt_gc.c). */
#include "lib2.h"
#include "gc.h"

#define MIN_CAP 4
#define REHASH_AHEAD 16      /* entries between a prefetch of an index slot and its use */
#define KEY_DELETED 0xFF     /* key tag of a deleted entry */
#define SLOT_EMPTY 0u        /* index slot: never used */
#define SLOT_DELETED 0xFFFFFFFFu  /* index slot: its entry was deleted; probes go on past it */

typedef __typeof__(((yao_val *)0)->u) payload;

/* 24 bytes: a yao_val's tag fits in a byte, so key and value share the word after their payloads. */
typedef struct entry {
  payload key, value;
  union {
    uint32_t hash;           /* live table */
    int32_t forward;         /* retired table: where a cursor at this entry continues in `next` */
  };
  uint8_t key_tag, value_tag;
} entry;

/* An index slot: the entry's hash beside its position, so that a probe compares hashes without
 * touching the entries (a miss usually reads one cache line). */
typedef struct slot { uint32_t hash; uint32_t at; } slot;  /* at: entry index + 1, or SLOT_* */

typedef struct table {
  yao_hdr h;
  int32_t cap;          /* entry slots; a power of two */
  int32_t used;         /* entries filled, deleted ones included */
  int32_t live;
  int32_t moved_end;    /* retired: where a cursor at `used` continues in `next` */
  struct table *next;   /* retired: the table that replaced this one */
  bool cleared;         /* retired by clear(): every cursor continues at 0 */
  uint32_t mask;        /* index slots - 1; 2 * cap slots, so at most half are ever taken */
  slot *index;          /* open addressing, linear probing; a block the collector does not scan */
  entry *entries;       /* in insertion order */
} table;

struct yao_map { yao_hdr h; table *t; };

static const yao_shape shape_table = {.kind = YAO_K_RAW, .name = "map table", .size = sizeof(table)};
const yao_shape yao_shape_map = {.kind = YAO_K_MAP, .name = "Map", .size = sizeof(yao_map)};
const yao_shape yao_shape_set = {.kind = YAO_K_SET, .name = "Set", .size = sizeof(yao_map)};
const yao_shape yao_shape_jsonobj = {.kind = YAO_K_JSONOBJ, .name = "Object", .size = sizeof(yao_map)};

/* Both arrays come zeroed: every slot SLOT_EMPTY. */
static table *table_new(int32_t cap) {
  size_t head = (sizeof(table) + 15) & ~(size_t)15;
  table *t = (table *)yao_alloc(&shape_table, head + (size_t)cap * sizeof(entry));
  t->cap = cap;
  t->mask = (uint32_t)cap * 2 - 1;
  t->index = (slot *)yao_alloc_raw_noscan((size_t)cap * 2 * sizeof(slot));
  t->entries = (entry *)((char *)t + head);
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

static bool is_string_ref(const void *p) { return ((const yao_obj *)p)->shape->kind == YAO_K_STRING; }

static uint32_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

/* FNV-1a over the code units, kept in the string (strings are immutable; 0 means not computed
 * yet, so a hash of 0 becomes 1). */
static uint32_t string_hash(yao_str *s) {
  if (s->hash) return s->hash;
  uint32_t h = 2166136261u;
  for (int32_t i = 0; i < s->len; i++) h = (h ^ s->data[i]) * 16777619u;
  h ^= h >> 16;
  h = h ? h : 1;
  s->hash = h;
  return h;
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
      if (is_string_ref(k.u.p)) return string_hash((yao_str *)k.u.p);
      return mix64((uintptr_t)k.u.p);
    default: return 3 + k.tag; /* undefined, null */
  }
}

static bool entry_has_key(const entry *e, yao_val key) {
  if (e->key_tag != key.tag) return false;
  switch (key.tag) {
    case YAO_T_NUM: return e->key.f == key.u.f || (e->key.f != e->key.f && key.u.f != key.u.f);
    case YAO_T_BOOL: return e->key.b == key.u.b;
    case YAO_T_REF:
      return e->key.p == key.u.p || (is_string_ref(key.u.p) && is_string_ref(e->key.p) && yao_str_eq(e->key.p, key.u.p));
    default: return true;
  }
}

/* The entry index of key (hash h) in t, or -1; *where gets its index slot. */
static int32_t lookup(const table *t, yao_val key, uint32_t h, uint32_t *where) {
  for (uint32_t i = h & t->mask;; i = (i + 1) & t->mask) {
    slot s = t->index[i];
    if (s.at == SLOT_EMPTY) return -1;
    if (s.hash == h && s.at != SLOT_DELETED && entry_has_key(&t->entries[s.at - 1], key)) {
      *where = i;
      return (int32_t)(s.at - 1);
    }
  }
}

/* Indexes entry i (hash h); the key is known to be absent. */
static void index_entry(table *t, uint32_t h, int32_t i) {
  uint32_t k = h & t->mask;
  while (t->index[k].at != SLOT_EMPTY && t->index[k].at != SLOT_DELETED) k = (k + 1) & t->mask;
  t->index[k] = (slot){h, (uint32_t)i + 1};
}

static void entry_store(entry *e, yao_val key, yao_val value) {
  e->key = key.u;
  e->key_tag = (uint8_t)key.tag;
  e->value = value.u;
  e->value_tag = (uint8_t)value.tag;
}

static yao_val entry_value(const entry *e) {
  yao_val v;
  v.tag = e->value_tag;
  v.u = e->value;
  return v;
}

static yao_val entry_key(const entry *e) {
  yao_val v;
  v.tag = e->key_tag;
  v.u = e->key;
  return v;
}

/* A retired or deleted entry lets go of what it held (the collector scans the entries). */
static void entry_drop(entry *e) {
  e->key.p = NULL;
  e->value.p = NULL;
}

/* ---- table replacement ------------------------------------------------------------------------ */

/* Moves m into a new table of `cap` slots, keeping live entries in order, and retires the old
 * one: each old entry's forward becomes the new index of the first live entry at or after it. */
static void rehash(yao_map *m, int32_t cap) {
  table *old = m->t, *t = table_new(cap);
  for (int32_t i = 0; i < old->used; i++) {
    entry *e = &old->entries[i];
    /* The new index is written at random places: ask for the slot of an entry a few ahead so
     * that the cache misses overlap instead of following one another. */
    if (i + REHASH_AHEAD < old->used) __builtin_prefetch(&t->index[old->entries[i + REHASH_AHEAD].hash & t->mask], 1);
    int32_t at = t->used; /* a deleted entry forwards to the next live one */
    if (e->key_tag != KEY_DELETED) {
      t->entries[at] = *e;
      index_entry(t, e->hash, at);
      t->used++;
      entry_drop(e);
    }
    e->forward = at;
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
  for (int32_t i = 0; i < old->used; i++) entry_drop(&old->entries[i]);
  old->cleared = true;
  old->next = table_new(MIN_CAP);
  m->t = old->next;
}

/* ---- operations ------------------------------------------------------------------------------- */

void yao_map_set(yao_map *m, yao_val key, yao_val value) {
  m = map_checked(m, "set");
  if (key.tag == YAO_T_NUM && key.u.f == 0) key.u.f = 0; /* a -0 key is stored as +0 */
  uint32_t h = hash_key(key), where;
  int32_t i = lookup(m->t, key, h, &where);
  if (i >= 0) {
    entry *e = &m->t->entries[i];
    e->value = value.u;
    e->value_tag = (uint8_t)value.tag;
    return;
  }
  table *t = m->t;
  if (t->used == t->cap) {
    rehash(m, t->live >= t->cap / 2 ? t->cap * 2 : t->cap);
    t = m->t;
  }
  entry *e = &t->entries[t->used];
  entry_store(e, key, value);
  e->hash = h;
  index_entry(t, h, t->used++);
  t->live++;
}

yao_val yao_map_get(yao_map *m, yao_val key) {
  m = map_checked(m, "get");
  uint32_t where;
  int32_t i = lookup(m->t, key, hash_key(key), &where);
  return i >= 0 ? entry_value(&m->t->entries[i]) : yao_val_undef();
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
  uint32_t where;
  return lookup(m->t, key, hash_key(key), &where) >= 0;
}

bool yao_map_delete(yao_map *m, yao_val key) {
  m = map_checked(m, "delete");
  table *t = m->t;
  uint32_t where;
  int32_t i = lookup(t, key, hash_key(key), &where);
  if (i < 0) return false;
  t->index[where].at = SLOT_DELETED;
  entry *e = &t->entries[i];
  e->key_tag = KEY_DELETED;
  entry_drop(e);
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
    pos = t->cleared ? 0 : pos >= t->used ? t->moved_end : t->entries[pos].forward;
  while (pos < t->used && t->entries[pos].key_tag == KEY_DELETED) pos++;
  if (pos >= t->used) { /* done for good, as a JavaScript iterator is */
    it->tab = NULL;
    return false;
  }
  if (key) *key = entry_key(&t->entries[pos]);
  if (value) *value = entry_value(&t->entries[pos]);
  it->pos = pos + 1;
  it->tab = t;
  return true;
}
