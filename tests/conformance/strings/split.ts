// split with string separators: empty separator, limits, separators at the ends, no match.
function show(parts: string[]): string {
  return parts.length + ":" + JSON.stringify(parts);
}
console.log(show("a,b,c".split(",")));
console.log(show(",a,,b,".split(",")));
console.log(show("abc".split("")));
console.log(show("".split(",")));
console.log(show("".split("")));
console.log(show("a, b, c".split(", ")));
console.log(show("a,b,c".split(",", 2)));
console.log(show("a,b,c".split(",", 0)));
console.log(show("no-separator".split("|")));
console.log(show("aaaa".split("aa")));
console.log(show("日本語テキスト".split("")));
console.log(show("😀a😀".split("")));
console.log(show("line1\nline2\r\nline3\n".split("\n")));
console.log(show("k1=v1&k2=v2&k3".split("&")));
const csv = "name;age;city";
const cols = csv.split(";");
console.log(cols[1], cols.length, cols.join("|"));
