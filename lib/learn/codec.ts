// Compact, deterministic binary forms for the database: a sparse vector per paper, a linear model per
// reader. A vector is [format byte] [varint count] [varint id deltas…] [uint16 LE quantised weights…],
// about 4 bytes a term (≈ 450 bytes a paper at 110 terms) against 8 as raw typed arrays.
import type { LinearModel } from "./logistic";
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

/** Term ids stay below this (a 4-byte varint), so scoring reads them with integer arithmetic. */
export const MAX_TERM_ID = 2 ** 28 - 1;

/** Same vector → same bytes. Ids must be ascending, below MAX_TERM_ID, weights within [-1, 1] (an L2-normalised vector). */
export function encodeVector(vector: SparseVector): Uint8Array {
  const n = vector.ids.length;
  if (n > 0 && vector.ids[n - 1]! > MAX_TERM_ID)
    throw new Error(`encodeVector: term id ${vector.ids[n - 1]} above ${MAX_TERM_ID}`);
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

/** Reads unsigned LEB128 varints from `start`; throws (naming `what`) on truncated or over-long ones. */
function varintReader(bytes: Uint8Array, start: number, what: string) {
  let pos = start;
  return {
    next(): number {
      let value = 0;
      for (let shift = 0; shift < 35; shift += 7) {
        const byte = bytes[pos++];
        if (byte === undefined) throw new Error(`${what}: truncated`);
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
      throw new Error(`${what}: varint too long`);
    },
    position: () => pos,
  };
}

/** The inverse of encodeVector; throws on bytes it did not write (wrong format, truncated, trailing data). */
export function decodeVector(bytes: Uint8Array): SparseVector {
  if (bytes[0] !== FORMAT) throw new Error(`decodeVector: unknown format ${bytes[0]}`);
  const reader = varintReader(bytes, 1, "decodeVector");
  const n = reader.next();
  if (bytes.length - reader.position() < 2 * n) throw new Error("decodeVector: truncated");
  const ids = new Uint32Array(n);
  for (let k = 0, id = 0; k < n; k += 1) {
    id += reader.next();
    ids[k] = id;
  }
  const pos = reader.position();
  if (bytes.length !== pos + 2 * n) throw new Error("decodeVector: length does not match its count");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k += 1) weights[k] = view.getInt16(pos + 2 * k, true) / SCALE;
  return { ids, weights };
}

const MODEL_FORMAT = 2;

/**
 * A linear model (a reader's, stored beside their library so a page only scores): [format byte]
 * [float64 bias] [varint count] [varint id deltas…] [float32 LE weights…]. Same model → same bytes.
 */
export function encodeLinearModel(model: LinearModel): Uint8Array {
  const n = model.ids.length;
  const head: number[] = [];
  writeVarint(head, n);
  let previous = 0;
  for (let k = 0; k < n; k += 1) {
    const id = model.ids[k]!;
    if (k > 0 && id <= previous) throw new Error(`encodeLinearModel: ids must ascend (${previous} then ${id})`);
    writeVarint(head, id - (k === 0 ? 0 : previous));
    previous = id;
  }
  const out = new Uint8Array(9 + head.length + 4 * n);
  const view = new DataView(out.buffer);
  out[0] = MODEL_FORMAT;
  view.setFloat64(1, model.bias, true);
  out.set(head, 9);
  for (let k = 0; k < n; k += 1) view.setFloat32(9 + head.length + 4 * k, model.weights[k]!, true);
  return out;
}

export function decodeLinearModel(bytes: Uint8Array): LinearModel {
  if (bytes[0] !== MODEL_FORMAT || bytes.length < 10) throw new Error(`decodeLinearModel: unknown format ${bytes[0]}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bias = view.getFloat64(1, true);
  const reader = varintReader(bytes, 9, "decodeLinearModel");
  const n = reader.next();
  if (bytes.length - reader.position() < 4 * n) throw new Error("decodeLinearModel: truncated");
  const ids = new Uint32Array(n);
  for (let k = 0, id = 0; k < n; k += 1) {
    id += reader.next();
    ids[k] = id;
  }
  const start = reader.position();
  if (bytes.length !== start + 4 * n) throw new Error("decodeLinearModel: length does not match its count");
  const weights = new Float32Array(n);
  for (let k = 0; k < n; k += 1) weights[k] = view.getFloat32(start + 4 * k, true);
  return { ids, weights, bias };
}

/**
 * Σ dense[id] × weight over an encoded vector, read in place: scoring a month of stored papers
 * without decoding (allocating) each one. The loop is kept to integer operations (ids < 2^28, see
 * encodeVector): with float varint arithmetic and checks inside it ran 7× slower. Malformed bytes
 * cannot loop or read out of bounds, and are refused after the loop; ids past `dense` weigh 0.
 */
export function dotEncoded(dense: Float32Array, bytes: Uint8Array): number {
  if (bytes[0] !== FORMAT) throw new Error(`dotEncoded: unknown format ${bytes[0]}`);
  let pos = 1;
  let n = 0;
  for (let shift = 0, byte = 0x80; byte >= 0x80 && shift <= 21; shift += 7) {
    byte = bytes[pos++] ?? 0;
    n |= (byte & 0x7f) << shift;
  }
  const weightsAt = bytes.length - 2 * n;
  if (weightsAt < pos) throw new Error("dotEncoded: truncated");
  const size = dense.length;
  let sum = 0;
  let id = 0;
  for (let k = 0; k < n; k += 1) {
    let byte = bytes[pos++]! | 0;
    let delta = byte & 0x7f;
    for (let shift = 7; byte >= 0x80 && shift <= 21; shift += 7) {
      byte = bytes[pos++]! | 0;
      delta |= (byte & 0x7f) << shift;
    }
    id += delta;
    const at = weightsAt + 2 * k;
    const q = ((bytes[at]! | (bytes[at + 1]! << 8)) << 16) >> 16;
    if (id < size) sum += dense[id]! * q;
  }
  if (pos !== weightsAt) throw new Error("dotEncoded: length does not match its count");
  return sum / SCALE;
}
