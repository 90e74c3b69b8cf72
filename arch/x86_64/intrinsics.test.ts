import { afterEach, expect, test } from "vitest";
import { installMachine, uninstallMachine } from "../sim/installed";
import { createSimPc } from "../sim/pc";
import { archExit, bootTsc, multibootInfo } from "./handoff";
import { inb, outb, outl } from "./io";
import { mmioRead32, mmioWrite64, physView } from "./memory";
import { rdtsc } from "./cpu";

afterEach(() => uninstallMachine());

test("with no machine installed an intrinsic is a simulation fault", () => {
  expect(() => rdtsc()).toThrow(/process.exit/);
});

test("host bodies truncate arguments the way the compiler converts them to C types", () => {
  const pc = createSimPc();
  installMachine(pc.machine);
  outb(0x103ff, 0x1a5); // port → uint16_t 0x3ff (COM1 scratch), value → uint8_t 0xa5
  expect(inb(0x3ff)).toBe(0xa5);
  outl(0x3ff, -1);
  expect(inb(0x3ff)).toBe(0xff);
  mmioWrite64(4096.9, 2 ** 33 + 7); // address → uint64_t 0x1000
  expect(mmioRead32(0x1004)).toBe(2);
  archExit(-1);
  expect(pc.machine.exitStatus).toBe(-1);
});

test("physView and the handoff read the installed machine", () => {
  const pc = createSimPc();
  installMachine(pc.machine);
  pc.machine.multibootInfo = 0x9500;
  pc.machine.bootTsc = 77;
  physView(0x2000, 4)[0] = 9;
  expect([pc.machine.ram.bytes[0x2000], multibootInfo(), bootTsc()]).toEqual([9, 0x9500, 77]);
});
