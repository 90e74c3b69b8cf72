// A default-exported function.
export default function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
