// A labelled form field with its error, linked by aria-describedby (works with and without JS).
import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string };

export function Field({ name, label, error, ...input }: Props) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-600"
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormMessage({ status, message }: { status: "idle" | "ok" | "error"; message?: string }) {
  // Always rendered, so screen readers announce changes to it (aria-live on an existing node).
  return (
    <p
      role={status === "error" ? "alert" : "status"}
      aria-live="polite"
      className={status === "error" ? "text-sm text-red-700" : "text-sm text-emerald-700"}
    >
      {message}
    </p>
  );
}

export const buttonClass =
  "rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60";
