/** A condition (`when`): moods (by meter, each with its range), flags set and not set, and for endings the outcome. */
import { h } from '../../game/dom.ts';
import { MOOD_BANDS, OUTCOMES, type MoodRegion } from '../../core/vocabulary.ts';
import type { FormContext } from '../context.ts';
import { checkGroup, rec, wordsField } from '../fields.ts';
import type { Path } from '../yamlEdit.ts';

/** The fields of one `when`. */
export function conditionForm(ctx: FormContext, path: Path, value: unknown, withOutcome = false): HTMLElement {
  const { t } = ctx;
  const when = rec(value);
  return h('div', { class: 'condition' },
    moodGroup(ctx, path, when.mood),
    h('div', { class: 'row' },
      wordsField(ctx, [...path, 'flags'], t('studio:field.flags'), when.flags),
      wordsField(ctx, [...path, 'notFlags'], t('studio:field.notFlags'), when.notFlags)),
    withOutcome ? checkGroup(ctx, [...path, 'outcome'], t('studio:field.outcome'), when.outcome, OUTCOMES.map((o) => ({ value: o, label: t(`vocabulary:outcome.${o}`) }))) : null);
}

/**
 * The moods, one column per meter (anger, confusion, belief), each with the meter's range: in one
 * run of checkboxes a trainer could not tell «تردّد» (confusion) from «استياء» (anger).
 */
function moodGroup(ctx: FormContext, path: Path, value: unknown): HTMLElement {
  const { t } = ctx;
  const choices = (Object.keys(MOOD_BANDS) as MoodRegion[]).flatMap((region, column) => MOOD_BANDS[region].map((band, i, all) => ({
    value: band.mood,
    label: t(`vocabulary:mood.${band.mood}`),
    // Left to right even in Arabic (LRI…PDI): a first-strong isolate of digits alone would run
    // right to left there and show 80–100 as 100–80.
    help: `${t(`vocabulary:meter.${region}`)} \u2066${band.min}–${i === 0 ? 100 : all[i - 1]!.min - 1}\u2069`,
    column: column + 1,
  })));
  const group = checkGroup(ctx, [...path, 'mood'], t('studio:field.mood'), value, choices);
  group.classList.add('moods');
  group.querySelectorAll<HTMLElement>('label.check').forEach((label, i) => (label.style.gridColumn = String(choices[i]!.column)));
  return group;
}
