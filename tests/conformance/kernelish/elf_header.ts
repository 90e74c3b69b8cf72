// Build and parse an ELF64 header (System V ABI, ELF-64 Object File Format section 2) with DataView.
function build(entry: number, phnum: number): Uint8Array {
  const b = new Uint8Array(64);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  dv.setUint16(16, 2, true);
  dv.setUint16(18, 0x3e, true);
  dv.setUint32(20, 1, true);
  dv.setUint32(24, entry % 4294967296, true);
  dv.setUint32(28, Math.floor(entry / 4294967296), true);
  dv.setUint32(32, 64, true);
  dv.setUint16(52, 64, true);
  dv.setUint16(54, 56, true);
  dv.setUint16(56, phnum, true);
  return b;
}
function parse(b: Uint8Array): string {
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  if (dv.getUint32(0) !== 0x7f454c46) return "not elf";
  const cls = dv.getUint8(4) === 2 ? "ELF64" : "ELF32";
  const le = dv.getUint8(5) === 1;
  const entry = dv.getUint32(24, le) + dv.getUint32(28, le) * 4294967296;
  return cls + (le ? " LSB" : " MSB") + " type=" + dv.getUint16(16, le) + " machine=0x" + dv.getUint16(18, le).toString(16) +
    " entry=0x" + entry.toString(16) + " phoff=" + dv.getUint32(32, le) + " ehsize=" + dv.getUint16(52, le) +
    " phentsize=" + dv.getUint16(54, le) + " phnum=" + dv.getUint16(56, le);
}
console.log(parse(build(0x100000, 2)));
console.log(parse(build(0xffffffff80001000, 5)));
console.log(parse(build(0x1fffffffffffff, 1)));
const wrapped = new Uint8Array(80);
wrapped.set(build(0x401000, 3), 16);
console.log(parse(wrapped.subarray(16)));
wrapped[16] = 0;
console.log(parse(wrapped.subarray(16)));
