// expect YAO1011 at 3:7
class K { k = 1; }
const m = new WeakMap<K, number>();
m.set(new K(), 1);
console.log(m.has(new K()));
