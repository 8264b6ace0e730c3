// "Email me For you": adds the reader's top recommendations to their follows mail (opt-in; a form).
import Link from "next/link";
import { forYouMailFormAction } from "@/lib/actions/for-you";
import type { ForYouMail } from "@/lib/db/for-you-mail";

export function MailSwitch({ mail }: { mail: ForYouMail }) {
  if (mail.state === "unavailable") {
    return (
      <p className="mt-1 text-sm text-slate-600">
        To get For you by email, turn on email for your{" "}
        <Link href="/follows" className="text-indigo-700 underline">
          follows
        </Link>{" "}
        first.
      </p>
    );
  }
  const on = mail.state === "on";
  return (
    <form action={forYouMailFormAction} className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
      <input type="hidden" name="on" value={on ? "false" : "true"} />
      <span>
        {on
          ? `For you is in your ${mail.frequency} follows mail.`
          : `For you is not in your ${mail.frequency} follows mail.`}
      </span>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md bg-white px-3 font-medium text-indigo-700 ring-1 ring-slate-300 hover:bg-slate-50 sm:min-h-9"
      >
        {on ? "Stop emailing For you" : "Email me For you"}
      </button>
    </form>
  );
}
