import { html, type TemplateResult } from 'lit-html';
import { ApiError } from './api/client';

export function spinner(text = 'Loading…'): TemplateResult {
  return html`<div class="loading" role="status" aria-live="polite"><span class="spin" aria-hidden="true"></span>${text}</div>`;
}

const TITLES: Record<string, string> = {
  unsupported: 'This service does not offer this yet',
  down: 'The service is not reachable',
  unauthorized: 'Your session has ended',
  forbidden: 'Not allowed',
  'bad-request': 'The request was refused',
  'not-found': 'Nothing found',
  'model-unavailable': 'The scoring model is not available',
  internal: 'Something went wrong',
};

export function errorBox(e: unknown, retry?: () => void): TemplateResult {
  const err = e instanceof ApiError ? e : new ApiError('internal', e instanceof Error ? e.message : String(e));
  return html`<div class="error" role="alert" data-kind=${err.kind}>
    <strong>${TITLES[err.kind] ?? TITLES.internal}</strong>
    <p>${err.message}</p>
    ${retry ? html`<button type="button" @click=${retry}>Retry</button>` : ''}
  </div>`;
}

export function empty(text: string): TemplateResult {
  return html`<div class="empty" role="status">${text}</div>`;
}

/** The state of one fetch, as a view keeps it. */
export type Load<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: unknown };

/** Renders one fetch: a spinner while it runs, the error with a retry, or the content. */
export function loaded<T>(load: Load<T>, content: (data: T) => TemplateResult | string, retry?: () => void, loadingText?: string): TemplateResult | string {
  switch (load.state) {
    case 'idle':
      return '';
    case 'loading':
      return spinner(loadingText);
    case 'error':
      return errorBox(load.error, retry);
    case 'ok':
      return content(load.data);
  }
}

/** One fetch of a view: runs it, re-renders on each change; a later run supersedes an earlier one. */
export class Slot<T> {
  value: Load<T> = { state: 'idle' };
  private seq = 0;
  constructor(private readonly changed: () => void) {}

  async run(fetcher: () => Promise<T>): Promise<void> {
    const seq = ++this.seq;
    this.value = { state: 'loading' };
    this.changed();
    try {
      const data = await fetcher();
      if (seq === this.seq) this.value = { state: 'ok', data };
    } catch (error) {
      if (seq === this.seq) this.value = { state: 'error', error };
    }
    if (seq === this.seq) this.changed();
  }

  get data(): T | undefined {
    return this.value.state === 'ok' ? this.value.data : undefined;
  }
}
