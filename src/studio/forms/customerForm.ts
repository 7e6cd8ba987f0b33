/** The customer: name, archetype, gender, traits, starting levels and the drawn figure. */
import { h } from '../../game/dom.ts';
import { FIGURES, figureFor, portraitSvg } from '../../game/portrait.ts';
import { ARCHETYPES, METERS, TRAITS, type Archetype, type Trait } from '../../core/vocabulary.ts';
import { SETTINGS, type SettingId } from '../../core/schema.ts';
import { sceneryPicture, settingFor } from '../../game/scenery/index.ts';
import { ARCHETYPE_START } from '../../core/customer.ts';
import { formatPath } from '../../core/diagnostics.ts';
import type { FormContext } from '../context.ts';
import { checkGroup, fieldId, localizedField, numberField, rec, selectField, str, type Data } from '../fields.ts';

/** The customer section of the editor. */
export function customerForm(ctx: FormContext, data: Data): HTMLElement {
  const { t } = ctx;
  const customer = rec(data.customer);
  const start = rec(customer.start);
  const look = rec(customer.look);
  // An empty level shows the archetype's own, so the trainer sees what "empty" means.
  const own = ARCHETYPE_START[(ARCHETYPES as readonly string[]).includes(str(customer.archetype)) ? (str(customer.archetype) as Archetype) : 'angry'];
  return h('section', { class: 'card', 'aria-labelledby': 'sec-customer' },
    h('h2', { id: 'sec-customer' }, t('studio:section.customer')),
    localizedField(ctx, ['customer', 'name'], t('studio:field.name'), customer.name),
    h('div', { class: 'row' },
      selectField(ctx, ['customer', 'archetype'], t('studio:field.archetype'), customer.archetype, ARCHETYPES.map((a) => [a, t(`vocabulary:archetype.${a}`)])),
      selectField(ctx, ['customer', 'gender'], t('studio:field.gender'), customer.gender, (['female', 'male'] as const).map((g) => [g, t(`studio:choice.gender.${g}`)]), t('studio:field.none')),
      numberField(ctx, ['customer', 'look', 'age'], t('studio:field.age'), look.age, 16, 99)),
    checkGroup(ctx, ['customer', 'traits'], t('studio:field.traits'), customer.traits, TRAITS.map((tr) => ({ value: tr, label: t(`vocabulary:trait.${tr}`) }))),
    h('fieldset', { class: 'levels' }, h('legend', {}, t('studio:field.levels')),
      h('div', { class: 'row' }, ...METERS.map((m) => numberField(ctx, ['customer', 'start', m], t(`vocabulary:meter.${m}`), start[m], 0, 100, own[m])))),
    figurePicker(ctx, str(look.figure), str(data.id), Number(look.age) || undefined),
    settingPicker(ctx, customer),
  );
}

const pictures = new Map<string, string>();

/** A figure's calm portrait as an image URL, drawn once per figure and age. */
function picture(figure: string, age: number | undefined): string {
  const key = `${figure}:${age ?? ''}`;
  let url = pictures.get(key);
  if (!url) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(portraitSvg({ figure, anger: 'calm', confusion: 'understood', ...(age ? { age } : {}) }))}`;
    pictures.set(key, url);
  }
  return url;
}

/** The figures as pictures, a radio group: arrow keys move between them. */
function figurePicker(ctx: FormContext, current: string, seed: string, age: number | undefined): HTMLElement {
  const { t } = ctx;
  const path = ['customer', 'look', 'figure'];
  const shown = figureFor(current || undefined, seed || 'scenario');
  return h('fieldset', { class: 'figures', id: fieldId(path), 'data-path': formatPath(path), tabindex: -1 },
    h('legend', {}, t('studio:field.figure'), current ? null : h('small', {}, ` — ${t('studio:choice.figureAuto')}`)),
    ...FIGURES.map((figure) => {
      const svg = picture(figure, age);
      return h('label', { class: 'figure' },
        h('input', { type: 'radio', name: 'figure', id: fieldId(path, figure), value: figure, checked: figure === shown, onchange: () => ctx.edit({ op: 'set', path, value: figure }) }),
        h('img', { src: svg, alt: '', width: 72, height: 86 }),
        h('span', {}, t(`studio:choice.figure.${figure}`)));
    }));
}

const places = new Map<SettingId, string>();

/** The settings as pictures, a radio group like the figures; unset, the archetype's own is marked. */
function settingPicker(ctx: FormContext, customer: Data): HTMLElement {
  const { t } = ctx;
  const path = ['customer', 'look', 'setting'];
  const current = str(rec(customer.look).setting);
  const archetype = (ARCHETYPES as readonly string[]).includes(str(customer.archetype)) ? (str(customer.archetype) as Archetype) : 'angry';
  const traits = Array.isArray(customer.traits) ? (customer.traits as Trait[]) : [];
  const shown = (SETTINGS as readonly string[]).includes(current) ? (current as SettingId) : settingFor({ archetype, traits });
  return h('fieldset', { class: 'figures settings', id: fieldId(path), 'data-path': formatPath(path), tabindex: -1 },
    h('legend', {}, t('studio:field.setting'), current ? null : h('small', {}, ` ${t('studio:field.settingAuto', { setting: t(`studio:choice.setting.${shown}`) })}`)),
    ...SETTINGS.map((setting) => {
      let src = places.get(setting);
      if (!src) places.set(setting, (src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sceneryPicture(setting))}`));
      return h('label', { class: 'figure' },
        h('input', { type: 'radio', name: 'setting', id: fieldId(path, setting), value: setting, checked: setting === shown, onchange: () => ctx.edit({ op: 'set', path, value: setting }) }),
        h('img', { src, alt: '', width: 96, height: 60 }),
        h('span', {}, t(`studio:choice.setting.${setting}`)));
    }));
}
