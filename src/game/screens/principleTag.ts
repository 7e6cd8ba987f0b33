/** A principle cited after a coaching line, «(P2 · Listen, Apologise, Solve, Thank)», as one tag. */
import type { ScreenContext } from '../App.ts';
import { h } from '../dom.ts';
import type { PrincipleId } from '../../core/vocabulary.ts';

/**
 * The tag wraps as a unit (a line break never falls between the id and its title, which in Arabic
 * left «(P12 ·» at the end of one line and the title on the next); through the translator, so the
 * Latin id is isolated and keeps its order in Arabic.
 */
export function principleTag(t: ScreenContext['t'], principle: PrincipleId): HTMLElement {
  return h('span', { class: 'principle', 'data-principle': principle }, `(${t('ui:debrief.principle', { id: principle, title: t(`vocabulary:principle.${principle}`) })})`);
}
