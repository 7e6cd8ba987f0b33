/**
 * The debrief's Listen, Apologise, Solve, Thank checklist (P2): each stage reached in order (✓),
 * used out of order (◐) or not used — and, once the scenario has been explored, whether its best
 * play needs that stage at all (a stage the best play does without is marked –, not ✗).
 */
import { h } from './dom.ts';
import type { Translate } from '../core/i18n.ts';
import type { Debrief } from '../core/debrief.ts';
import { LAST_STAGES, type LastStage } from '../core/vocabulary.ts';

export function lastChecklist(t: Translate, d: Pick<Debrief, 'last' | 'lastUsed'>): { node: HTMLElement; know(needed: Record<LastStage, boolean>): void } {
  const items = LAST_STAGES.map((stage) => {
    const item = h('li', { 'data-done': String(d.last[stage] !== null), 'data-used': String(d.lastUsed[stage] !== null) });
    return { stage, item };
  });
  const fill = (needed?: Record<LastStage, boolean>) => {
    for (const { stage, item } of items) {
      const inOrder = d.last[stage];
      const used = d.lastUsed[stage];
      const spared = used === null && needed?.[stage] === false;
      const mark = inOrder !== null ? '✓' : used !== null ? '◐' : spared ? '–' : '✗';
      const note = inOrder !== null ? t('ui:debrief.lastReached', { turn: inOrder })
        : used !== null ? t('ui:debrief.lastOutOfOrder', { turn: used })
        : needed ? t(needed[stage] ? 'ui:debrief.lastMissedNeeded' : 'ui:debrief.lastNotNeeded')
        : t('ui:debrief.lastMissed');
      if (needed) item.dataset.needed = String(needed[stage]);
      item.replaceChildren(`${mark} `, t(`vocabulary:last.${stage}`), ' — ', note);
    }
  };
  fill();
  return { node: h('ul', { class: 'last' }, ...items.map((i) => i.item)), know: fill };
}
