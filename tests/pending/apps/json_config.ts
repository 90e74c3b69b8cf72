// A JSON round trip: parse a service config, validate it against an interface, migrate, re-serialise.
interface Listener {
  port: number;
  tls?: boolean;
  hosts: string[];
}
interface Limits {
  maxConns: number;
  timeoutMs: number;
  ratio: number;
}
interface Features {
  gzip: boolean;
  http2: boolean;
  brotli?: boolean;
}
interface Config {
  version: number;
  name: string;
  listeners: Listener[];
  limits: Limits;
  features: Features;
  notes: string | null;
}
const INPUT = `{
  "version": 1,
  "name": "edge \\"proxy\\" \\u00e9",
  "listeners": [
    { "port": 80, "hosts": ["a.example", "b.example"] },
    { "port": 443, "tls": true, "hosts": [] }
  ],
  "limits": { "maxConns": 1e4, "timeoutMs": 30000, "ratio": 0.75 },
  "features": { "gzip": true, "http2": false },
  "notes": null
}`;
function validate(c: Config): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(c.version)) problems.push("version must be an integer");
  c.listeners.forEach((l, i) => {
    if (l.port < 1 || l.port > 65535) problems.push(`listener ${i}: bad port ${l.port}`);
    if (l.tls === true && l.hosts.length === 0) problems.push(`listener ${i}: tls without hosts`);
  });
  if (c.limits.ratio <= 0 || c.limits.ratio > 1) problems.push("ratio out of range");
  return problems;
}
function migrate(c: Config): Config {
  return {
    ...c,
    version: 2,
    listeners: c.listeners.map((l) => ({ ...l, tls: l.tls ?? false, hosts: l.hosts.length > 0 ? l.hosts : ["default.example"] })),
    limits: { ...c.limits, timeoutMs: c.limits.timeoutMs / 1000 },
    features: { ...c.features, brotli: c.features.gzip },
    notes: "migrated from v" + c.version,
  };
}
const cfg = JSON.parse(INPUT) as Config;
console.log(cfg.name, cfg.name.length, cfg.limits.maxConns, cfg.listeners.length, cfg.notes);
console.log("problems v1:", JSON.stringify(validate(cfg)));
const v2 = migrate(cfg);
console.log("problems v2:", JSON.stringify(validate(v2)));
const compact = JSON.stringify(v2);
console.log(compact);
const pretty = JSON.stringify(v2, null, 2);
console.log(pretty);
const reparsed = JSON.parse(pretty) as Config;
console.log(JSON.stringify(reparsed) === compact, reparsed.listeners[1].hosts[0], reparsed.features.brotli);
const broken = INPUT.replace('"port": 443', '"port": 443,');
try {
  JSON.parse(broken);
} catch (e) {
  console.log("broken config rejected:", e instanceof SyntaxError);
}
const bad = JSON.parse('{"version":1.5,"name":"x","listeners":[{"port":70000,"tls":true,"hosts":[]}],"limits":{"maxConns":1,"timeoutMs":1,"ratio":2},"features":{"gzip":false,"http2":true},"notes":"n"}') as Config;
console.log(validate(bad).join("; "));
