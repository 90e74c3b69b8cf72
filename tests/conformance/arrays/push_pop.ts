// push returns the new length (and takes several values), pop removes from the end.
const st: number[] = [];
console.log(st.push(1), st.push(2, 3), st.push(4, 5, 6), st.length);
console.log(st.join());
console.log(st.pop(), st.pop(), st.length, st.join());
for (let i = 0; i < 1000; i++) st.push(i);
let sum = 0;
while (st.length > 0) {
  const v = st.pop();
  if (v !== undefined) sum += v;
}
console.log(sum, st.length);
const words: string[] = [];
words.push("a");
words.push("b", "c");
const last = words.pop();
console.log(last, words.length, words.join("+"));
const stack: number[][] = [];
stack.push([1]);
stack.push([2, 3]);
const top = stack.pop();
console.log(top === undefined ? -1 : top.length, stack.length);
const big: number[] = [];
for (let i = 0; i < 100000; i++) big.push(i * 2);
console.log(big.length, big[99999], big[50000]);
