const samples = ["a b&c=d/é", "日本語?x=1#frag", "😀!'()*~-_.", "", "100% sure; $5, @home"];
for (const s of samples) {
  const c = encodeURIComponent(s), u = encodeURI(s);
  console.log(c, u, decodeURIComponent(c) === s, decodeURI(u) === s);
}
console.log(decodeURIComponent("%41%2f%e6%97%a5"), decodeURI("%41%2F%3B%e6%97%a5"), encodeURIComponent(12.5));
for (const bad of ["%", "%4", "%zz", "%C3", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%80"]) {
  try { decodeURIComponent(bad); console.log("ok", bad); } catch (e) { console.log((e as Error).name, (e as Error).message, e instanceof URIError); }
}
try { encodeURIComponent("\uD800"); } catch (e) { console.log((e as Error).name, (e as Error).message); }
