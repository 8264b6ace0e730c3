// One error type for the app and one map from its codes to HTTP statuses.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  SEARCH_UNAVAILABLE: 503,
  MAIL_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = "AppError";
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  /** For RATE_LIMITED (and 503s that know): sent as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
