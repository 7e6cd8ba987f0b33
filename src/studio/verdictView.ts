/**
 * The analysis's verdict under the branch map, in the trainer's language: the best and worst
 * plays, empathy against defensiveness (with the library's bar), the best a trainee can do by
 * picking replies by shape alone, and each warning of the analysis.
 */
import { h } from '../game/dom.ts';
import { dynamicKey, type Translate } from '../core/i18n.ts';
import { forCustomer } from '../core/address.ts';
import type { Language } from '../core/schema.ts';
import { EMPATHY_MARGIN, type Verdict } from './map/verdict.ts';

/** How the customer is spoken of (their gender, for Arabic outcome names). */
type Customer = { gender?: 'female' | 'male' | undefined };

/** A bot's name as a trainer reads it: `longest:ar` → "always the longest, in Arabic". */
function botName(t: Translate, bot: string): string {
  const [kind, lang] = bot.split(':');
  if (kind === 'longest' || kind === 'shortest') return t(`verdict:shapeBot.${kind}`, { lang: t(lang === 'ar' ? 'verdict:lang.ar' : 'verdict:lang.en') });
  if (kind === 'first' || kind === 'last') return t(`verdict:shapeBot.${kind}`);
  return bot;
}

/** The verdict's lines (children of the panel), or a waiting line before the analysis answers. */
export function verdictLines(t: Translate, lang: Language, verdict: Verdict | undefined, customer: Customer): HTMLElement[] {
  if (!verdict) return [h('p', { class: 'help' }, t('verdict:pending'))];
  const outcome = (p: { outcome?: string | undefined }) => (p.outcome ? t(dynamicKey(`vocabulary:outcome.${p.outcome}`), forCustomer(customer)) : t('verdict:noOutcome'));
  const replies = (r: number[]) => r.map((n) => (n === 0 ? 'b' : String(n))).join(lang === 'ar' ? '، ' : ', ');
  const line = (text: string, state?: 'ok' | 'warn') => h('li', state ? { class: state, 'data-verdict': state } : {}, text);
  const items: HTMLElement[] = [
    line(verdict.best ? t('verdict:best', { outcome: outcome(verdict.best), score: verdict.best.score, replies: replies(verdict.best.replies) }) : t('verdict:bestUnknown'),
      verdict.best ? (verdict.best.outcome === 'satisfied' ? 'ok' : 'warn') : undefined),
  ];
  if (verdict.worst) items.push(line(t('verdict:worst', { outcome: outcome(verdict.worst), score: verdict.worst.score })));
  const { empathetic, defensive, shape } = verdict;
  if (empathetic && defensive) {
    const gap = empathetic.score - defensive.score;
    items.push(line(t('verdict:bots', { empathetic: outcome(empathetic), empatheticScore: empathetic.score, defensive: outcome(defensive), defensiveScore: defensive.score })));
    items.push(line(t(gap >= EMPATHY_MARGIN ? 'verdict:gapOk' : 'verdict:gapLow', { gap, margin: EMPATHY_MARGIN }), gap >= EMPATHY_MARGIN ? 'ok' : 'warn'));
  }
  if (shape) items.push(line(t('verdict:shape', { bot: botName(t, shape.bot), outcome: outcome(shape), score: shape.score }), shape.outcome === 'satisfied' ? 'warn' : 'ok'));
  for (const w of verdict.warnings) {
    const params: Record<string, string | number> = { ...w.params };
    // A bot that wins by shape: the replies it picked show the trainer which beats give it away.
    const picks = verdict.shapeBots.find((b) => b.bot === params.bot);
    if (w.code === 'shape-bot-wins') params.replies = picks ? replies(picks.replies) : '—';
    if (typeof params.bot === 'string') params.bot = botName(t, params.bot);
    if ('outcome' in params) params.outcome = outcome({ outcome: String(params.outcome) || undefined });
    items.push(line(t(dynamicKey(`verdict:warning.${w.code}`), params), 'warn'));
  }
  if (verdict.warnings.length === 0) items.push(line(t('verdict:clean'), 'ok'));
  return [h('h3', {}, t('verdict:title')), h('ul', { class: 'verdict-list' }, ...items)];
}
