// Deep but bounded recursion (a few thousand frames).
function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
function sumTo(n: number): number {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
function countDown(n: number, acc: number): number {
  if (n === 0) return acc;
  return countDown(n - 1, acc + (n & 1));
}
console.log(ack(2, 3), ack(2, 10), ack(3, 3), ack(3, 5));
console.log(sumTo(5000), sumTo(9000));
console.log(countDown(8000, 0));
