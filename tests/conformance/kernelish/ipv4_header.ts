// Encode and decode an IPv4 + UDP header with DataView (RFC 791 section 3.1, RFC 768).
const IHL_WORDS = 5;
const PROTO_UDP = 17;
class Ipv4 {
  constructor(public src: u32, public dst: u32, public ttl: u8, public id: u16, public payloadLen: number) {}
}
function ipString(a: u32): string {
  return (a >>> 24) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
}
function sum16(dv: DataView, off: number, len: number): number {
  let s = 0;
  for (let i = 0; i < len; i += 2) s += dv.getUint16(off + i);
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}
function encode(h: Ipv4, dv: DataView, srcPort: u16, dstPort: u16): number {
  const total = IHL_WORDS * 4 + 8 + h.payloadLen;
  dv.setUint8(0, (4 << 4) | IHL_WORDS);
  dv.setUint8(1, 0);
  dv.setUint16(2, total);
  dv.setUint16(4, h.id);
  dv.setUint16(6, 0x4000);
  dv.setUint8(8, h.ttl);
  dv.setUint8(9, PROTO_UDP);
  dv.setUint16(10, 0);
  dv.setUint32(12, h.src);
  dv.setUint32(16, h.dst);
  dv.setUint16(10, sum16(dv, 0, 20));
  dv.setUint16(20, srcPort);
  dv.setUint16(22, dstPort);
  dv.setUint16(24, 8 + h.payloadLen);
  dv.setUint16(26, 0);
  return total;
}
function decode(dv: DataView): string {
  const ver = dv.getUint8(0) >> 4;
  const ihl = dv.getUint8(0) & 15;
  const flags = dv.getUint16(6) >>> 13;
  const ok = sum16(dv, 0, ihl * 4) === 0;
  return "v" + ver + " ihl=" + ihl + " len=" + dv.getUint16(2) + " id=" + dv.getUint16(4) + " df=" + ((flags >> 1) & 1) +
    " ttl=" + dv.getUint8(8) + " proto=" + dv.getUint8(9) + " csum=" + dv.getUint16(10).toString(16) + " ok=" + ok +
    " " + ipString(dv.getUint32(12)) + ":" + dv.getUint16(20) + " -> " + ipString(dv.getUint32(16)) + ":" + dv.getUint16(22);
}
const buf = new ArrayBuffer(64);
const dv = new DataView(buf);
const h = new Ipv4(0xc0a80001, 0x08080808, 64, 0xbeef, 12);
console.log(encode(h, dv, 53000, 53));
console.log(decode(dv));
dv.setUint8(8, 63);
console.log(decode(dv));
const bytes = new Uint8Array(buf, 0, 28);
let hex = "";
for (let i = 0; i < bytes.length; i++) hex = hex + (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
console.log(hex);
