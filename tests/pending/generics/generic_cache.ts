// A generic memoizing cache keyed by strings, holding values of any type parameter.
class Cache<V> {
  private store = new Map<string, V>();
  hits = 0;
  misses = 0;
  getOrCompute(key: string, compute: () => V): V {
    const existing = this.store.get(key);
    if (existing !== undefined) {
      this.hits++;
      return existing;
    }
    this.misses++;
    const v = compute();
    this.store.set(key, v);
    return v;
  }
}
const numCache = new Cache<number>();
const arrCache = new Cache<number[]>();
for (const k of ["a", "b", "a", "c", "b", "a"]) {
  const v = numCache.getOrCompute(k, () => k.charCodeAt(0) * 2);
  const arr = arrCache.getOrCompute(k, () => [k.length, v]);
  arr.push(0);
  console.log(k, v, arr.length);
}
console.log(numCache.hits, numCache.misses, arrCache.hits, arrCache.misses);
