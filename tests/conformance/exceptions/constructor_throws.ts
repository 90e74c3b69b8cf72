// A constructor that throws leaves no object behind; super() throwing in a subclass.
let constructed = 0;
class Port {
  constructor(public n: number) {
    if (n < 0 || n > 65535) throw new RangeError("bad port " + n);
    constructed++;
  }
}
class PrivPort extends Port {
  constructor(n: number) {
    super(n);
    if (n >= 1024) throw new Error("not privileged: " + n);
  }
}
const ports: Port[] = [];
for (const n of [80, -1, 8080, 70000]) {
  try {
    ports.push(new PrivPort(n));
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
console.log(ports.length, constructed, ports.map((p) => p.n).join());
