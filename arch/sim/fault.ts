// How the simulated machine reports a fault that real hardware would turn into a hang or a
// machine check (an access outside RAM, overlapping devices, no machine installed): it names
// the problem and ends the program with the panic status, 127. Under vitest, process.exit
// throws, so the test that caused the fault fails with this message. Called only by arch/sim.

export function simFault(message: string): void {
  console.log(`yao sim: ${message}`);
  process.exit(127);
}
