/**
 * Sabr's xAPI profile: the IRIs of its activities, verbs and extensions (docs/xapi-profile.md
 * describes each). Changing one changes what a company's LRS has recorded: keep them stable.
 */

/** Every Sabr IRI starts here. */
export const SABR_IRI = 'https://w3id.org/xapi/sabr/';

export const EXT = {
  techniques: `${SABR_IRI}extensions/techniques`,
  metersBefore: `${SABR_IRI}extensions/meters-before`,
  metersAfter: `${SABR_IRI}extensions/meters-after`,
  rules: `${SABR_IRI}extensions/rules`,
  principles: `${SABR_IRI}extensions/principles`,
  outcome: `${SABR_IRI}extensions/outcome`,
  effect: `${SABR_IRI}extensions/effect`,
  scenario: `${SABR_IRI}extensions/scenario`,
  language: `${SABR_IRI}extensions/language`,
  turn: `${SABR_IRI}extensions/turn`,
  attempt: `${SABR_IRI}extensions/attempt`,
  attempts: `${SABR_IRI}extensions/attempts`,
} as const;

export const ACTIVITY_TYPE = {
  scenario: `${SABR_IRI}activity-types/scenario`,
  state: `${SABR_IRI}state/ledger`,
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;
