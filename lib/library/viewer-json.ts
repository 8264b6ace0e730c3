// The viewer's bookmark/vote state as JSON, for cards rendered in the browser (instant search) — pure.
import type { ViewerState } from "./read-viewer-state";

export type ViewerJson = { signedIn: boolean; bookmarked: string[]; voted: string[]; votes: Record<string, number> };

export function toViewerJson(state: ViewerState): ViewerJson {
  return {
    signedIn: state.signedIn,
    bookmarked: [...state.bookmarked],
    voted: [...state.voted],
    votes: Object.fromEntries(state.votes),
  };
}

export function fromViewerJson(json: ViewerJson): ViewerState {
  return {
    signedIn: json.signedIn,
    bookmarked: new Set(json.bookmarked),
    voted: new Set(json.voted),
    votes: new Map(Object.entries(json.votes)),
  };
}
