// startsWith and endsWith with positions.
const s = "/usr/local/bin/node";
console.log(s.startsWith("/usr"), s.startsWith("usr"), s.startsWith("usr", 1), s.startsWith("", 100), s.startsWith("/", -5));
console.log(s.endsWith("node"), s.endsWith("bin", 14), s.endsWith("/usr", 4), s.endsWith(""), s.endsWith("node", 100));
const files = ["a.ts", "b.test.ts", "c.js", "ts", ".ts", "日本.ts"];
for (const f of files) console.log(f, f.endsWith(".ts"), f.endsWith(".test.ts"), f.startsWith("."), f.startsWith("日"));
