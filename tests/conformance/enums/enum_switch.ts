// A state machine over a numeric enum with switch and reverse mapping in its log.
enum Tok {
  Num,
  Plus,
  Minus,
  End,
}
enum Phase {
  ExpectNum,
  ExpectOp,
  Done,
}
const input: Tok[] = [Tok.Num, Tok.Plus, Tok.Num, Tok.Minus, Tok.Num, Tok.End];
const values = [5, 0, 7, 0, 3, 0];
let phase = Phase.ExpectNum;
let acc = 0;
let sign = 1;
for (let i = 0; i < input.length; i++) {
  const t = input[i];
  console.log(Phase[phase], Tok[t]);
  switch (phase) {
    case Phase.ExpectNum:
      acc += sign * values[i];
      phase = Phase.ExpectOp;
      break;
    case Phase.ExpectOp:
      if (t === Tok.End) phase = Phase.Done;
      else {
        sign = t === Tok.Plus ? 1 : -1;
        phase = Phase.ExpectNum;
      }
      break;
    case Phase.Done:
      break;
  }
}
console.log(Phase[phase], acc);
