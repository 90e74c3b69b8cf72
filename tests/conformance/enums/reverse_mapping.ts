// Numeric enums map values back to names.
enum Color {
  Red,
  Green = 5,
  Blue,
}
enum State {
  Idle = 1,
  Running = 2,
  Blocked = 4,
  Zombie = 8,
}
console.log(Color[0], Color[5], Color[6]);
console.log(Color[Color.Blue], Color[Color.Red]);
for (let i = 1; i <= 8; i *= 2) {
  console.log(i, State[i]);
}
function name(s: State): string {
  return State[s];
}
console.log(name(State.Running), name(State.Zombie));
const all: State[] = [State.Zombie, State.Idle, State.Blocked];
let names = "";
for (const s of all) names = names + State[s] + " ";
console.log(names);
console.log(State[3], Color[1]);
