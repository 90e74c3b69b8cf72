// Map with string keys: set/get/has/delete/size/clear, set returns the map, get of a missing key.
const m = new Map<string, number>();
console.log(m.size, m.get("a"), m.has("a"));
m.set("a", 1).set("b", 2).set("c", 3);
console.log(m.size, m.get("a"), m.get("c"), m.has("b"));
m.set("a", 10);
console.log(m.size, m.get("a"), [...m.keys()].join());
console.log(m.delete("b"), m.delete("b"), m.size, [...m.keys()].join());
m.set("b", 20);
console.log([...m.keys()].join(), [...m.values()].join());
m.clear();
console.log(m.size, m.get("a"));
const init = new Map<string, string>([["x", "1"], ["y", "2"], ["x", "3"]]);
console.log(init.size, init.get("x"), [...init.entries()].map((e) => e[0] + "=" + e[1]).join("&"));
m.set("", 0);
console.log(m.has(""), m.get(""), m.size);
