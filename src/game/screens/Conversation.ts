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
import { westernDigits } from '../../core/i18n.ts';
import { composureText, customerMeters, ruleText } from '../../core/explain.ts';
import { forCustomer } from '../../core/address.ts';
import { scoreSession } from '../../core/score.ts';
import type { Attempt } from '../../core/schema.ts';
import { moodFor, type Meter } from '../../core/vocabulary.ts';
import { countdown, SLOW_REPLY_ANGER } from '../countdown.ts';
import { withAttempt } from '../storage.ts';
import { replyOrder } from '../../core/order.ts';
import { cueForTurn } from '../sound.ts';
import { reactionTo, REACTION_MS, showChanges } from '../feedback.ts';
import { revealLine, type LineReveal } from '../reveal.ts';
import { languageButton, leaveButton } from './journey.ts';
import { principleTag } from './principleTag.ts';
import { customerPortrait } from '../customerPortrait.ts';
import { repliesCue, type RepliesCue } from './repliesCue.ts';

export function renderConversation(ctx: ScreenContext, session: Session, startedAt: string): { node: HTMLElement; teardown: () => void } {
  const { t, lang, settings, app, deps } = ctx;
  const scenario = session.scenario;
  const name = text(scenario.customer.name, lang, settings.trainee);
  const context = scenario.customer.gender;
  const gendered = forCustomer(scenario.customer);
  const state = customerState(session);
  const beat = currentBeat(session);
  const cleanups: (() => void)[] = [];

  const portrait = customerPortrait(scenario, state, t('ui:conversation.portrait', { name, ...gendered, mood: t(`vocabulary:mood.${state.anger}`, gendered) }), {
    belief: scenario.customer.archetype === 'mistaken' ? state.belief : undefined,
    outcome: session.outcome,
    reaction: session.turns.length ? reactionTo(session.turns.at(-1)!.before, session.turns.at(-1)!.after) : undefined,
  });
  app.showCustomer(portrait);
  // The reply's time counts from when the line has been shown in full (assessment timer, P3).
  let shownAt: number | undefined;
  const limit = session.options.timeLimit;
  const reaction = h('p', { class: 'impatient', role: 'status', hidden: true, 'data-impatient': true, style: 'border-inline-start:4px solid #d64541;padding:0.5em 0.8em;background:#fbeceb;border-radius:0.3em' });
  const timer = limit && beat && !session.outcome
    ? countdown(t, limit, () => deps.now().getTime(), () => {
        reaction.textContent = t('countdown:expired', { name, context });
        reaction.hidden = false;
        app.showCustomer({ ...portrait, anger: moodFor('anger', Math.min(100, state.meters.anger + SLOW_REPLY_ANGER)) });
      })
    : undefined;
  const onShown = () => {
    shownAt ??= deps.now().getTime();
    timer?.start();
  };

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
    const seconds = shownAt === undefined ? 0 : Math.round((deps.now().getTime() - shownAt) / 100) / 10;
    advance(choose(session, index, { seconds }));
  };
  const takeBreath = () => {
    if (!line.whole) return line.finish();
    if (session.outcome || !app.claimInput()) return;
    advance(breathe(session));
  };

  const meters = h('div', { class: 'meters', role: 'group', 'aria-label': t('ui:conversation.meters') },
    ...customerMeters(scenario.customer.archetype).map((m) => meter(t, m, state.meters[m], gendered)),
    meter(t, 'composure', state.meters.composure));
  if (session.turns.length) showChanges(meters, session.turns.at(-1)!.before, session.turns.at(-1)!.after);

  const last = session.turns.at(-1);
  const lastOption = last && last.option >= 0 ? scenario.beats.find((b) => b.id === last.beat)?.options[last.option] : undefined;
  const lastSaid = lastOption ? text(lastOption.text, lang, settings.trainee) : undefined;
  const coaching = settings.mode === 'practice' && last ? coachLine(ctx, last, gendered) : undefined;
  const composure = last ? composureText(t, last, gendered) : undefined;
  const customerLine = currentLine(session);
  const said = customerLine ? text(customerLine, lang, settings.trainee) : t(`ui:conversation.${session.outcome === 'escalated' ? 'escalated' : 'walkedOut'}`, { name, ...gendered });
  const shown = h('p', { class: 'line', 'aria-hidden': 'true', 'data-line': true });
  const spoken = h('p', { class: 'sr-only', 'aria-live': 'polite' }, `${t('ui:conversation.customerSays', { name, ...gendered })}: ${said}`);
  const skip = h('button', { type: 'button', class: 'button secondary', 'data-action': 'skip' }, t('ui:conversation.skip'));
  let built: HTMLElement | undefined;
  let cue: RepliesCue | undefined;
  const line = revealLine(shown, said, settings.reducedMotion, () => {
    skip.hidden = true;
    for (const b of built?.querySelectorAll('[aria-disabled]') ?? []) b.removeAttribute('aria-disabled');
    cue?.arm();
    onShown();
  }, session.turns.length ? REACTION_MS : 0, () => app.voice.say(said, lang, scenario.customer.gender));
  skip.addEventListener('click', line.finish);
  shown.addEventListener('click', line.finish);
  cleanups.push(line.stop, () => app.voice.stop());

  const header = h('div', { class: 'topbar' },
    h('h1', { id: 'conversation-heading', class: 'sr-only' }, bdi(text(scenario.title, lang, settings.trainee))),
    h('span', { class: 'speaker' }, session.outcome ? t('game:conversation.over') : t('ui:conversation.turn', { turn: session.turn + 1 })),
    h('span', { class: 'row tight' }, languageButton(ctx), session.outcome ? null : leaveButton(ctx, t('ui:conversation.leave'))));

  const node = h('section', { class: 'conversation', 'aria-labelledby': 'conversation-heading' },
    header,
    meters,
    lastSaid ? h('p', { class: 'said' }, h('strong', {}, `${t('ui:conversation.youSaid')}: `), lastSaid) : null,
    h('div', {}, h('p', { class: 'speaker' }, bdi(name)), shown, spoken, skip),
    reaction,
    coaching ? h('p', { class: 'coach', role: 'status' }, h('strong', {}, `${t('ui:conversation.coach')}: `), ...coaching) : null,
    composure ? h('p', { class: 'help', 'data-composure': true }, composure) : null,
  );

  built = node;
  cleanups.push(finishOnKey(line));
  if (session.outcome || !beat) {
    node.append(h('div', { class: 'row' }, h('button', { type: 'button', class: 'button', 'data-autofocus': true, 'data-action': 'debrief', onclick: () => (line.whole ? app.go({ name: 'debrief', session }) : line.finish()) }, t('ui:conversation.toDebrief'))));
  } else {
    // Shown in the attempt's shuffled order; data-option names the reply in the file, keys follow the screen.
    const order = replyOrder(session.options.seed, beat);
    const options = order.map((i, place) =>
      h('li', {}, h('button', { type: 'button', class: 'option', 'data-option': i + 1, 'data-key': place + 1, 'aria-disabled': line.whole ? undefined : 'true', ...(place === 0 ? { 'data-autofocus': true } : {}), onclick: () => reply(i) },
        h('span', { class: 'key', 'aria-hidden': 'true' }, String(place + 1)), h('span', {}, text(beat.options[i]!.text, lang, settings.trainee)))));
    cue = repliesCue(t('game:conversation.toReplies'), options[0]!.firstElementChild as HTMLElement, () => !settings.reducedMotion);
    if (line.whole) cue.arm();
    cleanups.push(cue.stop);
    node.append(
      h('h2', { id: 'replies-heading' }, t('ui:conversation.replies')),
      h('p', { class: 'help keys-hint' }, t('ui:conversation.keysHint', { count: beat.options.length })),
      h('ol', { class: 'options', 'aria-labelledby': 'replies-heading' }, ...options),
      cue.node,
      h('div', { class: 'row' },
        h('button', { type: 'button', class: 'button secondary', 'data-action': 'breathe', 'aria-disabled': line.whole ? undefined : 'true', 'aria-describedby': 'breathe-help', onclick: takeBreath }, t('ui:conversation.breathe')),
        h('span', { id: 'breathe-help', class: 'help', 'data-low-composure': String(state.meters.composure < SHAKEN_BELOW) },
          last?.option === -1 ? t('ui:conversation.breathed') : state.meters.composure < SHAKEN_BELOW ? t('ui:conversation.lowComposure') : t('ui:conversation.breatheHelp'))),
    );
    if (timer) header.append(timer.node);
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      const n = Number(westernDigits(event.key));
      if (Number.isInteger(n) && n >= 1 && n <= beat.options.length) {
        event.preventDefault();
        reply(order[n - 1]!);
      }
    };
    document.addEventListener('keydown', onKey);
    cleanups.push(() => document.removeEventListener('keydown', onKey));
  }
  return {
    node,
    teardown: () => {
      timer?.stop();
      for (const c of cleanups) c();
    },
  };
}

function meter(t: ScreenContext['t'], which: Meter, value: number, gendered: { context?: 'female' } = {}): HTMLElement {
  // Anger and confusion are bad when high; trust and composure when low.
  const bad = which === 'anger' || which === 'confusion' || which === 'belief' ? value : 100 - value;
  const hue = Math.round(140 - (140 * bad) / 100);
  const label = t(`ui:meter.${which}`, gendered);
  return h('div', { class: 'meter', 'data-meter': which },
    h('span', { id: `meter-${which}` }, label),
    h('div', { class: 'track', role: 'meter', 'aria-labelledby': `meter-${which}`, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': value },
      h('div', { class: 'fill', style: `width:${value}%;background-color:hsl(${hue} 60% 45%)` })),
    h('bdi', { 'aria-hidden': 'true' }, String(value)));
}

/** The coaching hint of the last turn: the rule that moved the customer most, and its principle (a tag that wraps whole). */
function coachLine({ t }: ScreenContext, record: Session['turns'][number], gendered: { context?: 'female' }): (string | HTMLElement)[] | undefined {
  if (record.option === -1) return undefined;
  const headline = explainTurn(record).headline;
  if (!headline) return undefined;
  return [`${ruleText(t, headline.rule, headline.technique, gendered)} `, principleTag(t, headline.principle)];
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
    ...(session.options.seed !== undefined ? { seed: session.options.seed } : {}),
    seconds: session.turns.map((r) => r.seconds ?? 0),
    outcome: session.outcome ?? null,
    score: score.total,
    axes: score.axes,
    techniques: session.turns.map((r) => r.techniques),
  };
  app.updateProgress(withAttempt(progress, attempt));
}
