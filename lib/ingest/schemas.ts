// Zod schemas for ingest records: what every parser must produce before anything touches the database.
import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/days";

export const DigestDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isCalendarDate, "not a real calendar date");
