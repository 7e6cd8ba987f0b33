/**
 * The onboarding path on the scenario picker: the track's levels in the trainer's order, what the
 * trainee has mastered (ended satisfied), and the next scenario, one click away.
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { text } from '../../core/session.ts';
import { trackProgress } from '../../core/trackProgress.ts';
import { bestByScenario } from '../storage.ts';
import { addressed } from './journey.ts';

export function trackPanel(ctx: ScreenContext): HTMLElement | null {
  const { t, lang, progress, library, app, settings } = ctx;
  const track = library.tracks.tracks[0];
  if (!track) return null;
  const byId = new Map(library.scenarios.map((s) => [s.id, s]));
  const mastered = new Set([...bestByScenario(progress)].filter(([, r]) => r.completed).map(([id]) => id));
  const where = trackProgress(track, mastered);
  const next = where.next ? byId.get(where.next) : undefined;
  return h('section', { class: 'path', 'aria-labelledby': 'track-heading', 'data-track': track.id },
    h('h2', { id: 'track-heading' }, t('game:track.heading'), ' — ', bdi(text(track.title, lang, settings.trainee))),
    h('p', { class: 'help' }, t('game:track.progress', { done: where.done, total: where.total, ...addressed(ctx) })),
    next
      ? h('p', {}, h('button', { type: 'button', class: 'button', 'data-action': 'next', 'data-next': next.id, onclick: () => app.go({ name: 'briefing', scenario: next }) },
          // One flex item: the button's gap would otherwise set the label and the title apart as two columns.
          h('span', {}, `${t('game:track.next')}: `, bdi(text(next.title, lang, settings.trainee)))))
      : h('p', { 'data-all-done': true }, t('game:track.allDone', addressed(ctx))),
    h('ol', { class: 'levels' }, ...track.levels.map((level, i) =>
      h('li', { 'data-level': i + 1, ...(i === where.level ? { 'aria-current': 'step' } : {}) },
        h('strong', {}, t('game:track.level', { n: i + 1, title: text(level.title, lang, settings.trainee) })),
        h('ul', { class: 'chips' }, ...level.scenarios.map((id) => {
          const s = byId.get(id);
          const done = mastered.has(id);
          const label = [done ? '✓ ' : id === where.next ? (lang === 'ar' ? '← ' : '→ ') : '', bdi(s ? text(s.title, lang, settings.trainee) : id), done ? h('span', { class: 'sr-only' }, ` (${t('game:track.mastered')})`) : null];
          // A step on the path opens its scenario, as a level on a game's map does.
          return h('li', { 'data-chip': id, 'data-mastered': String(done), ...(id === where.next ? { 'data-suggested': true } : {}) },
            s ? h('button', { type: 'button', onclick: () => app.go({ name: 'briefing', scenario: s }) }, ...label) : h('span', {}, ...label));
        }))))));
}
