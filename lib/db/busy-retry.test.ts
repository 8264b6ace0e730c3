import { describe, expect, it } from "vitest";
import { busyPauseMs, isBusyError, retryWhileBusy } from "./busy-retry";

const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

describe("retryWhileBusy", () => {
  it("retries a busy attempt until it succeeds", async () => {
    let calls = 0;
    const result = await retryWhileBusy(async () => {
      calls += 1;
      if (calls < 4) throw busy;
      return "written";
    });
    expect([result, calls]).toEqual(["written", 4]);
  });

  it("passes any other error on at once", async () => {
    let calls = 0;
    const failing = retryWhileBusy(async () => {
      calls += 1;
      throw Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" });
    });
    await expect(failing).rejects.toThrow("UNIQUE constraint failed");
    expect(calls).toBe(1);
  });

  it("passes the busy error on after the deadline", async () => {
    const started = Date.now();
    await expect(retryWhileBusy(() => Promise.reject(busy), 60)).rejects.toBe(busy);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });
});

describe("busyPauseMs", () => {
  it("grows from about 2 ms and never exceeds 50 ms", () => {
    expect(busyPauseMs(0, () => 0)).toBe(1);
    expect(busyPauseMs(0, () => 1)).toBe(2);
    expect(busyPauseMs(3, () => 1)).toBe(16);
    expect(busyPauseMs(40, () => 1)).toBe(50);
  });
});

describe("isBusyError", () => {
  it("knows SQLite's busy codes and nothing else", () => {
    expect(isBusyError(busy)).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "SQLITE_BUSY_SNAPSHOT" }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "SQLITE_LOCKED" }))).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });
});
