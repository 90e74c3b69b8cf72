// Fallthrough between cases, default in the middle, empty cases, break out of a loop inside switch.
function trace(x: number): string {
  let t = "";
  switch (x) {
    case 1:
      t = t + "a";
    case 2:
      t = t + "b";
      break;
    default:
      t = t + "d";
    case 3:
      t = t + "c";
    case 4:
    case 5:
      t = t + "e";
      break;
    case 6:
      t = t + "f";
  }
  return t;
}
for (let i = 0; i <= 7; i++) console.log(i, trace(i));
function daysIn(month: number): number {
  switch (month) {
    case 2:
      return 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}
let year = 0;
for (let m = 1; m <= 12; m++) year += daysIn(m);
console.log(year);
let found = -1;
for (let i = 0; i < 10; i++) {
  switch (i) {
    case 4:
      found = i;
      break;
    default:
      continue;
  }
  break;
}
console.log(found);
let emptySwitch = 0;
switch (emptySwitch) {
}
console.log("after empty switch");
