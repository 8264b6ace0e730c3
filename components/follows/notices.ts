// What /follows says after an action redirected back with `?notice=<code>`. A Map, not an object:
// `?notice=constructor` must find nothing, not Object.prototype's constructor.
const NOTICES: ReadonlyMap<string, string> = new Map([
  ["followed", "Followed. Its private feed is below."],
  ["unfollowed", "Unfollowed."],
  ["revoked", "The old feed URL no longer works; use the new one below."],
  ["invalid", "That request could not be read."],
  ["not-found", "That follow no longer exists."],
  ["email-follow-on", "This follow’s new papers will be in your mail."],
  ["email-follow-off", "This follow is no longer mailed."],
  ["email-sent", "Check your inbox: open the confirmation link to start the mail."],
  ["email-on", "Follows by email is on."],
  ["email-off", "Follows by email is off."],
  ["email-rate-limited", "Too many confirmation mails were asked for; please try again in an hour."],
  ["email-unavailable", "The confirmation mail could not be sent; please try again later."],
]);

export function followsNotice(code: string | string[] | undefined): string | undefined {
  return typeof code === "string" ? NOTICES.get(code) : undefined;
}
