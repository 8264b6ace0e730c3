// Time bounds for parsers fed adversarial input: each must finish 1 MB well under a second.
// `SHOW_TIMINGS=1 npx vitest run …` prints what each input really takes.
import { expect } from "vitest";

/** Several times what any parser here takes on 1 MB, and still far below a quadratic one's minutes. */
export const ADVERSARIAL_BOUND_MS = 500;

/**
 * CPU time (user + system) of one synchronous call, and its wall time. The bound is on CPU time: on a
 * 2-core machine shared with other builds, wall time mostly measures the neighbours (a 100 ms parse
 * was seen taking 2 s of wall time), while a super-linear parser's CPU time still grows as it would.
 */
function timeOnce(fn: () => unknown): { cpu: number; wall: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  fn();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallStart };
}

/** The best of up to three runs: one slow run is the machine (a GC, a JIT warming up), three are the code. */
function timeBest(fn: () => unknown, bound: number): { cpu: number; wall: number } {
  let best = { cpu: Infinity, wall: Infinity };
  for (let attempt = 0; attempt < 3 && best.cpu >= bound; attempt++) {
    const t = timeOnce(fn);
    if (t.cpu < best.cpu) best = t;
  }
  return best;
}

/**
 * Runs `fn` on the first 1/16, 1/4 and all of `input`, asserting each stays under the bound; returns
 * the CPU milliseconds of the whole input. The small prefixes come first so a quadratic regression fails
 * in seconds instead of holding the worker for the minutes its full run would take (synchronous code
 * cannot be interrupted by a test timeout).
 */
export function expectFast(
  label: string,
  fn: (input: string) => unknown,
  input: string,
  bound = ADVERSARIAL_BOUND_MS,
): number {
  let t = { cpu: 0, wall: 0 };
  for (const share of [16, 4, 1]) {
    const part = input.slice(0, Math.ceil(input.length / share));
    t = timeBest(() => fn(part), bound);
    expect(
      t.cpu,
      `${label} on ${part.length.toLocaleString("en-US")} characters took ${t.cpu.toFixed(0)} ms of CPU`,
    ).toBeLessThan(bound);
  }
  if (process.env.SHOW_TIMINGS) {
    console.log(
      `${label.padEnd(56)} ${input.length.toLocaleString("en-US").padStart(10)} chars  cpu ${t.cpu.toFixed(1).padStart(6)} ms  wall ${t.wall.toFixed(1).padStart(6)} ms`,
    );
  }
  return t.cpu;
}
