// A URL router: path patterns with :params and * wildcards, query strings, method matching, middleware chain.
interface Ctx {
  method: string;
  path: string;
  params: Map<string, string>;
  query: Map<string, string[]>;
  log: string[];
  status: number;
  body: string;
}
type Handler = (ctx: Ctx) => void;
type Middleware = (ctx: Ctx, next: () => void) => void;
interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}
class Router {
  private routes: Route[] = [];
  private middleware: Middleware[] = [];
  use(m: Middleware): this {
    this.middleware.push(m);
    return this;
  }
  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split("/").filter((p) => p !== ""), handler });
    return this;
  }
  private match(r: Route, segs: string[]): Map<string, string> | null {
    const params = new Map<string, string>();
    for (let i = 0; i < r.parts.length; i++) {
      const p = r.parts[i];
      if (p === "*") {
        params.set("*", segs.slice(i).join("/"));
        return params;
      }
      if (i >= segs.length) return null;
      if (p.startsWith(":")) params.set(p.slice(1), decodeURIComponent(segs[i]));
      else if (p !== segs[i]) return null;
    }
    return segs.length === r.parts.length ? params : null;
  }
  dispatch(method: string, url: string): Ctx {
    const q = url.indexOf("?");
    const path = q < 0 ? url : url.slice(0, q);
    const query = new Map<string, string[]>();
    if (q >= 0) {
      for (const kv of url.slice(q + 1).split("&")) {
        if (kv === "") continue;
        const [k, v = ""] = kv.split("=");
        const list = query.get(k) ?? [];
        list.push(decodeURIComponent(v.replaceAll("+", " ")));
        query.set(k, list);
      }
    }
    const ctx: Ctx = { method, path, params: new Map(), query, log: [], status: 404, body: "not found" };
    const segs = path.split("/").filter((s) => s !== "");
    let allowed: string[] = [];
    let handler: Handler | null = null;
    for (const r of this.routes) {
      const params = this.match(r, segs);
      if (params === null) continue;
      if (r.method !== method) {
        allowed.push(r.method);
        continue;
      }
      ctx.params = params;
      handler = r.handler;
      break;
    }
    const final: Handler = handler ?? ((c) => {
      if (allowed.length > 0) {
        c.status = 405;
        c.body = "allow: " + allowed.join(",");
      }
    });
    const run = (i: number): void => {
      if (i < this.middleware.length) this.middleware[i](ctx, () => run(i + 1));
      else final(ctx);
    };
    run(0);
    return ctx;
  }
}
const users = new Map<string, string>([["1", "ann"], ["2", "bob"]]);
const router = new Router()
  .use((ctx, next) => {
    ctx.log.push("timing:start");
    next();
    ctx.log.push("timing:end " + ctx.status);
  })
  .use((ctx, next) => {
    if (ctx.path.startsWith("/admin") && ctx.query.get("token")?.[0] !== "s3cret") {
      ctx.status = 401;
      ctx.body = "unauthorized";
      ctx.log.push("auth:denied");
      return;
    }
    next();
  })
  .add("GET", "/users/:id", (ctx) => {
    const name = users.get(ctx.params.get("id")!);
    ctx.status = name ? 200 : 404;
    ctx.body = name ? `user ${name}` : "no user " + ctx.params.get("id");
  })
  .add("DELETE", "/users/:id", (ctx) => {
    ctx.status = users.delete(ctx.params.get("id")!) ? 204 : 404;
    ctx.body = "";
  })
  .add("GET", "/search", (ctx) => {
    ctx.status = 200;
    ctx.body = `q=${JSON.stringify(ctx.query.get("q") ?? [])} page=${ctx.query.get("page")?.[0] ?? "1"}`;
  })
  .add("GET", "/static/*", (ctx) => {
    ctx.status = 200;
    ctx.body = "file " + ctx.params.get("*");
  })
  .add("GET", "/admin/stats", (ctx) => {
    ctx.status = 200;
    ctx.body = "users=" + users.size;
  });
const calls: [string, string][] = [["GET", "/users/1"], ["GET", "/users/3"], ["DELETE", "/users/2"], ["DELETE", "/users/2"], ["POST", "/users/1"],
  ["GET", "/search?q=hello+world&q=caf%C3%A9&page=2"], ["GET", "/search"], ["GET", "/static/css/site.css"], ["GET", "/static"],
  ["GET", "/admin/stats"], ["GET", "/admin/stats?token=s3cret"], ["GET", "//users//1//"], ["GET", "/nowhere"], ["GET", "/users/%E6%97%A5"]];
for (const [m, u] of calls) {
  const ctx = router.dispatch(m, u);
  console.log(m.padEnd(6), u.padEnd(40), ctx.status, JSON.stringify(ctx.body), ctx.log.join(" > "));
}
