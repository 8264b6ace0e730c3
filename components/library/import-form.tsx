"use client";
// Import form: paste arXiv ids or choose a BibTeX file; the report says what was not found.
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import { IDLE } from "@/lib/actions/form-state";
import { importAction } from "@/lib/actions/library";

export function ImportForm({ collections }: { collections: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(importAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <div className="space-y-1">
        <label htmlFor="import-text" className="block text-sm font-medium">
          arXiv ids or URLs (one per line)
        </label>
        <textarea
          id="import-text"
          name="text"
          rows={5}
          className="w-full rounded-md border border-slate-300 p-2 font-mono text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">
          …or a BibTeX file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".bib,.bibtex,.txt,text/plain,application/x-bibtex"
          className="text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="import-collection" className="block text-sm font-medium">
          Into collection
        </label>
        <select
          id="import-collection"
          name="collectionId"
          className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        >
          <option value="">None (library only)</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
