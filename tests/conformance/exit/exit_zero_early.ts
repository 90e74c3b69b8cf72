// process.exit(0) stops output early but reports success.
class Worker {
  done = 0;
  work(n: number): void {
    for (let i = 0; i < n; i++) {
      this.done++;
      if (this.done === 7) {
        console.log("finished early at", this.done);
        process.exit(0);
      }
    }
  }
}
const w = new Worker();
for (let round = 0; round < 5; round++) {
  console.log("round", round);
  w.work(3);
}
console.log("not reached");
