// The state every form action returns: a message for the form, errors per field, values to refill.
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** Text fields of a FormData (files and repeated keys ignored), for zod to parse. */
export function formRecord(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !(key in out) && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
