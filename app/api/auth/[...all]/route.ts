// better-auth's JSON API (sign-in, sign-up, session…), with its own origin check and rate limiter.
import { getAuth } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export async function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
