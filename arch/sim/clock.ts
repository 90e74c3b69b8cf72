// The simulated machine's one time base, in nanoseconds since the machine was made. Every
// simulated device derives its state from it (the PIT's count, the UART's transmitter, the TSC),
// and the machine advances it by a fixed cost per access, so polling loops make progress the way
// they do on hardware. Tests program it directly with set/advance. Owned by SimMachine.

export class SimClock {
  private now: number = 0;

  nanoseconds(): number {
    return this.now;
  }

  advance(nanoseconds: number): void {
    if (nanoseconds > 0) this.now += nanoseconds;
  }

  /** Jumps to an absolute time; time never goes backwards, so earlier values are ignored. */
  set(nanoseconds: number): void {
    if (nanoseconds > this.now) this.now = nanoseconds;
  }
}
