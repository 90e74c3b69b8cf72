// An event emitter: Map of event name to listener lists, once-listeners, removal during emit.
type Listener = (payload: string) => void;
class Emitter {
  private listeners = new Map<string, Listener[]>();
  on(ev: string, l: Listener): () => void {
    const list = this.listeners.get(ev) ?? [];
    list.push(l);
    this.listeners.set(ev, list);
    return () => this.off(ev, l);
  }
  once(ev: string, l: Listener): void {
    const off = this.on(ev, (p) => {
      off();
      l(p);
    });
  }
  off(ev: string, l: Listener): void {
    const list = this.listeners.get(ev);
    if (list === undefined) return;
    const i = list.indexOf(l);
    if (i >= 0) list.splice(i, 1);
  }
  emit(ev: string, payload: string): number {
    const list = (this.listeners.get(ev) ?? []).slice();
    for (const l of list) l(payload);
    return list.length;
  }
}
const e = new Emitter();
const log: string[] = [];
const offA = e.on("data", (p) => log.push("A:" + p));
e.on("data", (p) => log.push("B:" + p));
e.once("data", (p) => log.push("once:" + p));
console.log(e.emit("data", "1"), e.emit("data", "2"));
offA();
console.log(e.emit("data", "3"), e.emit("none", "x"));
console.log(log.join(" "));
