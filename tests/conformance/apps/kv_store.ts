// A key-value store driven by a small command language: SET/GET/DEL/INCR/EXPIRE/TTL/KEYS/MULTI/EXEC.
class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}
class Store {
  private data = new Map<string, string>();
  private expiry = new Map<string, number>();
  clock = 0;
  private queued: string[][] | null = null;
  private alive(k: string): boolean {
    const exp = this.expiry.get(k);
    if (exp !== undefined && exp <= this.clock) {
      this.data.delete(k);
      this.expiry.delete(k);
      return false;
    }
    return this.data.has(k);
  }
  exec(line: string): string {
    const args = tokenize(line);
    if (args.length === 0) return "";
    const cmd = args[0].toUpperCase();
    if (this.queued !== null && cmd !== "EXEC" && cmd !== "DISCARD") {
      this.queued.push(args);
      return "QUEUED";
    }
    return this.apply(cmd, args.slice(1));
  }
  private need(args: string[], n: number, cmd: string): void {
    if (args.length !== n) throw new CommandError(`wrong number of arguments for '${cmd.toLowerCase()}'`);
  }
  private apply(cmd: string, a: string[]): string {
    switch (cmd) {
      case "SET":
        this.need(a, 2, cmd);
        this.data.set(a[0], a[1]);
        this.expiry.delete(a[0]);
        return "OK";
      case "GET":
        this.need(a, 1, cmd);
        return this.alive(a[0]) ? JSON.stringify(this.data.get(a[0])) : "(nil)";
      case "DEL": {
        let n = 0;
        for (const k of a) if (this.alive(k) && this.data.delete(k)) n++;
        return "(integer) " + n;
      }
      case "INCR":
      case "INCRBY": {
        this.need(a, cmd === "INCR" ? 1 : 2, cmd);
        const by = cmd === "INCR" ? 1 : Number(a[1]);
        const cur = this.alive(a[0]) ? Number(this.data.get(a[0])) : 0;
        if (!Number.isSafeInteger(cur) || !Number.isSafeInteger(by)) throw new CommandError("value is not an integer or out of range");
        this.data.set(a[0], String(cur + by));
        return "(integer) " + (cur + by);
      }
      case "EXPIRE":
        this.need(a, 2, cmd);
        if (!this.alive(a[0])) return "(integer) 0";
        this.expiry.set(a[0], this.clock + Number(a[1]));
        return "(integer) 1";
      case "TTL": {
        this.need(a, 1, cmd);
        if (!this.alive(a[0])) return "(integer) -2";
        const exp = this.expiry.get(a[0]);
        return "(integer) " + (exp === undefined ? -1 : exp - this.clock);
      }
      case "TICK":
        this.clock += Number(a[0] ?? "1");
        return "clock=" + this.clock;
      case "KEYS": {
        const pat = a[0] ?? "*";
        const prefix = pat.endsWith("*") ? pat.slice(0, -1) : pat;
        const keys = [...this.data.keys()].filter((k) => this.alive(k) && (pat.endsWith("*") ? k.startsWith(prefix) : k === pat)).sort();
        return keys.length === 0 ? "(empty)" : keys.map((k, i) => `${i + 1}) ${k}`).join(" ");
      }
      case "MULTI":
        this.queued = [];
        return "OK";
      case "DISCARD":
        if (this.queued === null) throw new CommandError("DISCARD without MULTI");
        this.queued = null;
        return "OK";
      case "EXEC": {
        if (this.queued === null) throw new CommandError("EXEC without MULTI");
        const q = this.queued;
        this.queued = null;
        return "[" + q.map((args) => {
          try {
            return this.apply(args[0].toUpperCase(), args.slice(1));
          } catch (e) {
            return "ERR " + (e as Error).message;
          }
        }).join(", ") + "]";
      }
      default:
        throw new CommandError(`unknown command '${cmd}'`);
    }
  }
}
function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === " ") i++;
    if (i >= line.length) break;
    let tok = "";
    if (line[i] === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\" && i + 1 < line.length) i++;
        tok += line[i++];
      }
      if (i >= line.length) throw new CommandError("unbalanced quotes");
      i++;
    } else {
      while (i < line.length && line[i] !== " ") tok += line[i++];
    }
    out.push(tok);
  }
  return out;
}
const script = `SET greeting "hello world"
GET greeting
GET missing
SET counter 10
INCR counter
INCRBY counter -25
INCR greeting
SET big 9007199254740991
INCR big
EXPIRE greeting 5
TTL greeting
TICK 3
TTL greeting
TICK 2
GET greeting
TTL greeting
SET user:1 "ann \\"the admin\\""
SET user:2 bob
SET session x
KEYS user:*
KEYS *
DEL user:1 nothere session
MULTI
SET a 1
INCR a
INCR user:2
GET a
EXEC
EXEC
FLY away
GET
SET "unterminated
TTL counter`;
const store = new Store();
for (const line of script.split("\n")) {
  let out: string;
  try {
    out = store.exec(line);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    out = "(error) " + e.message;
  }
  console.log("> " + line);
  console.log(out);
}
