// Physical memory intrinsics: single uncached MMIO accesses of 8 to 64 bits (volatile loads and
// stores in C) and zero-copy views of physical memory (a typed array whose storage is the memory
// itself; boot maps RAM 1:1, so a physical address is also the virtual one). On the x86_64
// target each call becomes the C function named by @native (arch/x86_64/native.h); under Node
// and on the host target the body acts on the installed simulated machine's RAM and MMIO
// windows (arch/sim/installed.ts). Only arch/x86_64/platform.ts calls these.

import { installedMachine } from "../sim/installed";

/** @native yao_mmio_read8 */
export function mmioRead8(address: u64): u8 {
  return installedMachine().mmio.read(Math.floor(address), 1);
}

/** @native yao_mmio_read16 */
export function mmioRead16(address: u64): u16 {
  return installedMachine().mmio.read(Math.floor(address), 2);
}

/** @native yao_mmio_read32 */
export function mmioRead32(address: u64): u32 {
  return installedMachine().mmio.read(Math.floor(address), 4);
}

/** @native yao_mmio_read64 */
export function mmioRead64(address: u64): u64 {
  return installedMachine().mmio.read(Math.floor(address), 8);
}

/** @native yao_mmio_write8 */
export function mmioWrite8(address: u64, value: u8): void {
  installedMachine().mmio.write(Math.floor(address), 1, value & 0xff);
}

/** @native yao_mmio_write16 */
export function mmioWrite16(address: u64, value: u16): void {
  installedMachine().mmio.write(Math.floor(address), 2, value & 0xffff);
}

/** @native yao_mmio_write32 */
export function mmioWrite32(address: u64, value: u32): void {
  installedMachine().mmio.write(Math.floor(address), 4, value >>> 0);
}

/** @native yao_mmio_write64 */
export function mmioWrite64(address: u64, value: u64): void {
  installedMachine().mmio.write(Math.floor(address), 8, Math.floor(value));
}

/**
 * A Uint8Array over physical memory [address, address + length), sharing it.
 * @native yao_phys_view
 */
export function physView(address: u64, length: u32): Uint8Array {
  return installedMachine().ram.view(Math.floor(address), length >>> 0);
}
