// arXiv categories → topics. Where a paper's categories are known they inform its topics:
// a category names the field its authors chose, which text rules can only guess at. Broad
// categories (cs.LG, cs.AI, stat.ML, cs.NE) map to nothing: they say "machine learning", not which part.
import type { TopicAssignment } from "./rules";

export type CategoryRule = { match: RegExp; topic: string };

export const CATEGORY_RULES: CategoryRule[] = [
  { match: /^cs\.CV$|^eess\.IV$/, topic: "computer-vision" },
  { match: /^cs\.CL$/, topic: "nlp" },
  { match: /^cs\.RO$/, topic: "robotics" },
  { match: /^cs\.SD$|^eess\.AS$/, topic: "audio" },
  { match: /^cs\.IR$/, topic: "retrieval" },
  { match: /^cs\.CR$/, topic: "safety" },
  { match: /^cs\.GR$/, topic: "3d-graphics" },
  { match: /^cs\.MA$/, topic: "agents" },
  { match: /^cs\.SE$|^cs\.PL$/, topic: "code" },
  { match: /^q-bio\.NC$/, topic: "neuroscience" },
  { match: /^q-bio\.|^physics\.med-ph$|^physics\.chem-ph$/, topic: "science-health" },
  { match: /^math\.|^math-ph$/, topic: "mathematics" },
  { match: /^physics\.|^cond-mat\.|^quant-ph$|^astro-ph|^hep-|^gr-qc$|^nucl-|^nlin\./, topic: "physics" },
];

/** Topics named by a paper's categories, in category order, each once. */
export function topicsFromCategories(categories: readonly string[]): TopicAssignment[] {
  const out: TopicAssignment[] = [];
  for (const category of categories) {
    const rule = CATEGORY_RULES.find((r) => r.match.test(category));
    if (rule && !out.some((t) => t.slug === rule.topic))
      out.push({ slug: rule.topic, reason: `arXiv category ${category}` });
  }
  return out;
}

/** The broad fields of science the arXiv archives belong to (a paper can sit in several). */
export type Field = "computing" | "mathematics" | "physics" | "biology";

export const FIELD_RULES: { match: RegExp; fields: Field[] }[] = [
  // cs.NA is arXiv's alias of math.NA: numerical analysis, where "3D" and "mesh" are a PDE's (topic audit).
  { match: /^cs\.NA$/, fields: ["mathematics"] },
  { match: /^(?:cs|eess|stat|econ|q-fin)\./, fields: ["computing"] },
  { match: /^math-ph$/, fields: ["mathematics", "physics"] },
  { match: /^math\./, fields: ["mathematics"] },
  { match: /^physics\.(?:bio-ph|med-ph|chem-ph)$/, fields: ["physics", "biology"] },
  { match: /^q-bio\./, fields: ["biology"] },
  { match: /^(?:physics\.|cond-mat\.|quant-ph$|astro-ph|hep-|gr-qc$|nucl-|nlin\.)/, fields: ["physics"] },
];

/**
 * The fields a paper's categories place it in, or null when unknown (no categories, or one this table
 * does not know): then text rules are not limited by field. For example "3D Navier-Stokes equations"
 * (math.AP) is not 3D graphics, nor "reaction-diffusion" image generation; categories say which field
 * the words belong to.
 */
export function fieldsOf(categories: readonly string[]): Set<Field> | null {
  const fields = new Set<Field>();
  for (const category of categories) {
    const rule = FIELD_RULES.find((r) => r.match.test(category));
    if (!rule) return null;
    for (const field of rule.fields) fields.add(field);
  }
  return fields.size > 0 ? fields : null;
}

/** The single topic a paper's categories name, or null when they name none or several (for labelled samples). */
export function unambiguousCategoryTopic(categories: readonly string[]): string | null {
  const slugs = new Set(topicsFromCategories(categories).map((t) => t.slug));
  return slugs.size === 1 ? [...slugs][0]! : null;
}
