// Import papers into your library (optionally a collection) from BibTeX or a list of arXiv ids.
import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/library/import-form";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listCollections } from "@/lib/db/collections";

export const metadata: Metadata = { title: "Import", robots: { index: false } };

export default async function ImportPage() {
  const user = await requireUser({ returnTo: "/library/import" });
  const collections = await listCollections(getDb(), user.id);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <p className="text-sm">
        <Link href="/library" className="text-indigo-700 hover:underline">
          ← Your library
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight">Import papers</h1>
      <p className="text-sm text-slate-600">
        Papers are matched by arXiv id, or by exact title for BibTeX entries without one. Papers Paperboard does not
        know are listed, not added.
      </p>
      <ImportForm collections={collections.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
