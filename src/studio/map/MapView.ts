/**
 * The branch map on screen: an SVG of beats and replies that pans (drag), zooms (wheel, + and −)
 * and is read with the keyboard — arrow keys move between beats along rows, Enter opens the beat
 * in the editor — with each beat's marks in its accessible name. Arabic mirrors the rows.
 */
import type { Translate } from '../../core/i18n.ts';
import type { Language } from '../../core/schema.ts';
import type { BranchMap } from './graph.ts';
import { layout, type Placed } from './layout.ts';
import { MARK_KINDS, type MarkKind } from './marks.ts';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_W = 156;
const NODE_H = 44;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

/** One map on screen; `draw` it again for each version. */
export class MapView {
  readonly element: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly world: SVGGElement;
  private view = { x: 0, y: 0, scale: 1 };
  private size = { width: 1, height: 1 };
  private focused: string | undefined;
  private rows: string[][] = [];

  constructor(private readonly t: Translate, private readonly lang: Language, private readonly open: (id: string) => void) {
    this.world = el('g', {});
    this.svg = el('svg', { class: 'map-svg', role: 'group', 'aria-label': t('studio:section.map'), 'aria-describedby': 'map-help' }, this.world);
    const zoom = (k: number) => () => this.zoom(k);
    const button = (label: string, text: string, action: () => void) => {
      const b = document.createElement('button');
      Object.assign(b, { type: 'button', className: 'button small', title: label, textContent: text, onclick: action });
      b.setAttribute('aria-label', label);
      return b;
    };
    const tools = document.createElement('div');
    tools.className = 'map-tools';
    tools.append(button(t('studio:map.zoomIn'), '+', zoom(1.25)), button(t('studio:map.zoomOut'), '−', zoom(0.8)), button(t('studio:map.fit'), '⤢', () => this.fit()));
    this.element = document.createElement('div');
    this.element.className = 'map';
    this.element.append(tools, this.svg);
    this.bindPointer();
    this.svg.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Draws a new version of the map, keeping the view and the focused beat. */
  draw(map: BranchMap): void {
    const { placed, rows, width, height } = layout(map);
    this.rows = rows;
    const mirror = this.lang === 'ar';
    const at = (p: Placed) => ({ x: mirror ? width - p.x : p.x, y: p.y });
    const firstDraw = this.size.width === 1;
    this.size = { width, height };
    // The frame grows with the map (up to a share of the screen, in CSS) so its labels stay readable.
    this.element.style.setProperty('--map-h', `${height + 48}px`);
    const edges = map.edges.map((e) => {
      const a = placed.get(e.from);
      const b = placed.get(e.to);
      if (!a || !b) return el('g', {});
      const p = at(a);
      const q = at(b);
      const back = b.row <= a.row;
      const bend = back ? (mirror ? -1 : 1) * (NODE_W / 2 + 30 + 10 * e.option) : 0;
      const d = back
        ? `M${p.x + bend / 3},${p.y} C${p.x + bend},${p.y} ${q.x + bend},${q.y} ${q.x + bend / 3},${q.y}`
        : `M${p.x},${p.y + NODE_H / 2} C${p.x},${(p.y + q.y) / 2} ${q.x},${(p.y + q.y) / 2} ${q.x},${q.y - NODE_H / 2}`;
      return el('path', { d, class: `edge ${e.marks.map((m) => `mark-${m}`).join(' ')}`, 'marker-end': 'url(#arrow)' },
        el('title', {}, this.t('studio:map.reply', { n: e.option + 1, to: e.to })));
    });
    const nodes = map.nodes.map((n) => {
      const p = placed.get(n.id);
      if (!p) return el('g', {});
      const { x, y } = at(p);
      const label = this.t('studio:map.node', { id: n.id, marks: n.marks.map((m) => this.t(`studio:map.${m}`)).join(', ') || '—' });
      const g = el('g', { class: `node ${n.kind} ${n.marks.map((m) => `mark-${m}`).join(' ')}`, transform: `translate(${x - NODE_W / 2},${y - NODE_H / 2})`, tabindex: -1, role: 'button', 'aria-label': label, 'data-node': n.id },
        el('rect', { width: NODE_W, height: NODE_H, rx: n.kind === 'ending' ? 22 : 6 }),
        el('text', { x: NODE_W / 2, y: NODE_H / 2 + 5, 'text-anchor': 'middle', direction: 'ltr' }, n.id.length > 18 ? `${n.id.slice(0, 17)}…` : n.id));
      g.addEventListener('click', () => this.open(n.id));
      g.addEventListener('focus', () => (this.focused = n.id));
      return g;
    });
    const hadFocus = this.svg.contains(document.activeElement);
    const defs = el('defs', {}, el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, el('path', { d: 'M0,0 L10,5 L0,10 z' })));
    this.world.replaceChildren(defs, ...edges, ...nodes);
    if (!this.focused || !placed.has(this.focused)) this.focused = map.start;
    this.roving();
    // A new version of the map keeps the keyboard where it was.
    if (hadFocus) this.world.querySelector<SVGGElement>(`g.node[data-node="${CSS.escape(this.focused)}"]`)?.focus();
    if (firstDraw) this.fit();
    else this.apply();
  }

  /** The beats in the legend, with their colours. */
  legend(): HTMLElement {
    const list = document.createElement('ul');
    list.className = 'legend';
    list.setAttribute('aria-label', this.t('studio:map.legend'));
    for (const kind of MARK_KINDS) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `swatch mark-${kind}`;
      swatch.setAttribute('aria-hidden', 'true');
      item.append(swatch, ` ${this.t(`studio:map.${kind}` as const satisfies `studio:map.${MarkKind}`)}`);
      list.append(item);
    }
    return list;
  }

  private roving(): void {
    for (const g of this.world.querySelectorAll<SVGGElement>('g.node')) g.setAttribute('tabindex', g.dataset.node === this.focused ? '0' : '-1');
  }

  private onKey(e: KeyboardEvent): void {
    const id = this.focused;
    if (!id) return;
    const r = this.rows.findIndex((row) => row.includes(id));
    const i = this.rows[r]?.indexOf(id) ?? 0;
    const mirror = this.lang === 'ar' ? -1 : 1;
    let next: string | undefined;
    if (e.key === 'ArrowRight') next = this.rows[r]?.[i + mirror];
    else if (e.key === 'ArrowLeft') next = this.rows[r]?.[i - mirror];
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const step = e.key === 'ArrowDown' ? 1 : -1;
      for (let k = r + step; k >= 0 && k < this.rows.length && !next; k += step) {
        const row = this.rows[k]!;
        if (row.length) next = row[Math.min(row.length - 1, Math.round((i / Math.max(1, this.rows[r]!.length - 1)) * (row.length - 1)))];
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.open(id);
      return;
    } else if (e.key === '+' || e.key === '=') this.zoom(1.25);
    else if (e.key === '-') this.zoom(0.8);
    else if (e.key === '0') this.fit();
    else return;
    e.preventDefault();
    if (next) {
      this.focused = next;
      this.roving();
      this.world.querySelector<SVGGElement>(`g.node[data-node="${CSS.escape(next)}"]`)?.focus();
    }
  }

  private zoom(k: number): void {
    const box = this.svg.getBoundingClientRect();
    const cx = box.width / 2;
    const cy = box.height / 2;
    const scale = Math.min(3, Math.max(0.2, this.view.scale * k));
    this.view = { scale, x: cx - ((cx - this.view.x) * scale) / this.view.scale, y: cy - ((cy - this.view.y) * scale) / this.view.scale };
    this.apply();
  }

  private fit(): void {
    const box = this.svg.getBoundingClientRect();
    const w = box.width || 600;
    const h = box.height || 400;
    const scale = Math.min(1.2, Math.max(0.2, Math.min(w / this.size.width, h / this.size.height)));
    this.view = { scale, x: (w - this.size.width * scale) / 2, y: Math.max(0, (h - this.size.height * scale) / 2) };
    this.apply();
  }

  private apply(): void {
    this.world.setAttribute('transform', `translate(${this.view.x},${this.view.y}) scale(${this.view.scale})`);
  }

  private bindPointer(): void {
    let drag: { x: number; y: number; vx: number; vy: number } | undefined;
    this.svg.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).closest('g.node')) return;
      drag = { x: e.clientX, y: e.clientY, vx: this.view.x, vy: this.view.y };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (!drag) return;
      this.view = { ...this.view, x: drag.vx + e.clientX - drag.x, y: drag.vy + e.clientY - drag.y };
      this.apply();
    });
    this.svg.addEventListener('pointerup', () => (drag = undefined));
    this.svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      this.zoom(e.deltaY < 0 ? 1.1 : 0.9);
    }, { passive: false });
  }
}
