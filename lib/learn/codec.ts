// A compact, deterministic binary form of a sparse vector, so the database can keep one per paper:
// [format byte] [varint count] [varint id deltas…] [uint16 LE quantised weights…].
// About 4 bytes a term (≈ 450 bytes a paper at 110 terms) against 8 as raw typed arrays.
import type { SparseVector } from "./sparse";

const FORMAT = 1;
/** Weights of an L2-normalised vector lie in [-1, 1]; 16 bits keep them to ±1.5e-5. */
const SCALE = 32767;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** Same vector → same bytes. Ids must be ascending and weights within [-1, 1] (an L2-normalised vector). */
export function encodeVector(vector: SparseVector): Uint8Array {
  const n = vector.ids.length;
  const head: number[] = [FORMAT];
  writeVarint(head, n);
  let previous = 0;
  for (let k = 0; k < n; k += 1) {
    const id = vector.ids[k]!;
    if (k > 0 && id <= previous) throw new Error(`encodeVector: ids must ascend (${previous} then ${id})`);
    writeVarint(head, id - (k === 0 ? 0 : previous));
    previous = id;
  }
  const out = new Uint8Array(head.length + 2 * n);
  out.set(head);
  const view = new DataView(out.buffer);
  for (let k = 0; k < n; k += 1) {
    const w = vector.weights[k]!;
    if (!(w >= -1 && w <= 1)) throw new Error(`encodeVector: weight ${w} outside [-1, 1]`);
    view.setInt16(head.length + 2 * k, Math.round(w * SCALE), true);
  }
  return out;
}

/** The inverse of encodeVector; throws on bytes it did not write (wrong format, truncated, trailing data). */
export function decodeVector(bytes: Uint8Array): SparseVector {
  if (bytes[0] !== FORMAT) throw new Error(`decodeVector: unknown format ${bytes[0]}`);
  let pos = 1;
  const readVarint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = bytes[pos++];
      if (byte === undefined) throw new Error("decodeVector: truncated");
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error("decodeVector: varint too long");
  };
  const n = readVarint();
  if (bytes.length - pos < 2 * n) throw new Error("decodeVector: truncated");
  const ids = new Uint32Array(n);
  let id = 0;
  for (let k = 0; k < n; k += 1) {
    id = k === 0 ? readVarint() : id + readVarint();
    ids[k] = id;
  }
  if (bytes.length !== pos + 2 * n) throw new Error("decodeVector: length does not match its count");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k += 1) weights[k] = view.getInt16(pos + 2 * k, true) / SCALE;
  return { ids, weights };
}
