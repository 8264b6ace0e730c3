// `npm run recs:features`: fits For you's vocabulary over every paper and stores every paper's vector,
// ahead of the first For you request (which would otherwise do it: minutes on a large collection).
import { prepareDatabase } from "@/lib/db/setup";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { refitFeatures } from "@/lib/recs/features-store";
import { runAsBackgroundWork } from "@/lib/runtime";

async function main(args: string[]): Promise<void> {
  if (args.length !== 0) throw new Error("usage: npm run recs:features");
  runAsBackgroundWork();
  await prepareDatabase(getEnv().DATABASE);
  const t0 = performance.now();
  let last = 0;
  try {
    const features = await refitFeatures(getDb(), ({ done, total }) => {
      if (performance.now() - last < 5_000) return;
      last = performance.now();
      console.log(`recs:features: ${done} of ${total} paper passes`);
    });
    const seconds = ((performance.now() - t0) / 1000).toFixed(0);
    console.log(
      `vocabulary ${features.version}: ${features.vocabulary.terms.length} terms over ${features.vocabulary.documents} papers, every vector stored, in ${seconds} s`,
    );
  } finally {
    await getDb().$disconnect();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`recs-features: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
