/** A condition (`when`): moods, flags set and not set, and for endings the outcome. */
import { h } from '../../game/dom.ts';
import { MOODS, OUTCOMES } from '../../core/vocabulary.ts';
import type { FormContext } from '../context.ts';
import { checkGroup, rec, wordsField } from '../fields.ts';
import type { Path } from '../yamlEdit.ts';

/** The fields of one `when`. */
export function conditionForm(ctx: FormContext, path: Path, value: unknown, withOutcome = false): HTMLElement {
  const { t } = ctx;
  const when = rec(value);
  return h('div', { class: 'condition' },
    checkGroup(ctx, [...path, 'mood'], t('studio:field.mood'), when.mood, MOODS.map((m) => ({ value: m, label: t(`vocabulary:mood.${m}`) }))),
    h('div', { class: 'row' },
      wordsField(ctx, [...path, 'flags'], t('studio:field.flags'), when.flags),
      wordsField(ctx, [...path, 'notFlags'], t('studio:field.notFlags'), when.notFlags)),
    withOutcome ? checkGroup(ctx, [...path, 'outcome'], t('studio:field.outcome'), when.outcome, OUTCOMES.map((o) => ({ value: o, label: t(`vocabulary:outcome.${o}`) }))) : null);
}
