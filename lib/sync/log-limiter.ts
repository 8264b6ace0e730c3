// One log line per failing source and hour: an unreachable upstream (no internet here) must not flood
// the log of a server that otherwise serves as usual. Pure: the caller passes the clock.

export type LogLimiter = {
  /** True when this key has not been logged within the interval (and remembers that it is now). */
  allow: (key: string, now: number) => boolean;
  /** Forgets a key (its source recovered), so its next failure is logged at once. */
  clear: (key: string) => boolean;
};

export function createLogLimiter(intervalMs = 3_600_000): LogLimiter {
  const last = new Map<string, number>();
  return {
    allow(key, now) {
      const previous = last.get(key);
      if (previous !== undefined && now - previous < intervalMs) return false;
      last.set(key, now);
      return true;
    },
    clear: (key) => last.delete(key),
  };
}

/** "https://host/path?…: request failed: fetch failed" → "host: request failed: fetch failed": the
 *  log names the service; /status keeps the whole URL. */
export function briefError(message: string): string {
  const match = /^https?:\/\/([^/\s:]+(?::\d+)?)\S*?: (.*)$/s.exec(message.slice(0, 2_000));
  return match ? `${match[1]}: ${match[2]}` : message.slice(0, 300);
}
