// replace (first occurrence) and replaceAll with string patterns, including $ patterns in the replacement.
const s = "the cat sat on the mat with the hat";
console.log(s.replace("the", "a"));
console.log(s.replaceAll("the", "a"));
console.log(s.replace("dog", "x"));
console.log(s.replaceAll("at", "@"));
console.log("aaa".replaceAll("a", "aa"), "aaa".replaceAll("aa", "b"));
console.log("abc".replace("", "-"), "abc".replaceAll("", "-"));
console.log("price: X".replace("X", "$$5"), "a-b".replace("-", "[$&]"), "a-b".replace("-", "[$`|$']"));
console.log("日本語".replace("本", "ほん"), "😀😀".replaceAll("😀", ":)"));
console.log("x.y.z".replaceAll(".", "/"), "path\\to\\file".replaceAll("\\", "/"));
console.log("aXbXc".replace("X", () => "fn"), "aXbXc".replaceAll("X", (m: string) => m.toLowerCase() + "!"));
