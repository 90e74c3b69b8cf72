// Text helpers the kernel needs before any library exists: hexadecimal numbers for addresses,
// UTF-8 encoding for writing strings to byte consoles, and Latin-1 decoding of C strings the
// boot loader hands over. Used by kernel/shim's print, kernel/boot and arch/sim's messages.

const HEX_DIGITS = "0123456789abcdef";

/** `0x`-prefixed lowercase hexadecimal of a non-negative integer below 2^53. */
export function hex(value: number): string {
  let v = Math.floor(value);
  if (v <= 0) return "0x0";
  let digits = "";
  while (v > 0) {
    const digit = v % 16;
    digits = String.fromCharCode(HEX_DIGITS.charCodeAt(digit)) + digits;
    v = Math.floor(v / 16);
  }
  return "0x" + digits;
}

/** How many UTF-8 bytes a UTF-16 string takes (unpaired surrogates become U+FFFD, 3 bytes). */
export function utf8Length(text: string): u32 {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (isHighSurrogate(unit) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}

/** UTF-8 bytes of `text` (RFC 3629 section 3), with room for `extra` more bytes at the end. */
export function encodeUtf8(text: string, extra: u32 = 0): Uint8Array {
  const out = new Uint8Array(utf8Length(text) + extra);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let point = text.charCodeAt(i);
    if (isHighSurrogate(point) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      point = 0x10000 + ((point - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
    } else if (isHighSurrogate(point) || isLowSurrogate(point)) point = 0xfffd;
    at = putCodePoint(out, at, point);
  }
  return out;
}

/** Bytes to a string, one character per byte (what a C string from the boot loader holds). */
export function decodeLatin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function putCodePoint(out: Uint8Array, at: u32, point: u32): u32 {
  if (point < 0x80) {
    out[at] = point;
    return at + 1;
  }
  if (point < 0x800) {
    out[at] = 0xc0 | (point >>> 6);
    out[at + 1] = 0x80 | (point & 0x3f);
    return at + 2;
  }
  if (point < 0x10000) {
    out[at] = 0xe0 | (point >>> 12);
    out[at + 1] = 0x80 | ((point >>> 6) & 0x3f);
    out[at + 2] = 0x80 | (point & 0x3f);
    return at + 3;
  }
  out[at] = 0xf0 | (point >>> 18);
  out[at + 1] = 0x80 | ((point >>> 12) & 0x3f);
  out[at + 2] = 0x80 | ((point >>> 6) & 0x3f);
  out[at + 3] = 0x80 | (point & 0x3f);
  return at + 4;
}

function isHighSurrogate(unit: u32): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: u32): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
