/**
 * Synthetic scenarios for the benchmark, so it measures the engine even with no content
 * shipped (and the same thing whatever the content). Generated from a fixed seed: the same
 * scenarios every run. They exercise what costs time in a reply: several techniques per option,
 * the three archetypes with traits, delayed effects (overpromise, vague), author overrides,
 * flags set and cleared, branches on moods and flags, variants, hostile lines (variants with a
 * hostility of their own, 0 included, and without), loops back to earlier beats, and several
 * endings (reached with delayed consequences still pending, which then all land).
 */
import { seededRandom } from '../src/core/bots.ts';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../src/core/schema.ts';
import type { Archetype, Technique, Trait } from '../src/core/vocabulary.ts';


type Reply = { techniques: Technique[]; sets?: string[]; clears?: string[]; effect?: Record<string, number> };

const GOOD: Reply[] = [
  { techniques: ['listen', 'acknowledge'] },
  { techniques: ['empathize', 'use-name'] },
  { techniques: ['apologize'] },
  { techniques: ['apologize', 'empathize'] },
  { techniques: ['paraphrase', 'ask'] },
  { techniques: ['validate-feeling', 'explain'] },
  { techniques: ['solve', 'positive-language'], sets: ['solved'] },
  { techniques: ['solve', 'product-knowledge'], sets: ['solved', 'refund-offered'] },
  { techniques: ['set-expectation', 'positive-language'] },
  { techniques: ['compromise'], sets: ['refund-offered'] },
  { techniques: ['explain', 'product-knowledge'] },
  { techniques: ['thank', 'future-help'] },
];

const BAD: Reply[] = [
  { techniques: ['argue'] },
  { techniques: ['blame'] },
  { techniques: ['dismiss', 'negative-language'] },
  { techniques: ['jargon'] },
  { techniques: ['vague'] },
  { techniques: ['deflect'] },
  { techniques: ['overpromise'] },
  { techniques: ['cave'], sets: ['solved'] },
  { techniques: ['scripted'] },
  { techniques: ['apologize', 'scripted'] },
  { techniques: ['personal'] },
  { techniques: ['upsell'] },
  { techniques: ['rush'] },
  { techniques: ['solve', 'negative-language'], clears: ['refund-offered'] },
  { techniques: ['listen', 'rush'], effect: { anger: 4 } },
];

const LINES = [
  { en: "Where's my order?! It's been {3} days — #unacceptable.", ar: 'وين طلبي؟! صار له ثلاث أيام — هذا غير مقبول.' },
  { en: 'I want to speak to someone who actually knows [anything].', ar: 'أبي أكلم أحد يفهم فعلاً.' },
  { en: 'Your app charged me twice | and nobody answers.', ar: 'التطبيق خصم مني مرتين وما أحد يرد.' },
  { en: "Don't give me the script -> just fix it.", ar: 'لا تقرأ لي من النص، حلها وبس.' },
  { en: 'So what now? <waiting>', ar: 'طيب والحين؟' },
  { en: 'That is not what the ad said, 50% off.', ar: 'الإعلان قال خصم ٥٠٪.' },
];

const REPLIES = [
  { en: 'I hear you, and I understand.', ar: 'أسمعك وأفهمك.' },
  { en: "That's not how it works.", ar: 'الموضوع ما يمشي كذا.' },
  { en: "Let me fix this for you right now — it's done.", ar: 'خلني أحلها لك الحين.' },
  { en: 'Per policy 4.2/b, the SLA is 72h.', ar: 'حسب السياسة، المدة ٧٢ ساعة.' },
];

function beatId(i: number): string {
  return `step-${i}`;
}

/** One synthetic scenario: `beats` beats in a chain with loops, side branches and endings. */
export function fixtureScenario(id: string, archetype: Archetype, traits: Trait[], seed: number, beats = 14): Scenario {
  const rng = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const out: ScenarioInput['beats'] = [];
  for (let i = 0; i < beats; i++) {
    const last = i === beats - 1;
    const forward = last ? 'resolved' : beatId(i + 1);
    const skip = i + 2 < beats ? beatId(i + 2) : 'parted';
    const back = beatId(Math.max(0, i - 1 - Math.floor(rng() * 2)));
    const n = 3 + Math.floor(rng() * 2);
    const options: ScenarioInput['beats'][number]['options'] = [];
    for (let k = 0; k < n; k++) {
      const good = k === 0 || (k < n - 1 && rng() < 0.5);
      const reply = good ? pick(GOOD) : pick(BAD);
      let next: ScenarioInput['beats'][number]['options'][number]['next'];
      if (good) {
        next = rng() < 0.5
          ? forward
          : [
              { when: { mood: ['calm', 'calming'], flags: ['solved'] }, to: 'resolved' },
              { when: { mood: ['accepting', 'understood'], notFlags: ['refund-offered'] }, to: skip },
              { to: forward },
            ];
      } else {
        next = rng() < 0.5
          ? back
          : [
              { when: { mood: ['furious'] }, to: 'manager' },
              { when: { flags: ['false-promise'] }, to: 'parted' },
              { to: rng() < 0.5 ? beatId(i) : back },
            ];
      }
      options.push({
        text: REPLIES[(k + i) % REPLIES.length]!,
        techniques: reply.techniques,
        ...(reply.sets ? { sets: reply.sets } : {}),
        ...(reply.clears ? { clears: reply.clears } : {}),
        ...(reply.effect ? { effect: reply.effect } : {}),
        next,
      });
    }
    out.push({
      id: beatId(i),
      hostility: Math.floor(rng() * 4),
      line: LINES[i % LINES.length]!,
      ...(i % 3 === 0
        ? {
            variants: [
              // A variant's own hostility replaces the beat's (0 included); without one, the beat's counts.
              { when: { mood: ['furious'] }, line: { en: 'Are you even listening?!', ar: 'أنت تسمعني أصلاً؟!' }, hostility: 3 },
              { when: { flags: ['refund-offered'] }, line: { en: 'Fine, the refund — when?', ar: 'طيب، الاسترجاع متى؟' }, hostility: 0 },
              { when: { mood: ['angry'] }, line: { en: 'Go on then. Fix it.', ar: 'يلا، حلها.' } },
            ],
          }
        : {}),
      options,
    });
  }
  const input: ScenarioInput = {
    id,
    languages: ['en', 'ar'],
    title: { en: `Bench ${id}`, ar: `قياس ${id}` },
    summary: { en: 'A synthetic scenario for the benchmark.', ar: 'سيناريو اصطناعي للقياس.' },
    briefing: { en: 'Generated; see bench/fixture.ts.', ar: 'مولّد؛ انظر bench/fixture.ts.' },
    difficulty: 'hard',
    minutes: 10,
    goals: ['P1', 'P2', 'P3', 'P12'],
    maxTurns: 18,
    customer: { name: { en: 'Sam', ar: 'سام' }, archetype, traits },
    beats: out,
    endings: [
      {
        id: 'resolved',
        line: { en: 'Thanks, that helps.', ar: 'شكراً، هذا يساعد.' },
        variants: [
          { when: { outcome: ['satisfied'] }, line: { en: 'Thank you — really.', ar: 'شكراً — فعلاً.' } },
          { when: { outcome: ['business-lost'] }, line: { en: 'Great, free stuff!', ar: 'ممتاز، ببلاش!' } },
        ],
      },
      { id: 'parted', line: { en: 'Whatever. Bye.', ar: 'طيب. مع السلامة.' } },
      { id: 'manager', line: { en: 'Get me your manager. Now.', ar: 'أبي المدير. الحين.' } },
    ],
  };
  return scenarioSchema.parse(input);
}

/** The benchmark's built-in scenarios: one per archetype, with traits that switch rules on. */
export function fixtureScenarios(): Scenario[] {
  return [
    fixtureScenario('bench-angry', 'angry', ['short-fused'], 1),
    fixtureScenario('bench-confused', 'confused', ['novice', 'patient'], 2),
    fixtureScenario('bench-mistaken', 'mistaken', ['proud', 'expert'], 3),
  ];
}
