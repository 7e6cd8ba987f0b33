/** Progress: past attempts with their transcripts and scores, and techniques used well or badly. */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { breathe, choose, currentLine, startSession, text, type Session } from '../../core/session.ts';
import type { Attempt, Scenario } from '../../core/schema.ts';
import { isHelpful, type Technique } from '../../core/vocabulary.ts';
import type { TranslationKey } from '../../core/i18n.ts';
import { forCustomer } from '../../core/address.ts';

export function renderProgress(ctx: ScreenContext): { node: HTMLElement } {
  const { t, lang, progress, library, app } = ctx;
  const attempts = [...progress.attempts].reverse();
  const byId = new Map(library.scenarios.map((s) => [s.id, s]));
  const uses = new Map<Technique, number>();
  for (const a of progress.attempts) for (const turn of a.techniques) for (const tech of turn) uses.set(tech, (uses.get(tech) ?? 0) + 1);
  const ranked = [...uses].sort((a, b) => b[1] - a[1]);
  const strengths = ranked.filter(([tech]) => isHelpful(tech)).slice(0, 4);
  const habits = ranked.filter(([tech]) => !isHelpful(tech)).slice(0, 4);
  const usage = (list: [Technique, number][], empty: TranslationKey) =>
    list.length ? h('ul', {}, ...list.map(([tech, count]) => h('li', {}, t('ui:progress.uses', { technique: t(`vocabulary:technique.${tech}`), count })))) : h('p', { class: 'help' }, t(empty));
  const dateFormat = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { dateStyle: 'medium', timeStyle: 'short' });

  const node = h('section', { 'aria-labelledby': 'progress-heading' },
    h('div', { class: 'topbar' },
      h('h1', { id: 'progress-heading' }, t('ui:progress.title')),
      h('button', { type: 'button', class: 'button secondary', onclick: () => app.go({ name: 'title' }) }, t('ui:progress.back'))),
    attempts.length === 0 ? h('p', {}, t('ui:progress.empty')) : null,
    attempts.length ? h('div', { class: 'row', style: 'align-items:flex-start' },
      h('div', {}, h('h2', {}, t('ui:progress.strengths')), usage(strengths, 'ui:progress.nothingYet')),
      h('div', {}, h('h2', {}, t('ui:progress.habits')), usage(habits, 'ui:progress.noHabits'))) : null,
    attempts.length ? h('h2', {}, t('ui:progress.attempts')) : null,
    h('ol', { class: 'turns', 'data-attempts': attempts.length }, ...attempts.map((a) => {
      const scenario = byId.get(a.scenario);
      const title = scenario ? text(scenario.title, lang) : a.scenario;
      return h('li', { 'data-attempt': a.id },
        h('p', {}, h('strong', {}, bdi(title)), ' — ', a.outcome ? t(`vocabulary:outcome.${a.outcome}`, scenario ? forCustomer(scenario.customer) : {}) : '—', ' · ', h('bdi', {}, `${a.score}/100`), ' · ', h('span', { class: 'help' }, dateFormat.format(new Date(a.finishedAt)))),
        scenario ? transcript(ctx, scenario, a) : h('p', { class: 'help' }, t('ui:progress.missingScenario')));
    })),
  );
  return { node };
}

function transcript({ t, lang }: ScreenContext, scenario: Scenario, attempt: Attempt): HTMLElement {
  const lines: HTMLElement[] = [];
  const name = text(scenario.customer.name, lang);
  try {
    let s: Session = startSession(scenario, { record: false });
    for (const move of attempt.moves) {
      const line = currentLine(s);
      if (line) lines.push(h('p', {}, h('strong', {}, bdi(name)), ': ', text(line, lang)));
      if (move === -1) {
        lines.push(h('p', { class: 'help' }, t('ui:debrief.breath')));
        s = breathe(s);
      } else {
        const beat = s.at.kind === 'beat' ? scenario.beats.find((b) => b.id === s.at.id) : undefined;
        const option = beat?.options[move];
        if (option) lines.push(h('p', {}, h('strong', {}, t('ui:conversation.youSaid')), ': ', text(option.text, lang)));
        s = choose(s, move);
      }
    }
    const closing = currentLine(s);
    if (closing) lines.push(h('p', {}, h('strong', {}, bdi(name)), ': ', text(closing, lang)));
  } catch {
    lines.push(h('p', { class: 'help' }, t('ui:progress.missingScenario')));
  }
  return h('details', {}, h('summary', {}, t('ui:progress.transcript')), ...lines);
}
