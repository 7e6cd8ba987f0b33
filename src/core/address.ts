/**
 * Who a text speaks to or about, in languages that inflect by gender (Arabic).
 *
 * Two genders meet in one screen, and i18next has one `context`; so they are kept apart:
 * - the CUSTOMER's gender is the i18next `context`: `forCustomer(customer)` gives
 *   `{ context: 'female' }` for a woman, and Arabic keys carry a `_female` form
 *   (`vocabulary:archetype.confused` → `…confused_female` «عميلة حائرة»). Only the keys listed in
 *   `CUSTOMER_GENDERED` are looked up this way; a test checks that each has both forms and that
 *   no `forCustomer` call site uses any other key.
 * - the TRAINEE's gender is bound to the translator (`translator(lang, extra, trainee)` in
 *   `i18n.ts`): for a female trainee every key is first tried with the suffix `_trainee_female`
 *   (`ui:conversation.youSaid` «قلتَ» → `…youSaid_trainee_female` «قلتِ»), before its own
 *   context and plural suffixes (`…timeLeft_trainee_female_few`, `…hostile-line_trainee_female_female`).
 *   Keys whose words do not change with the trainee's gender need no such form.
 */
/** The i18next params that make a label agree with the customer's gender. */
export function forCustomer(customer: { gender?: 'female' | 'male' | undefined }): { context?: 'female' } {
  return customer.gender === 'female' ? { context: 'female' } : {};
}

/**
 * Every key shown with the customer's gender: a whole group when it ends with `.`, else one key.
 * Each needs an Arabic `_female` form (the same words when they do not change).
 */
export const CUSTOMER_GENDERED: readonly string[] = [
  'vocabulary:archetype.',
  'vocabulary:trait.',
  'vocabulary:mood.',
  'vocabulary:outcome.',
  'vocabulary:outcomeText.',
  'ui:meter.',
  'ui:briefing.customer',
  'ui:conversation.customerSays',
  'ui:conversation.portrait',
  'ui:conversation.walkedOut',
  'ui:conversation.escalated',
  'cli:play.mood',
  'cli:play.left',
  'rules:composure.hostile-line',
  'rules:composure.sharp-line',
  'rules:composure.pressing-line',
  'rules:composure.retort',
  'rules:rule.P14.hostile-line',
  'rules:rule.P1.solutions-bounce-off',
  'rules:rule.P1.feelings-first',
  'rules:rule.P2.thanks-too-early',
  'rules:rule.P3.act-once-heard',
  'rules:rule.P3.slow-reply',
  'rules:rule.P4.argue-heat',
  'rules:rule.P6.unheard-solution',
  'rules:rule.P8.halo',
  'rules:rule.P9.respected-correction',
  'rules:rule.P9.blunt-correction',
  'rules:rule.P9.blaming-the-mistaken',
  'rules:rule.P9.blame-lingers',
  'rules:rule.P10.clear-for-the-confused',
  'rules:rule.P10.fog-for-the-confused',
  'rules:rule.P10.confusion-turns-to-anger',
  'rules:rule.P11.rushing-the-confused',
  'rules:rule.P12.short-fused',
  'rules:rule.P12.patient',
  'rules:rule.P12.expert-needs-no-glossary',
  'rules:rule.P12.expert-hears-the-script',
  'rules:rule.P12.novice-needs-plain-words',
  'rules:rule.P12.colleague-values-follow-up',
  'rules:rule.P12.pride-stung',
  'rules:rule.P12.pride-respected',
  'rules:rule.P12.pride-feeling-valued',
  'rules:rule.P15.door-left-open',
  'rules:rule.P16.upsell-while-upset',
  ...['paraphrase', 'solve', 'use-name', 'thank', 'compromise', 'validate-feeling', 'argue', 'blame', 'dismiss', 'jargon', 'vague', 'overpromise', 'cave', 'upsell'].map((t) => `rules:rule.base.${t}`),
];
