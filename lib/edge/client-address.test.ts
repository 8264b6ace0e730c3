// The client address: forged X-Forwarded-For is ignored unless proxies are trusted, then read from the right.
import { describe, expect, it } from "vitest";
import { resolveClientAddress, toClientKey, UNKNOWN_ADDRESS } from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    // A client talking to the app directly writes whatever it likes here: none of it counts.
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1, 198.51.100.2", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:127.0.0.1", "10.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind one trusted proxy takes the entry that proxy appended, never what the client wrote before it", () => {
    // The proxy (the socket) appended the address it saw: the right-most entry.
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9", 1)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 5.6.7.8, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.2", " 1.2.3.4 ,198.51.100.9 ", 1)).toBe("198.51.100.9");
    // Reached without going through the proxy: the socket is the client.
    expect(resolveClientAddress("198.51.100.9", undefined, 1)).toBe("198.51.100.9");
  });

  it("counts hops from the right for a chain of trusted proxies", () => {
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    // Fewer entries than trusted hops: the furthest address known.
    expect(resolveClientAddress("10.0.0.3", "198.51.100.9", 2)).toBe("198.51.100.9");
  });

  it("keys what is not an address as unknown, and normalises IPv6", () => {
    expect(resolveClientAddress(undefined, undefined, 0)).toBe(UNKNOWN_ADDRESS);
    expect(resolveClientAddress("10.0.0.2", "not-an-ip", 1)).toBe(UNKNOWN_ADDRESS);
    expect(resolveClientAddress("10.0.0.2", "198.51.100.9:443", 1)).toBe(UNKNOWN_ADDRESS);
    expect(resolveClientAddress("2001:DB8::1", undefined, 0)).toBe("2001:0db8:0000:0000:0000:0000:0000:0001");
  });
});

describe("toClientKey", () => {
  it("counts an IPv6 client by its /64, an IPv4 client by its address", () => {
    expect(toClientKey("2001:db8:0:0:aaaa::1")).toBe(toClientKey("2001:db8::ffff:1"));
    expect(toClientKey("2001:db8:0:1::1")).not.toBe(toClientKey("2001:db8::1"));
    expect(toClientKey("198.51.100.9")).toBe("198.51.100.9");
    expect(toClientKey(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
