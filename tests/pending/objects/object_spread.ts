// Object spread copies own fields in order; later fields override earlier ones.
interface Config {
  host: string;
  port: number;
  debug?: boolean;
  tags: string[];
}
const defaults: Config = { host: "localhost", port: 80, tags: ["base"] };
const override = { port: 8080, debug: true };
const merged: Config = { ...defaults, ...override };
console.log(merged.host, merged.port, merged.debug, merged.tags === defaults.tags);
const again: Config = { ...merged, host: "example.org", port: merged.port + 1 };
console.log(JSON.stringify(again));
const extra: { b: number; a?: number } = { b: 2, a: 3 };
console.log(JSON.stringify({ a: 1, ...extra, c: 4 }), JSON.stringify({ ...extra, a: 1 }));
const copy = { ...defaults };
copy.tags.push("shared");
copy.port = 1;
console.log(defaults.tags.join(), defaults.port, copy.port);
