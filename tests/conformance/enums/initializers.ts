// Enum members initialized from constant expressions and earlier members.
enum Flags {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  ReadWrite = Read | Write,
  All = Read | Write | Exec,
  High = 1 << 31,
  Mask = ~0,
}
enum Size {
  Page = 4096,
  Huge = Page * 512,
  Giga = Huge * 512,
  Half = Page / 2,
  Shift = Page >> 4,
}
console.log(Flags.None, Flags.Read, Flags.Write, Flags.Exec, Flags.ReadWrite, Flags.All, Flags.High, Flags.Mask);
console.log(Size.Page, Size.Huge, Size.Giga, Size.Half, Size.Shift);
console.log(Flags[3], Flags[7], Flags[-1], Flags[-2147483648]);
function has(v: number, f: Flags): boolean {
  return (v & f) === f;
}
const perms = Flags.Read | Flags.Exec;
console.log(perms, has(perms, Flags.Read), has(perms, Flags.Write), has(perms, Flags.ReadWrite), has(perms, Flags.None));
