// Word-frequency count over a text: tokenising by hand, case folding, stop words, ranking, histogram.
const TEXT = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only.
Don't count "quoted-words" twice; café and CAFÉ are the same word.`;
const STOP = new Set(["the", "of", "it", "was", "we", "in", "a", "to", "on", "or", "for", "so", "that", "its", "and", "are"]);
function isWordChar(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c === "'" || c > "\u007f";
}
function tokenize(text: string): string[] {
  const words: string[] = [];
  let cur = "";
  for (const ch of text.toLowerCase()) {
    if (isWordChar(ch)) cur += ch;
    else {
      if (cur.length > 0) words.push(cur);
      cur = "";
    }
  }
  if (cur.length > 0) words.push(cur);
  return words;
}
const words = tokenize(TEXT);
console.log("tokens:", words.length, "distinct:", new Set(words).size);
const counts = new Map<string, number>();
for (const w of words) if (!STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
console.log("top 12:");
for (const [w, n] of ranked.slice(0, 12)) console.log("  " + w.padEnd(12) + String(n).padStart(3) + " " + "#".repeat(n));
const byLength = new Map<number, string[]>();
for (const w of counts.keys()) {
  const list = byLength.get(w.length) ?? [];
  list.push(w);
  byLength.set(w.length, list);
}
const lengths = [...byLength.keys()].sort((a, b) => a - b);
for (const len of lengths) console.log(len, byLength.get(len)!.sort().join(","));
const longest = [...counts.keys()].reduce((a, b) => (b.length > a.length ? b : a), "");
const singles = ranked.filter(([, n]) => n === 1).length;
console.log("longest:", longest, "hapax:", singles, "avg length:", (words.reduce((s, w) => s + w.length, 0) / words.length).toFixed(3));
const lines = TEXT.split("\n");
lines.forEach((line, i) => console.log("line", i + 1, tokenize(line).length, line.length));
