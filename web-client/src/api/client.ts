import { GraphQLClient, ClientError } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { csrfHeaders, ServiceDownError } from './session';

/** What went wrong with a request, in the terms the views show. */
export type ErrorKind = 'unsupported' | 'down' | 'unauthorized' | 'forbidden' | 'bad-request' | 'not-found' | 'model-unavailable' | 'internal';

export class ApiError extends Error {
  constructor(readonly kind: ErrorKind, message: string) {
    super(message);
  }
}

const client = new GraphQLClient(new URL('/graphql', window.location.origin).toString(), {
  credentials: 'same-origin',
  headers: () => ({ ...csrfHeaders(), Accept: 'application/json' }),
});

/** Listeners told when the session ended (401), so the shell can show the sign-in form. */
const unauthorizedListeners: Array<() => void> = [];
export function onUnauthorized(listener: () => void): void {
  unauthorizedListeners.push(listener);
}

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
    case 'ValidationError':
      // The document does not fit the running service's schema: an older service without this feature.
      return 'unsupported';
    default:
      return 'internal';
  }
}

/** Runs a typed query; the first GraphQL error fails the whole call unless partial data is allowed. */
export async function query<R, V extends object>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
): Promise<R> {
  try {
    // graphql-request's variadic signature does not accept a generic V; the document types it anyway.
    return await (client.request as (d: unknown, v?: unknown) => Promise<R>)(document, variables);
  } catch (e) {
    throw toApiError(e);
  }
}

/** Like query, but returns the data that came back beside field errors (e.g. a score the model could not give). */
export async function queryPartial<R, V extends object>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
): Promise<{ data: R | null; errors: ApiError[] }> {
  try {
    const data = await (client.request as (d: unknown, v?: unknown) => Promise<R>)(document, variables);
    return { data, errors: [] };
  } catch (e) {
    if (e instanceof ClientError && e.response.data) {
      const errors = (e.response.errors ?? []).map((g) => new ApiError(classify(g.extensions?.classification as string), g.message));
      return { data: e.response.data as R, errors };
    }
    throw toApiError(e);
  }
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ServiceDownError) return new ApiError('down', e.message);
  if (e instanceof ClientError) {
    const status = e.response.status;
    const first = e.response.errors?.[0];
    const kind = classify(first?.extensions?.classification as string | undefined, status);
    if (kind === 'unauthorized') unauthorizedListeners.forEach((l) => l());
    if (status >= 500 && !first) return new ApiError('down', 'The service answered with an error (HTTP ' + status + '). Retry in a moment.');
    const message = first?.message ?? (kind === 'forbidden' ? 'Your role may not do this.' : 'The request failed (HTTP ' + status + ').');
    return new ApiError(kind, message);
  }
  if (e instanceof TypeError) return new ApiError('down', 'The service cannot be reached. Check that it runs, then retry.');
  return new ApiError('internal', e instanceof Error ? e.message : String(e));
}
