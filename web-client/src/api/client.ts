import { GraphQLClient, ClientError } from 'graphql-request';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { csrfHeaders, ServiceDownError } from './session';
import { ApiError, classify, statusMessage } from './errors';
import { isAbort } from './scope';

export { ApiError, type ErrorKind } from './errors';

const client = new GraphQLClient(new URL('/graphql', window.location.origin).toString(), {
  credentials: 'same-origin',
  headers: () => ({ ...csrfHeaders(), Accept: 'application/json' }),
});

/** Listeners told when the session ended (401), so the shell can show the sign-in form. */
const unauthorizedListeners: Array<() => void> = [];
export function onUnauthorized(listener: () => void): void {
  unauthorizedListeners.push(listener);
}

// graphql-request's variadic signature does not accept a generic V; the document types it anyway.
type Send = <R>(options: { document: unknown; variables?: unknown; signal?: AbortSignal }) => Promise<R>;
const send = client.request.bind(client) as unknown as Send;

/**
 * Runs a typed query; the first GraphQL error fails the whole call unless partial data is allowed.
 * With a signal, the request is aborted with it and rejects with an AbortError (see RequestScope).
 */
export async function query<R, V extends object>(document: TypedDocumentNode<R, V>, variables?: V, signal?: AbortSignal): Promise<R> {
  try {
    return await send<R>({ document, variables, signal });
  } catch (e) {
    if (isAbort(e) || signal?.aborted) throw abortError();
    throw toApiError(e);
  }
}

/** Like query, but returns the data that came back beside field errors (e.g. a score the model could not give). */
export async function queryPartial<R, V extends object>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
  signal?: AbortSignal,
): Promise<{ data: R | null; errors: ApiError[] }> {
  try {
    const data = await send<R>({ document, variables, signal });
    return { data, errors: [] };
  } catch (e) {
    if (isAbort(e) || signal?.aborted) throw abortError();
    if (e instanceof ClientError && e.response.data) {
      const errors = (e.response.errors ?? []).map((g) => new ApiError(classify(g.extensions?.classification as string), g.message));
      return { data: e.response.data as R, errors };
    }
    throw toApiError(e);
  }
}

function abortError(): DOMException {
  return new DOMException('The request was cancelled.', 'AbortError');
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ServiceDownError) return new ApiError('unreachable', e.message);
  if (e instanceof ClientError) {
    const status = e.response.status;
    const first = e.response.errors?.[0];
    const classification = first?.extensions?.classification as string | undefined;
    const kind = classify(classification, status >= 400 ? status : undefined);
    if (kind === 'unauthorized') unauthorizedListeners.forEach((l) => l());
    if (!first) return new ApiError(kind, statusMessage(kind, status), status);
    return new ApiError(kind, first.message, status);
  }
  // fetch() rejects with a TypeError when no answer came at all (connection refused, reset, DNS).
  if (e instanceof TypeError) return new ApiError('unreachable', 'The service cannot be reached. Check that it runs, then retry.');
  return new ApiError('server', e instanceof Error ? e.message : String(e));
}
