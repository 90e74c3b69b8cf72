// Object destructuring: renaming, defaults, nested patterns, parameters, rest.
interface Req {
  method: string;
  path: string;
  headers: { host: string; accept?: string };
  body?: string;
}
const req: Req = { method: "GET", path: "/index.html", headers: { host: "example.org" } };
const { method, path: p, body = "<empty>" } = req;
console.log(method, p, body);
const { headers: { host, accept = "*/*" } } = req;
console.log(host, accept);
function describe({ method, path, headers: { host } }: Req): string {
  return `${method} ${host}${path}`;
}
console.log(describe(req), describe({ method: "POST", path: "/api", headers: { host: "h" }, body: "x" }));
const { method: m2, ...rest } = req;
console.log(m2, Object.keys(rest).join(","), rest.path);
const list = [{ id: 1, tags: ["a", "b"] }, { id: 2, tags: [] as string[] }];
for (const { id, tags: [first = "none"] } of list) console.log(id, first);
let a = 1;
let b = 2;
({ a, b } = { a: b, b: a });
console.log(a, b);
