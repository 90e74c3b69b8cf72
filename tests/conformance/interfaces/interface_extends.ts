// Interfaces extending interfaces; a class implementing the derived one satisfies both.
interface Named {
  name(): string;
}
interface Versioned extends Named {
  version(): number;
}
interface Plugin extends Versioned {
  run(input: number): number;
}
class Doubler implements Plugin {
  name(): string {
    return "doubler";
  }
  version(): number {
    return 2;
  }
  run(input: number): number {
    return input * 2;
  }
}
class Squarer implements Plugin {
  private calls = 0;
  name(): string {
    return "squarer#" + this.calls;
  }
  version(): number {
    return 1.5;
  }
  run(input: number): number {
    this.calls++;
    return input * input;
  }
}
function label(n: Named): string {
  return "<" + n.name() + ">";
}
function newest(vs: Versioned[]): string {
  let best: Versioned | null = null;
  for (const v of vs) if (best === null || v.version() > best.version()) best = v;
  return best === null ? "none" : best.name();
}
const plugins: Plugin[] = [new Doubler(), new Squarer()];
let v = 3;
for (let i = 0; i < 3; i++) for (const p of plugins) v = p.run(v);
console.log(v);
for (const p of plugins) console.log(label(p), p.version());
console.log(newest(plugins), newest([]));
