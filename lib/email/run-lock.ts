// One digest:send at a time: a lock file holding the owner's pid, taken over when that process is gone.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Returns a release function, or throws if a live process holds the lock. */
export function acquireRunLock(file: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(readFileSync(file, "utf8"), 10);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`another digest:send (pid ${owner}) is running; lock ${file}`);
      }
      rmSync(file, { force: true }); // a crashed run's lock: take it over
    }
  }
  throw new Error(`could not take the lock ${file}`);
}
