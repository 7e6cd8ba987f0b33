/**
 * Debrief: outcome, score and its axes, the meters over the turns, the LAST checklist,
 * coaching for every turn citing its principle, and the turning point with the reply that
 * would have kept the best score — with retry, and retry from the turning point.
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import { debriefSession, replay, type Debrief } from '../../core/debrief.ts';
import { customerState, text, type Session } from '../../core/session.ts';
import { customerPortrait } from '../customerPortrait.ts';
import type { Meter } from '../../core/vocabulary.ts';
import { composureText, customerMeters, ruleText } from '../../core/explain.ts';
import { lastChecklist } from '../lastChecklist.ts';
import { timingNote } from '../countdown.ts';
import { forCustomer } from '../../core/address.ts';
import { startSession } from '../../core/session.ts';
import { newSeed } from '../replyOrder.ts';
import { saveNotice } from './journey.ts';
import { principleTag } from './principleTag.ts';

const COLOURS: Partial<Record<Meter, string>> = { anger: '#d64541', trust: '#2f6fb0', confusion: '#c07a12', belief: '#8a4fb0', composure: '#2f9e6e' };

export function renderDebrief(ctx: ScreenContext, session: Session): { node: HTMLElement } {
  const { t, lang, app, deps } = ctx;
  const scenario = session.scenario;
  const d = debriefSession(session, undefined, { turningPoint: false });
  const said = (beatId: string, option: number) => {
    const beat = scenario.beats.find((b) => b.id === beatId);
    const o = beat?.options[option];
    return o ? text(o.text, lang, ctx.settings.trainee) : '';
  };
  const restart = (s: Session) => app.go({ name: 'conversation', session: s, startedAt: deps.now().toISOString() });
  const archetype = scenario.customer.archetype;
  const gendered = forCustomer(scenario.customer);
  const shownMeters = customerMeters(archetype);
  const checklist = lastChecklist(t, d);
  // The customer as they left: the debrief is about them, not only about numbers.
  const left = customerState(session);
  const name = text(scenario.customer.name, lang, ctx.settings.trainee);
  app.showCustomer(customerPortrait(scenario, left, t('ui:conversation.portrait', { name, ...gendered, mood: t(`vocabulary:mood.${left.anger}`, gendered) }), {
    belief: archetype === 'mistaken' ? left.belief : undefined,
    outcome: session.outcome,
  }));

  // The turning point needs the scenario explored: a worker finds it while the rest is read.
  const turning = h('div', { 'aria-live': 'polite', 'data-turning-point': 'pending' }, h('p', { class: 'help' }, t('ui:debrief.finding')));
  const retrySlot = h('span', { style: 'display:contents' });
  void app.turningPoints.ask(scenario, session.turns.map((r) => r.option)).then(({ turningPoint: tp, needed, unexplored }) => {
    if (!turning.isConnected) return;
    if (needed) checklist.know(needed);
    turning.dataset.turningPoint = tp ? String(tp.turn) : unexplored ? 'unexplored' : 'none';
    turning.replaceChildren(
      unexplored ? h('p', {}, t('ui:debrief.tooLargeToSearch'))
      : tp
        ? h('div', { class: 'turning' },
            h('p', {}, t('ui:debrief.betterWas', { turn: tp.turn })), h('p', { class: 'quote' }, said(tp.beat, tp.chosen)),
            h('p', {}, t('ui:debrief.better', { score: tp.bestBefore })), h('p', { class: 'quote' }, said(tp.beat, tp.better)))
        : h('p', {}, t('ui:debrief.noTurningPoint')),
    );
    if (tp) retrySlot.replaceChildren(h('button', { type: 'button', class: 'button secondary', 'data-action': 'retry-from', 'data-turn': tp.turn, onclick: () => restart(replay(session, tp.turn - 1)) }, t('ui:debrief.retryFrom', { turn: tp.turn })));
  });

  const node = h('section', { class: 'debrief', 'aria-labelledby': 'debrief-heading' },
    h('h1', { id: 'debrief-heading' }, t('ui:debrief.title'), ' — ', bdi(text(scenario.title, lang, ctx.settings.trainee))),
    saveNotice(ctx),
    h('h2', {}, d.outcome ? t(`vocabulary:outcome.${d.outcome}`, gendered) : '—'),
    d.outcome ? h('p', {}, t(`vocabulary:outcomeText.${d.outcome}`, gendered)) : null,
    h('p', { 'data-score': d.score.total }, h('strong', {}, `${t('ui:debrief.score')}: `), t('ui:debrief.outOf', { score: d.score.total })),
    h('div', { class: 'axes' }, ...(['customer', 'business', 'efficiency'] as const).map((axis) =>
      h('div', { class: 'meter' }, h('span', { id: `axis-${axis}` }, t(`vocabulary:axis.${axis}`)),
        h('div', { class: 'track', role: 'meter', 'aria-labelledby': `axis-${axis}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': d.score.axes[axis] },
          h('div', { class: 'fill', style: `width:${d.score.axes[axis]}%;background-color:var(--accent)` })),
        h('bdi', {}, String(d.score.axes[axis]))))),
    h('h2', {}, t('ui:debrief.chart')),
    chart(ctx, d, [...shownMeters, 'composure'], gendered),
    h('h2', {}, t('ui:debrief.last')),
    checklist.node,
    h('h2', {}, t('ui:debrief.turningPoint')),
    turning,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button', 'data-autofocus': true, 'data-action': 'retry', onclick: () => restart(startSession(scenario, { ...session.options, seed: newSeed() })) }, t('ui:debrief.retry')),
      retrySlot,
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'scenarios', onclick: () => app.go({ name: 'picker' }) }, t('ui:debrief.toScenarios')),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'progress', onclick: () => app.go({ name: 'progress' }) }, t('ui:debrief.toProgress'))),
    h('h2', {}, t('ui:debrief.turns')),
    h('ol', { class: 'turns' }, ...d.turns.map((turn) =>
      h('li', { 'data-turn': turn.turn },
        turn.option === -1 ? h('p', {}, t('ui:debrief.breath')) : h('p', { class: 'quote' }, said(turn.beat, turn.option)),
        turn.headline ? h('p', {}, `${ruleText(t, turn.headline.rule, turn.headline.technique, gendered)} `, principleTag(t, turn.headline.principle)) : null,
        h('p', { class: 'help' }, shownMeters.map((m) => t('ui:debrief.change', { meter: t(`ui:meter.${m}`, gendered), from: turn.before[m], to: turn.after[m] })).join(' · ')),
        turnComposure(ctx, session, turn.turn, gendered)))),
  );
  return { node };
}

/** What drained or restored composure on a turn, when anything did (P14); how long a timed reply took (P3). */
function turnComposure({ t }: ScreenContext, session: Session, turn: number, gendered: { context?: 'female' }): HTMLElement {
  const record = session.turns[turn - 1]!;
  const line = composureText(t, record, gendered);
  const timing = timingNote(t, record, session.options.timeLimit);
  const slow = record.seconds !== undefined && session.options.timeLimit !== undefined && record.seconds > session.options.timeLimit;
  return h('div', { style: 'display:contents' },
    line ? h('p', { class: 'help', 'data-composure': true }, line) : null,
    timing ? h('p', { class: slow ? 'coach' : 'help', 'data-timing': slow ? 'slow' : 'on-time' }, timing) : null);
}

/** The meters over the turns as an SVG line chart, with the same numbers in a table for screen readers. */
function chart({ t, lang }: ScreenContext, d: Debrief, meters: Meter[], gendered: { context?: 'female' }): HTMLElement {
  const CHARTED = meters.map((meter) => ({ meter, colour: COLOURS[meter] ?? '#5b6774' }));
  // Narrower on a phone, so the axis labels are not shrunk to a few pixels along with the drawing.
  const width = matchMedia('(max-width: 600px)').matches ? 360 : 560;
  const height = 220;
  const pad = 28;
  const n = Math.max(1, d.series.length - 1);
  const x = (i: number) => (lang === 'ar' ? width - pad - (i * (width - 2 * pad)) / n : pad + (i * (width - 2 * pad)) / n);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / 100;
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('aria-hidden', 'true');
  // Coordinates are computed for each language; an inherited rtl would also flip text anchors.
  svg.setAttribute('direction', 'ltr');
  const parts = [`<line x1="${pad}" y1="${y(0)}" x2="${width - pad}" y2="${y(0)}" stroke="#d9d3c7"/>`, `<line x1="${pad}" y1="${y(50)}" x2="${width - pad}" y2="${y(50)}" stroke="#eee7dc" stroke-dasharray="4 4"/>`];
  for (const { meter, colour } of CHARTED) {
    const points = d.series.map((m, i) => `${x(i).toFixed(1)},${y(m[meter]).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="3" stroke-linejoin="round"/>`);
  }
  const label = (x0: number, y0: number, text: string, anchor = 'middle') =>
    `<text x="${x0.toFixed(1)}" y="${y0.toFixed(1)}" font-size="12" fill="#5b6774" text-anchor="${anchor}">${text}</text>`;
  for (const v of [0, 50, 100]) parts.push(label(lang === 'ar' ? width - 4 : 4, y(v) + 4, String(v), lang === 'ar' ? 'end' : 'start'));
  d.series.forEach((_, i) => parts.push(label(x(i), height - 8, i === 0 ? t('ui:debrief.start') : String(i))));
  svg.innerHTML = parts.join('');
  const legend = h('p', { class: 'legend' }, ...CHARTED.map(({ meter, colour }) => h('span', { style: `--c:${colour}` }, t(`ui:meter.${meter}`, gendered))));
  const table = h('table', { class: 'sr-only' },
    h('thead', {}, h('tr', {}, h('th', {}, t('ui:debrief.chartTurn')), ...CHARTED.map(({ meter }) => h('th', {}, t(`ui:meter.${meter}`, gendered))))),
    h('tbody', {}, ...d.series.map((m, i) => h('tr', {}, h('th', {}, i === 0 ? t('ui:debrief.start') : String(i)), ...CHARTED.map(({ meter }) => h('td', {}, String(m[meter])))))));
  return h('figure', { style: 'margin:0' }, svg, legend, table);
}
