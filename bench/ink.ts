/**
 * Converts a Sabr `Scenario` into ink source, so the benchmark can compare our engine with
 * inkjs on the same conversation. The ink story has the same shape as the scenario and does the
 * same meter arithmetic, written as ink code that runs on every choice.
 *
 * Shape:
 * - one knot per beat (`b_<id>`): the maxTurns check, the customer's line (variants as an ink
 *   conditional; the same conditional sets `drain`, what answering this line will cost in
 *   composure), then one choice per option: `+ [text]`, a call to that option's ink function,
 *   the breakdown check, then the divert to the next knot (branches become an ink multi-line
 *   conditional on the mood and flag VARs).
 * - one knot per ending (`e_<id>`): lands every delayed consequence still pending (`surface()`,
 *   which may end the story in `over`), works out the outcome, prints the closing line (variants
 *   may test the outcome), then `-> END`.
 * - `over` (the customer walked out or asked for a manager during a reply, or when the pending
 *   consequences landed on reaching an ending: the engine's ending id null) and `patience_out`
 *   (the turn limit, or no branch matched) end the story.
 *
 * The arithmetic: the converter reads the engine's own tables (`BASE_EFFECTS`, `RULES`,
 * `DELAYED_EFFECTS`, `IMPLIED_FLAGS`, `ARCHETYPE_START`, `limitsFor`, `MOOD_BANDS`) and partially
 * evaluates each rule: what is fixed for a given scenario and option (archetype, traits, the
 * option's other techniques for `with`/`noHelpful`) is decided here; what depends on the
 * conversation so far becomes an ink condition checked at run time. The composure a point of
 * hostility costs is `COMPOSURE_PER_HOSTILITY`, exported by session.ts.
 *
 * Mirrored exactly (same floats, same order of multiplications, same rounding):
 * - VARs anger, trust, confusion, belief, loyalty, composure, started from the archetype and
 *   the customer's `start`.
 * - every technique's base effect, then every scaling rule of `RULES` in table order, one ink
 *   function per (technique, static context) that adds its contribution to the turn's deltas:
 *   P1 damping/amplifying on the anger mood, P2 order bonus/penalty (`last_stage`, and
 *   `stage_now` advancing technique by technique within a reply, as evaluate() does), P2
 *   thanks-too-early and P15 (closing = `solved` flag or `solve`/`compromise` used), P3, P4
 *   (factor 0.5 + anger/100), P5 first acknowledgement, P6 (a `heard` VAR), P7, P8 (trust),
 *   P9 respected correction / blame lingers / blunt correction (`usedBefore`/`notUsedBefore`
 *   a technique: its use-count VAR), P10, P11, P12 repetition decay (0.6^uses, a use-count VAR
 *   per technique) and script cost, the trait rules, P14 shaken trainee, P16.
 * - the "add" rules once per reply (P3 stall, P9 blunt correction, P10, P15, P16).
 * - P14.hostile-line: the line's drain is paid when the trainee answers the beat, not on
 *   arriving there. Its hostility is that of the first variant whose condition holds, when that
 *   variant gives one (0 included), else the beat's; the rules see composure after the drain
 *   (`MAX(0, composure - drain)`, so P14.shaken-trainee's composure < 40 uses the drained value);
 *   the drain is added to the reply's composure delta after rounding and after the author `effect`
 *   (which, as in the engine, replaces it when it sets composure).
 * - rounding of each delta (Math.round as INT(x + 0.5); ink's INT is a floor), the author
 *   `effect` override, delayed effects (overpromise, vague: slots counting what lands in 1 and 2
 *   turns, landing in the reply's deltas when due), one feel per reply: clamping to 0–100, then
 *   the walk-out (anger ≥ walkOut, 92 when short-fused) and ask-for-manager (anger ≥
 *   escalateAnger and trust ≤ 15) checks on the landed values; the turn limit; flags set,
 *   cleared and implied by techniques.
 * - at an ending: every consequence not yet due (including those of the reply that got there)
 *   lands as a separate feel, with the same clamping and breakdown checks, before the outcome.
 * - the outcome at an ending, in the machine's order: business lost (policy-broken or
 *   false-promise), satisfied, grudging, else escalated, by `OUTCOME_THRESHOLDS` of customer.ts
 *   (the guards themselves are restated here).
 * - branch and variant conditions on moods (anger, confusion and belief bands) and flags.
 *
 * Not mirrored:
 * - the explanation trail (`applications`, turn records): the engine records every rule step
 *   for the debrief; ink keeps only the numbers. This is work our engine does and ink doesn't.
 * - `slow` replies and `breathe` (the bench plays without a time limit and never breathes), so
 *   neither is "no drain after a breath": every reply here is the first action at its beat.
 * - the xstate mood regions are not states here: moods are computed from the meters where a
 *   condition needs them (same thresholds, which the machine now reaches on the feel event
 *   itself).
 * - a breakdown at the start: the engine settles a new customer with an empty feel, which could
 *   already walk out for a `start` at or over the limits; no shipped or synthetic scenario does.
 * - the outcome guards (satisfied/grudging/escalated/business-lost) are re-stated from
 *   customer.ts by hand, not read from the machine: keep them in step if it changes (the
 *   sanity line of `npm run bench` shows it when they drift).
 * - a `When` field this file does not know is reported in `notes` and treated as "never holds".
 */
import { BASE_EFFECTS, DELAYED_EFFECTS, IMPLIED_FLAGS, RULES, type Rule, type When } from '../src/core/rules.ts';
import { ARCHETYPE_START, limitsFor, OUTCOME_THRESHOLDS } from '../src/core/customer.ts';
import {
  BUSINESS_FLAGS, HEARING_TECHNIQUES, LAST_STAGES, lastStageOf, METERS, MOOD_BANDS, OUTCOMES, isHelpful,
  type Meter, type Mood, type MoodRegion, type Outcome, type Technique,
} from '../src/core/vocabulary.ts';
import type { Condition, Language, Localized, Next, Scenario } from '../src/core/schema.ts';
import { COMPOSURE_PER_HOSTILITY } from '../src/core/session.ts';

export interface InkConversion {
  source: string;
  /** Knot name of each beat and ending id. */
  knots: Map<string, string>;
  /** Things the conversion could not mirror (unknown rule fields, …). */
  notes: string[];
}

/** Outcome codes held in the ink VAR `outcome` (0 while talking). */
export const OUTCOME_CODE: Record<Outcome, number> = Object.fromEntries(OUTCOMES.map((o, i) => [o, i + 1])) as Record<Outcome, number>;

const ident = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
const useVar = (t: Technique) => `u_${ident(t)}`;
const flagVar = (f: string) => `f_${ident(f)}`;

/** Plain text as ink content: every punctuation character escaped, one line. */
export function inkText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[^\p{L}\p{N}\s]/gu, (c) => `\\${c}`);
}

/** Ink reads `0.35` as a float and `2` as an int; JS multiplies either the same way. */
const num = (v: number): string => String(v);

/** An ink expression for "the meter of `region` is in one of `moods`", or null if none apply. */
function moodExpr(region: MoodRegion, moods: readonly string[]): string | null {
  const bands = MOOD_BANDS[region] as readonly { mood: string; min: number }[];
  // Ranges [min, upper) of the wanted bands, merged when adjacent.
  const ranges: [number, number][] = [];
  bands.forEach((b, i) => {
    if (!moods.includes(b.mood)) return;
    const upper = i === 0 ? 101 : bands[i - 1]!.min;
    ranges.push([b.min, upper]);
  });
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && last[1] === r[0]) last[1] = r[1];
    else merged.push([...r]);
  }
  const parts = merged.map(([lo, hi]) => {
    const terms: string[] = [];
    if (lo > 0) terms.push(`${region} >= ${lo}`);
    if (hi <= 100) terms.push(`${region} < ${hi}`);
    return terms.length === 0 ? 'true' : terms.join(' && ');
  });
  return parts.length === 1 ? parts[0]! : parts.map(group).join(' || ');
}

/** Parenthesised when compound; never a bare `(name)`, which ink reads as a list literal. */
const group = (e: string): string => (/\s/.test(e) ? `(${e})` : e);
const and = (parts: string[]): string => (parts.length === 0 ? 'true' : parts.length === 1 ? parts[0]! : parts.map(group).join(' && '));

const KNOWN_WHEN = new Set([
  'archetype', 'trait', 'mood', 'heard', 'stage', 'firstOfList', 'repeated', 'closing', 'notClosing', 'with', 'without',
  'noHelpful', 'slow', 'usedBefore', 'notUsedBefore', 'angerAtLeast', 'trustAtLeast', 'composureBelow', 'confusionAtLeast',
]);

interface StaticContext {
  scenario: Scenario;
  /** The techniques of the option being converted. */
  techniques: readonly Technique[];
  notes: Set<string>;
}

const CLOSING = `(${flagVar('solved')} || ${useVar('solve')} > 0 || ${useVar('compromise')} > 0)`;

/**
 * A rule's condition as ink: `false` when it can never hold for this scenario and option,
 * `true` when it always does, otherwise an ink expression. Mirrors `holds` in rules.ts.
 */
function whenExpr(rule: Rule, w: When, ctx: StaticContext, technique: Technique | undefined, stageVar: string): string | boolean {
  const dyn: string[] = [];
  for (const key of Object.keys(w)) {
    if (!KNOWN_WHEN.has(key)) {
      ctx.notes.add(`rule ${rule.id}: condition "${key}" is not mirrored (treated as never holding)`);
      return false;
    }
  }
  const { customer } = ctx.scenario;
  if (w.archetype && customer.archetype !== w.archetype) return false;
  if (w.trait && !customer.traits.includes(w.trait)) return false;
  if (w.mood) {
    const e = moodExpr('anger', w.mood);
    if (e === null) return false;
    dyn.push(e);
  }
  if (w.heard !== undefined) dyn.push(w.heard ? 'heard' : 'not heard');
  if (w.closing) dyn.push(CLOSING);
  if (w.notClosing) dyn.push(`not ${CLOSING}`);
  if (w.with && !w.with.some((t) => ctx.techniques.includes(t))) return false;
  if (w.without && w.without.some((t) => ctx.techniques.includes(t))) return false;
  if (w.noHelpful && ctx.techniques.some((t) => isHelpful(t))) return false;
  if (w.slow) return false; // the bench never sets a time limit
  // "Before" counts earlier in the same reply too (validate-feeling, then explain, in one reply: P9).
  const earlier = (t: Technique) => technique !== undefined && ctx.techniques.includes(t) && ctx.techniques.indexOf(t) < ctx.techniques.indexOf(technique);
  if (w.usedBefore && !earlier(w.usedBefore)) dyn.push(`${useVar(w.usedBefore)} > 0`);
  if (w.notUsedBefore) {
    if (earlier(w.notUsedBefore)) return false;
    dyn.push(`${useVar(w.notUsedBefore)} == 0`);
  }
  if (w.angerAtLeast !== undefined) dyn.push(`anger >= ${w.angerAtLeast}`);
  if (w.trustAtLeast !== undefined) dyn.push(`trust >= ${w.trustAtLeast}`);
  // The rules see composure after the drain of the line being answered (P14.hostile-line).
  if (w.composureBelow !== undefined) dyn.push(`MAX(0, composure - drain) < ${w.composureBelow}`);
  if (w.confusionAtLeast !== undefined) dyn.push(`confusion >= ${w.confusionAtLeast}`);
  if (technique) {
    if (w.repeated) dyn.push(`${useVar(technique)} > 0`);
    if (w.firstOfList) dyn.push(and(rule.techniques!.map((t) => `${useVar(t)} == 0`)));
    if (w.stage) {
      const stage = lastStageOf(technique);
      if (!stage) return false;
      const index = LAST_STAGES.indexOf(stage);
      // advances: index === lastStage + 1; skips: index > lastStage + 1.
      dyn.push(w.stage === 'advances' ? `${stageVar} == ${index - 1}` : `${stageVar} < ${index - 1}`);
    }
  }
  return dyn.length === 0 ? true : and(dyn);
}

/** The multiplier of `rule` for `meter` as ink (null when it is 1). Mirrors `multiplier`. */
function multiplierExpr(rule: Rule, meter: Meter, technique: Technique): string | null {
  if (rule.factor === 'anger-level') return '(0.5 + anger / 100.0)';
  if (rule.factor === 'repetition-decay') return `POW(0.6, ${useVar(technique)})`;
  if (rule.factor === 'repetition-cost') return meter === 'trust' ? `(1 + 2 * ${useVar(technique)})` : null;
  const scale = rule.scale ?? {};
  const m = scale[meter] ?? scale.all ?? 1;
  return m === 1 ? null : num(m);
}

function block(cond: string | true, body: string[]): string[] {
  if (body.length === 0) return [];
  if (cond === true) return body;
  return [`{ ${cond}:`, ...body.map((l) => `    ${l}`), '}'];
}

/** The body of the ink function that adds one technique's contribution to the deltas. */
function techniqueBody(technique: Technique, ctx: StaticContext): string[] {
  const base = BASE_EFFECTS[technique].effect;
  const meters = METERS.filter((m) => base[m]);
  const lines = meters.map((m) => `~ temp c_${m} = ${base[m]}`);
  for (const rule of RULES) {
    if (!rule.techniques?.includes(technique) || (!rule.scale && !rule.factor)) continue;
    // Within one reply, LAST stages count in technique order: `stage_now` runs ahead of `last_stage`.
    const cond = whenExpr(rule, rule.when, ctx, technique, 'stage_now');
    if (cond === false) continue;
    const body: string[] = [];
    for (const m of meters) {
      const x = multiplierExpr(rule, m, technique);
      if (x !== null) body.push(`~ c_${m} = c_${m} * ${x}`);
    }
    lines.push(...block(cond, body));
  }
  for (const m of meters) lines.push(`~ d_${m} = d_${m} + c_${m}`);
  return lines;
}

function localizedText(l: Localized, lang: Language): string {
  return l[lang] ?? l.en ?? l.ar ?? '';
}

/** A scenario condition (branches, variants) as ink. Mirrors `holds` in session.ts. */
function conditionExpr(when: Condition, outcomeKnown: boolean): string {
  const parts: string[] = [];
  if (when.mood) {
    const alts = (['anger', 'confusion', 'belief'] as const)
      .map((r) => moodExpr(r, when.mood as readonly Mood[]))
      .filter((e): e is string => e !== null);
    parts.push(alts.length === 0 ? 'false' : alts.length === 1 ? alts[0]! : alts.map(group).join(' || '));
  }
  if (when.flags) parts.push(and(when.flags.map(flagVar)));
  if (when.notFlags) parts.push(and(when.notFlags.map((f) => `not ${flagVar(f)}`)));
  if (when.outcome) {
    // While at a beat the session has no outcome yet, so the engine's condition fails.
    parts.push(outcomeKnown ? when.outcome.map((o) => `outcome == ${OUTCOME_CODE[o]}`).join(' || ') : 'false');
  }
  return and(parts);
}

type Variant = { when: Condition; line: Localized; hostility?: number | undefined };

/**
 * The line said at a beat or an ending: the first variant whose condition holds, else the plain
 * line. At a beat (`hostility` given) the same choice also sets `drain`, the composure the line
 * will cost when the trainee answers it: the variant's own hostility, else the beat's.
 */
function lineWithVariants(line: Localized, variants: Variant[] | undefined, lang: Language, outcomeKnown: boolean, hostility?: number): string[] {
  const plain = inkText(localizedText(line, lang));
  const drain = (h: number | undefined) => (hostility === undefined ? [] : [`~ drain = ${COMPOSURE_PER_HOSTILITY * (h ?? hostility)}`]);
  if (!variants?.length) return [...drain(hostility), plain];
  if (hostility === undefined) {
    return [
      '{',
      ...variants.map((v) => `- ${conditionExpr(v.when, outcomeKnown)}: ${inkText(localizedText(v.line, lang))}`),
      `- else: ${plain}`,
      '}',
    ];
  }
  const branch = (head: string, h: number | undefined, text: string) => [head, ...[...drain(h), text].map((l) => `    ${l}`)];
  return [
    '{',
    ...variants.flatMap((v) => branch(`- ${conditionExpr(v.when, outcomeKnown)}:`, v.hostility, inkText(localizedText(v.line, lang)))),
    ...branch('- else:', hostility, plain),
    '}',
  ];
}

/** Converts a scenario to ink source. `lang` picks the text shown (default English). */
export function scenarioToInk(scenario: Scenario, lang: Language = 'en'): InkConversion {
  const notes = new Set<string>();
  const knots = new Map<string, string>();
  scenario.beats.forEach((b) => knots.set(b.id, `b_${ident(b.id)}`));
  scenario.endings.forEach((e) => knots.set(e.id, `e_${ident(e.id)}`));

  const flags = new Set<string>([...BUSINESS_FLAGS, ...Object.values(IMPLIED_FLAGS)]);
  const conds: Condition[] = [];
  for (const b of scenario.beats) {
    b.variants?.forEach((v) => conds.push(v.when));
    for (const o of b.options) {
      o.sets?.forEach((f) => flags.add(f));
      o.clears?.forEach((f) => flags.add(f));
      if (typeof o.next !== 'string') o.next.forEach((br) => br.when && conds.push(br.when));
    }
  }
  scenario.endings.forEach((e) => e.variants?.forEach((v) => conds.push(v.when)));
  for (const c of conds) [...(c.flags ?? []), ...(c.notFlags ?? [])].forEach((f) => flags.add(f));

  const { customer } = scenario;
  const start = { ...ARCHETYPE_START[customer.archetype], ...customer.start };
  const limits = limitsFor(customer.traits);
  const delayed = Object.entries(DELAYED_EFFECTS) as [Technique, NonNullable<(typeof DELAYED_EFFECTS)[Technique]>][];

  // Whether any line can cost composure: if none, the drain is left out of the ink altogether.
  const hostile = scenario.beats.some((b) => b.hostility > 0 || b.variants?.some((v) => (v.hostility ?? 0) > 0));

  // ---- Technique functions, deduplicated by body (the static context decides the body).
  const techniqueFns = new Map<string, string>(); // body → name
  const techniqueFnOrder: { name: string; body: string[] }[] = [];
  const techniqueFn = (t: Technique, ctx: StaticContext): string => {
    const body = techniqueBody(t, ctx);
    const key = `${t}\n${body.join('\n')}`;
    let name = techniqueFns.get(key);
    if (!name) {
      name = `t_${ident(t)}_${techniqueFnOrder.filter((f) => f.name.startsWith(`t_${ident(t)}_`)).length}`;
      techniqueFns.set(key, name);
      techniqueFnOrder.push({ name, body });
    }
    return name;
  };

  // ---- One function per option: the whole reply's arithmetic.
  const optionFns: { name: string; body: string[] }[] = [];
  const optionFnByBody = new Map<string, string>();

  const optionFn = (techniques: readonly Technique[], option: Scenario['beats'][number]['options'][number]): string => {
    const ctx: StaticContext = { scenario, techniques, notes };
    const body: string[] = [];
    const touched = new Set<Meter>();
    for (const m of METERS) body.push(`~ d_${m} = 0`);
    const staged = techniques.some((t) => lastStageOf(t));
    if (staged) body.push('~ stage_now = last_stage');
    for (const t of techniques) {
      body.push(`~ ${techniqueFn(t, ctx)}()`);
      METERS.forEach((m) => BASE_EFFECTS[t].effect[m] && touched.add(m));
      const s = lastStageOf(t);
      if (s) {
        const i = LAST_STAGES.indexOf(s);
        body.push(`{ stage_now == ${i - 1}:`, `    ~ stage_now = ${i}`, '}');
      }
    }
    for (const rule of RULES) {
      if (!rule.add) continue;
      if (rule.techniques && !rule.techniques.some((t) => techniques.includes(t))) continue;
      const technique = rule.techniques?.find((t) => techniques.includes(t));
      const cond = whenExpr(rule, rule.when, ctx, technique, 'last_stage');
      if (cond === false) continue;
      const adds: string[] = [];
      for (const m of METERS) {
        const v = rule.add[m];
        if (!v) continue;
        adds.push(`~ d_${m} = d_${m} + ${v}`);
        touched.add(m);
      }
      body.push(...block(cond, adds));
    }
    for (const m of METERS) if (touched.has(m)) body.push(`~ d_${m} = INT(d_${m} + 0.5)`);
    if (option.effect) for (const m of METERS) if (option.effect[m] !== undefined) body.push(`~ d_${m} = ${option.effect[m]}`);
    if (hostile) body.push('~ d_composure = d_composure - drain');
    body.push('~ settle()');
    for (const t of techniques) {
      if (DELAYED_EFFECTS[t]) body.push(`~ p_${ident(t)}_${DELAYED_EFFECTS[t]!.after} = p_${ident(t)}_${DELAYED_EFFECTS[t]!.after} + 1`);
    }
    for (const t of techniques) body.push(`~ ${useVar(t)} = ${useVar(t)} + 1`);
    if (techniques.some((t) => HEARING_TECHNIQUES.includes(t))) body.push('~ heard = true');
    if (staged) body.push('~ last_stage = stage_now');
    const on = new Set<string>([...(option.sets ?? []), ...techniques.flatMap((t) => (IMPLIED_FLAGS[t] ? [IMPLIED_FLAGS[t]!] : []))]);
    for (const f of option.clears ?? []) on.delete(f);
    for (const f of on) body.push(`~ ${flagVar(f)} = true`);
    for (const f of option.clears ?? []) body.push(`~ ${flagVar(f)} = false`);
    const key = body.join('\n');
    let name = optionFnByBody.get(key);
    if (!name) {
      name = `o_${optionFns.length}`;
      optionFnByBody.set(key, name);
      optionFns.push({ name, body });
    }
    return name;
  };

  const divertTo = (id: string): string => {
    const knot = knots.get(id);
    if (!knot) {
      notes.add(`unknown target "${id}" diverts to patience_out`);
      return '-> patience_out';
    }
    return `-> ${knot}`;
  };
  const route = (next: Next): string[] => {
    if (typeof next === 'string') return [divertTo(next)];
    const out = ['{'];
    let fallback = false;
    for (const br of next) {
      if (!br.when) {
        out.push(`- else: ${divertTo(br.to)}`);
        fallback = true;
        break;
      }
      out.push(`- ${conditionExpr(br.when, false)}: ${divertTo(br.to)}`);
    }
    if (!fallback) out.push('- else: -> patience_out');
    out.push('}');
    return out;
  };

  // ---- Knots.
  const knotText: string[] = [];
  for (const beat of scenario.beats) {
    const lines = [`=== ${knots.get(beat.id)} ===`, `{ turn_no >= ${scenario.maxTurns}: -> patience_out }`];
    lines.push(...lineWithVariants(beat.line, beat.variants, lang, false, hostile ? beat.hostility : undefined));
    for (const option of beat.options) {
      lines.push(`+ [${inkText(localizedText(option.text, lang))}]`);
      lines.push(`    ~ ${optionFn(option.techniques, option)}()`);
      lines.push('    { outcome > 0: -> over }');
      lines.push(...route(option.next).map((l) => `    ${l}`));
    }
    knotText.push(lines.join('\n'));
  }
  for (const ending of scenario.endings) {
    knotText.push(
      [`=== ${knots.get(ending.id)} ===`, ...(delayed.length ? ['~ surface()', '{ outcome > 0: -> over }'] : []), '~ conclude()', ...lineWithVariants(ending.line, ending.variants, lang, true), '-> END'].join('\n'),
    );
  }
  // The engine walks out on the turn limit only when the target is a beat: hence the check at
  // the top of each beat knot and none at endings.

  // ---- Shared functions.
  const settle: string[] = ['~ turn_no = turn_no + 1'];
  for (const [t, d] of delayed) {
    const landing: string[] = [];
    for (const m of METERS) if (d.effect[m]) landing.push(`~ d_${m} = d_${m} + p_${ident(t)}_1 * ${d.effect[m]}`);
    settle.push(...block(`p_${ident(t)}_1 > 0`, landing));
    for (let k = 1; k < d.after; k++) settle.push(`~ p_${ident(t)}_${k} = p_${ident(t)}_${k + 1}`);
    settle.push(`~ p_${ident(t)}_${d.after} = 0`);
  }
  // One `feel` event: clamp each meter, then the breakdowns on the values it lands on.
  const feel = [
    ...METERS.map((m) => `~ ${m} = MAX(0, MIN(100, ${m} + d_${m}))`),
    '{',
    `- anger >= ${limits.walkOut}: ~ outcome = ${OUTCOME_CODE['walked-out']}`,
    `- anger >= ${limits.escalateAnger} && trust <= ${limits.escalateTrust}: ~ outcome = ${OUTCOME_CODE.escalated}`,
    '}',
  ];
  settle.push(...feel);
  // On reaching an ending, every consequence not yet due lands at once, as a feel of its own
  // before the outcome is decided.
  const slots = delayed.flatMap(([t, d]) => Array.from({ length: d.after }, (_, k) => ({ t, d, v: `p_${ident(t)}_${k + 1}` })));
  const surfacing = METERS.map((m) => {
    const terms = slots.filter(({ d }) => d.effect[m]).map(({ d, v }) => `${v} * ${d.effect[m]}`);
    return `~ d_${m} = ${terms.length ? terms.join(' + ') : 0}`;
  });
  surfacing.push(...feel, ...slots.map(({ v }) => `~ ${v} = 0`));
  const surface = slots.length ? block(slots.map(({ v }) => `${v} > 0`).join(' || '), surfacing) : [];
  const T = OUTCOME_THRESHOLDS;
  const satisfied = [flagVar('solved'), `anger < ${T.satisfiedAnger}`, `trust >= ${T.satisfiedTrust}`];
  if (customer.archetype === 'confused') satisfied.push(`confusion < ${T.satisfiedConfusion}`);
  if (customer.archetype === 'mistaken') satisfied.push(`belief < ${T.satisfiedBelief}`);
  const conclude = [
    '{',
    `- ${flagVar('policy-broken')} || ${flagVar('false-promise')}: ~ outcome = ${OUTCOME_CODE['business-lost']}`,
    `- ${satisfied.join(' && ')}: ~ outcome = ${OUTCOME_CODE.satisfied}`,
    `- ${flagVar('solved')} || anger < ${T.grudgingAnger}: ~ outcome = ${OUTCOME_CODE.grudging}`,
    `- else: ~ outcome = ${OUTCOME_CODE.escalated}`,
    '}',
  ];

  const startId = scenario.start ?? scenario.beats[0]!.id;
  const vars: string[] = [
    ...METERS.map((m) => `VAR ${m} = ${start[m]}`),
    ...METERS.map((m) => `VAR d_${m} = 0`),
    'VAR turn_no = 0',
    'VAR outcome = 0',
    'VAR heard = false',
    'VAR last_stage = -1',
    'VAR stage_now = -1',
    'VAR drain = 0',
    ...([...new Set(Object.keys(BASE_EFFECTS))] as Technique[]).map((t) => `VAR ${useVar(t)} = 0`),
    ...delayed.flatMap(([t, d]) => Array.from({ length: d.after }, (_, k) => `VAR p_${ident(t)}_${k + 1} = 0`)),
    ...[...flags].map((f) => `VAR ${flagVar(f)} = false`),
  ];

  const fn = (name: string, body: string[]) => [`=== function ${name}() ===`, ...body].join('\n');
  const source = [
    `// Generated from scenario "${scenario.id}" by bench/ink.ts. Do not edit.`,
    ...vars,
    `-> ${knots.get(startId)}`,
    '',
    ...knotText,
    '=== over ===',
    '-> END',
    '=== patience_out ===',
    `~ outcome = ${OUTCOME_CODE['walked-out']}`,
    '-> END',
    fn('settle', settle),
    fn('conclude', conclude),
    ...(delayed.length ? [fn('surface', surface)] : []),
    ...optionFns.map((f) => fn(f.name, f.body)),
    ...techniqueFnOrder.map((f) => fn(f.name, f.body)),
    '',
  ].join('\n');
  return { source, knots, notes: [...notes] };
}
