import type { Route } from '../lib/route';

export type Navigate = (route: Route, replace?: boolean) => void;

/** A view owns its element between mount and unmount; update gets the new route when only parameters change. */
export interface ViewController {
  mount(host: HTMLElement, route: Route, navigate: Navigate): void;
  update(route: Route): void;
  unmount(): void;
}
