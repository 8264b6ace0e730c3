// The unsubscribe link in every digest: one button (a POST), so link scanners that prefetch mail
// links cannot unsubscribe anyone; mail clients use the RFC 8058 header for a true one-click.
import type { Metadata } from "next";
import Link from "next/link";
import { toParamRecord } from "@/lib/validation/params";
import { TokenParamSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { status, token } = toParamRecord(await searchParams);
  const valid = TokenParamSchema.safeParse(token);
  if (status === "done") {
    return (
      <div className="max-w-xl">
        <h1 className="text-2xl font-bold tracking-tight">You are unsubscribed</h1>
        <p role="status" className="mt-2 text-slate-700">
          No more digests will be sent to this address.
        </p>
        <p className="mt-6 text-sm">
          <Link href="/subscribe" className="text-indigo-700 hover:underline">
            Changed your mind? Subscribe again
          </Link>
        </p>
      </div>
    );
  }
  if (status === "invalid" || !valid.success) {
    return (
      <div className="max-w-xl">
        <h1 className="text-2xl font-bold tracking-tight">This link does not work</h1>
        <p role="alert" className="mt-2 text-slate-700">
          Use the unsubscribe link from the most recent digest, copied in full.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Unsubscribe from the digest</h1>
      <form action={`/api/unsubscribe?token=${encodeURIComponent(valid.data)}`} method="post" className="mt-4">
        <input type="hidden" name="from" value="page" />
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
          Unsubscribe
        </button>
      </form>
    </div>
  );
}
