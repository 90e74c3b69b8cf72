/* Word counts and a Collatz memo table in hash tables: the C counterpart of maps.ts, the same
 * algorithm with the same LCG words and the same output lines. Built with gcc -O2 by
 * bench/compiler/run.ts. JavaScript's Map iterates in insertion order, so each table here keeps
 * its entries in an array in insertion order and an open-addressing index (linear probing) of
 * entry numbers beside it; a deleted entry is marked, and its index slot becomes a tombstone. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORDS 6000000
#define COLLATZ_LIMIT 1000000

static const char *const SYLLABLES[] = {"ka", "to", "ri", "ne", "su", "mo",
                                        "ha", "ya", "chi", "ten", "ro", "mi"};
#define NSYLLABLES 12

static uint32_t seed;

static uint32_t next_random(void) {
  seed = seed * 1664525u + 1013904223u;
  return seed;
}

/* A number in [0, n), from the high bits: an LCG's low bits have short periods. */
static int32_t below(int32_t n) { return (int32_t)((next_random() >> 16) % (uint32_t)n); }

#define EMPTY 0
#define TOMBSTONE UINT32_MAX

/* Index slots hold entry number + 1, EMPTY or TOMBSTONE; capacity is a power of two. */
typedef struct {
  uint32_t *slots;
  uint32_t capacity;
} index_table;

static void index_init(index_table *t, uint32_t capacity) {
  t->slots = calloc(capacity, sizeof(uint32_t));
  t->capacity = capacity;
}

/* ---- Map<string, number> ---- */

typedef struct {
  char *key;
  uint32_t length;
  uint32_t hash;
  double value;
} word_entry;

typedef struct {
  word_entry *entries;
  uint32_t count;
  uint32_t allocated;
  index_table index;
} word_map;

static uint32_t fnv1a(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

static void word_map_rehash(word_map *m) {
  free(m->index.slots);
  index_init(&m->index, m->index.capacity * 2);
  uint32_t mask = m->index.capacity - 1;
  for (uint32_t e = 0; e < m->count; e++) {
    uint32_t i = m->entries[e].hash & mask;
    while (m->index.slots[i] != EMPTY) i = (i + 1) & mask;
    m->index.slots[i] = e + 1;
  }
}

/* The entry for key, added with value 0 when absent. */
static word_entry *word_map_entry(word_map *m, const char *key, uint32_t n) {
  uint32_t h = fnv1a(key, n), mask = m->index.capacity - 1;
  uint32_t i = h & mask;
  for (uint32_t s; (s = m->index.slots[i]) != EMPTY; i = (i + 1) & mask) {
    word_entry *e = &m->entries[s - 1];
    if (e->hash == h && e->length == n && memcmp(e->key, key, n) == 0) return e;
  }
  if (m->count == m->allocated) {
    m->allocated = m->allocated ? m->allocated * 2 : 64;
    m->entries = realloc(m->entries, m->allocated * sizeof(word_entry));
  }
  word_entry *e = &m->entries[m->count++];
  e->key = malloc(n + 1);
  memcpy(e->key, key, n);
  e->key[n] = 0;
  e->length = n;
  e->hash = h;
  e->value = 0;
  m->index.slots[i] = m->count;
  if (m->count * 2 > m->index.capacity) word_map_rehash(m);
  return e;
}

/* One to four syllables, the short ones far more likely, so that counts spread out. */
static uint32_t make_word(char *out) {
  int32_t r = below(100);
  int32_t n = r < 40 ? 1 : r < 75 ? 2 : r < 95 ? 3 : 4;
  uint32_t len = 0;
  for (int32_t i = 0; i < n; i++) {
    const char *s = SYLLABLES[below(NSYLLABLES)];
    size_t k = strlen(s);
    memcpy(out + len, s, k);
    len += (uint32_t)k;
  }
  out[len] = 0;
  return len;
}

static int by_count_then_word(const void *pa, const void *pb) {
  const word_entry *a = *(const word_entry *const *)pa, *b = *(const word_entry *const *)pb;
  if (a->value != b->value) return b->value > a->value ? 1 : -1;
  return strcmp(a->key, b->key);
}

static void words(void) {
  word_map m = {0};
  index_init(&m.index, 64);
  char w[16];
  seed = 1234;
  for (int32_t i = 0; i < WORDS; i++) {
    uint32_t n = make_word(w);
    word_map_entry(&m, w, n)->value += 1;
  }
  uint32_t hash = 0;
  for (uint32_t e = 0; e < m.count; e++)
    hash = hash * 31u + m.entries[e].length * 1000u + (uint32_t)m.entries[e].value;
  printf("maps: %d words, %u distinct, order hash %u\n", WORDS, m.count, hash);
  word_entry **sorted = malloc(m.count * sizeof(word_entry *));
  for (uint32_t e = 0; e < m.count; e++) sorted[e] = &m.entries[e];
  qsort(sorted, m.count, sizeof(word_entry *), by_count_then_word);
  printf("maps: top ten");
  for (uint32_t e = 0; e < 10 && e < m.count; e++) printf("%s%s:%.0f", e ? " " : " ", sorted[e]->key, sorted[e]->value);
  printf("\n");
  free(sorted);
  for (uint32_t e = 0; e < m.count; e++) free(m.entries[e].key);
  free(m.entries);
  free(m.index.slots);
}

/* ---- Map<number, number> (integral keys beyond 2^32, so 64-bit) ---- */

typedef struct {
  uint64_t key;
  double value;
  int deleted;
} memo_entry;

typedef struct {
  memo_entry *entries;
  uint32_t count;
  uint32_t allocated;
  uint32_t live;
  index_table index;
} memo_map;

static uint32_t hash64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return (uint32_t)k;
}

static void memo_rehash(memo_map *m) {
  free(m->index.slots);
  index_init(&m->index, m->index.capacity * 2);
  uint32_t mask = m->index.capacity - 1;
  for (uint32_t e = 0; e < m->count; e++) {
    if (m->entries[e].deleted) continue;
    uint32_t i = hash64(m->entries[e].key) & mask;
    while (m->index.slots[i] != EMPTY) i = (i + 1) & mask;
    m->index.slots[i] = e + 1;
  }
}

/* The index slot holding key, or the empty slot where it would go. */
static uint32_t memo_slot(const memo_map *m, uint64_t key) {
  uint32_t mask = m->index.capacity - 1;
  uint32_t i = hash64(key) & mask;
  for (uint32_t s; (s = m->index.slots[i]) != EMPTY; i = (i + 1) & mask)
    if (s != TOMBSTONE && m->entries[s - 1].key == key) return i;
  return i;
}

static memo_entry *memo_get(const memo_map *m, uint64_t key) {
  uint32_t s = m->index.slots[memo_slot(m, key)];
  return s == EMPTY ? NULL : &m->entries[s - 1];
}

/* Keys are only ever added once here (get comes first), as in the TypeScript. */
static void memo_set(memo_map *m, uint64_t key, double value) {
  uint32_t i = memo_slot(m, key);
  if (m->count == m->allocated) {
    m->allocated = m->allocated ? m->allocated * 2 : 64;
    m->entries = realloc(m->entries, m->allocated * sizeof(memo_entry));
  }
  m->entries[m->count] = (memo_entry){key, value, 0};
  m->index.slots[i] = ++m->count;
  m->live++;
  if (m->count * 2 > m->index.capacity) memo_rehash(m);
}

static void memo_delete(memo_map *m, uint64_t key) {
  uint32_t i = memo_slot(m, key);
  uint32_t s = m->index.slots[i];
  if (s == EMPTY) return;
  m->entries[s - 1].deleted = 1;
  m->index.slots[i] = TOMBSTONE;
  m->live--;
}

/* Steps to reach 1, memoised for every value met on the way. */
static double collatz_length(uint64_t n, memo_map *memo) {
  if (n == 1) return 1;
  memo_entry *known = memo_get(memo, n);
  if (known != NULL) return known->value;
  uint64_t next = n % 2 == 0 ? n / 2 : 3 * n + 1;
  double length = 1 + collatz_length(next, memo);
  memo_set(memo, n, length);
  return length;
}

static void collatz(void) {
  memo_map memo = {0};
  index_init(&memo.index, 64);
  int32_t best = 1;
  double best_length = 1;
  for (int32_t n = 1; n < COLLATZ_LIMIT; n++) {
    double length = collatz_length((uint64_t)n, &memo);
    if (length > best_length) {
      best = n;
      best_length = length;
    }
  }
  uint32_t entries = memo.live;
  uint32_t nabove = 0;
  uint64_t *above = malloc(memo.count * sizeof(uint64_t));
  for (uint32_t e = 0; e < memo.count; e++)
    if (!memo.entries[e].deleted && memo.entries[e].key >= COLLATZ_LIMIT) above[nabove++] = memo.entries[e].key;
  for (uint32_t k = 0; k < nabove; k++) memo_delete(&memo, above[k]);
  uint32_t hash = 0;
  for (uint32_t e = 0; e < memo.count; e++)
    if (!memo.entries[e].deleted) hash = hash * 31u + (uint32_t)memo.entries[e].key + (uint32_t)memo.entries[e].value;
  printf("maps: collatz below %d: longest %d (%.0f), memo %u entries, %u kept, order hash %u\n", COLLATZ_LIMIT,
         best, best_length, entries, memo.live, hash);
  free(above);
  free(memo.entries);
  free(memo.index.slots);
}

int main(void) {
  words();
  collatz();
  return 0;
}
