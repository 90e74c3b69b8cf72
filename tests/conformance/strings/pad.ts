// padStart and padEnd: default space fill, multi-character fill truncated, no-op when long enough.
console.log("[" + "5".padStart(3) + "]", "[" + "5".padEnd(3) + "]");
console.log("5".padStart(3, "0"), "abc".padStart(8, "12"), "abc".padEnd(8, "xyz"), "abc".padStart(2, "0"));
console.log("abc".padStart(6, ""), "abc".padEnd(-1, "x"), "".padStart(4, "ab"), "x".padStart(5.9, "-"));
console.log("日".padStart(3, "本"), "😀".padEnd(4, "!"), "😀".padStart(3, "😀"));
const rows = [["id", "name", "score"], ["1", "ada", "97.5"], ["22", "grace", "100"], ["333", "linus", "8"]];
for (const r of rows) console.log(r[0].padStart(4) + " | " + r[1].padEnd(6, ".") + " | " + r[2].padStart(6, "0"));
