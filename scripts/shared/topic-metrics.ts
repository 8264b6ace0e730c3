// Precision and recall of topic assignment against labels (pure), for scripts/measure-topics.ts and train-topics.ts.
export type LabelledAssignment = { label: string; assigned: readonly string[] };
export type TopicMetrics = {
  topic: string;
  labelled: number;
  assigned: number;
  correct: number;
  precision: number;
  recall: number;
};

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
    return {
      topic,
      labelled,
      assigned,
      correct,
      precision: assigned ? correct / assigned : 1,
      recall: labelled ? correct / labelled : 1,
    };
  });
}

/**
 * A hand audit of false positives: the labelled sample counts every second topic of a
 * single-label paper as wrong, also where the paper plainly is in it (a cs.CV paper on Gaussian
 * splatting is 3D). A person reads a random sample of them and ticks the ones the topic's description
 * fits. Format: "## <slug>" sections, then "- [x] <arXiv id> · …" (right) or "- [ ] <arXiv id> · …".
 */
export type AuditVerdicts = Map<string, Map<string, boolean>>;

export function parseAudit(markdown: string): AuditVerdicts {
  const verdicts: AuditVerdicts = new Map();
  let topic: Map<string, boolean> | null = null;
  for (const line of markdown.split("\n")) {
    const section = /^## ([a-z0-9-]+)\b/.exec(line);
    if (section) verdicts.set(section[1]!, (topic = new Map()));
    const item = /^- \[([ xX])\] (\S+) ·/.exec(line);
    if (item && topic) topic.set(item[2]!, item[1] !== " ");
  }
  return verdicts;
}

export type AuditedPrecision = { judged: number; right: number; precision: number | null };

/**
 * Precision once the audited share of false positives that are right is credited:
 * (correct + wrong × right/judged) / assigned. Only verdicts on papers that are still false positives
 * count (a rule change makes older verdicts stale); no verdicts → precision null.
 */
export function auditedPrecision(
  m: TopicMetrics,
  falsePositiveIds: readonly string[],
  verdicts: AuditVerdicts,
): AuditedPrecision {
  const topic = verdicts.get(m.topic) ?? new Map<string, boolean>();
  const judged = falsePositiveIds.filter((id) => topic.has(id));
  const right = judged.filter((id) => topic.get(id)).length;
  const wrong = m.assigned - m.correct;
  if (wrong === 0) return { judged: 0, right: 0, precision: m.precision };
  if (judged.length === 0) return { judged: 0, right: 0, precision: null };
  return { judged: judged.length, right, precision: (m.correct + (wrong * right) / judged.length) / m.assigned };
}

/** Multi-label: a paper's true topics are all those its arXiv categories map to. */
export type MultiLabelSample = { truth: readonly string[]; assigned: readonly string[] };
export type LabelMetrics = {
  topic: string;
  truth: number;
  assigned: number;
  correct: number;
  precision: number;
  recall: number;
};

/** Per topic in `topics`, and micro-averaged over them (topics outside the list are not scored). */
export function multiLabelMetrics(
  samples: readonly MultiLabelSample[],
  topics: readonly string[],
): { perTopic: LabelMetrics[]; micro: LabelMetrics } {
  const perTopic = topics.map((topic) => {
    let truth = 0;
    let assigned = 0;
    let correct = 0;
    for (const s of samples) {
      const isTrue = s.truth.includes(topic);
      const isAssigned = s.assigned.includes(topic);
      if (isTrue) truth += 1;
      if (isAssigned) assigned += 1;
      if (isTrue && isAssigned) correct += 1;
    }
    return {
      topic,
      truth,
      assigned,
      correct,
      precision: assigned ? correct / assigned : 1,
      recall: truth ? correct / truth : 1,
    };
  });
  const sum = (key: "truth" | "assigned" | "correct") => perTopic.reduce((s, m) => s + m[key], 0);
  const [truth, assigned, correct] = [sum("truth"), sum("assigned"), sum("correct")];
  return {
    perTopic,
    micro: {
      topic: "micro",
      truth,
      assigned,
      correct,
      precision: assigned ? correct / assigned : 1,
      recall: truth ? correct / truth : 1,
    },
  };
}
