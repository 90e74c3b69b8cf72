// x86 port I/O intrinsics (IN/OUT, Intel SDM vol. 2). On the x86_64 target each call becomes the
// C function named by @native (arch/x86_64/native.h, inline asm); under Node and on the host
// target the TypeScript body runs instead and acts on the installed simulated machine
// (arch/sim/installed.ts). Bodies mask arguments the way the compiler converts them to the C
// parameter types. Only arch/x86_64/platform.ts calls these.

import { installedMachine } from "../sim/installed";

/** @native yao_outb */
export function outb(port: u16, value: u8): void {
  installedMachine().ports.write(port & 0xffff, 1, value & 0xff);
}

/** @native yao_outw */
export function outw(port: u16, value: u16): void {
  installedMachine().ports.write(port & 0xffff, 2, value & 0xffff);
}

/** @native yao_outl */
export function outl(port: u16, value: u32): void {
  installedMachine().ports.write(port & 0xffff, 4, value >>> 0);
}

/** @native yao_inb */
export function inb(port: u16): u8 {
  return installedMachine().ports.read(port & 0xffff, 1) & 0xff;
}

/** @native yao_inw */
export function inw(port: u16): u16 {
  return installedMachine().ports.read(port & 0xffff, 2) & 0xffff;
}

/** @native yao_inl */
export function inl(port: u16): u32 {
  return installedMachine().ports.read(port & 0xffff, 4) >>> 0;
}
