// Precision and recall of topic assignment against labels (pure), for scripts/measure-topics.ts.
export type LabelledAssignment = { label: string; assigned: readonly string[] };
export type TopicMetrics = { topic: string; labelled: number; assigned: number; correct: number; precision: number; recall: number };

/**
 * Per labelled topic: precision = correct / papers assigned that topic (among labelled papers),
 * recall = correct / papers labelled with it. Topics nobody is labelled with are not scored:
 * the sample cannot say whether assigning them is right.
 */
export function topicMetrics(samples: readonly LabelledAssignment[]): TopicMetrics[] {
  const labels = [...new Set(samples.map((s) => s.label))].sort();
  return labels.map((topic) => {
    const labelled = samples.filter((s) => s.label === topic).length;
    const assigned = samples.filter((s) => s.assigned.includes(topic)).length;
    const correct = samples.filter((s) => s.label === topic && s.assigned.includes(topic)).length;
    return { topic, labelled, assigned, correct, precision: assigned ? correct / assigned : 1, recall: labelled ? correct / labelled : 1 };
  });
}
