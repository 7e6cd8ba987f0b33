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
  effect: `${SABR_IRI}extensions/effect`,
  scenario: `${SABR_IRI}extensions/scenario`,
  language: `${SABR_IRI}extensions/language`,
  turn: `${SABR_IRI}extensions/turn`,
  attempt: `${SABR_IRI}extensions/attempt`,
} as const;

/** Activity types: ADL's registered ones, since a scenario is a simulation and a beat a cmi interaction. */
export const ACTIVITY_TYPE = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/** The State API document that keeps a learner's ledger (resume, best score, attempts). */
export const STATE_ID = `${SABR_IRI}state/ledger`;
