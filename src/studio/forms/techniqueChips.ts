/**
 * A reply's techniques as chips, in the order the file lists them — the order the rules read
 * them in (listen, then apologise, then solve counts for more than the reverse, P2) — each after
 * the first with a button that moves it one place earlier. Ticking a technique adds it at the end,
 * so without this the order was the order of the ticks, which nothing on the page showed.
 */
import { h } from '../../game/dom.ts';
import { dynamicKey } from '../../core/i18n.ts';
import { HARMFUL_TECHNIQUES } from '../../core/vocabulary.ts';
import type { FormContext } from '../context.ts';
import { fieldId } from '../fields.ts';
import type { Path } from '../yamlEdit.ts';

/** The chips of the techniques at `path`; `reorder` gets the new order. */
export function techniqueChips(ctx: FormContext, path: Path, reorder: (order: string[]) => void): { element: HTMLElement; show(order: string[]): void } {
  const { t } = ctx;
  const list = h('span', { class: 'chips' });
  // "Earlier" points to where the row starts: left in English, right in Arabic (never mirrored).
  const arrow = ctx.lang === 'ar' ? '›' : '‹';
  const hint = h('small', { class: 'order-hint', id: fieldId(path, 'order-help') }, t('studio:field.techniquesOrder', { arrow: `\u2066${arrow}\u2069` }));
  const element = h('div', { class: 'chosen', id: fieldId(path, 'chips') }, `${t('studio:field.techniques')}: `, list, hint);
  const show = (order: string[]) => {
    hint.hidden = order.length < 2;
    list.replaceChildren(...order.map((technique, i) => {
      const name = t(dynamicKey(`vocabulary:technique.${technique}`));
      const earlier = i === 0 ? null : h('button', {
        type: 'button', class: 'earlier', dir: 'ltr', id: fieldId(path, `earlier.${technique}`),
        'aria-label': t('studio:action.earlier', { technique: name }), title: t('studio:action.earlier', { technique: name }),
        'aria-describedby': fieldId(path, 'order-help'),
        onclick: () => {
          const next = [...order];
          next.splice(i - 1, 0, ...next.splice(i, 1));
          show(next);
          reorder(next);
          // The keyboard stays on the technique moved, while it can move further.
          document.getElementById(fieldId(path, `earlier.${i - 1 > 0 ? technique : next[1]}`))?.focus();
        },
      }, arrow);
      return h('span', { class: (HARMFUL_TECHNIQUES as readonly string[]).includes(technique) ? 'chip harmful' : 'chip', 'data-technique': technique }, earlier, name);
    }));
  };
  return { element, show };
}
