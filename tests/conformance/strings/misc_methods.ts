// concat, at, codePointAt, normalize-free checks, and chained method calls.
const a = "foo";
console.log(a.concat("bar", "baz"), a.concat(), "".concat("1", "2", "3"));
console.log("  Mixed Case  ".trim().toLowerCase().split(" ").join("_"));
console.log("a-b-c".split("-").reverse().join("+"));
console.log("hello world".split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join(" "));
const sentence = "The quick brown fox";
console.log(sentence.split(" ").filter((w) => w.length > 3).length, sentence.toUpperCase().includes("QUICK"));
console.log("abc".at(-1), "abc".codePointAt(0), "x".localeCompare("x"));
