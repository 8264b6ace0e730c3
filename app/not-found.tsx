// 404 page.
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">There is no page here.</p>
      <Link href="/" className="mt-4 inline-block text-indigo-700 hover:underline">
        Back to trending papers
      </Link>
    </div>
  );
}
