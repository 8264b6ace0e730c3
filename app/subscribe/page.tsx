// The email digest: subscribe form, "check your inbox" notice and error messages (no JS needed).
import type { Metadata } from "next";
import { SubscribeForm } from "@/components/email/subscribe-form";
import { isMailConfigured } from "@/lib/email/mailer";
import { toParamRecord } from "@/lib/validation/params";
import { INVALID_EMAIL_MESSAGE } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Email digest" };

// A Map, not an object: `?error=constructor` must find nothing, not Object.prototype's constructor.
const ERRORS: ReadonlyMap<string, { field: "email" | "frequency"; message: string }> = new Map([
  ["invalid-email", { field: "email", message: INVALID_EMAIL_MESSAGE }],
  ["invalid-frequency", { field: "frequency", message: "Choose daily or weekly." }],
] as const);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubscribePage({ searchParams }: Props) {
  const { status, error } = toParamRecord(await searchParams);
  const configured = isMailConfigured();
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Trending papers in your inbox</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600">
        The trending digest by email, daily or weekly. No account needed.
      </p>
      {status === "sent" ? (
        <div role="status" className="rounded-md bg-emerald-50 p-4 text-sm text-emerald-900">
          <p className="font-medium">Check your inbox.</p>
          <p className="mt-1">
            If the address can receive mail, a confirmation link is on its way. Open it within 48 hours to start the
            digest.
          </p>
        </div>
      ) : !configured || error === "mail-unavailable" ? (
        <p role="alert" className="rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          {configured
            ? "The confirmation mail could not be sent just now. Please try again later."
            : "Email is not configured on this server yet, so the digest cannot be sent."}{" "}
          The feeds below work today.
        </p>
      ) : (
        <SubscribeForm error={error ? ERRORS.get(error) : undefined} />
      )}
      <p className="mt-6 text-sm text-slate-600">
        Prefer a feed reader?{" "}
        <a href="/feeds/trending.atom" className="text-indigo-700 hover:underline">
          Trending (Atom)
        </a>
        ,{" "}
        <a href="/feeds/trending.rss" className="text-indigo-700 hover:underline">
          RSS
        </a>
        ,{" "}
        <a href="/feeds/trending.json" className="text-indigo-700 hover:underline">
          JSON Feed
        </a>
        , or{" "}
        <a href="/feeds/trending.atom?window=week" className="text-indigo-700 hover:underline">
          this week (Atom)
        </a>
        . Every topic and search has its own.
      </p>
    </div>
  );
}
