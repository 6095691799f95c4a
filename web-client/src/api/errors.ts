// What went wrong with a request, in the terms a person can act on. The one rule: never say the service
// is down when it answered. No answer at all is "unreachable"; an answer that says it ran out of time
// (HTTP 503/504, or a GraphQL error classified TIMEOUT) is "timeout" and is retried by itself; the
// database being unreachable (UNAVAILABLE, HTTP 503) is "unavailable" and a service at capacity or a
// client over its rate (OVERLOADED 503, RATE_LIMITED 429) is "busy", both retried by themselves; a
// write whose commit was not confirmed (OUTCOME_UNKNOWN) is "outcome-unknown" and is left to the person
// (sending it again is safe); a refusal is "forbidden" or "unauthorized"; anything else the server
// reports is "server" (with the id to quote).

export type ErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'unavailable'
  | 'busy'
  | 'outcome-unknown'
  | 'unauthorized'
  | 'forbidden'
  | 'bad-request'
  | 'not-found'
  | 'model-unavailable'
  | 'analysis-unavailable'
  | 'unsupported'
  | 'server';

export class ApiError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Kinds that a later attempt may well fix without anybody doing anything: retried automatically. */
export function retriable(kind: ErrorKind): boolean {
  return kind === 'timeout' || kind === 'unreachable' || kind === 'unavailable' || kind === 'busy';
}

/** The kind of a GraphQL error by its classification (extensions.classification), or of a bare HTTP status. */
export function classify(classification: string | undefined, status?: number): ErrorKind {
  if (status === 401 || classification === 'UNAUTHORIZED') return 'unauthorized';
  if (status === 403 || classification === 'FORBIDDEN') return 'forbidden';
  switch (classification) {
    case 'BAD_REQUEST':
      return 'bad-request';
    case 'NOT_FOUND':
      return 'not-found';
    case 'MODEL_UNAVAILABLE':
      return 'model-unavailable';
    case 'ANALYSIS_UNAVAILABLE':
      // The database server lacks what the analysis needs (Graph Data Science): not retried, the message says why.
      return 'analysis-unavailable';
    case 'TIMEOUT':
      return 'timeout';
    case 'UNAVAILABLE':
      return 'unavailable';
    case 'OVERLOADED':
    case 'RATE_LIMITED':
      return 'busy';
    case 'OUTCOME_UNKNOWN':
      return 'outcome-unknown';
    case 'ValidationError':
      // The document does not fit the running service's schema: an older service without this feature.
      return 'unsupported';
    case undefined:
      break;
    default:
      return 'server';
  }
  if (status === 429) return 'busy';
  if (status === 503 || status === 504 || status === 408) return 'timeout';
  if (status === 502) return 'unreachable'; // a proxy in front got no answer from the service
  return 'server';
}

/** The message shown for an answer without a GraphQL error in it (a bare HTTP status). */
export function statusMessage(kind: ErrorKind, status: number): string {
  switch (kind) {
    case 'timeout':
      return `The service is up but did not answer in time (HTTP ${status}); it is often busy right after it starts.`;
    case 'unreachable':
      return `The service did not answer (HTTP ${status} from the way in). Check that it runs.`;
    case 'busy':
      return `The service is busy (HTTP ${status}) and did not run the request.`;
    case 'unauthorized':
      return 'Your session has ended; sign in again.';
    case 'forbidden':
      return 'Your role may not do this.';
    default:
      return `The service answered with an error (HTTP ${status}).`;
  }
}

/** A heading per kind, as the error box shows it. */
export const ERROR_TITLES: Record<ErrorKind, string> = {
  unreachable: 'The service cannot be reached',
  timeout: 'The service took too long',
  unavailable: 'The database is unavailable, retrying',
  busy: 'The service is busy, retrying',
  'outcome-unknown': 'The change may or may not be saved',
  unauthorized: 'Your session has ended',
  forbidden: 'Not allowed',
  'bad-request': 'The request was refused',
  'not-found': 'Nothing found',
  'model-unavailable': 'The scoring model is not available',
  'analysis-unavailable': 'The database cannot run this analysis',
  unsupported: 'This service does not offer this yet',
  server: 'The service reported an error',
};

/** Seconds before automatic retry n (1-based): 2, 4, 8, then given up (null). */
export function backoffSeconds(attempt: number, maxAttempts = 3): number | null {
  return attempt > maxAttempts ? null : 2 ** attempt;
}
