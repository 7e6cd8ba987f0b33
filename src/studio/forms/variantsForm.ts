/** Other wordings of a customer's line, each with its condition (first match wins). */
import { h } from '../../game/dom.ts';
import type { FormContext } from '../context.ts';
import { actionButton, fieldId, list, localizedField, numberField, rec } from '../fields.ts';
import type { Path } from '../yamlEdit.ts';
import { conditionForm } from './conditionForm.ts';

/** The list of other wordings at `path`, collapsed when there are none. */
export function variantsForm(ctx: FormContext, path: Path, value: unknown, ending: boolean): HTMLElement {
  const { t } = ctx;
  const variants = list(value);
  // An ending's wordings are mostly per outcome (the guide's advice); a beat's, per mood.
  const blank = { when: ending ? { outcome: ['grudging'] } : { mood: ['furious'] }, line: { en: '…', ar: '…' } };
  return h('details', { class: 'variants', open: variants.length > 0 },
    h('summary', {}, `${t('studio:field.variants')} (${variants.length})`),
    ...variants.map((v, k) => {
      const here = [...path, k];
      const variant = rec(v);
      return h('fieldset', { class: 'variant' },
        h('legend', {}, t('studio:heading.variant', { n: k + 1 })),
        conditionForm(ctx, [...here, 'when'], variant.when, ending),
        localizedField(ctx, [...here, 'line'], t('studio:field.line'), variant.line, 'wrap'),
        ending ? null : numberField(ctx, [...here, 'hostility'], t('studio:field.hostility'), variant.hostility, 0, 3),
        actionButton(t('studio:action.removeVariant'), fieldId(here, 'remove'), () => ctx.edit(variants.length === 1 ? { op: 'set', path, value: undefined } : { op: 'delete', path: here })));
    }),
    actionButton(t('studio:action.addVariant'), fieldId(path, 'add'), () => ctx.edit({ op: 'insert', path, index: variants.length, value: blank })));
}
