"use client";
// Error boundary for pages: a friendly message and a retry.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="py-12 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">The page could not be loaded.</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-indigo-600 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
