// Ambient declarations every yao program sees, under the yao compiler and under tsc alike.
// Integer aliases are plain `number` to TypeScript, so Node runs the same source unchanged;
// the yao compiler reads them as hints and keeps values in machine integers only where the
// result is provably the same as with doubles (docs/compiler.md, "Numbers").

type i8 = number;
type i16 = number;
type i32 = number;
type u8 = number;
type u16 = number;
type u32 = number;
type i64 = number;
type u64 = number;
type f64 = number;
