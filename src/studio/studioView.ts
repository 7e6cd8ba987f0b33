/** The studio's page: the banner, a status line, the editor, and beside it the problems and the map. */
import { h } from '../game/dom.ts';
import type { Translate } from '../core/i18n.ts';
import type { MapView } from './map/MapView.ts';

/** The pieces the page is assembled from. */
export interface StudioParts {
  bar: HTMLElement;
  status: string;
  editor: HTMLElement;
  problems: HTMLElement;
  map: MapView;
  /** What the analysis finds, shown under the map's status. */
  verdict: HTMLElement;
  /** Whether the file loads (else the map waits for the errors to be fixed). */
  loads: boolean;
}

/** The page's children: banner, status, and the editor beside the problems and the map. */
export function studioLayout(t: Translate, parts: StudioParts): HTMLElement[] {
  const aside = h('aside', { class: 'side', 'aria-label': `${t('studio:section.problems')} · ${t('studio:section.map')}` },
    parts.problems,
    h('section', { class: parts.loads ? 'card map-card' : 'card map-card stale', 'aria-labelledby': 'sec-map' },
      h('h2', { id: 'sec-map' }, t('studio:section.map')),
      h('p', { id: 'map-help', class: 'help' }, t('studio:map.help')),
      h('p', { class: 'map-status', role: 'status', id: 'map-status' }, parts.loads ? t('studio:map.analysing') : t('studio:map.waiting')),
      parts.verdict,
      parts.map.element, parts.map.legend()));
  return [parts.bar, h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, parts.status), h('div', { class: 'layout' }, parts.editor, aside)];
}
