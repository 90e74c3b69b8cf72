// Builds and parses Ethernet/IPv4/UDP frames carrying a small DNS-like query, with DataView.
// Field layouts: Ethernet II (IEEE 802.3), IPv4 (RFC 791 3.1), UDP (RFC 768), DNS header (RFC 1035 4.1.1).
interface Frame {
  dstMac: string;
  srcMac: string;
  srcIp: string;
  dstIp: string;
  srcPort: number;
  dstPort: number;
  ttl: number;
  id: number;
  queryId: number;
  names: string[];
}
function macBytes(mac: string): number[] {
  return mac.split(":").map((h) => parseInt(h, 16));
}
function ipToU32(ip: string): number {
  return ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
}
function u32ToIp(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join(".");
}
function checksum(dv: DataView, off: number, len: number): number {
  let s = 0;
  for (let i = 0; i < len; i += 2) s += i + 1 < len ? dv.getUint16(off + i) : dv.getUint8(off + i) << 8;
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return ~s & 0xffff;
}
function build(f: Frame): Uint8Array {
  const qnames: number[] = [];
  for (const name of f.names) {
    for (const label of name.split(".")) {
      qnames.push(label.length);
      for (const ch of label) qnames.push(ch.charCodeAt(0));
    }
    qnames.push(0, 0, 1, 0, 1);
  }
  const dnsLen = 12 + qnames.length;
  const total = 14 + 20 + 8 + dnsLen;
  const buf = new Uint8Array(total);
  const dv = new DataView(buf.buffer);
  buf.set(macBytes(f.dstMac), 0);
  buf.set(macBytes(f.srcMac), 6);
  dv.setUint16(12, 0x0800);
  dv.setUint8(14, 0x45);
  dv.setUint16(16, 20 + 8 + dnsLen);
  dv.setUint16(18, f.id);
  dv.setUint16(20, 0x4000);
  dv.setUint8(22, f.ttl);
  dv.setUint8(23, 17);
  dv.setUint32(26, ipToU32(f.srcIp));
  dv.setUint32(30, ipToU32(f.dstIp));
  dv.setUint16(24, checksum(dv, 14, 20));
  dv.setUint16(34, f.srcPort);
  dv.setUint16(36, f.dstPort);
  dv.setUint16(38, 8 + dnsLen);
  dv.setUint16(42, f.queryId);
  dv.setUint16(44, 0x0100);
  dv.setUint16(46, f.names.length);
  buf.set(qnames, 54);
  return buf;
}
function parse(buf: Uint8Array): Frame | string {
  if (buf.length < 54) return "truncated frame (" + buf.length + " bytes)";
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (dv.getUint16(12) !== 0x0800) return "not ipv4: ethertype 0x" + dv.getUint16(12).toString(16);
  const ihl = (dv.getUint8(14) & 15) * 4;
  if (checksum(dv, 14, ihl) !== 0) return "bad ip checksum";
  if (dv.getUint8(23) !== 17) return "not udp";
  const udp = 14 + ihl;
  const mac = (o: number) => [...buf.subarray(o, o + 6)].map((b) => b.toString(16).padStart(2, "0")).join(":");
  const names: string[] = [];
  let p = udp + 8 + 12;
  for (let q = 0; q < dv.getUint16(udp + 12); q++) {
    const labels: string[] = [];
    while (buf[p] !== 0) {
      const n = buf[p];
      labels.push(String.fromCharCode(...buf.subarray(p + 1, p + 1 + n)));
      p += n + 1;
    }
    names.push(labels.join("."));
    p += 5;
  }
  return {
    dstMac: mac(0), srcMac: mac(6), srcIp: u32ToIp(dv.getUint32(26)), dstIp: u32ToIp(dv.getUint32(30)),
    srcPort: dv.getUint16(udp), dstPort: dv.getUint16(udp + 2), ttl: dv.getUint8(22), id: dv.getUint16(18),
    queryId: dv.getUint16(udp + 8), names,
  };
}
function hexdump(b: Uint8Array): void {
  for (let off = 0; off < b.length; off += 16) {
    const row = [...b.subarray(off, off + 16)];
    const hex = row.map((x) => x.toString(16).padStart(2, "0")).join(" ");
    const asc = row.map((x) => (x >= 32 && x < 127 ? String.fromCharCode(x) : ".")).join("");
    console.log(off.toString(16).padStart(4, "0") + "  " + hex.padEnd(47) + "  " + asc);
  }
}
const frame: Frame = {
  dstMac: "ff:ff:ff:ff:ff:ff", srcMac: "52:54:00:12:34:56", srcIp: "10.0.2.15", dstIp: "10.0.2.3",
  srcPort: 49152, dstPort: 53, ttl: 64, id: 0x1c46, queryId: 0xbeef, names: ["example.org", "yao.local"],
};
const bytes = build(frame);
hexdump(bytes);
const back = parse(bytes);
console.log(JSON.stringify(back));
console.log(typeof back !== "string" && JSON.stringify(back) === JSON.stringify(frame));
const corrupt = bytes.slice();
corrupt[22] = 1;
console.log(parse(corrupt));
console.log(parse(bytes.subarray(0, 40)));
const arp = bytes.slice();
arp[12] = 0x08;
arp[13] = 0x06;
console.log(parse(arp));
