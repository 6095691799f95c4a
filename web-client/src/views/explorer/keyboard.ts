import { count, displayName } from '../../lib/format';
import { displayKind, visible, type NodeAttrs } from '../../graph/model';
import type { ExplorerContext } from './context';

/** The keyboard route over the canvas: arrow keys move between nodes, Enter selects, E expands, F fits. */
export class CanvasKeyboard {
  /** The node the keyboard is on (arrow keys), shown enlarged and announced; Enter selects it. */
  node: string | null = null;

  constructor(private readonly x: ExplorerContext) {}

  /** The visible nodes in keyboard order: the selected one first, then by degree (the hubs a person looks for first). */
  private order(): string[] {
    const graph = this.x.graph;
    const f = this.x.filters;
    const nodes = graph.filterNodes((_, a) => visible(a as NodeAttrs, f));
    const sel = this.x.params.sel;
    return nodes.sort(
      (a, b) =>
        (b === sel ? 1 : 0) - (a === sel ? 1 : 0) ||
        graph.getNodeAttribute(b, 'degree') - graph.getNodeAttribute(a, 'degree') ||
        a.localeCompare(b),
    );
  }

  /** What a screen reader announces for the node the keyboard is on ('' when none). */
  announcement(): string {
    const graph = this.x.graph;
    const id = this.node;
    if (!id || !graph.hasNode(id)) return '';
    const a = graph.getNodeAttributes(id) as NodeAttrs;
    const selected = id === this.x.params.sel ? ', selected' : '';
    return `${a.label}: ${displayName(displayKind(a.kind, a.props), 'nodeKind').toLowerCase()}, ${count(graph.degree(id), 'relationship')} on the canvas${selected}. Enter selects it.`;
  }

  onKey(e: KeyboardEvent) {
    const order = this.order();
    if (!order.length) return;
    const at = this.node ? order.indexOf(this.node) : -1;
    const moves: Record<string, () => string> = {
      ArrowRight: () => order[(at + 1) % order.length],
      ArrowDown: () => order[(at + 1) % order.length],
      ArrowLeft: () => order[(at - 1 + order.length) % order.length],
      ArrowUp: () => order[(at - 1 + order.length) % order.length],
      Home: () => order[0],
      End: () => order[order.length - 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.moveTo(move());
    } else this.act(e);
  }

  /** Enter, E, F and Escape: what to do with the node the keyboard is on. */
  private act(e: KeyboardEvent) {
    const node = this.node;
    switch (e.key) {
      case 'Enter':
        if (!node) return;
        e.preventDefault();
        if (e.shiftKey && this.x.params.sel && this.x.params.sel !== node) this.x.set({ to: node });
        else this.x.set({ sel: node, to: '' });
        return;
      case 'e':
      case 'E':
      case '+':
        if (node) {
          e.preventDefault();
          this.x.expand(node);
        }
        return;
      case 'f':
      case 'F':
        e.preventDefault();
        this.x.fitView();
        return;
      case 'Escape':
        this.node = null;
        this.x.sigma?.refresh({ skipIndexation: true });
        this.x.draw();
        return;
    }
  }

  private moveTo(next: string) {
    this.node = next;
    const d = this.x.sigma?.getNodeDisplayData(next);
    if (d) this.x.sigma?.getCamera().animate({ x: d.x, y: d.y }, { duration: 200 });
    this.x.sigma?.refresh({ skipIndexation: true });
    this.x.draw();
  }
}
