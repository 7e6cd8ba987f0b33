/**
 * Scenario picker: cards with archetype, region, difficulty, minutes, best score; filter by
 * archetype (buttons, a new screen) and by region (a labelled select that hides cards in place, so
 * the focus stays on it while the arrow keys move through the regions, and a status says how many
 * are shown).
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { customerState, startSession, text } from '../../core/session.ts';
import { portraitThumb } from '../portraitThumb.ts';
import { bestByScenario } from '../storage.ts';
import { ARCHETYPES, type Archetype } from '../../core/vocabulary.ts';
import { REGIONS, type Region } from '../../core/schemaBasics.ts';
import { archetypeIcon } from './icons.ts';
import { forCustomer } from '../../core/address.ts';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { trackPanel } from './trackPanel.ts';

export function renderPicker(ctx: ScreenContext, filter?: Archetype, region?: Region): { node: HTMLElement } {
  const { t, lang, progress, library, app } = ctx;
  const best = bestByScenario(progress);
  const shown = library.scenarios.filter((s) => !filter || s.customer.archetype === filter);
  let where = region;
  const filterButton = (value: Archetype | undefined) =>
    h('button', {
      type: 'button',
      class: `button ${filter === value ? '' : 'secondary'}`,
      'aria-pressed': String(filter === value),
      'data-filter': value ?? 'all',
      onclick: () => app.go({ name: 'picker', ...(value ? { filter: value } : {}), ...(where ? { region: where } : {}) }),
    }, value ? t(`vocabulary:archetype.${value}`) : t('ui:picker.all'));
  const cards = shown.map((s) => {
    const record = best.get(s.id);
    const title = text(s.title, lang, progress.settings.trainee);
    // Who is waiting, as they arrive: a person to meet, not a row in a form.
    return h('li', { class: 'card', 'data-scenario': s.id, 'data-region': s.region ?? '' },
      h('div', { class: 'who' }, portraitThumb(s, customerState(startSession(s))),
        h('div', {}, h('strong', {}, bdi(text(s.customer.name, lang, progress.settings.trainee))),
          h('span', { class: 'archetype' }, archetypeIcon(s.customer.archetype), t(`vocabulary:archetype.${s.customer.archetype}`, forCustomer(s.customer)))),
        record?.completed ? h('span', { class: 'badge' }, `✓ ${t('ui:picker.completed')}`) : null),
      h('h3', {}, bdi(title)),
      h('p', {}, text(s.summary, lang, progress.settings.trainee)),
      h('p', { class: 'meta' }, `${s.region ? `${t(`picker:region.name.${s.region}`)} · ` : ''}${t(`vocabulary:difficulty.${s.difficulty}`)} · ${t('ui:picker.minutes', { count: s.minutes })} · ${record ? t('ui:picker.best', { score: record.best }) : t('ui:picker.notPlayed')}`),
      h('button', { type: 'button', class: 'button', 'aria-label': t('ui:picker.open', { title }), onclick: () => app.go({ name: 'briefing', scenario: s }) }, t('ui:picker.openShort')));
  });
  const status = h('p', { class: 'help', role: 'status', 'data-shown': true });
  const none = h('p', { hidden: true }, t('picker:region.none'));
  const list = h('ul', { class: 'cards' }, ...cards);
  const apply = () => {
    let count = 0;
    shown.forEach((s, i) => {
      const visible = !where || s.region === where;
      cards[i]!.hidden = !visible;
      if (visible) count++;
    });
    status.textContent = t('picker:region.shown', { count });
    list.hidden = count === 0;
    none.hidden = count > 0 || !shown.length;
  };
  const select = h('select', {
    id: 'region-filter',
    'data-region-filter': true,
    onchange: (e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      where = (REGIONS as readonly string[]).includes(value) ? (value as Region) : undefined;
      apply();
      app.remember({ name: 'picker', ...(filter ? { filter } : {}), ...(where ? { region: where } : {}) });
    },
  },
  h('option', { value: '', selected: !where }, t('picker:region.all')),
  ...REGIONS.map((r) => h('option', { value: r, selected: where === r }, t(`picker:region.name.${r}`))));
  apply();
  const node = h('section', { 'aria-labelledby': 'picker-heading' },
    h('div', { class: 'topbar' },
      h('h1', { id: 'picker-heading' }, t('ui:picker.title')),
      h('button', { type: 'button', class: 'button secondary', onclick: () => app.go({ name: 'title' }) }, t('ui:picker.back'))),
    trackPanel(ctx),
    h('div', { class: 'row', role: 'group', 'aria-label': t('ui:picker.filter') }, filterButton(undefined), ...ARCHETYPES.map(filterButton)),
    h('div', { class: 'row region-filter' }, h('label', { for: 'region-filter' }, t('picker:region.label')), select, status),
    library.problems.length
      ? h('div', { class: 'notice', role: 'alert' }, h('p', {}, t('ui:picker.problems')),
          h('pre', { dir: lang === 'ar' ? 'rtl' : 'ltr', lang, style: 'white-space:pre-wrap' }, library.problems.map((d) => formatDiagnostic(d, lang)).join('\n')))
      : null,
    cards.length ? list : h('p', {}, t('ui:picker.none')),
    none,
  );
  return { node };
}
