/** The customer: name, archetype, gender, traits, starting levels and the drawn figure. */
import { h } from '../../game/dom.ts';
import { FIGURES, figureFor, portraitSvg } from '../../game/portrait.ts';
import { ARCHETYPES, METERS, TRAITS, type Archetype, type Trait } from '../../core/vocabulary.ts';
import { SETTINGS, type SettingId } from '../../core/schema.ts';
import { sceneryPicture, settingFor } from '../../game/scenery/index.ts';
import { svgUrl } from '../../game/stage/raster.ts';
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
  const archetype = (ARCHETYPES as readonly string[]).includes(str(customer.archetype)) ? (str(customer.archetype) as Archetype) : 'angry';
  const own = ARCHETYPE_START[archetype];
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
    settingPicker(ctx, customer, archetype),
  );
}

const pictures = new Map<string, string>();

/** An SVG as an image URL, drawn once per key. */
function picture(key: string, draw: () => string): string {
  let url = pictures.get(key);
  if (!url) pictures.set(key, (url = svgUrl(draw())));
  return url;
}

/**
 * Choices shown as pictures, a radio group: arrow keys move between them. `shown` is checked; when
 * the file leaves the field unset, `auto` says what the game picks instead.
 */
function picturePicker(ctx: FormContext, field: string, legend: string, auto: string | null, shown: string,
  items: readonly { value: string; src: string; label: string }[], size: { width: number; height: number }, extraClass = ''): HTMLElement {
  const path = ['customer', 'look', field];
  return h('fieldset', { class: `figures${extraClass}`, id: fieldId(path), 'data-path': formatPath(path), tabindex: -1 },
    h('legend', {}, legend, auto === null ? null : h('small', {}, auto)),
    ...items.map(({ value, src, label }) => h('label', { class: 'figure' },
      h('input', { type: 'radio', name: field, id: fieldId(path, value), value, checked: value === shown, onchange: () => ctx.edit({ op: 'set', path, value }) }),
      h('img', { src, alt: '', ...size }),
      h('span', {}, label))));
}

/** The figures as pictures, each a calm portrait at the customer's age. */
function figurePicker(ctx: FormContext, current: string, seed: string, age: number | undefined): HTMLElement {
  const { t } = ctx;
  const items = FIGURES.map((figure) => ({
    value: figure,
    src: picture(`${figure}:${age ?? ''}`, () => portraitSvg({ figure, anger: 'calm', confusion: 'understood', ...(age ? { age } : {}) })),
    label: t(`studio:choice.figure.${figure}`),
  }));
  return picturePicker(ctx, 'figure', t('studio:field.figure'), current ? null : ` — ${t('studio:choice.figureAuto')}`,
    figureFor(current || undefined, seed || 'scenario'), items, { width: 72, height: 86 });
}

/** The places as pictures; unset, the archetype's own is marked. */
function settingPicker(ctx: FormContext, customer: Data, archetype: Archetype): HTMLElement {
  const { t } = ctx;
  const current = str(rec(customer.look).setting);
  const traits = Array.isArray(customer.traits) ? (customer.traits as Trait[]) : [];
  const shown = (SETTINGS as readonly string[]).includes(current) ? (current as SettingId) : settingFor({ archetype, traits });
  const items = SETTINGS.map((setting) => ({ value: setting, src: picture(`setting:${setting}`, () => sceneryPicture(setting)), label: t(`studio:choice.setting.${setting}`) }));
  return picturePicker(ctx, 'setting', t('studio:field.setting'), current ? null : ` ${t('studio:field.settingAuto', { setting: t(`studio:choice.setting.${shown}`) })}`,
    shown, items, { width: 96, height: 60 }, ' settings');
}
