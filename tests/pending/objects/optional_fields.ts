// Optional fields and optional methods: presence checks, ?. calls, defaults.
interface Options {
  retries?: number;
  timeoutMs?: number;
  onRetry?: (n: number) => void;
  name: string;
}
function run(o: Options): string {
  const retries = o.retries ?? 3;
  const timeout = o.timeoutMs || 1000;
  let log = "";
  for (let i = 1; i <= retries; i++) {
    o.onRetry?.(i);
    log += i;
  }
  return `${o.name}: retries=${retries} timeout=${timeout} log=${log}`;
}
console.log(run({ name: "a" }));
console.log(run({ name: "b", retries: 0, timeoutMs: 0 }));
const seen: number[] = [];
console.log(run({ name: "c", retries: 2, onRetry: (n) => seen.push(n * 10) }), seen.join());
const o: Options = { name: "d" };
console.log(o.retries === undefined, "retries" in o, JSON.stringify(o));
o.retries = undefined;
console.log("retries" in o, JSON.stringify(o), Object.keys(o).join());
