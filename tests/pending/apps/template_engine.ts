// A tiny template engine (data as nested Maps, no dynamic property access): {{var}} with dotted paths, {{#each list}}...{{/each}}, {{#if flag}}...{{/if}}, escaping.
type Value = string | number | boolean | null | Value[] | Map<string, Value>;
type Node = { t: "text"; s: string } | { t: "var"; path: string; raw: boolean } | { t: "each" | "if"; path: string; body: Node[] };
class TemplateError extends Error {
  constructor(msg: string) {
    super(msg);
    this.name = "TemplateError";
  }
}
function parse(src: string): Node[] {
  const root: Node[] = [];
  const stack: { node: Node & { body: Node[] }; list: Node[] }[] = [];
  let cur = root;
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{{", i);
    if (open < 0) {
      cur.push({ t: "text", s: src.slice(i) });
      break;
    }
    if (open > i) cur.push({ t: "text", s: src.slice(i, open) });
    const raw = src.startsWith("{{{", open);
    const close = src.indexOf(raw ? "}}}" : "}}", open);
    if (close < 0) throw new TemplateError("unclosed tag at " + open);
    const tag = src.slice(open + (raw ? 3 : 2), close).trim();
    i = close + (raw ? 3 : 2);
    if (tag.startsWith("#each ") || tag.startsWith("#if ")) {
      const kind = tag.startsWith("#each ") ? "each" : "if";
      const node = { t: kind, path: tag.slice(kind.length + 2).trim(), body: [] as Node[] } as Node & { body: Node[] };
      cur.push(node);
      stack.push({ node, list: cur });
      cur = node.body;
    } else if (tag === "/each" || tag === "/if") {
      const top = stack.pop();
      if (!top || top.node.t !== tag.slice(1)) throw new TemplateError("unexpected {{" + tag + "}}");
      cur = top.list;
    } else cur.push({ t: "var", path: tag, raw });
  }
  if (stack.length > 0) throw new TemplateError("unclosed {{#" + stack[stack.length - 1].node.t + "}}");
  return root;
}
function lookup(scopes: Value[], path: string): Value | undefined {
  if (path === ".") return scopes[scopes.length - 1];
  const parts = path.split(".");
  for (let s = scopes.length - 1; s >= 0; s--) {
    let v: Value | undefined = scopes[s];
    for (const p of parts) {
      v = v instanceof Map ? v.get(p) : undefined;
    }
    if (v !== undefined) return v;
  }
  return undefined;
}
function escape(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function render(nodes: Node[], scopes: Value[]): string {
  let out = "";
  for (const n of nodes) {
    if (n.t === "text") out += n.s;
    else if (n.t === "var") {
      const v = lookup(scopes, n.path);
      const s = v === undefined || v === null ? "" : Array.isArray(v) ? v.join(", ") : String(v);
      out += n.raw ? s : escape(s);
    } else if (n.t === "if") {
      const v = lookup(scopes, n.path);
      if (v !== undefined && v !== null && v !== false && v !== 0 && v !== "" && !(Array.isArray(v) && v.length === 0)) out += render(n.body, scopes);
    } else {
      const v = lookup(scopes, n.path);
      if (Array.isArray(v)) v.forEach((item) => (out += render(n.body, [...scopes, item])));
    }
  }
  return out;
}
const obj = (entries: [string, Value][]): Value => new Map(entries);
const data: Value = obj([
  ["title", "Release <notes>"],
  ["version", 1.5],
  ["author", obj([["name", "yao team"], ["email", "dev@example.org"]])],
  ["items", [obj([["name", "compiler"], ["done", true], ["tags", ["ts", "c"]]]), obj([["name", "kernel"], ["done", false], ["tags", []]])]],
  ["empty", []],
  ["html", "<b>bold</b>"],
]);
const tpl = `# {{title}} v{{version}}
by {{author.name}} <{{author.email}}>
{{#each items}}- {{name}}{{#if done}} [done]{{/if}}{{#if tags}} tags: {{tags}}{{/if}} (in {{title}})
{{/each}}{{#if empty}}never{{/if}}{{#each empty}}never{{/each}}raw: {{{html}}} escaped: {{html}} missing: [{{nope.deeper}}]`;
console.log(render(parse(tpl), [data]));
for (const bad of ["{{#each items}}x", "{{/if}}", "a {{ b", "{{#if x}}{{/each}}"]) {
  try {
    console.log(render(parse(bad), [data]));
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
