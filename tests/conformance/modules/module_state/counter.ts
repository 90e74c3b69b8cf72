// Module-level state: a live-bound exported `let` and functions that mutate it.
export let count = 0;
export const history: number[] = [];
export function bump(by: number): number {
  count += by;
  history.push(count);
  return count;
}
export function reset(): void {
  count = 0;
}
