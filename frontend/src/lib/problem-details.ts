// RFC 9457 problem details, as the backend writes them for every error (validation problems add `errors`).

export const PROBLEM_JSON = 'application/problem+json';

/**
 * One rejected input: `field` for body properties, `parameter` for query or path parameters. `code` says what is
 * wrong in a stable word (`required`, `too-long`, ...), with the limit it broke in `min`/`max`; `message` is the
 * server's English, for logs only (see problem-messages.ts).
 */
export interface InvalidParam {
  field?: string;
  parameter?: string;
  code?: string;
  min?: number;
  max?: number;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors: InvalidParam[];
  /** Extension members the backend may add for a specific problem type. */
  extensions: Record<string, unknown>;
}

/** Thrown by the API client when the backend answers with `application/problem+json`. */
export class ProblemError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The error for one input, so forms can show it beside the field. */
  errorFor(name: string): InvalidParam | undefined {
    return this.problem.errors.find((error) => (error.field ?? error.parameter) === name);
  }
}

const KNOWN_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function toInvalidParam(value: unknown): InvalidParam | undefined {
  if (!isRecord(value) || typeof value.message !== 'string') {
    return undefined;
  }
  const field = optionalString(value.field);
  const parameter = optionalString(value.parameter);
  const code = optionalString(value.code);
  const min = optionalNumber(value.min);
  const max = optionalNumber(value.max);
  return {
    ...(field !== undefined && { field }),
    ...(parameter !== undefined && { parameter }),
    ...(code !== undefined && { code }),
    ...(min !== undefined && { min }),
    ...(max !== undefined && { max }),
    message: value.message,
  };
}

/**
 * Normalises a parsed problem+json body. RFC 9457 makes every member optional, so missing ones get the defaults the
 * RFC prescribes (`about:blank`, the HTTP status of the response) and malformed members are dropped.
 */
export function toProblemDetails(body: unknown, responseStatus: number): ProblemDetails {
  const json = isRecord(body) ? body : {};
  const status =
    typeof json.status === 'number' && Number.isInteger(json.status) ? json.status : responseStatus;
  const errors = Array.isArray(json.errors)
    ? json.errors.map(toInvalidParam).filter((error): error is InvalidParam => error !== undefined)
    : [];
  const extensions = Object.fromEntries(Object.entries(json).filter(([key]) => !KNOWN_MEMBERS.has(key)));
  const detail = optionalString(json.detail);
  const instance = optionalString(json.instance);
  return {
    type: optionalString(json.type) ?? 'about:blank',
    title: optionalString(json.title) ?? '',
    status,
    ...(detail !== undefined && { detail }),
    ...(instance !== undefined && { instance }),
    errors,
    extensions,
  };
}

export function isProblemResponse(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').toLowerCase().startsWith(PROBLEM_JSON);
}
