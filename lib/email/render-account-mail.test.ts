// Account mails: each carries its one link in both parts, says what ignoring it means, and keeps
// the link inert as text in HTML.
import { describe, expect, it } from "vitest";
import { renderAccountMail } from "./render-account-mail";

const BASE = "https://p.example";

describe("renderAccountMail", () => {
  it("confirmation: the link, its lifetime, and that an unconfirmed account cannot sign in", () => {
    const mail = renderAccountMail(
      { kind: "verify", url: `${BASE}/verify-email?token=a.b.c`, expiresInHours: 24 },
      BASE,
    );
    expect(mail.subject).toBe("Confirm your email address for Paperboard");
    for (const part of [mail.text, mail.html]) expect(part).toContain(`${BASE}/verify-email?token=a.b.c`);
    expect(mail.text).toContain(
      "nobody can sign in to an account whose address is not confirmed. The link expires in 24 hours.",
    );
  });

  it("reset: single use, one hour", () => {
    const mail = renderAccountMail({ kind: "reset", url: `${BASE}/reset-password?token=abc`, expiresInHours: 1 }, BASE);
    expect(mail.subject).toBe("Reset your Paperboard password");
    expect(mail.text).toContain(`${BASE}/reset-password?token=abc`);
    expect(mail.text).toContain("The link works once and expires in 1 hour.");
  });

  it("sign-up attempt on a taken address: a reset link and the sign-in page", () => {
    const mail = renderAccountMail(
      {
        kind: "sign-up-attempt",
        resetUrl: `${BASE}/reset-password?token=abc`,
        signInUrl: `${BASE}/sign-in`,
        expiresInHours: 1,
      },
      BASE,
    );
    expect(mail.subject).toBe("Someone tried to create a Paperboard account with your address");
    expect(mail.text).toContain(`${BASE}/reset-password?token=abc`);
    expect(mail.text).toContain(`Or sign in as usual: ${BASE}/sign-in`);
    expect(mail.html).toContain(`<a href="${BASE}/sign-in"`);
  });

  it("escapes a hostile link in the HTML part", () => {
    const mail = renderAccountMail(
      { kind: "reset", url: `${BASE}/reset-password?token="><script>x</script>`, expiresInHours: 1 },
      BASE,
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
