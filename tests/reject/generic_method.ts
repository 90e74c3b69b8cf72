// expect YAO1222 at 3:3
class Box {
  map<U>(f: (x: number) => U): U[] { return [f(1)]; }
}
console.log(new Box().map((x) => x + 1).length);
