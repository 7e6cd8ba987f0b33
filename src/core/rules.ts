/**
 * The de-escalation rules: a table, not branches. Each technique has a base effect; each rule
 * then scales the contribution of some techniques, or adds an effect of its own, when its
 * condition holds. Every rule cites the principle (shared/domain/principles.md) it encodes, and
 * every application is recorded so the debrief can explain each move of each meter.
 */
import {
  HARMFUL_TECHNIQUES, HELPFUL_TECHNIQUES, LAST_STAGES, lastStageOf, METERS,
  type AngerMood, type Archetype, type Deltas, type Meter, type Meters, type PrincipleId, type Technique, type Trait,
} from './vocabulary.ts';

/** A technique's effect before any rule, and the principle that says so. */
export interface BaseEffect {
  principle: PrincipleId;
  effect: Deltas;
}

/**
 * Base effects, in meter points (0–100 scales). Directions follow principles.md; sizes are tuned
 * so that the ordering it asks for holds (e.g. `solve` once heard calms most, P3).
 */
export const BASE_EFFECTS: Record<Technique, BaseEffect> = {
  listen: { principle: 'P6', effect: { anger: -3, confusion: -6, trust: 1 } },
  ask: { principle: 'P6', effect: { anger: -2, confusion: -8 } },
  paraphrase: { principle: 'P6', effect: { anger: -3, confusion: -10, trust: 2 } },
  acknowledge: { principle: 'P5', effect: { anger: -6, trust: 5 } },
  empathize: { principle: 'P5', effect: { anger: -8, trust: 6 } },
  'validate-feeling': { principle: 'P9', effect: { anger: -7, trust: 5, belief: -4 } },
  apologize: { principle: 'P2', effect: { anger: -9, trust: 3 } },
  solve: { principle: 'P3', effect: { anger: -12, trust: 5, loyalty: 2 } },
  explain: { principle: 'P10', effect: { anger: -3, confusion: -12, belief: -12 } },
  'positive-language': { principle: 'P7', effect: { anger: -3, trust: 2 } },
  'use-name': { principle: 'P8', effect: { anger: -2, trust: 6, loyalty: 1 } },
  thank: { principle: 'P15', effect: { anger: -1, loyalty: 4 } },
  'future-help': { principle: 'P15', effect: { trust: 2, loyalty: 6 } },
  'set-expectation': { principle: 'P13', effect: { anger: -4, trust: 8 } },
  compromise: { principle: 'P9', effect: { anger: -8, trust: 4, belief: -15 } },
  'product-knowledge': { principle: 'P16', effect: { confusion: -4, trust: 3 } },
  breathe: { principle: 'P14', effect: { composure: 20, anger: 1 } },
  argue: { principle: 'P4', effect: { anger: 12, trust: -8, belief: 5 } },
  blame: { principle: 'P9', effect: { anger: 14, trust: -10, belief: 8 } },
  dismiss: { principle: 'P5', effect: { anger: 10, trust: -6 } },
  'negative-language': { principle: 'P7', effect: { anger: 6, trust: -2 } },
  jargon: { principle: 'P10', effect: { anger: 2, confusion: 12, trust: -1 } },
  vague: { principle: 'P10', effect: { confusion: 6 } },
  deflect: { principle: 'P3', effect: { anger: 8, trust: -5 } },
  overpromise: { principle: 'P13', effect: { anger: -12, trust: 4 } },
  cave: { principle: 'P9', effect: { anger: -15, trust: 2 } },
  scripted: { principle: 'P12', effect: { anger: 1, trust: -2 } },
  personal: { principle: 'P14', effect: { anger: 12, trust: -6, composure: -8 } },
  upsell: { principle: 'P16', effect: { loyalty: 4 } },
  rush: { principle: 'P11', effect: { anger: 6, confusion: 6 } },
};

/** Flags some techniques set by themselves, for their delayed or business consequences. */
export const IMPLIED_FLAGS: Partial<Record<Technique, string>> = {
  cave: 'policy-broken',
  overpromise: 'false-promise',
  vague: 'misunderstanding',
};

export function impliedFlags(techniques: readonly Technique[]): string[] {
  return techniques.flatMap((t) => (IMPLIED_FLAGS[t] ? [IMPLIED_FLAGS[t]!] : []));
}

/** A consequence that lands some turns after the move that caused it (P10, P13). */
export interface DelayedEffect {
  rule: string;
  principle: PrincipleId;
  after: number;
  effect: Deltas;
}

export const DELAYED_EFFECTS: Partial<Record<Technique, DelayedEffect>> = {
  overpromise: { rule: 'P13.promise-broken', principle: 'P13', after: 2, effect: { anger: 25, trust: -20 } },
  vague: { rule: 'P10.misunderstanding-surfaces', principle: 'P10', after: 2, effect: { anger: 12, trust: -6, confusion: 8 } },
};

/** What the rules may look at: the customer, the meters before the move, and the history. */
export interface RuleContext {
  archetype: Archetype;
  traits: readonly Trait[];
  meters: Meters;
  mood: AngerMood;
  /** The techniques of the chosen reply. */
  techniques: readonly Technique[];
  /** How often each technique was used before this turn. */
  uses: Partial<Record<Technique, number>>;
  /** Whether the trainee has heard the customer out (any hearing technique used before). */
  heard: boolean;
  /** Index in LAST_STAGES of the furthest stage reached so far, -1 for none. */
  lastStage: number;
  flags: readonly string[];
  /** The reply took longer than the turn's time limit (assessment mode, P3). */
  slow: boolean;
}

/** A rule's condition: every field given must hold. Checked per technique for scaling rules. */
export interface When {
  archetype?: Archetype;
  trait?: Trait;
  mood?: readonly AngerMood[];
  heard?: boolean;
  /** `advances`: the technique's LAST stage is the next one; `skips`: it jumps ahead (P2). */
  stage?: 'advances' | 'skips';
  /** No technique of this rule's list was used before (the first acknowledgement, P5). */
  firstOfList?: boolean;
  /** This technique was used before (P12). */
  repeated?: boolean;
  /** The problem has been acted on: `solved` set or `solve` used before. */
  closing?: boolean;
  notClosing?: boolean;
  /** The reply also uses one of these. */
  with?: readonly Technique[];
  /** The reply uses no helpful technique at all: a stall (P3). */
  noHelpful?: boolean;
  /** The reply uses none of these. */
  without?: readonly Technique[];
  slow?: boolean;
  /**
   * This technique was used before: in an earlier turn, or earlier in the same reply (e.g.
   * `validate-feeling` then `explain` in one reply is a respectful correction, P9).
   */
  usedBefore?: Technique;
  notUsedBefore?: Technique;
  angerAtLeast?: number;
  trustAtLeast?: number;
  composureBelow?: number;
  confusionAtLeast?: number;
}

/**
 * How a rule changes things. `scale` multiplies the listed meters of each matching technique's
 * contribution (all meters with `all`); `factor` names a multiplier computed from the context;
 * `add` is an effect of its own, once per turn.
 */
export interface Rule {
  id: string;
  principle: PrincipleId;
  /** Techniques whose contribution the rule scales; left out for rules that only `add`. */
  techniques?: readonly Technique[];
  /**
   * The techniques of the reply that the rule's words (`locales/{en,ar}/rules.json`) speak of: it is
   * shown only for a technique in this list. Left out, the words speak of `techniques` as a
   * group (e.g. "your good moves"); a rule whose words speak of no move of the reply (the
   * customer's hostile line, a slow reply, a stall) has an empty list.
   */
  speaksOf?: readonly Technique[];
  when: When;
  scale?: Partial<Record<Meter | 'all', number>>;
  factor?: 'anger-level' | 'repetition-decay' | 'repetition-cost';
  add?: Deltas;
}

/** Below this composure the trainee's good moves land less well (P14). */
export const SHAKEN_BELOW = 40;

const HELPFUL: readonly Technique[] = HELPFUL_TECHNIQUES;
/** The helpful moves made to the customer: a breath is the trainee's own, and the customer feels nothing of it (P14). */
const TO_THE_CUSTOMER: readonly Technique[] = HELPFUL.filter((t) => t !== 'breathe');
const HARMFUL: readonly Technique[] = HARMFUL_TECHNIQUES;
/**
 * The harmful moves that anger by themselves: a temper (short or long) changes how much they sting.
 * Caving and overpromising calm for now, and a short fuse must not make giving in calm more (P9, P13).
 */
const ANGERING: readonly Technique[] = HARMFUL.filter((t) => (BASE_EFFECTS[t].effect.anger ?? 0) > 0);
const HOT: readonly AngerMood[] = ['furious', 'angry'];
const SOLUTIONS: readonly Technique[] = ['solve', 'explain', 'compromise', 'set-expectation'];

/** The rule table. Scaling rules apply in this order, then the adding rules. */
export const RULES: readonly Rule[] = [
  { id: 'P1.solutions-bounce-off', principle: 'P1', techniques: ['solve', 'explain', 'compromise', 'product-knowledge'], when: { mood: HOT }, scale: { all: 0.35 } },
  { id: 'P1.feelings-first', principle: 'P1', techniques: ['listen', 'acknowledge', 'empathize', 'apologize', 'validate-feeling'], when: { mood: HOT }, scale: { all: 1.4 } },
  { id: 'P6.unheard-solution', principle: 'P6', techniques: ['solve', 'explain', 'compromise'], when: { heard: false, angerAtLeast: 20 }, scale: { all: 0.6 } },
  { id: 'P2.in-order', principle: 'P2', techniques: ['listen', 'acknowledge', 'empathize', 'ask', 'paraphrase', 'validate-feeling', 'apologize', 'solve', 'compromise', 'thank'], when: { stage: 'advances' }, scale: { all: 1.2 } },
  { id: 'P2.out-of-order', principle: 'P2', techniques: ['apologize', 'solve', 'compromise', 'thank'], when: { stage: 'skips' }, scale: { all: 0.75 } },
  { id: 'P2.thanks-too-early', principle: 'P2', techniques: ['thank'], when: { notClosing: true }, scale: { all: 0.3 } },
  { id: 'P3.act-once-heard', principle: 'P3', techniques: ['solve'], when: { heard: true, mood: ['upset', 'calming', 'calm'] }, scale: { all: 1.3 } },
  { id: 'P4.argue-heat', principle: 'P4', techniques: ['argue'], when: {}, factor: 'anger-level' },
  { id: 'P5.first-acknowledgement', principle: 'P5', techniques: ['acknowledge', 'empathize'], when: { firstOfList: true }, scale: { all: 1.3 } },
  { id: 'P7.positive-framing', principle: 'P7', techniques: SOLUTIONS, when: { with: ['positive-language'] }, scale: { all: 1.25 } },
  { id: 'P7.negative-framing', principle: 'P7', techniques: SOLUTIONS, when: { with: ['negative-language'] }, scale: { all: 0.6 } },
  { id: 'P8.halo', principle: 'P8', techniques: TO_THE_CUSTOMER, when: { trustAtLeast: 60 }, scale: { anger: 1.15 } },
  { id: 'P9.respected-correction', principle: 'P9', techniques: ['explain', 'compromise'], when: { archetype: 'mistaken', usedBefore: 'validate-feeling' }, scale: { belief: 1.5, anger: 1.3 } },
  { id: 'P9.blame-lingers', principle: 'P9', techniques: ['validate-feeling', 'compromise', 'explain', 'apologize'], when: { archetype: 'mistaken', usedBefore: 'blame' }, scale: { all: 0.6 } },
  { id: 'P9.blunt-correction', principle: 'P9', techniques: ['explain'], when: { archetype: 'mistaken', notUsedBefore: 'validate-feeling' }, scale: { belief: 0.4 }, add: { anger: 5 } },
  { id: 'P9.blaming-the-mistaken', principle: 'P9', techniques: ['blame', 'argue'], when: { archetype: 'mistaken' }, scale: { all: 1.5 } },
  { id: 'P10.clear-for-the-confused', principle: 'P10', techniques: ['explain', 'paraphrase'], when: { archetype: 'confused' }, scale: { confusion: 1.3 } },
  { id: 'P10.fog-for-the-confused', principle: 'P10', techniques: ['jargon', 'vague'], when: { archetype: 'confused' }, scale: { confusion: 1.5 } },
  { id: 'P10.confusion-turns-to-anger', principle: 'P10', techniques: ['jargon', 'vague', 'rush', 'dismiss'], when: { confusionAtLeast: 40 }, add: { anger: 6 } },
  { id: 'P11.rushing-the-confused', principle: 'P11', techniques: ['rush'], when: { archetype: 'confused' }, scale: { all: 1.5 } },
  { id: 'P12.diminishing-returns', principle: 'P12', techniques: TO_THE_CUSTOMER, when: { repeated: true }, factor: 'repetition-decay' },
  { id: 'P12.script-wears-thin', principle: 'P12', techniques: ['scripted'], when: { repeated: true }, factor: 'repetition-cost' },
  { id: 'P12.short-fused', principle: 'P12', techniques: ANGERING, when: { trait: 'short-fused' }, scale: { anger: 1.5 } },
  { id: 'P12.patient', principle: 'P12', techniques: ANGERING, when: { trait: 'patient' }, scale: { anger: 0.7 } },
  { id: 'P12.expert-needs-no-glossary', principle: 'P12', techniques: ['jargon'], when: { trait: 'expert' }, scale: { confusion: 0.2, anger: 0 } },
  { id: 'P12.expert-hears-the-script', principle: 'P12', techniques: ['scripted'], when: { trait: 'expert' }, scale: { all: 2 } },
  { id: 'P12.novice-needs-plain-words', principle: 'P12', techniques: ['jargon', 'explain', 'paraphrase'], when: { trait: 'novice' }, scale: { confusion: 1.4 } },
  { id: 'P12.colleague-values-follow-up', principle: 'P12', techniques: ['future-help', 'set-expectation'], when: { trait: 'internal' }, scale: { all: 1.4 } },
  { id: 'P12.pride-stung', principle: 'P12', techniques: ['blame', 'dismiss', 'argue'], when: { trait: 'proud' }, scale: { anger: 1.4 } },
  { id: 'P12.pride-respected', principle: 'P12', techniques: ['use-name'], when: { trait: 'proud' }, scale: { all: 1.3 } },
  { id: 'P12.pride-feeling-valued', principle: 'P12', techniques: ['validate-feeling'], when: { trait: 'proud' }, scale: { all: 1.3 } },
  { id: 'P14.shaken-trainee', principle: 'P14', techniques: TO_THE_CUSTOMER, when: { composureBelow: SHAKEN_BELOW }, scale: { anger: 0.7, trust: 0.7, confusion: 0.7, belief: 0.7 } },
  { id: 'P15.door-left-open', principle: 'P15', techniques: ['thank', 'future-help'], when: { closing: true }, scale: { loyalty: 1.5 }, add: { loyalty: 3 } },
  { id: 'P16.knows-the-product', principle: 'P16', techniques: ['solve', 'explain'], when: { with: ['product-knowledge'] }, scale: { all: 1.3 } },
  { id: 'P16.upsell-while-upset', principle: 'P16', techniques: ['upsell'], when: { angerAtLeast: 30 }, scale: { loyalty: 0 }, add: { anger: 10, trust: -4 } },
  // Caving and overpromising are not stalls: they move things, the wrong way (P9, P13).
  { id: 'P3.stall', principle: 'P3', when: { noHelpful: true, without: ['cave', 'overpromise'] }, add: { anger: 3 }, speaksOf: [] },
  { id: 'P3.slow-reply', principle: 'P3', when: { slow: true }, add: { anger: 6 }, speaksOf: [] },
];

/** A rule's condition, for `technique` at `position` in the reply, after LAST stage `stage`. */
type Check = (ctx: RuleContext, stage: number, technique: Technique | undefined, position: number) => boolean;

/**
 * A rule ready to apply: its condition as only the checks it names (most fields of a `when` are
 * unset, and this runs for every technique of every turn analysed), and its fixed scale per meter
 * (in METERS order; left out for rules whose factor depends on the context).
 */
interface Prepared {
  rule: Rule;
  checks: Check[];
  scale?: number[];
}

function prepare(rule: Rule): Prepared {
  const w = rule.when;
  const checks: Check[] = [];
  const on = (check: Check) => checks.push(check);
  if (w.archetype) on((c) => c.archetype === w.archetype);
  if (w.trait) on((c) => c.traits.includes(w.trait!));
  if (w.mood) on((c) => w.mood!.includes(c.mood));
  if (w.heard !== undefined) on((c) => c.heard === w.heard);
  if (w.closing) on((c) => isClosing(c));
  if (w.notClosing) on((c) => !isClosing(c));
  if (w.with) on((c) => w.with!.some((t) => c.techniques.includes(t)));
  if (w.noHelpful) on((c) => !c.techniques.some((t) => HELPFUL.includes(t)));
  if (w.without) on((c) => !w.without!.some((t) => c.techniques.includes(t)));
  if (w.slow) on((c) => c.slow);
  if (w.usedBefore) on((c, _s, _t, position) => !!(c.uses[w.usedBefore!] ?? 0) || earlierIn(c.techniques, w.usedBefore!, position));
  if (w.notUsedBefore) on((c, _s, _t, position) => !((c.uses[w.notUsedBefore!] ?? 0) > 0 || earlierIn(c.techniques, w.notUsedBefore!, position)));
  if (w.angerAtLeast !== undefined) on((c) => c.meters.anger >= w.angerAtLeast!);
  if (w.trustAtLeast !== undefined) on((c) => c.meters.trust >= w.trustAtLeast!);
  if (w.composureBelow !== undefined) on((c) => c.meters.composure < w.composureBelow!);
  if (w.confusionAtLeast !== undefined) on((c) => c.meters.confusion >= w.confusionAtLeast!);
  // These speak of the technique the rule is applied to; a rule applied to none passes them.
  if (w.repeated) on((c, _s, t) => !t || !!(c.uses[t] ?? 0));
  if (w.firstOfList) on((c, _s, t) => !t || !rule.techniques!.some((x) => (c.uses[x] ?? 0) > 0));
  if (w.stage) {
    on((_c, stage, t) => {
      if (!t) return true;
      const own = lastStageOf(t);
      if (!own) return false;
      const index = LAST_STAGES.indexOf(own);
      return w.stage === 'advances' ? index === stage + 1 : index > stage + 1;
    });
  }
  const scale = rule.factor ? undefined : METERS.map((m) => rule.scale?.[m] ?? rule.scale?.all ?? 1);
  return { rule, checks, ...(scale ? { scale } : {}) };
}

/** The scaling rules that concern each technique, in table order (an index, not new rules). */
const SCALING_RULES = new Map<Technique, Prepared[]>();
for (const rule of RULES) {
  if (!rule.scale && !rule.factor) continue;
  const prepared = prepare(rule);
  for (const t of rule.techniques ?? []) SCALING_RULES.set(t, [...(SCALING_RULES.get(t) ?? []), prepared]);
}
const NO_RULES: readonly Prepared[] = [];
const ADDING_RULES = RULES.filter((r): r is Rule & { add: Deltas } => r.add !== undefined).map((rule) => ({ ...prepare(rule), rule }));
/** Each technique's base effect per meter, in METERS order. */
const BASE_VECTORS = new Map(Object.entries(BASE_EFFECTS).map(([t, b]) => [t as Technique, METERS.map((m) => b.effect[m] ?? 0)]));

/** One rule's effect on one meter in one turn: the debrief's unit of explanation. */
export interface Application {
  rule: string;
  principle: PrincipleId;
  technique?: Technique;
  meter: Meter;
  /** The contribution before and after this rule (for a base effect, from 0). */
  from: number;
  to: number;
}

/** What a reply does: the summed change of each meter and every step that produced it. */
export interface Evaluation {
  deltas: Deltas;
  applications: Application[];
}

/** Applies the base effects and the rule table to one reply. Pure. */
/** With `record` off, the applications are left out (analysis needs only the numbers). */
export function evaluate(ctx: RuleContext, record = true): Evaluation {
  const applications: Application[] = [];
  // Per meter in METERS order; sums and products in the same order as the table reads.
  const total = [0, 0, 0, 0, 0, 0];

  // Within one reply, LAST stages and earlier moves count in the order the techniques are listed.
  const techniques = ctx.techniques;
  let stage = ctx.lastStage;
  for (let position = 0; position < techniques.length; position++) {
    const technique = techniques[position]!;
    const here = stage;
    stage = stageAfter(stage, technique);
    const contribution = BASE_VECTORS.get(technique)!.slice();
    if (record) {
      const principle = BASE_EFFECTS[technique].principle;
      METERS.forEach((meter, i) => {
        if (contribution[i]) applications.push({ rule: `base.${technique}`, principle, technique, meter, from: 0, to: contribution[i]! });
      });
    }
    for (const { rule, checks, scale } of SCALING_RULES.get(technique) ?? NO_RULES) {
      if (!passes(checks, ctx, here, technique, position)) continue;
      for (let i = 0; i < METERS.length; i++) {
        const before = contribution[i]!;
        if (!before) continue;
        const after = before * (scale ? scale[i]! : multiplier(rule, METERS[i]!, ctx, technique));
        if (after === before) continue;
        contribution[i] = after;
        if (record) applications.push({ rule: rule.id, principle: rule.principle, technique, meter: METERS[i]!, from: round1(before), to: round1(after) });
      }
    }
    for (let i = 0; i < METERS.length; i++) total[i]! += contribution[i]!;
  }

  for (const { rule, checks } of ADDING_RULES) {
    // The rule speaks of the first of its techniques (in its own order) that the reply uses.
    let technique: Technique | undefined;
    if (rule.techniques) {
      technique = rule.techniques.find((t) => techniques.includes(t));
      if (!technique) continue;
    }
    if (!passes(checks, ctx, ctx.lastStage, technique, technique ? techniques.indexOf(technique) : 0)) continue;
    METERS.forEach((meter, i) => {
      const v = rule.add[meter];
      if (!v) return;
      total[i]! += v;
      if (record) applications.push({ rule: rule.id, principle: rule.principle, ...(technique ? { technique } : {}), meter, from: 0, to: v });
    });
  }

  const deltas: Deltas = {};
  METERS.forEach((meter, i) => {
    const v = Math.round(total[i]!);
    if (v !== 0) deltas[meter] = v;
  });
  return { deltas, applications };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function multiplier(rule: Rule, meter: Meter, ctx: RuleContext, technique: Technique): number {
  if (rule.factor === 'anger-level') return 0.5 + ctx.meters.anger / 100;
  if (rule.factor === 'repetition-decay') return 0.6 ** (ctx.uses[technique] ?? 0);
  if (rule.factor === 'repetition-cost') return meter === 'trust' ? 1 + 2 * (ctx.uses[technique] ?? 0) : 1;
  const scale = rule.scale ?? {};
  return scale[meter] ?? scale.all ?? 1;
}

function isClosing(ctx: RuleContext): boolean {
  return ctx.flags.includes('solved') || (ctx.uses.solve ?? 0) > 0 || (ctx.uses.compromise ?? 0) > 0;
}

/** Whether `technique` comes among the first `position` techniques of the reply. */
function earlierIn(techniques: readonly Technique[], technique: Technique, position: number): boolean {
  const i = techniques.indexOf(technique);
  return i !== -1 && i < position;
}

function passes(checks: readonly Check[], ctx: RuleContext, stage: number, technique: Technique | undefined, position: number): boolean {
  for (const check of checks) if (!check(ctx, stage, technique, position)) return false;
  return true;
}

/** The LAST stage after one technique: the next stage when it is the one due, else unchanged. */
export function stageAfter(stage: number, technique: Technique): number {
  const s = lastStageOf(technique);
  return s && LAST_STAGES.indexOf(s) === stage + 1 ? stage + 1 : stage;
}

/** The LAST stage reached after a reply: the furthest stage reached in order. */
export function advanceStage(lastStage: number, techniques: readonly Technique[]): number {
  return techniques.reduce(stageAfter, lastStage);
}
