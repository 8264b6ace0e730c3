// requireUser is the one sign-in guard: what it does for a signed-in request and for each anonymous answer.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

const state = vi.hoisted(() => ({ cookie: "", session: null as null | { user: Record<string, unknown> } }));

vi.mock("next/headers", () => ({ headers: async () => new Headers(state.cookie ? { cookie: state.cookie } : {}) }));
vi.mock("./server", () => ({ getAuth: () => ({ api: { getSession: async () => state.session } }) }));

const { requireUser } = await import("./session");

/** The location a redirect() names (Next throws it as an error whose digest carries the URL). */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  expect(digest.startsWith("NEXT_REDIRECT")).toBe(true);
  return digest.split(";")[2] ?? "";
}

describe("requireUser", () => {
  beforeEach(() => {
    state.cookie = "";
    state.session = null;
  });

  it("returns the signed-in user", async () => {
    state.cookie = "better-auth.session_token=abc.def";
    state.session = { user: { id: "u1", name: "Ada", email: "ada@example.test", emailVerified: true } };
    await expect(requireUser({ returnTo: "/library" })).resolves.toEqual({
      id: "u1",
      name: "Ada",
      email: "ada@example.test",
      emailVerified: true,
    });
  });

  it("sends an anonymous page or form to sign in, then back (a query string encoded)", async () => {
    expect(await redirectOf(requireUser({ returnTo: "/follows" }))).toBe("/sign-in?next=/follows");
    expect(await redirectOf(requireUser({ returnTo: "/for-you?tag=a b" }))).toBe(
      "/sign-in?next=%2Ffor-you%3Ftag%3Da%20b",
    );
  });

  it("carries the paper to bookmark through sign-in", async () => {
    expect(await redirectOf(requireUser({ returnTo: "/", bookmark: "2403.12345" }))).toBe(
      "/sign-in?next=/&bookmark=2403.12345",
    );
  });

  it("answers a script's request with UNAUTHORIZED and the message it names", async () => {
    state.cookie = "better-auth.session_token=abc.def"; // a cookie whose session is gone
    const error = await requireUser({ unauthorized: "Your session has ended." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHORIZED");
    expect((error as AppError).message).toBe("Your session has ended.");
  });
});
