// "Deliver my follows by email": off / waiting for the confirmation link / on, with plain forms
// (work without JavaScript) posting to followsDeliveryAction.
import { followsDeliveryAction } from "@/lib/actions/follows-email";
import type { FollowsDelivery } from "@/lib/email/follows-delivery";
import { FREQUENCIES } from "@/lib/validation/subscribe";

const button =
  "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50";
const primary =
  "inline-flex min-h-11 items-center rounded-md bg-indigo-600 px-3 text-sm font-medium text-white hover:bg-indigo-700";

function FrequencyForm({ current, submit }: { current: "daily" | "weekly"; submit: string }) {
  return (
    <form action={followsDeliveryAction} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="intent" value="on" />
      <fieldset className="flex gap-3">
        <legend className="sr-only">How often</legend>
        {FREQUENCIES.map((f) => (
          <label key={f} className="inline-flex min-h-11 items-center gap-1.5 text-sm">
            <input type="radio" name="frequency" value={f} defaultChecked={f === current} />{" "}
            {f === "daily" ? "Daily" : "Weekly"}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={primary}>
        {submit}
      </button>
    </form>
  );
}

function TurnOff({ label }: { label: string }) {
  return (
    <form action={followsDeliveryAction} className="mt-3">
      <input type="hidden" name="intent" value="off" />
      <button type="submit" className={`${button} text-slate-700`}>
        {label}
      </button>
    </form>
  );
}

type Props = { delivery: FollowsDelivery; mailConfigured: boolean; emailedCount: number; addressConfirmed: boolean };

export function FollowsDeliveryPanel({ delivery, mailConfigured, emailedCount, addressConfirmed }: Props) {
  const none = emailedCount === 0 ? " No follow has “Email me” on yet: turn it on for the ones you want." : "";
  return (
    <section
      id="email"
      aria-labelledby="email-heading"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="email-heading" className="font-semibold">
        Deliver my follows by email
      </h2>
      {!mailConfigured ? (
        <p className="mt-1 text-sm text-slate-600">
          Email is off on this server (no SMTP relay is configured). The private feeds below still work.
        </p>
      ) : delivery.state === "on" ? (
        <>
          <p className="mt-1 text-sm text-slate-700">
            On: new papers of the follows marked “Email me” are mailed <strong>{delivery.frequency}</strong> to{" "}
            <strong>{delivery.email}</strong>
            {delivery.withTrending ? ", in the same mail as your trending digest" : ""}. A period with nothing new sends
            nothing.{none}
          </p>
          <FrequencyForm current={delivery.frequency} submit="Change" />
          <TurnOff label="Turn off email" />
        </>
      ) : delivery.state === "pending" ? (
        <>
          <p role="status" className="mt-1 text-sm text-amber-900">
            Waiting for confirmation: we sent a link to <strong>{delivery.email}</strong>. Nothing is mailed until it is
            opened (it expires after 48 hours).{none}
          </p>
          <FrequencyForm current={delivery.frequency} submit="Send the link again" />
          <TurnOff label="Cancel" />
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">
            One mail per day or week with the new papers of the follows marked “Email me”, sent to{" "}
            <strong>{delivery.email}</strong>.
            {addressConfirmed
              ? " Your address is confirmed, so it starts at once."
              : " We first mail a confirmation link there; nothing is sent until it is opened."}
            {none}
          </p>
          <FrequencyForm current="daily" submit="Turn on email" />
        </>
      )}
    </section>
  );
}
