// localeCompare on ASCII strings (Node with ICU: case and punctuation ordering differ from <).
const pairs = [["a", "b"], ["b", "a"], ["a", "a"], ["a", "A"], ["A", "a"], ["a", "B"], ["B", "a"], ["apple", "Apple"],
  ["abc", "abd"], ["ab", "abc"], ["", "a"], ["10", "9"], ["a1", "a10"], ["a-b", "ab"], ["a b", "ab"], ["_", "a"], ["Z", "a"]];
for (const p of pairs) {
  const r = p[0].localeCompare(p[1]);
  console.log(JSON.stringify(p[0]), JSON.stringify(p[1]), r < 0 ? -1 : r > 0 ? 1 : 0, p[0] < p[1]);
}
const words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "1abc", "Zed", "zed"];
const byLocale = words.slice().sort((x, y) => x.localeCompare(y));
const byCode = words.slice().sort();
console.log(byLocale.join(" "));
console.log(byCode.join(" "));
