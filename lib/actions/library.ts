"use server";
// Library server actions: edit a bookmark, manage collections, share links, import. Each validates
// with zod, requires a user, and passes the user's id to lib/db, which only touches their rows.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { revalidateBrowsePages } from "@/lib/cache/revalidate";
import { parseImportSteps } from "@/lib/citation/parse-import";
import { importPapers, updateBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import {
  createCollection,
  deleteCollection,
  renameCollection,
  revokeCollectionShare,
  shareCollection,
} from "@/lib/db/collections";
import { AppError } from "@/lib/errors";
import { paperIdFor } from "@/lib/domain/paper-identity";
import { ReturnPathSchema } from "@/lib/validation/auth";
import {
  BookmarkEditSchema,
  CollectionCreateSchema,
  CollectionIdSchema,
  CollectionRenameSchema,
  ImportInputSchema,
} from "@/lib/validation/library";
import { formRecord, type FormState } from "./form-state";

/** Runs a library change, then returns to the library page with a notice code (never free text). */
async function run(
  formData: FormData,
  change: (user: CurrentUser, raw: Record<string, string>) => Promise<string>,
): Promise<never> {
  const user = await requireUser({ returnTo: "/library" });
  const raw = formRecord(formData);
  const back = new URL(ReturnPathSchema.parse(raw.returnTo ?? "/library"), "http://x");
  if (!back.pathname.startsWith("/library")) back.pathname = "/library";
  let notice: string;
  try {
    notice = await change(user, raw);
    revalidatePath("/library");
    revalidateBrowsePages(); // removing or importing bookmarks moves trending scores
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    notice = error.code === "NOT_FOUND" ? "not-found" : error.code === "BAD_REQUEST" ? "invalid" : "failed";
  }
  back.searchParams.set("notice", notice);
  redirect(`${back.pathname}${back.search}`);
}

function parseOr400<T>(result: { success: true; data: T } | { success: false }): T {
  if (!result.success) throw new AppError("BAD_REQUEST", "Invalid input.");
  return result.data;
}

export async function saveBookmarkAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    const input = parseOr400(BookmarkEditSchema.safeParse({ ...raw, collections: formData.getAll("collections") }));
    await updateBookmark(getDb(), user.id, input);
    return "saved";
  });
}

export async function createCollectionAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    await createCollection(getDb(), user.id, parseOr400(CollectionCreateSchema.safeParse(raw)).name);
    return "created";
  });
}

export async function renameCollectionAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    const input = parseOr400(CollectionRenameSchema.safeParse(raw));
    await renameCollection(getDb(), user.id, input.collectionId, input.name);
    return "renamed";
  });
}

export async function deleteCollectionAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    await deleteCollection(getDb(), user.id, parseOr400(CollectionIdSchema.safeParse(raw)).collectionId);
    return "deleted";
  });
}

export async function shareCollectionAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    await shareCollection(getDb(), user.id, parseOr400(CollectionIdSchema.safeParse(raw)).collectionId);
    return "shared";
  });
}

export async function revokeShareAction(formData: FormData): Promise<void> {
  await run(formData, async (user, raw) => {
    await revokeCollectionShare(getDb(), user.id, parseOr400(CollectionIdSchema.safeParse(raw)).collectionId);
    return "revoked";
  });
}

/** Runs a parser's steps, letting other requests in between: a 1 MB import is a few hundred ms of work. */
async function inTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Import a BibTeX file or pasted arXiv ids; the report lists what was not found. */
export async function importAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ returnTo: "/library" });
  const file = formData.get("file");
  const fileText = file instanceof File && file.size > 0 ? await file.slice(0, 1_000_000).text() : "";
  const input = ImportInputSchema.safeParse({
    ...formRecord(formData),
    text: `${formRecord(formData).text ?? ""}\n${fileText}`,
  });
  if (!input.success)
    return {
      status: "error",
      message: "Paste arXiv ids or choose a BibTeX file (under 1 MB, the server-action body limit).",
    };
  const parsed = await inTurns(parseImportSteps(input.data.text));
  if (!parsed.ok) return { status: "error", message: parsed.message };
  const { refs, unreadable } = parsed;
  const couldNotRead = unreadable.length
    ? ` Could not read: ${unreadable.slice(0, 20).join(", ")}${unreadable.length > 20 ? ` and ${unreadable.length - 20} more` : ""}.`
    : "";
  if (refs.length === 0) return { status: "error", message: `Nothing to import.${couldNotRead}` };
  const ids = refs.map((r) => paperIdFor({ arxivId: r.arxivId, title: r.title ?? "" }));
  try {
    const { added, unknown } = await importPapers(getDb(), user.id, [...new Set(ids)], input.data.collectionId);
    revalidatePath("/library");
    revalidateBrowsePages();
    // A Set, not Array.includes: thousands of refs against thousands of unknown ids stay linear.
    const unknownIds = new Set(unknown);
    const missing = refs.filter((_, i) => unknownIds.has(ids[i]!)).map((r) => r.label);
    const parts = [`Added ${added} ${added === 1 ? "paper" : "papers"}.`];
    if (missing.length)
      parts.push(
        `Not in Paperboard (not added): ${missing.slice(0, 50).join(", ")}${missing.length > 50 ? ` and ${missing.length - 50} more` : ""}.`,
      );
    return { status: "ok", message: `${parts.join(" ")}${couldNotRead}` };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return { status: "error", message: "No such collection." };
    throw error;
  }
}
