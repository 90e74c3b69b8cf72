// Interfaces with function-typed properties, implemented by classes holding closures.
interface Handler {
  readonly id: number;
  onEvent: (code: number) => string;
}
class Logger implements Handler {
  lines: string[] = [];
  onEvent: (code: number) => string;
  constructor(readonly id: number, prefix: string) {
    this.onEvent = (code: number) => {
      const s = prefix + code;
      this.lines.push(s);
      return s;
    };
  }
}
class Mapper implements Handler {
  constructor(readonly id: number, public onEvent: (code: number) => string) {}
}
const log = new Logger(1, "log:");
const handlers: Handler[] = [log, new Mapper(2, (c) => (c > 10 ? "big" : "small")), new Mapper(3, (c) => "x".length + c + "")];
for (let code = 5; code < 20; code += 6) {
  let line = "";
  for (const h of handlers) line = line + h.id + "=" + h.onEvent(code) + " ";
  console.log(line);
}
console.log(log.lines.join(","));
handlers[1].onEvent = (c) => "replaced" + c;
console.log(handlers[1].onEvent(1));
