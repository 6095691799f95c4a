import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, ERROR_TITLES, backoffSeconds, retriable } from './api/errors';
import { isAbort, RequestScope } from './api/scope';

export function spinner(text = 'Loading…'): TemplateResult {
  return html`<div class="loading" role="status" aria-live="polite"><span class="spin" aria-hidden="true"></span>${text}</div>`;
}

/** How an automatic retry stands, shown under the error. */
export interface RetryInfo {
  attempt: number;
  inSeconds: number | null;
}

export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('server', e instanceof Error ? e.message : String(e));
}

/**
 * The error of a request, by kind (data-kind for tests): what happened, what to do, a Retry button, and
 * for a time-out the automatic retry under way (or that it gave up).
 */
export function errorBox(e: unknown, retry?: () => void, auto?: RetryInfo): TemplateResult {
  const err = asApiError(e);
  return html`<div class="error" role="alert" data-kind=${err.kind}>
    <strong>${ERROR_TITLES[err.kind]}</strong>
    <p>${err.message}</p>
    ${
      auto
        ? html`<p class="small" data-testid="auto-retry">${
            auto.inSeconds === null
              ? `Tried ${auto.attempt} times by itself; retry when you like.`
              : `Trying again by itself in ${auto.inSeconds} s (attempt ${auto.attempt + 1}).`
          }</p>`
        : nothing
    }
    ${retry ? html`<button type="button" data-testid="retry" @click=${retry}>Retry now</button>` : nothing}
  </div>`;
}

export function empty(text: string): TemplateResult {
  return html`<div class="empty" role="status">${text}</div>`;
}

/** The state of one fetch, as a view keeps it. */
export type Load<T> =
  { state: 'idle' } | { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: unknown; retry?: RetryInfo };

/** Renders one fetch: a spinner while it runs, the error with a retry, or the content. */
export function loaded<T>(
  load: Load<T>,
  content: (data: T) => TemplateResult | string,
  retry?: () => void,
  loadingText?: string,
): TemplateResult | string {
  switch (load.state) {
    case 'idle':
      return '';
    case 'loading':
      return spinner(loadingText);
    case 'error':
      return errorBox(load.error, retry, load.retry);
    case 'ok':
      return content(load.data);
  }
}

/**
 * One fetch of a view: runs it, re-renders on each change. A later run aborts and supersedes an earlier
 * one; when the view's scope is disposed every run is aborted and no answer is applied any more. A
 * time-out (or no answer) is retried by itself after 2, 4 and 8 s.
 */
export class Slot<T> {
  value: Load<T> = { state: 'idle' };
  private seq = 0;
  private current: AbortController | null = null;
  private timer = 0;

  constructor(
    private readonly changed: () => void,
    private readonly scope: RequestScope = new RequestScope(),
  ) {}

  async run(fetcher: (signal: AbortSignal) => Promise<T>, attempt = 0): Promise<void> {
    if (!this.scope.alive) return;
    const seq = ++this.seq;
    this.scope.cancel(this.timer);
    this.current?.abort();
    const controller = (this.current = this.scope.child());
    this.value = { state: 'loading' };
    this.changed();
    let next: Load<T>;
    try {
      next = { state: 'ok', data: await fetcher(controller.signal) };
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      next = { state: 'error', error };
    }
    // A late answer: the view was left, or a newer run took over.
    if (seq !== this.seq || controller.signal.aborted || !this.scope.alive) return;
    this.current = null;
    if (next.state === 'error') {
      const err = asApiError(next.error);
      if (retriable(err.kind)) {
        const wait = backoffSeconds(attempt + 1);
        next.retry = { attempt: attempt + 1, inSeconds: wait };
        if (wait !== null) this.timer = this.scope.later(() => void this.run(fetcher, attempt + 1), wait * 1000);
      }
    }
    this.value = next;
    this.changed();
  }

  /** Forgets the fetch (and aborts it, if it runs). */
  reset(): void {
    this.seq++;
    this.scope.cancel(this.timer);
    this.current?.abort();
    this.current = null;
    this.value = { state: 'idle' };
  }

  get data(): T | undefined {
    return this.value.state === 'ok' ? this.value.data : undefined;
  }
}
