// Towers of Hanoi: recursion with string building and a move counter.
let moves = 0;
const log: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves++;
  if (log.length < 20) log.push(n + ":" + from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
console.log(moves, log.join(" "));
moves = 0;
hanoi(16, "A", "C", "B");
console.log(moves);
