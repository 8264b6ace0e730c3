// `npm run mcp`: the Paperboard MCP server over stdio, for MCP clients (Claude, IDEs, agents). It talks
// to a running instance's /api/v1 at PAPERBOARD_URL; PAPERBOARD_TOKEN (a personal API token) unlocks
// my_library. stdout is the protocol: everything else goes to stderr.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { describeIssues } from "@/lib/validation/params";
import { McpEnvSchema } from "@/lib/mcp/config";
import { createPaperboardMcpServer } from "@/lib/mcp/server";

async function main(): Promise<void> {
  const env = McpEnvSchema.safeParse(process.env);
  if (!env.success) throw new Error(`bad environment: ${describeIssues(env.error)}`);
  const server = createPaperboardMcpServer({ baseUrl: env.data.PAPERBOARD_URL, token: env.data.PAPERBOARD_TOKEN });
  await server.connect(new StdioServerTransport());
  console.error(
    `paperboard mcp: serving ${env.data.PAPERBOARD_URL} over stdio${env.data.PAPERBOARD_TOKEN ? " (library token set)" : ""}`,
  );
}

main().catch((error: unknown) => {
  console.error(`paperboard mcp: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
