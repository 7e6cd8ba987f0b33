/** The scenario's own fields: id, languages, texts, difficulty, region, goals, limits, first beat. */
import { h } from '../../game/dom.ts';
import { LANGUAGES, REGIONS } from '../../core/schema.ts';
import { PRINCIPLES } from '../../core/vocabulary.ts';
import { dynamicKey } from '../../core/i18n.ts';
import type { FormContext } from '../context.ts';
import { checkGroup, localizedField, numberField, selectField, textField, type Data } from '../fields.ts';

/** The scenario section of the editor. */
export function scenarioForm(ctx: FormContext, data: Data): HTMLElement {
  const { t } = ctx;
  return h('section', { class: 'card', 'aria-labelledby': 'sec-scenario' },
    h('h2', { id: 'sec-scenario' }, t('studio:section.scenario')),
    h('div', { class: 'row' },
      textField(ctx, ['id'], t('studio:field.id'), data.id, { help: t('studio:field.idHelp'), lang: 'en' }),
      selectField(ctx, ['difficulty'], t('studio:field.difficulty'), data.difficulty, (['easy', 'medium', 'hard'] as const).map((d) => [d, t(`vocabulary:difficulty.${d}`)])),
      numberField(ctx, ['minutes'], t('studio:field.minutes'), data.minutes, 1, 60),
      numberField(ctx, ['maxTurns'], t('studio:field.maxTurns'), data.maxTurns, 2, 40, 16)),
    h('div', { class: 'row' },
      checkGroup(ctx, ['languages'], t('studio:field.languages'), data.languages, LANGUAGES.map((l) => ({ value: l, label: t(`studio:text.${l}`) })), true),
      selectField(ctx, ['region'], t('studio:field.region'), data.region, REGIONS.map((r) => [r, t(`studio:choice.region.${r}`)]), t('studio:field.none')),
      selectField(ctx, ['start'], t('studio:field.start'), data.start, ctx.beatIds.map((id) => [id, id]), t('studio:field.startFirst'))),
    localizedField(ctx, ['title'], t('studio:field.title'), data.title),
    localizedField(ctx, ['summary'], t('studio:field.summary'), data.summary, true),
    localizedField(ctx, ['briefing'], t('studio:field.briefing'), data.briefing, true),
    h('details', { class: 'goals' },
      h('summary', {}, t('studio:field.goals')),
      checkGroup(ctx, ['goals'], t('studio:field.goals'), data.goals,
        PRINCIPLES.map((p) => ({ value: p, label: `${p} · ${t(dynamicKey(`vocabulary:principle.${p}`))}`, help: t(dynamicKey(`vocabulary:principleText.${p}`)) })), true)),
  );
}
