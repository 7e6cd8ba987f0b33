/**
 * Progress: past attempts (newest first) with their mode, score and transcript, and techniques
 * used well or badly. Built for thousands of attempts: the list shows a page at a time, a
 * transcript is replayed only when opened, and a date that cannot be read says so.
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { breathe, choose, currentLine, startSession, text, type Session } from '../../core/session.ts';
import type { Attempt, Scenario } from '../../core/schema.ts';
import { isHelpful, type Technique } from '../../core/vocabulary.ts';
import type { TranslationKey } from '../../core/i18n.ts';
import { forCustomer } from '../../core/address.ts';
import { skillsSection, summarySection } from './skillsView.ts';
import { leftAs, portraitThumb } from '../portraitThumb.ts';

const PAGE = 50;

export function renderProgress(ctx: ScreenContext): { node: HTMLElement } {
  const { t, lang, progress, library, app } = ctx;
  const attempts = progress.attempts;
  const byId = new Map(library.scenarios.map((s) => [s.id, s]));
  const uses = new Map<Technique, number>();
  for (const a of attempts) for (const turn of a.techniques) for (const tech of turn) uses.set(tech, (uses.get(tech) ?? 0) + 1);
  const ranked = [...uses].sort((a, b) => b[1] - a[1]);
  const strengths = ranked.filter(([tech]) => isHelpful(tech)).slice(0, 4);
  const habits = ranked.filter(([tech]) => !isHelpful(tech)).slice(0, 4);
  const usage = (list: [Technique, number][], empty: TranslationKey) =>
    list.length ? h('ul', {}, ...list.map(([tech, count]) => h('li', {}, t('ui:progress.uses', { technique: t(`vocabulary:technique.${tech}`), count })))) : h('p', { class: 'help' }, t(empty));
  const dateFormat = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? t('game:progress.unknownDate') : dateFormat.format(date);
  };

  const list = h('ol', { class: 'attempts no-print', 'data-attempts': attempts.length });
  const status = h('p', { class: 'help', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'button secondary', 'data-action': 'more' });
  let shown = 0;
  const showPage = () => {
    const end = Math.min(attempts.length, shown + PAGE);
    const items: HTMLElement[] = [];
    for (let i = attempts.length - 1 - shown; i >= attempts.length - end; i--) {
      const a = attempts[i]!;
      const scenario = byId.get(a.scenario);
      const title = scenario ? text(scenario.title, lang, ctx.settings.trainee) : a.scenario;
      // The customer as the attempt left them: the history reads as people served, not rows.
      items.push(h('li', { 'data-attempt': a.id, 'data-mode': a.mode },
        scenario ? portraitThumb(scenario, leftAs(a.outcome)) : null,
        h('div', {},
          h('p', {}, h('strong', {}, bdi(title)), ' — ', a.outcome ? t(`vocabulary:outcome.${a.outcome}`, scenario ? forCustomer(scenario.customer) : {}) : '—', ' · ', h('bdi', {}, `${a.score}/100`), ' · ',
            h('span', { class: 'badge' }, t('game:progress.mode', { mode: t(`ui:title.${a.mode}`) })), ' · ', h('span', { class: 'help' }, when(a.finishedAt))),
          scenario ? lazyTranscript(ctx, scenario, a) : h('p', { class: 'help' }, t('ui:progress.missingScenario')))));
    }
    list.append(...items);
    shown = end;
    const left = attempts.length - shown;
    more.hidden = left === 0;
    more.textContent = t('game:progress.showMore', { count: Math.min(PAGE, left) });
    status.textContent = left > 0 ? t('game:progress.shown', { shown, total: attempts.length }) : '';
  };
  more.addEventListener('click', showPage);
  showPage();

  const node = h('section', { class: 'progress', 'aria-labelledby': 'progress-heading' },
    h('div', { class: 'topbar' },
      h('h1', { id: 'progress-heading' }, t('ui:progress.title')),
      h('button', { type: 'button', class: 'button secondary', onclick: () => app.go({ name: 'title' }) }, t('ui:progress.back'))),
    attempts.length === 0 ? h('p', {}, t('ui:progress.empty')) : null,
    attempts.length ? h('div', { class: 'row no-print', style: 'align-items:flex-start' },
      h('div', {}, h('h2', {}, t('ui:progress.strengths')), usage(strengths, 'ui:progress.nothingYet')),
      h('div', {}, h('h2', {}, t('ui:progress.habits')), usage(habits, 'ui:progress.noHabits'))) : null,
    // Your latest conversations first (a trainee comes here from a debrief), then the skills, then
    // the summary for a manager (printed first: see the print stylesheet).
    attempts.length ? h('h2', { class: 'no-print' }, t('ui:progress.attempts')) : null,
    list,
    status,
    more,
    skillsSection(ctx),
    summarySection(ctx),
  );
  return { node };
}

/** A transcript replayed from the moves only when the trainee opens it. */
function lazyTranscript(ctx: ScreenContext, scenario: Scenario, attempt: Attempt): HTMLElement {
  const details = h('details', {}, h('summary', {}, ctx.t('ui:progress.transcript')));
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(...transcript(ctx, scenario, attempt));
  });
  return details;
}

function transcript({ t, lang, settings }: ScreenContext, scenario: Scenario, attempt: Attempt): HTMLElement[] {
  const lines: HTMLElement[] = [];
  const name = text(scenario.customer.name, lang);
  try {
    let s: Session = startSession(scenario, { record: false });
    for (const move of attempt.moves) {
      const line = currentLine(s);
      if (line) lines.push(h('p', {}, h('strong', {}, bdi(name)), ': ', text(line, lang, settings.trainee)));
      if (move === -1) {
        lines.push(h('p', { class: 'help' }, t('ui:debrief.breath')));
        s = breathe(s);
      } else {
        const beat = s.at.kind === 'beat' ? scenario.beats.find((b) => b.id === s.at.id) : undefined;
        const option = beat?.options[move];
        if (option) lines.push(h('p', {}, h('strong', {}, t('ui:conversation.youSaid')), ': ', text(option.text, lang, settings.trainee)));
        s = choose(s, move);
      }
    }
    const closing = currentLine(s);
    if (closing) lines.push(h('p', {}, h('strong', {}, bdi(name)), ': ', text(closing, lang, settings.trainee)));
  } catch {
    lines.push(h('p', { class: 'help' }, t('ui:progress.missingScenario')));
  }
  return lines;
}
