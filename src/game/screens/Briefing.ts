/** Briefing: the situation, who the customer is, what the scenario teaches. */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { customerState, startSession, text } from '../../core/session.ts';
import { customerPortrait } from '../customerPortrait.ts';
import type { Scenario } from '../../core/schema.ts';
import { archetypeIcon } from './icons.ts';
import { forCustomer } from '../../core/address.ts';
import { newSeed } from '../replyOrder.ts';

export function renderBriefing({ t, lang, settings, app, deps }: ScreenContext, scenario: Scenario): { node: HTMLElement } {
  const c = scenario.customer;
  const gendered = forCustomer(c);
  // The customer as they arrive, in their setting: the one the trainee is about to talk to.
  const arriving = customerState(startSession(scenario));
  app.showCustomer(customerPortrait(scenario, arriving, text(c.name, lang, settings.trainee)));
  const start = () => {
    const timeLimit = settings.mode === 'assessment' && settings.timer > 0 ? settings.timer : undefined;
    app.go({ name: 'conversation', session: startSession(scenario, { ...(timeLimit ? { timeLimit } : {}), seed: newSeed() }), startedAt: deps.now().toISOString() });
  };
  const node = h('section', { class: 'briefing', 'aria-labelledby': 'briefing-heading' },
    // The way back at the top, as on the picker and My progress; the way in at the bottom, kept in reach on a phone.
    h('div', { class: 'topbar' },
      h('h1', { id: 'briefing-heading' }, bdi(text(scenario.title, lang, settings.trainee))),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'back', onclick: () => app.go({ name: 'picker' }) }, t('ui:briefing.back'))),
    h('h2', {}, t('ui:briefing.situation')),
    h('p', {}, text(scenario.briefing, lang, settings.trainee)),
    h('h2', {}, t('ui:briefing.customer', gendered)),
    h('p', { class: 'row' }, archetypeIcon(c.archetype), h('span', {}, bdi(text(c.name, lang, settings.trainee)), ' · ', t(`vocabulary:archetype.${c.archetype}`, gendered)),
      ...c.traits.map((trait) => h('span', { class: 'badge' }, t(`vocabulary:trait.${trait}`, gendered)))),
    h('h2', {}, t('ui:briefing.goals')),
    h('ul', {}, ...scenario.goals.map((p) => h('li', {}, h('bdi', {}, p), ' — ', t(`vocabulary:principle.${p}`), h('span', { class: 'help goal' }, t(`vocabulary:principleText.${p}`))))),
    h('div', { class: 'row begin' },
      h('button', { type: 'button', class: 'button', 'data-autofocus': true, 'data-action': 'begin', onclick: start }, t('ui:briefing.start'))),
  );
  return { node };
}
