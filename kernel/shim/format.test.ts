import { describe, expect, test } from "vitest";
import { decodeLatin1, encodeUtf8, hex, utf8Length } from "./format";

const utf8 = (text: string) => Array.from(encodeUtf8(text));

describe("hex", () => {
  test("formats like toString(16)", () => {
    for (const v of [0, 1, 15, 16, 0x3f8, 0x2badb002, 0xffffffff, 2 ** 40 + 5, 2 ** 53 - 1]) {
      expect(hex(v)).toBe("0x" + v.toString(16));
    }
  });
});

describe("encodeUtf8", () => {
  test("matches Node's encoder", () => {
    for (const text of ["", "hello\n", "é", "幺内核", "🎉 ok", "a\u0000b"]) {
      expect(utf8(text)).toEqual(Array.from(Buffer.from(text, "utf8")));
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
    }
  });

  test("replaces unpaired surrogates with U+FFFD", () => {
    expect(utf8("\ud800x")).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect(utf8("\udc00")).toEqual([0xef, 0xbf, 0xbd]);
  });

  test("leaves room for extra bytes", () => {
    expect(Array.from(encodeUtf8("ab", 1))).toEqual([0x61, 0x62, 0]);
  });
});

test("decodeLatin1 maps each byte to one character", () => {
  expect(decodeLatin1(new Uint8Array([0x79, 0x61, 0x6f, 0xe9]))).toBe("yao\u00e9");
});
