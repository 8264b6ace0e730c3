// The MCP server's only way to Paperboard: GET requests to an instance's public /api/v1 (any
// deployment, local or remote), each answer parsed through the same zod schema the API documents.
import type { z } from "zod";

export type ApiClientConfig = { baseUrl: string; token?: string; timeoutMs?: number };

/** An answer that is not the documented 200: the API's own message, for the tool to pass on. */
export class ApiCallError extends Error {
  override name = "ApiCallError";
}

function errorMessage(body: unknown): string | null {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : null;
}

export function createApiClient(config: ApiClientConfig) {
  const base = config.baseUrl.replace(/\/+$/, "");
  return async function get<T extends z.ZodType>(
    path: string,
    schema: T,
    options: { auth?: boolean } = {},
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (options.auth) {
      if (!config.token)
        throw new ApiCallError(
          "Set PAPERBOARD_TOKEN to a personal API token (created on your Paperboard account page) to read your library.",
        );
      headers.Authorization = `Bearer ${config.token}`;
    }
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(config.timeoutMs ?? 15_000) });
    } catch (error) {
      throw new ApiCallError(
        `Paperboard at ${base} did not answer (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) throw new ApiCallError(`Paperboard answered ${res.status}: ${errorMessage(body) ?? res.statusText}`);
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new ApiCallError(
        `Paperboard at ${base} answered in a shape this client does not know (is it another API version?).`,
      );
    return parsed.data;
  };
}
export type ApiGet = ReturnType<typeof createApiClient>;
