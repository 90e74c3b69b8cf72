// Numeric enums: auto-increment, explicit values, arithmetic on members.
enum Dir {
  North,
  East,
  South,
  West,
}
enum Code {
  Ok = 200,
  Created,
  Accepted,
  NotFound = 404,
  Teapot = 418,
  Next,
}
enum Neg {
  A = -2,
  B,
  C,
  D,
}
enum Frac {
  Half = 0.5,
  Big = 1e21,
}
console.log(Dir.North, Dir.East, Dir.South, Dir.West);
console.log(Code.Ok, Code.Created, Code.Accepted, Code.NotFound, Code.Teapot, Code.Next);
console.log(Neg.A, Neg.B, Neg.C, Neg.D);
console.log(Frac.Half, Frac.Big);
function turnRight(d: Dir): Dir {
  return (d + 1) % 4;
}
let d = Dir.North;
for (let i = 0; i < 6; i++) {
  d = turnRight(d);
  console.log(i, d, d === Dir.West);
}
const c: Code = Code.Created;
console.log(c + 1, c * 2, c > Code.Ok);
