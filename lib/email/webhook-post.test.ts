// The webhook address guard: reserved ranges refused, public ones let through, in the socket's own lookup.
import type dns from "node:dns";
import { describe, expect, it } from "vitest";
import { postWebhook, privateAddressReason, privateHostReason, publicOnlyLookup } from "./webhook-post";

/** A resolver answering every name with these addresses, as dns.lookup would with `all`. */
function resolverOf(...addresses: string[]): typeof dns.lookup {
  return ((_host: string, _options: unknown, callback: (e: null, a: dns.LookupAddress[]) => void) =>
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    )) as unknown as typeof dns.lookup;
}

function lookupOnce(resolve: typeof dns.lookup): Promise<{ error: Error | null; address: string }> {
  return new Promise((done) =>
    publicOnlyLookup(resolve)("hooks.example", { family: 0 }, (error, address) =>
      done({ error, address: address as string }),
    ),
  );
}

describe("webhook address guard", () => {
  it("refuses private, loopback, link-local, CGNAT, unique-local and mapped addresses", () => {
    for (const a of ["10.1.2.3", "127.0.0.1", "169.254.169.254", "100.64.0.1", "192.168.1.1", "::1", "fd00::1"])
      expect(privateAddressReason(a), a).not.toBeNull();
    expect(privateAddressReason("::ffff:127.0.0.1")).toMatch(/loopback/);
    expect(privateAddressReason("93.184.216.34")).toBeNull();
    expect(privateAddressReason("2606:4700::1111")).toBeNull();
  });

  it("refuses IP literals and names for this machine before any lookup", () => {
    expect(privateHostReason("localhost")).toMatch(/this machine/);
    expect(privateHostReason("[::1]")).toMatch(/loopback/);
    expect(privateHostReason("hooks.slack.com")).toBeNull();
  });

  it("refuses a name when any address it resolves to is private", async () => {
    expect((await lookupOnce(resolverOf("93.184.216.34", "10.0.0.5"))).error?.message).toMatch(/refused: 10\.0\.0\.5/);
    expect(await lookupOnce(resolverOf("93.184.216.34"))).toEqual({ error: null, address: "93.184.216.34" });
  });

  it("does not post to a loopback URL unless private targets are allowed", async () => {
    expect(await postWebhook("http://127.0.0.1:9/hook", "{}", {}, { allowPrivate: false })).toMatch(
      /^refused: 127\.0\.0\.1 is a loopback address/,
    );
  });
});
