// Topics about how models are built, trained and judged (alignment, reasoning, RL, …), as taxonomy data.
import type { TopicRule } from "./rules";

export const METHOD_TOPICS: TopicRule[] = [
  {
    slug: "alignment",
    name: "Alignment & RLHF",
    description: "Steering models toward human preferences and values: RLHF, DPO, reward models, preference data.",
    patterns: [/\bpreferences?\b/i, /\balignment\b/i, /\breward signals?\b/i],
    strong: [/\bRLHF\b/i, /\bDPO\b/i, /\bhuman feedback\b/i, /\breward model(?:s|ing|ling)?\b/i],
    titleOnly: [/\baligning\b/i, /\bself-alignment\b/i],
  },
  {
    slug: "reasoning",
    name: "Reasoning",
    description: "Multi-step, mathematical and logical reasoning; chain of thought; search over reasoning steps.",
    patterns: [
      /\breason(?:ing|ers?)\b/i,
      /\bmath(?:ematical)?\b/i,
      /\barithmetic\b/i,
      /\binductive\b/i,
      /\bdeductive\b/i,
    ],
    strong: [/\bchain[- ]of[- ](?:thought|action-thought)\b/i, /\bCoT\b/, /\bGSM8K\b/i, /\bslow[- ]thinking\b/i],
    titleOnly: [/\bplanning\b/i],
  },
  {
    slug: "prompting",
    name: "Prompting & in-context learning",
    description: "Prompt design, prompt tuning, few-shot and in-context learning.",
    // "prompt" is also everyday vocabulary for a model's input, so the abstract must keep returning to it.
    patterns: [/\bprompt(?:s|ing|ed)?\b/i, /\bfew[- ]shot\b/i, /\bzero[- ]shot\b/i],
    strong: [/\bin-context learning\b/i, /\bprompt (?:tuning|engineering)\b/i],
    minAbstractHits: 3,
  },
  {
    slug: "agents",
    name: "Agents",
    description: "Models that act: LLM agents, tool use, decision making, role-playing characters.",
    patterns: [
      // A conversational or dialogue agent is a chatbot (NLP) unless it acts; bare "decision making" is
      // as often group, clinical or evidence-fusion decisions (topic audit).
      /\b(?<!contrast |chemical |imaging |therapeutic |conversational |dialog(?:ue)? )agents?\b/i,
      /\bagentic\b/i,
      /\b(?:sequential|autonomous|agentic) decision[- ]making\b/i,
      /\btool[- ]use\b/i,
    ],
    strong: [/\bmulti-agent\b/i, /\bLLM agents?\b/i],
  },
  {
    slug: "efficiency",
    name: "LLM efficiency",
    description:
      "Making models cheaper or longer-reaching: quantization, distillation, pruning, sparsity, long context.",
    patterns: [
      /\bdistill(?:ation|ed)?\b/i,
      /\bprun(?:ing|ed)\b/i,
      /\bcontext (?:window|length)\b/i,
      /\bsmall language models?\b/i,
    ],
    strong: [
      /\bquantiz(?:ation|ed)\b/i,
      /\blong[- ]context\b/i,
      /\bLoRA\b/i,
      /\bKV[- ]cache\b/i,
      /\bparameter-efficient\b/i,
    ],
  },
  {
    slug: "retrieval",
    name: "Retrieval & RAG",
    description: "Retrieval-augmented generation, retrievers, search over documents and memory.",
    // Lexical (word) retrieval is a speaker's; retrieval heads are attention heads (topic audit).
    patterns: [
      /\b(?<!phase |lexical |word )retriev(?:al|er|ed|ing)\b(?!(?:[- ]\w+)?[- ]heads?\b)/i,
      /\bknowledge base\b/i,
    ],
    strong: [/\bRAG\b/, /\bretrieval-augmented\b/i, /\bdense retrieval\b/i],
  },
  {
    slug: "reinforcement-learning",
    name: "Reinforcement learning",
    description: "Learning from reward by acting: RL algorithms, exploration, policies, tree search, self-play.",
    // RLHF is counted under alignment; here it would make every LLM paper an RL paper.
    patterns: [
      /\breinforcement learning\b(?! from (?:human|AI) feedback)/i,
      /\bRL\b/i,
      /\bpolic(?:y|ies)\b/i,
      /\bexploration(?: and |-)exploitation\b/i,
      /\bintrinsic rewards?\b/i,
    ],
    strong: [
      /\bMDPs?\b/i,
      /\bMarkov decision process(?:es)?\b/i,
      /\bQ-learning\b/i,
      /\bactor-critic\b/i,
      /\bMCTS\b/i,
      /\bself-play\b/i,
    ],
  },
  {
    slug: "datasets-benchmarks",
    name: "Datasets & benchmarks",
    description: "Papers whose contribution is a new dataset, corpus or benchmark.",
    // "dataset" appears in most abstracts; there only a stated contribution counts.
    patterns: [],
    strong: [
      /\bwe (?:introduce|present|construct|build|collect|curate|release|open-source)\b[^.]{0,60}\b(?:benchmark|dataset|corpus)\b/i,
    ],
    titleOnly: [/\bbenchmarks?\b/i, /\bdatasets?\b/i, /\bcorpus\b/i],
  },
  {
    slug: "evaluation",
    name: "Evaluation",
    description: "How models are measured: evaluation methods, LLM-as-a-judge, human evaluation, testing capabilities.",
    patterns: [/\bevaluation (?:methods?|protocols?|framework)\b/i, /\bhuman evaluations?\b/i],
    strong: [/\bLLM-as-a-judge\b/i, /\bautomatic evaluation\b/i, /\bevaluation metrics?\b/i],
    titleOnly: [/\bevaluat(?:e|ing|ion)\b/i, /\btesting\b/i, /\bassess(?:ing|ment)?\b/i],
  },
  {
    slug: "interpretability",
    name: "Interpretability",
    description: "Explaining what models do and why: attributions, saliency, probing, mechanistic analysis.",
    patterns: [
      /\binterpretab(?:le|ility)\b/i,
      /\bexplainab(?:le|ility)\b/i,
      /\bsaliency\b/i,
      /\bfeature (?:importance|attribution)\b/i,
    ],
    strong: [/\bShapley\b/i, /\bmechanistic interpretability\b/i, /\bprobing classifiers?\b/i],
    titleOnly: [/\bexplain(?:ing)?\b/i],
  },
  {
    slug: "safety",
    name: "Safety & security",
    description: "Harmful outputs, jailbreaks, adversarial attacks, privacy and misuse.",
    patterns: [
      // Road, traffic, vehicle, sensing or worker safety, safety validation (of driving systems), and safe
      // driving, navigation or RL are physical safety (robotics, control), not harmful outputs or misuse;
      // drug safety is pharmacology (topic audit).
      /\b(?<!road |traffic |driving |vehicle |sensing |aviation |flight |food |drug |functional |occupational |construction |worker )safety\b(?! (?:hazards?|verification|validation)\b)/i,
      /\bsafe\b(?! (?:autonomous|driving|navigation|exploration|control|trajectory|motion|landing|reinforcement|RL|policy|robot|uncertainty)\b)/i,
      /\b(?<!personal |heart |panic )attacks?\b/i,
      /\bharmful\b/i,
      // Detecting or classifying toxic comments people post is content moderation, not a model's harmful
      // output (topic audit).
      /\btoxic(?:ity)?\b(?! (?:(?:language|content|speech|text|comments?|spans?) )?(?:detection|detectors?|classification|classifiers?)\b| comments?\b)/i,
      // Adversarial networks, training, augmentation and features are training tricks; these are attacks.
      /\badversarial (?:examples?|robustness|prompts?|inputs?|suffix(?:es)?|vulnerabilit(?:y|ies)|patches?)\b/i,
      /\bprivacy\b/i,
    ],
    // Red-teaming a robot's manipulation policy tests physical robustness, not misuse (topic audit).
    strong: [/\bjailbreak(?:s|ing)?\b/i, /\bred[- ]teaming\b(?! (?:for |of )?robot(?:s|ic)?\b)/i, /\bbackdoors?\b/i],
  },
  {
    slug: "theory",
    name: "Theory, statistics & optimization",
    description:
      "Learning theory, Bayesian and causal methods, optimisation and generalisation, with proofs or formal analysis.",
    patterns: [
      /\btheor(?:etical(?:ly)?|ems?)\b/i,
      /\bBayesian\b/i,
      /\bconvergence\b/i,
      /\bgradient descent\b/i,
      /\bgeneralization bounds?\b/i,
      /\btreatment effects?\b/i,
    ],
    strong: [
      /\bwe prove\b/i,
      /\bprovabl[ey]\b/i,
      /\bsample complexity\b/i,
      /\bNash\b/,
      /\bcausal (?:inference|effects?)\b/i,
    ],
    titleOnly: [/\btheory\b/i, /\bcomplexity\b/i, /\btopolog(?:y|ical)\b/i, /\bnecessary and sufficient\b/i],
  },
  {
    slug: "continual-learning",
    name: "Continual learning & adaptation",
    description: "Learning under change: continual and lifelong learning, forgetting, domain and test-time adaptation.",
    patterns: [
      /\bcontinual(?:ly)?\b/i,
      /\bdomain adaptation\b/i,
      /\bconcept (?:shift|drift)\b/i,
      /\bdistribution shifts?\b/i,
      /\blifelong\b/i,
    ],
    strong: [/\btest[- ]time adaptation\b/i, /\bcatastrophic (?:forgetting|interference)\b/i],
  },
];
