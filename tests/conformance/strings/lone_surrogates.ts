// Lone surrogates: valid in strings, printed to stdout as U+FFFD, escaped by JSON.stringify.
const s = "😀";
const hi = s.slice(0, 1);
const lo = s.slice(1);
console.log(hi.length, hi.charCodeAt(0).toString(16), lo.charCodeAt(0).toString(16));
console.log(hi + lo === s);
console.log("[" + hi + "]");
console.log("[" + lo + hi + "]");
console.log(JSON.stringify(hi), JSON.stringify(lo + "x" + hi), JSON.stringify(s));
