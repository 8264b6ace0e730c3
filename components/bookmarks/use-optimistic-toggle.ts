// The optimistic half of an on/off form control (bookmark, upvote, a follow's "Email me"): flip at
// once, call the server action, keep its answer, or roll back and say why.
import { startTransition, useOptimistic, useState, type FormEvent } from "react";
import type { ToggleResult } from "@/lib/actions/bookmarks";

export type ToggleState = { on: boolean; count?: number };

export function useOptimisticToggle(initial: ToggleState, call: (want: boolean) => Promise<ToggleResult>) {
  const [state, setState] = useState(initial);
  const [optimistic, setOptimistic] = useOptimistic(state);
  const [message, setMessage] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const want = !state.on;
    setMessage("");
    startTransition(async () => {
      const count = state.count === undefined ? undefined : state.count + (want ? 1 : -1);
      setOptimistic({ on: want, count });
      const result = await call(want);
      startTransition(() => {
        if (result.ok) setState({ on: result.on, count: result.count ?? count });
        else setMessage(result.message);
      });
    });
  }

  return { optimistic, message, onSubmit };
}
