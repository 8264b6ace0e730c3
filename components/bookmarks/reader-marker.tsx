"use client";
// Mounted by pages rendered for a signed-in reader: marks this browser as one that runs JavaScript,
// so its next pages may be the cached copies, completed by the reader's state (./reader-state.ts).
import { useEffect } from "react";
import { markReaderBrowser } from "./reader-state";

export function ReaderMarker() {
  useEffect(markReaderBrowser, []);
  return null;
}
