// Why a paper is recommended: the terms that weighed most and the saved papers closest to it.
import Link from "next/link";
import type { PaperRef } from "@/lib/db/reader-signals";

export function RecommendationWhy({ terms, because }: { terms: string[]; because: PaperRef[] }) {
  return (
    <div className="mt-3 space-y-1 text-xs text-slate-600" data-testid="for-you-why">
      {because.length > 0 && (
        <p>
          Because you saved{" "}
          {because.map((p, i) => (
            <span key={p.id}>
              {i > 0 && (i === because.length - 1 ? " and " : ", ")}
              <Link href={`/papers/${p.slug}`} className="text-indigo-700 underline-offset-2 hover:underline">
                “{p.title}”
              </Link>
            </span>
          ))}
        </p>
      )}
      {terms.length > 0 && (
        <p>
          Weighed most: <span className="text-slate-700">{terms.join(" · ")}</span>
        </p>
      )}
    </div>
  );
}
