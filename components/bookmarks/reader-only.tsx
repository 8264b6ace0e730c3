"use client";
// Shows `signedIn` once the browser knows its reader is signed in (./reader-state.ts), `signedOut`
// until then: the header's account links and other signed-in bits of a page cached for everyone.
import type { ReactNode } from "react";
import { useReaderState } from "./reader-state";

export function ReaderOnly({ signedIn, signedOut = null }: { signedIn: ReactNode; signedOut?: ReactNode }) {
  return useReaderState(true)?.signedIn ? signedIn : signedOut;
}
