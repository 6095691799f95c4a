import { placeLabels } from '../../graph/style';
import { visible, type NodeAttrs } from '../../graph/model';
import type { ExplorerContext } from './context';

/**
 * Which nodes carry a label: placed most important first where a label overlaps no other, once the camera
 * rests (not on every frame of a pan: that would re-reduce every node).
 */
export class LabelPlacer {
  /** The nodes by importance (labels=degree or pagerank in the URL), most important first. */
  order: string[] = [];
  /** The nodes whose label is drawn: placed most important first where it overlaps no other (placeLabels). */
  shown = new Set<string>();
  private timer = 0;

  constructor(private readonly x: ExplorerContext) {}

  schedule() {
    clearTimeout(this.timer);
    if (window.__explorer) window.__explorer.labelsPending = true;
    this.timer = window.setTimeout(() => this.place(), 120);
  }

  dispose() {
    clearTimeout(this.timer);
  }

  /**
   * Collision avoidance, most important first: measures each candidate's label where Sigma draws it
   * (right of the node, in the label font) and keeps those that overlap none kept before, about one
   * per 120 x 120 px of canvas. Only the first 600 by importance are measured.
   */
  private place() {
    const sigma = this.x.sigma;
    if (!sigma) return;
    const size = sigma.getSetting('labelSize');
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return;
    ctx.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const { width, height } = sigma.getDimensions();
    const f = this.x.filters;
    const graph = this.x.graph;
    const boxes = [];
    for (const id of this.order.slice(0, 600)) {
      const a = graph.hasNode(id) ? (graph.getNodeAttributes(id) as NodeAttrs) : null;
      const d = sigma.getNodeDisplayData(id);
      if (!a || !d || !a.label || !visible(a, f)) continue;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      const r = sigma.scaleSize(d.size);
      boxes.push({ id, x: p.x + r + 3, y: p.y - size / 2, w: ctx.measureText(a.label).width, h: size });
    }
    // What is drawn over the canvas (the legend) hides any label under it: those places are taken.
    const frame = sigma.getContainer().getBoundingClientRect();
    const covered = [...this.x.host.querySelectorAll<HTMLElement>('.graph-legend')].map((e) => {
      const r = e.getBoundingClientRect();
      return { id: 'legend', x: r.left - frame.left, y: r.top - frame.top, w: r.width, h: r.height };
    });
    const placed = placeLabels(boxes, Math.max(20, Math.round((width * height) / (120 * 120))), covered);
    const changed = placed.size !== this.shown.size || [...placed].some((id) => !this.shown.has(id));
    this.shown = placed;
    if (changed) sigma.refresh({ skipIndexation: true });
    if (window.__explorer) window.__explorer.labelsPending = false;
  }
}
