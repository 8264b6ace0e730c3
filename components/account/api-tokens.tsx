// The account page's "API tokens" section: what the reader's tokens are called, when each was last
// used, a revoke button per token, and the form that creates one.
import { revokeApiTokenAction } from "@/lib/actions/api-tokens";
import { listApiTokens } from "@/lib/db/api-tokens";
import { getDb } from "@/lib/db/client";
import { CreateApiTokenForm } from "./create-api-token-form";

const when = (iso: string | null) =>
  iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never";

export async function ApiTokens({ userId, notice }: { userId: string; notice?: string }) {
  const tokens = await listApiTokens(getDb(), userId);
  return (
    <section aria-labelledby="api-tokens-heading" className="space-y-3">
      <h2 id="api-tokens-heading" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="text-sm text-slate-600">
        A token lets a script or an MCP client read your library through{" "}
        <a className="underline" href="/docs/api">
          the API
        </a>{" "}
        (<code>Authorization: Bearer …</code>), read-only. It is shown once; only its hash is kept.
      </p>
      <p role="status" className="text-sm text-emerald-700">
        {notice === "token-revoked" ? "Token revoked." : ""}
      </p>
      {tokens.length > 0 && (
        <ul aria-label="Your API tokens" className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {tokens.map((t) => (
            <li key={t.id} className="flex items-center justify-between gap-3 p-3 text-sm">
              <div>
                <p className="font-medium">{t.name}</p>
                <p className="text-slate-600">
                  Created {when(t.createdAt)} · last used {when(t.lastUsedAt)}
                </p>
              </div>
              <form action={revokeApiTokenAction}>
                <input type="hidden" name="id" value={t.id} />
                <button
                  type="submit"
                  className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100"
                  aria-label={`Revoke ${t.name}`}
                >
                  Revoke
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <CreateApiTokenForm />
    </section>
  );
}
