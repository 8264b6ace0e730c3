// For bench:pages: the static file a cached page is compared with — of the same size on the wire. Next
// serves only the static files present when it starts (and public/ counts as a build source), so the
// candidates are the ones a build already has: every same-origin script the measured pages load.
import { loadedScripts } from "./framework-floor";

export type StaticFile = { path: string; bytes: number };

/**
 * The scripts the given pages load, each with its body size as sent with gzip accepted
 * (`sizeOf` makes the request the benchmark itself makes, so sizes compare like for like).
 */
export async function listStaticCandidates(
  base: string,
  pagePaths: string[],
  sizeOf: (path: string) => Promise<number>,
): Promise<StaticFile[]> {
  const paths = new Set<string>();
  for (const pagePath of pagePaths)
    for (const url of loadedScripts(await (await fetch(`${base}${pagePath}`)).text(), base))
      if (url.startsWith(base)) paths.add(new URL(url).pathname);
  const files: StaticFile[] = [];
  for (const path of paths) files.push({ path, bytes: await sizeOf(path) });
  if (files.length === 0) throw new Error("the measured pages load no script");
  return files;
}

/** The candidate closest in size to `bytes`, by ratio: half the size is as far off as twice the size. */
export function closestInSize(bytes: number, candidates: StaticFile[]): StaticFile {
  const distance = (f: StaticFile) => Math.abs(Math.log(Math.max(f.bytes, 1) / Math.max(bytes, 1)));
  return candidates.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}
