// Making a trained topic model shippable: few weights per topic, and a version that names its content.
import { createHash } from "node:crypto";
import type { LinearModel } from "@/lib/learn/logistic";
import { toTopicModelJson, type TopicModel } from "@/lib/learn/topic-model";

/** Keeps a model's `max` largest weights by magnitude (ties by id): the rest weigh little and bloat the file. */
export function pruneWeights(model: LinearModel, max: number): LinearModel {
  if (model.ids.length <= max) return model;
  const order = [...model.ids.keys()]
    .sort((a, b) => Math.abs(model.weights[b]!) - Math.abs(model.weights[a]!) || model.ids[a]! - model.ids[b]!)
    .slice(0, max)
    .sort((a, b) => model.ids[a]! - model.ids[b]!);
  return {
    ids: Uint32Array.from(order, (k) => model.ids[k]!),
    weights: Float32Array.from(order, (k) => model.weights[k]!),
    bias: model.bias,
  };
}

/** A hash of what the model computes (as it will be written): same model, same version. */
export function topicModelVersion(model: TopicModel): string {
  const { version: _, about: __, ...content } = toTopicModelJson({ ...model, version: "-" }, "");
  return createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 16);
}
