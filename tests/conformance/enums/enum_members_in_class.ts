// Enums stored in class fields and passed through methods.
enum Prio {
  Low = 1,
  Normal = 5,
  High = 10,
}
class Job {
  constructor(public name: string, public prio: Prio = Prio.Normal) {}
  bump(): void {
    if (this.prio === Prio.Low) this.prio = Prio.Normal;
    else if (this.prio === Prio.Normal) this.prio = Prio.High;
  }
  toString(): string {
    return this.name + ":" + Prio[this.prio];
  }
}
const jobs = [new Job("a"), new Job("b", Prio.Low), new Job("c", Prio.High)];
for (let round = 0; round < 3; round++) {
  let line = "";
  for (const j of jobs) {
    line = line + j.toString() + " ";
    j.bump();
  }
  console.log(line);
}
let total = 0;
for (const j of jobs) total += j.prio;
console.log(total);
