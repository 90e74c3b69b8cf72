// Optional parameters are undefined when omitted; callers may also pass them explicitly.
function greet(name: string, title?: string): string {
  if (title === undefined) return "hello " + name;
  return "hello " + title + " " + name;
}
function area(w: number, h?: number): number {
  if (h === undefined) return w * w;
  return w * h;
}
function count(a?: number, b?: number, c?: number): number {
  let n = 0;
  if (a !== undefined) n++;
  if (b !== undefined) n++;
  if (c !== undefined) n++;
  return n;
}
console.log(greet("ada"), greet("ada", "dr"), greet("ada", ""), greet("x", undefined));
console.log(area(3), area(3, 4), area(3, 0), area(2, NaN));
console.log(count(), count(1), count(1, 2), count(1, 2, 3), count(undefined, 2), count(0, 0, 0));
function tail(x?: number): number {
  return (x ?? 10) * 2;
}
console.log(tail(), tail(0), tail(-1));
function printMaybe(v?: number): void {
  console.log("value:", v);
}
printMaybe();
printMaybe(3);
