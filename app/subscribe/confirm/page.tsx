// Where a confirmation mail's link lands: what the link turns on, and one button (a POST) that does
// it. Mail scanners open links to check them; a GET here changes nothing.
import type { Metadata } from "next";
import Link from "next/link";
import { describeConfirmLink } from "@/lib/email/subscriptions";
import { toParamRecord } from "@/lib/validation/params";
import { TokenParamSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Broken({ expired }: { expired: boolean }) {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">
        {expired ? "This link has expired" : "This link does not work"}
      </h1>
      <p role="alert" className="mt-2 text-slate-700">
        {expired ? "Confirmation links last 48 hours." : "It may have been copied incompletely."} Ask again for a fresh
        one.
      </p>
      <p className="mt-6 text-sm">
        <Link href="/subscribe" className="text-indigo-700 hover:underline">
          Back to the subscription form
        </Link>
      </p>
    </div>
  );
}

export default async function ConfirmPage({ searchParams }: Props) {
  const token = TokenParamSchema.safeParse(toParamRecord(await searchParams).token);
  const link = token.success ? describeConfirmLink(token.data) : ({ ok: false, reason: "invalid" } as const);
  if (!token.success || !link.ok) return <Broken expired={!link.ok && link.reason === "expired"} />;
  const what =
    link.scope === "follows"
      ? `the ${link.frequency} mail of new papers from your follows`
      : `the ${link.frequency} trending digest`;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Confirm your subscription</h1>
      <p className="mt-2 text-slate-700">Start {what} at the address this link was mailed to.</p>
      <form action={`/api/subscribe/confirm?token=${encodeURIComponent(token.data)}`} method="post" className="mt-4">
        <input type="hidden" name="from" value="page" />
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
          Confirm
        </button>
      </form>
      <p className="mt-6 text-sm text-slate-600">
        Did not ask for it? Close this page: nothing is sent unless you confirm.
      </p>
    </div>
  );
}
