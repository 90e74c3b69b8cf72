// String comparison is by UTF-16 code units, lexicographic, with prefixes smaller.
const pairs = [["a", "b"], ["b", "a"], ["a", "a"], ["", "a"], ["a", ""], ["abc", "abd"], ["ab", "abc"], ["Z", "a"],
  ["10", "9"], ["10", "1"], ["é", "z"], ["日", "本"], ["\u{1F600}", "\uffff"], ["A", "a"], [" ", "!"], ["a\0", "a"]];
for (const p of pairs) {
  const a = p[0];
  const b = p[1];
  console.log(a.length, b.length, a < b, a > b, a <= b, a >= b, a === b, a !== b);
}
let min = "zzz";
const words = ["pear", "apple", "Apple", "banana", "apple pie", "app"];
for (const w of words) if (w < min) min = w;
console.log(min);
let built = "ap";
built = built + "ple";
console.log(built === "apple", built < "apples", built > "appla");
