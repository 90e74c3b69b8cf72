// A cooperative scheduler: a run queue of closures; tasks yield by re-queueing themselves.
class Task {
  steps = 0;
  constructor(public name: string, public budget: number, public body: (t: Task) => boolean) {}
}
class Scheduler {
  private queue: Task[] = [];
  private head = 0;
  trace: string[] = [];
  ticks = 0;
  spawn(t: Task): void {
    this.queue.push(t);
  }
  runnable(): number {
    return this.queue.length - this.head;
  }
  run(maxTicks: number): void {
    while (this.head < this.queue.length && this.ticks < maxTicks) {
      const t = this.queue[this.head++];
      this.ticks++;
      t.steps++;
      const more = t.body(t);
      this.trace.push(t.name + t.steps);
      if (more && t.steps < t.budget) this.queue.push(t);
      else this.trace.push("exit:" + t.name);
    }
  }
}
const sched = new Scheduler();
let shared = 0;
sched.spawn(new Task("a", 3, () => {
  shared += 1;
  return true;
}));
sched.spawn(new Task("b", 10, (t) => {
  shared *= 2;
  return t.steps < 2;
}));
sched.spawn(new Task("c", 4, (t) => {
  if (t.steps === 2) sched.spawn(new Task("child", 2, () => {
    shared -= 100;
    return true;
  }));
  return true;
}));
sched.run(100);
console.log(sched.trace.join(" "));
console.log(shared, sched.ticks, sched.runnable());
