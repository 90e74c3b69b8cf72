// Discriminated unions with a kind field, exhaustive switch narrowing.
type Shape = { kind: "circle"; r: number } | { kind: "rect"; w: number; h: number } | { kind: "tri"; a: number; b: number; c: number };
function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.PI * s.r * s.r;
    case "rect":
      return s.w * s.h;
    case "tri": {
      const p = (s.a + s.b + s.c) / 2;
      return Math.sqrt(p * (p - s.a) * (p - s.b) * (p - s.c));
    }
  }
}
const shapes: Shape[] = [{ kind: "circle", r: 1 }, { kind: "rect", w: 2, h: 3 }, { kind: "tri", a: 3, b: 4, c: 5 }];
for (const s of shapes) console.log(s.kind, area(s).toFixed(4));
type Msg = { type: "ping" } | { type: "data"; payload: number[] } | { type: "close"; reason?: string };
function handle(m: Msg): string {
  if (m.type === "ping") return "pong";
  if (m.type === "data") return "sum=" + m.payload.reduce((a, b) => a + b, 0);
  return "closed:" + (m.reason ?? "unknown");
}
const msgs: Msg[] = [{ type: "ping" }, { type: "data", payload: [1, 2, 3] }, { type: "close" }, { type: "close", reason: "eof" }];
console.log(msgs.map(handle).join(" "));
