// Uses generic classes, generic functions and a generic type alias imported from another module.
import { Stack, groupBy, pair, type Pair } from "./collections";
const s = new Stack<string>().push("a", "b", "c");
console.log(s.pop(), s.size);
const words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
const groups = groupBy(words, (w) => w[0]);
for (const [k, v] of groups) console.log(k, v.join(","));
const byLen = groupBy(words, (w) => w.length);
console.log([...byLen.keys()].join(" "));
const ps: Pair<string, number>[] = words.map((w) => pair(w, w.length));
console.log(ps.filter((p) => p.second > 6).map((p) => p.first).join(" "));
