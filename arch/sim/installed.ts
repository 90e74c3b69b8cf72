// The machine the x86_64 intrinsics' host bodies act on (arch/x86_64/*.ts): under Node and on
// the host target there is no hardware, so a test installs a SimMachine before running code that
// uses the x86_64 platform. Using an intrinsic with no machine installed is a simulation fault.

import { simFault } from "./fault";
import { SimMachine, SimMachineConfig } from "./machine";

let current: SimMachine | null = null;

export function installMachine(machine: SimMachine): void {
  current = machine;
}

export function uninstallMachine(): void {
  current = null;
}

export function installedMachine(): SimMachine {
  const machine = current;
  if (machine === null) {
    simFault("an x86_64 intrinsic ran with no simulated machine installed (installMachine)");
    return new SimMachine(new SimMachineConfig());
  }
  return machine;
}
