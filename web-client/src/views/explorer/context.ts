import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { RequestScope } from '../../api/scope';
import type { ColourBy, Filters } from '../../graph/model';
import type { LabelRank } from '../../graph/style';
import type { Navigate } from '../view';

/**
 * What the Explorer's parts (search, panel, path, labels, keyboard, toolbar, legend) read from and ask of
 * the view that holds them. The graph is replaced on every answer: parts read it here each time.
 */
export interface ExplorerContext {
  readonly graph: Graph;
  readonly sigma: Sigma | null;
  readonly host: HTMLElement;
  /** Every request of the view: aborted when it is left. */
  readonly scope: RequestScope;
  /** The URL's parameters: the view's whole state. */
  readonly params: Record<string, string>;
  readonly filters: Filters;
  readonly colourBy: ColourBy;
  /** The numeric property colouring the nodes (color=<property> in the URL), '' when by kind or score. */
  readonly colourProperty: string;
  readonly labelRank: LabelRank;
  /** The neighbourhood is being fetched. */
  readonly loading: boolean;
  readonly navigate: Navigate;
  /** Changes the URL's parameters (the view follows the URL). */
  set(changes: Record<string, string>, replace?: boolean): void;
  draw(): void;
  /** Brings the graph and the panel in line with the URL. */
  apply(): void;
  /** Sizes, colours and ranks the nodes again (after nodes were added). */
  styleNodes(): void;
  expand(node: string): void;
  showMore(): void;
  focusNode(id: string): void;
  fitView(): void;
  relayout(kind: string): void;
}
