/**
 * On *My progress*: the skills view (P1–P16, used well, badly or not yet, each with a scenario
 * that practises it) and the completion summary a new hire can print or save as PDF for their
 * manager when no LMS is used (the print stylesheet keeps only the summary).
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { text } from '../../core/session.ts';
import { trackProgress } from '../../core/trackProgress.ts';
import { bestByScenario } from '../storage.ts';
import { skills } from '../skills.ts';
import { addressed } from './journey.ts';

export function skillsSection(ctx: ScreenContext): HTMLElement {
  const { t, lang, progress, library, app, settings } = ctx;
  const rows = skills(progress, library.scenarios);
  return h('section', { class: 'skills', 'aria-labelledby': 'skills-heading' },
    h('h2', { id: 'skills-heading' }, t('game:skills.heading')),
    // Roles spelled out: on a phone the rows are laid out as cards (CSS), and a table keeps its meaning for screen readers.
    h('table', { role: 'table' },
      h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, h('th', { role: 'columnheader' }, t('game:skills.principle')), h('th', { role: 'columnheader' }, t('game:skills.status', addressed(ctx))), h('th', { role: 'columnheader', class: 'no-print' }, t('game:skills.practise', addressed(ctx))))),
      h('tbody', { role: 'rowgroup' }, ...rows.map((r) => h('tr', { role: 'row', 'data-skill': r.principle, 'data-status': r.status },
        h('th', { role: 'rowheader' }, h('bdi', {}, r.principle), ' · ', t(`vocabulary:principle.${r.principle}`)),
        h('td', { role: 'cell', class: 'status' }, t(`game:skills.${r.status === 'not-yet' ? 'notYet' : r.status === 'well' && r.good === 0 ? 'wellMastered' : r.status}`, { good: r.good, bad: r.bad, ...addressed(ctx) })),
        h('td', { role: 'cell', class: 'no-print' }, r.practise ? h('button', { type: 'button', class: 'link', 'data-practise': r.practise.id, onclick: () => app.go({ name: 'briefing', scenario: r.practise! }) }, bdi(text(r.practise.title, lang, settings.trainee))) : '—'))))));
}

/** The printable summary: the path, what is mastered with best scores, and when. */
export function summarySection(ctx: ScreenContext): HTMLElement {
  const { t, lang, progress, library, settings, deps } = ctx;
  const best = bestByScenario(progress);
  const mastered = new Set([...best].filter(([, r]) => r.completed).map(([id]) => id));
  const track = library.tracks.tracks[0];
  const where = track ? trackProgress(track, mastered) : undefined;
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { dateStyle: 'long' }).format(deps.now());
  return h('section', { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h('h2', { id: 'summary-heading' }, t('game:summary.heading')),
    h('p', {}, t('game:summary.when', { date })),
    where && track ? h('p', {}, bdi(text(track.title, lang, settings.trainee)), ': ', t('game:track.progress', { done: where.done, total: where.total, ...addressed(ctx) })) : null,
    h('ul', {}, ...library.scenarios.map((s) => {
      const r = best.get(s.id);
      return h('li', { 'data-summary': s.id, 'data-played': String(!!r) }, bdi(text(s.title, lang, settings.trainee)), ' — ',
        r ? t(r.completed ? 'game:summary.mastered' : 'game:summary.tried', { score: `${r.best}/100` }) : t('game:summary.notYet'));
    })),
    h('button', { type: 'button', class: 'button no-print', 'data-action': 'print', onclick: () => window.print() }, t('game:summary.print')));
}
