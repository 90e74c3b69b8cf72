// expect YAO1220 at 3:1
class Base { x = 1; }
class Box<T> extends Base {
  constructor(readonly v: T) { super(); }
}
console.log(new Box<number>(3).v);
