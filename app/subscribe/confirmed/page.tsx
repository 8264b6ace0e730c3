// Where the confirmation link lands: confirmed, expired or invalid.
import type { Metadata } from "next";
import Link from "next/link";
import { toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscription", robots: { index: false } };

const OUTCOMES = {
  // One landing for both kinds of link (the trending digest, or a signed-in reader's follows).
  confirmed: {
    heading: "Subscription confirmed",
    body: "What you asked for — the trending digest or your follows — arrives with the next digest mail. Every mail has a one-click unsubscribe link.",
  },
  expired: {
    heading: "This link has expired",
    body: "Confirmation links last 48 hours. Subscribe again to get a fresh one.",
  },
  invalid: {
    heading: "This link does not work",
    body: "It may have been replaced by a newer confirmation mail, or copied incompletely. Subscribe again to get a fresh one.",
  },
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfirmedPage({ searchParams }: Props) {
  const status = toParamRecord(await searchParams).status;
  const outcome = status === "confirmed" || status === "expired" ? OUTCOMES[status] : OUTCOMES.invalid;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">{outcome.heading}</h1>
      <p role="status" className="mt-2 text-slate-700">
        {outcome.body}
      </p>
      <p className="mt-6 text-sm">
        {status === "confirmed" ? (
          <Link href="/" className="text-indigo-700 hover:underline">
            See today’s trending papers
          </Link>
        ) : (
          <Link href="/subscribe" className="text-indigo-700 hover:underline">
            Back to the subscription form
          </Link>
        )}
      </p>
    </div>
  );
}
