// Set of numbers and strings: add/has/delete/size, duplicates ignored, NaN and -0 handling, order.
const s = new Set<number>();
s.add(3).add(1).add(3).add(NaN).add(NaN).add(0).add(-0);
console.log(s.size, s.has(NaN), s.has(-0), [...s].join());
console.log(s.delete(3), s.delete(3), s.size);
s.add(3);
console.log([...s].join());
const words = new Set(["b", "a", "b", "c", "a"]);
console.log(words.size, [...words].join(""));
const dedup = [...new Set([5, 1, 5, 2, 1, 9])];
console.log(dedup.join());
const seen = new Set<string>();
const text = "the cat and the hat and the bat";
const firsts: string[] = [];
for (const w of text.split(" ")) {
  if (!seen.has(w)) firsts.push(w);
  seen.add(w);
}
console.log(firsts.join(" "), seen.size);
words.clear();
console.log(words.size, words.has("a"));
