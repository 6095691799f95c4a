// The requests of one view, cancelled together when the view goes. A view that was left must not draw
// into the shared view container again: its requests are aborted (AbortController), and an answer that
// still arrives is dropped. Any view, or part of one, that fetches owns a RequestScope.

export class RequestScope {
  private readonly controller = new AbortController();
  private readonly timers = new Set<number>();

  /** Aborted when the scope is disposed. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once disposed: nothing may draw any more. */
  get alive(): boolean {
    return !this.controller.signal.aborted;
  }

  /** A controller for one request: aborted by its owner (a newer request supersedes it) or with the scope. */
  child(): AbortController {
    const c = new AbortController();
    if (!this.alive) c.abort();
    else this.controller.signal.addEventListener('abort', () => c.abort(), { once: true });
    return c;
  }

  /** setTimeout that never fires after the scope is disposed. */
  later(fn: () => void, ms: number): number {
    if (!this.alive) return 0;
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      if (this.alive) fn();
    }, ms);
    this.timers.add(id);
    return id;
  }

  cancel(timer: number): void {
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  /** Aborts every request and timer of the scope. */
  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    this.controller.abort();
  }
}

/** True for the rejection of an aborted fetch (the request was cancelled on purpose: not an error to show). */
export function isAbort(e: unknown): boolean {
  return (e instanceof DOMException && e.name === 'AbortError') || (e instanceof Error && e.name === 'AbortError');
}
