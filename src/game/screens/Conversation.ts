/**
 * The conversation: the customer's line (revealed progressively, skippable, read out whole by
 * screen readers), the replies as real buttons (click, keys 1–4, Enter), the meters, the
 * trainee's composure with a breath (P14), a coaching hint in practice mode and a per-reply
 * timer in assessment mode.
 */
import type { ScreenContext } from '../App.ts';
import { h, bdi } from '../dom.ts';
import {
  breathe, choose, currentBeat, currentLine, customerState, text, type Session,
} from '../../core/session.ts';
import { explainTurn } from '../../core/debrief.ts';
import { SHAKEN_BELOW } from '../../core/rules.ts';
import { dynamicKey, westernDigits } from '../../core/i18n.ts';
import { scoreSession } from '../../core/score.ts';
import type { Attempt } from '../../core/schema.ts';
import type { Meter } from '../../core/vocabulary.ts';
import { withAttempt } from '../storage.ts';
import { cueForTurn } from '../sound.ts';
import { reactionTo, REACTION_MS, showChanges } from '../feedback.ts';
import { revealLine, type LineReveal } from '../reveal.ts';
import { languageButton, leaveButton } from './journey.ts';
import { settingFor } from '../scenery/index.ts';

export function renderConversation(ctx: ScreenContext, session: Session, startedAt: string): { node: HTMLElement; teardown: () => void } {
  const { t, lang, settings, app, deps } = ctx;
  const scenario = session.scenario;
  const name = text(scenario.customer.name, lang, settings.trainee);
  const context = scenario.customer.gender;
  const state = customerState(session);
  const beat = currentBeat(session);
  const turnStarted = deps.now().getTime();
  const countdown: ReturnType<typeof setInterval>[] = [];
  const cleanups: (() => void)[] = [];

  app.showCustomer({
    figure: scenario.customer.look?.figure,
    age: scenario.customer.look?.age,
    seed: scenario.id,
    anger: state.anger,
    confusion: state.confusion,
    belief: scenario.customer.archetype === 'mistaken' ? state.belief : undefined,
    outcome: session.outcome,
    setting: settingFor(scenario.customer),
    reaction: session.turns.length ? reactionTo(session.turns.at(-1)!.before, session.turns.at(-1)!.after) : undefined,
    label: t('ui:conversation.portrait', { name, context, mood: t(`vocabulary:mood.${state.anger}`) }),
  });

  const advance = (next: Session) => {
    const record = next.turns.at(-1)!;
    app.sound.play(cueForTurn(record, next.outcome));
    if (next.outcome) recordAttempt(ctx, next, startedAt);
    app.go({ name: 'conversation', session: next, startedAt });
  };
  const reply = (index: number) => {
    if (session.outcome || !beat || !beat.options[index]) return;
    if (!line.whole) return line.finish();
    if (!app.claimInput()) return;
    const seconds = Math.round((deps.now().getTime() - turnStarted) / 100) / 10;
    advance(choose(session, index, { seconds }));
  };
  const takeBreath = () => {
    if (!line.whole) return line.finish();
    if (session.outcome || !app.claimInput()) return;
    advance(breathe(session));
  };

  const meters = h('div', { class: 'meters', role: 'group', 'aria-label': t('ui:conversation.meters') },
    meter(t, 'anger', state.meters.anger),
    meter(t, 'trust', state.meters.trust),
    scenario.customer.archetype === 'confused' || state.meters.confusion >= 40 ? meter(t, 'confusion', state.meters.confusion) : null,
    scenario.customer.archetype === 'mistaken' ? meter(t, 'belief', state.meters.belief) : null,
    meter(t, 'composure', state.meters.composure));
  if (session.turns.length) showChanges(meters, session.turns.at(-1)!.before, session.turns.at(-1)!.after);

  const last = session.turns.at(-1);
  const lastOption = last && last.option >= 0 ? scenario.beats.find((b) => b.id === last.beat)?.options[last.option] : undefined;
  const lastSaid = lastOption ? text(lastOption.text, lang, settings.trainee) : undefined;
  const coaching = settings.mode === 'practice' && last ? coachLine(ctx, last) : undefined;
  const customerLine = currentLine(session);
  const said = customerLine ? text(customerLine, lang, settings.trainee) : t(`ui:conversation.${session.outcome === 'escalated' ? 'escalated' : 'walkedOut'}`, { name, context });
  const shown = h('p', { class: 'line', 'aria-hidden': 'true', 'data-line': true });
  const spoken = h('p', { class: 'sr-only', 'aria-live': 'polite' }, `${t('ui:conversation.customerSays', { name, context })}: ${said}`);
  const skip = h('button', { type: 'button', class: 'button secondary', 'data-action': 'skip' }, t('ui:conversation.skip'));
  let built: HTMLElement | undefined;
  const line = revealLine(shown, said, settings.reducedMotion, () => {
    skip.hidden = true;
    for (const b of built?.querySelectorAll('[aria-disabled]') ?? []) b.removeAttribute('aria-disabled');
  }, session.turns.length ? REACTION_MS : 0, () => app.voice.say(said, lang, scenario.customer.gender));
  skip.addEventListener('click', line.finish);
  shown.addEventListener('click', line.finish);
  cleanups.push(line.stop, () => app.voice.stop());

  const header = h('div', { class: 'topbar' },
    h('h1', { id: 'conversation-heading', class: 'sr-only' }, bdi(text(scenario.title, lang, settings.trainee))),
    h('span', { class: 'speaker' }, session.outcome ? '' : t('ui:conversation.turn', { turn: session.turn + 1 })),
    h('span', { class: 'row tight' }, languageButton(ctx), session.outcome ? null : leaveButton(ctx, t('ui:conversation.leave'))));

  const node = h('section', { class: 'conversation', 'aria-labelledby': 'conversation-heading' },
    header,
    meters,
    lastSaid ? h('p', { class: 'said' }, h('strong', {}, `${t('ui:conversation.youSaid')}: `), lastSaid) : null,
    h('div', {}, h('p', { class: 'speaker' }, bdi(name)), shown, spoken, skip),
    coaching ? h('p', { class: 'coach', role: 'status' }, h('strong', {}, `${t('ui:conversation.coach')}: `), coaching) : null,
  );

  built = node;
  cleanups.push(finishOnKey(line));
  if (session.outcome || !beat) {
    node.append(h('div', { class: 'row' }, h('button', { type: 'button', class: 'button', 'data-autofocus': true, 'data-action': 'debrief', onclick: () => (line.whole ? app.go({ name: 'debrief', session }) : line.finish()) }, t('ui:conversation.toDebrief'))));
  } else {
    const options = beat.options.map((o, i) =>
      h('li', {}, h('button', { type: 'button', class: 'option', 'data-option': i + 1, 'aria-disabled': line.whole ? undefined : 'true', ...(i === 0 ? { 'data-autofocus': true } : {}), onclick: () => reply(i) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(i + 1)), h('span', {}, text(o.text, lang, settings.trainee)))));
    node.append(
      h('h2', { id: 'replies-heading' }, t('ui:conversation.replies')),
      h('p', { class: 'help' }, t('ui:conversation.keysHint', { count: beat.options.length })),
      h('ol', { class: 'options', 'aria-labelledby': 'replies-heading' }, ...options),
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'button secondary', 'data-action': 'breathe', 'aria-disabled': line.whole ? undefined : 'true', 'aria-describedby': 'breathe-help', onclick: takeBreath }, t('ui:conversation.breathe')),
        h('span', { id: 'breathe-help', class: 'help', 'data-low-composure': String(state.meters.composure < SHAKEN_BELOW) },
          last?.option === -1 ? t('ui:conversation.breathed') : state.meters.composure < SHAKEN_BELOW ? t('ui:conversation.lowComposure') : t('ui:conversation.breatheHelp'))),
    );
    const limit = session.options.timeLimit;
    if (limit) {
      const clock = h('p', { class: 'help', 'aria-live': 'off', 'data-timer': true }, t('ui:conversation.timeLeft', { count: limit }));
      header.append(clock);
      countdown.push(setInterval(() => {
        const left = Math.max(0, Math.ceil(limit - (deps.now().getTime() - turnStarted) / 1000));
        clock.textContent = t('ui:conversation.timeLeft', { count: left });
      }, 1000));
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      const n = Number(westernDigits(event.key));
      if (Number.isInteger(n) && n >= 1 && n <= beat.options.length) {
        event.preventDefault();
        reply(n - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    cleanups.push(() => document.removeEventListener('keydown', onKey));
  }
  return {
    node,
    teardown: () => {
      for (const id of countdown) clearInterval(id);
      for (const c of cleanups) c();
    },
  };
}

function meter(t: ScreenContext['t'], which: Meter, value: number): HTMLElement {
  // Anger and confusion are bad when high; trust and composure when low.
  const bad = which === 'anger' || which === 'confusion' || which === 'belief' ? value : 100 - value;
  const hue = Math.round(140 - (140 * bad) / 100);
  const label = t(`ui:meter.${which}`);
  return h('div', { class: 'meter', 'data-meter': which },
    h('span', { id: `meter-${which}` }, label),
    h('div', { class: 'track', role: 'meter', 'aria-labelledby': `meter-${which}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value },
      h('div', { class: 'fill', style: `width:${value}%;background-color:hsl(${hue} 60% 45%)` })),
    h('bdi', { 'aria-hidden': 'true' }, String(value)));
}

/** The coaching hint of the last turn: the rule that moved the customer most, and its principle. */
function coachLine({ t }: ScreenContext, record: Session['turns'][number]): string | undefined {
  if (record.option === -1) return undefined;
  const headline = explainTurn(record).headline;
  if (!headline) return undefined;
  return `${t(dynamicKey(`rules:rule.${headline.rule}`))} (${headline.principle} · ${t(`vocabulary:principle.${headline.principle}`)})`;
}

/** While the line types, Enter, Space or a reply's number shows it whole, and does nothing else. */
function finishOnKey(line: LineReveal): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (line.whole || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('dialog, input, select')) return;
    const digit = /^\d$/.test(westernDigits(event.key));
    // Enter and Space keep their meaning on other buttons (Leave, the language): only a reply's do not act yet.
    const onReply = !target || target === document.body || !!target.closest('[data-option], [data-action="breathe"], [data-action="debrief"], [data-action="skip"], [data-line]');
    if (!digit && !((event.key === 'Enter' || event.key === ' ') && onReply)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    line.finish();
  };
  document.addEventListener('keydown', onKey, true);
  return () => document.removeEventListener('keydown', onKey, true);
}

function recordAttempt({ app, deps, lang, progress, settings }: ScreenContext, session: Session, startedAt: string) {
  const score = scoreSession(session);
  const attempt: Attempt = {
    id: `${session.scenario.id}@${startedAt}`,
    scenario: session.scenario.id,
    lang,
    mode: settings.mode,
    startedAt,
    finishedAt: deps.now().toISOString(),
    moves: session.turns.map((r) => r.option),
    seconds: session.turns.map((r) => r.seconds ?? 0),
    outcome: session.outcome ?? null,
    score: score.total,
    axes: score.axes,
    techniques: session.turns.map((r) => r.techniques),
  };
  app.updateProgress(withAttempt(progress, attempt));
}
