// An HTTP/1.1 request parser and responder (RFC 9112 message syntax) over in-memory request text.
interface Request {
  method: string;
  target: string;
  path: string;
  query: Map<string, string>;
  version: string;
  headers: Map<string, string>;
  body: string;
}
interface Response {
  status: number;
  headers: [string, string][];
  body: string;
}
const REASONS = new Map<number, string>([[200, "OK"], [201, "Created"], [400, "Bad Request"], [404, "Not Found"], [405, "Method Not Allowed"], [413, "Payload Too Large"]]);
class ParseError extends Error {
  constructor(message: string, public status: number = 400) {
    super(message);
    this.name = "ParseError";
  }
}
// Percent-decoding yields bytes; the bytes are then read as UTF-8 (RFC 3986 section 2.5).
function decodeComponent(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43) bytes.push(32);
    else if (c === 37 && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c);
  }
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0xc0 && b < 0xe0 && i + 1 < bytes.length) out += String.fromCharCode(((b & 31) << 6) | (bytes[++i] & 63));
    else out += String.fromCharCode(b);
  }
  return out;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function parseQuery(q: string): Map<string, string> {
  const m = new Map<string, string>();
  if (q === "") return m;
  for (const part of q.split("&")) {
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? "" : part.slice(eq + 1);
    m.set(decodeComponent(k), decodeComponent(v));
  }
  return m;
}
function parse(raw: string): Request {
  const headerEnd = raw.indexOf("\r\n\r\n");
  if (headerEnd < 0) throw new ParseError("incomplete headers");
  const lines = raw.slice(0, headerEnd).split("\r\n");
  const parts = lines[0].split(" ");
  if (parts.length !== 3) throw new ParseError("bad request line: " + JSON.stringify(lines[0]));
  const [method, target, version] = parts;
  if (!version.startsWith("HTTP/1.")) throw new ParseError("unsupported version " + version);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new ParseError("bad header line: " + JSON.stringify(line));
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? headers.get(name) + ", " + value : value);
  }
  let body = raw.slice(headerEnd + 4);
  const len = headers.get("content-length");
  if (len !== undefined) {
    const n = Number(len);
    if (!Number.isInteger(n) || n < 0) throw new ParseError("bad content-length " + len);
    if (n > 64) throw new ParseError("body too large", 413);
    body = body.slice(0, n);
  }
  const q = target.indexOf("?");
  const path = decodeComponent(q < 0 ? target : target.slice(0, q));
  return { method, target, path, query: parseQuery(q < 0 ? "" : target.slice(q + 1)), version, headers, body };
}
const notes: string[] = [];
function route(req: Request): Response {
  const text = (status: number, body: string): Response => ({ status, headers: [["Content-Type", "text/plain"]], body });
  if (req.path === "/hello") {
    const name = req.query.get("name") ?? "world";
    return text(200, `Hello, ${name}!`);
  }
  if (req.path === "/notes") {
    if (req.method === "GET") return { status: 200, headers: [["Content-Type", "application/json"]], body: JSON.stringify(notes) };
    if (req.method === "POST") {
      notes.push(req.body);
      return text(201, "stored #" + notes.length);
    }
    return { status: 405, headers: [["Allow", "GET, POST"]], body: "" };
  }
  return text(404, "no route for " + req.path);
}
function serialize(res: Response, keepAlive: boolean): string {
  const lines = [`HTTP/1.1 ${res.status} ${REASONS.get(res.status) ?? "Unknown"}`];
  for (const [k, v] of res.headers) lines.push(`${k}: ${v}`);
  lines.push(`Content-Length: ${res.body.length}`);
  lines.push(`Connection: ${keepAlive ? "keep-alive" : "close"}`);
  return lines.join("\r\n") + "\r\n\r\n" + res.body;
}
function handle(raw: string): string {
  try {
    const req = parse(raw);
    const keep = (req.headers.get("connection") ?? "keep-alive").toLowerCase() !== "close";
    return serialize(route(req), keep);
  } catch (e) {
    if (e instanceof ParseError) return serialize({ status: e.status, headers: [], body: e.message }, false);
    throw e;
  }
}
const requests = [
  "GET /hello HTTP/1.1\r\nHost: a\r\n\r\n",
  "GET /hello?name=J%C3%BCrgen+Q&x HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n",
  "POST /notes HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nfirst-and-extra",
  "POST /notes HTTP/1.1\r\nContent-Length: 6\r\nX-A: 1\r\nx-a: 2\r\n\r\nsecond",
  "GET /notes HTTP/1.1\r\n\r\n",
  "DELETE /notes HTTP/1.1\r\n\r\n",
  "GET /missing%20page HTTP/1.1\r\n\r\n",
  "BROKEN\r\n\r\n",
  "GET / HTTP/2.0\r\n\r\n",
  "GET /hello HTTP/1.1\r\nNoColonHere\r\n\r\n",
  "POST /notes HTTP/1.1\r\nContent-Length: 1000\r\n\r\nx",
  "GET /hello HTTP/1.1\r\nHost: a",
];
for (const r of requests) {
  console.log(JSON.stringify(handle(r)));
}
