// Parsing key=value text with split, trim, indexOf and rebuilding it; escapes and empty values.
const text = ` host = example.org
port=8080
# comment line
empty =
path = /a=b/c
  spaced key = with spaces  
dup = 1
dup = 2`;
const entries = new Map<string, string>();
for (const raw of text.split("\n")) {
  const line = raw.trim();
  if (line === "" || line.startsWith("#")) continue;
  const eq = line.indexOf("=");
  const key = line.slice(0, eq).trim();
  const value = line.slice(eq + 1).trim();
  entries.set(key, value);
}
for (const [k, v] of entries) console.log(JSON.stringify(k), JSON.stringify(v));
const rebuilt = [...entries].map(([k, v]) => `${k}=${v}`).join(";");
console.log(rebuilt);
console.log(rebuilt.split(";").map((kv) => kv.split("=")[0]).join("|"));
