import { fixtureScenarios } from './fixture';
import { compileInk, mulberry32 } from './run';
import { startSession, choose, currentBeat, customerState } from '../src/core/session';
import { METERS } from '../src/core/vocabulary';
const sc = fixtureScenarios()[0]!;
const { story } = compileInk(sc);
const seed = 24;
let rng = mulberry32(seed);
let s = startSession(sc);
while (!s.outcome) {
  const b = currentBeat(s)!; const i = (rng() * b.options.length) | 0;
  s = choose(s, i);
  const t = s.turns.at(-1)!;
  console.log('E', t.beat, i, t.techniques.join('+'), JSON.stringify(t.after), t.applications.filter(a=>a.meter==='anger' || a.meter==='trust').map(a=>`${a.rule}:${a.meter}:${a.from}->${a.to}`).join(' '));
}
rng = mulberry32(seed);
story.ResetState();
for (;;) {
  while (story.canContinue) story.Continue();
  const c = story.currentChoices; if (!c.length) break;
  const i = (rng() * c.length) | 0;
  story.ChooseChoiceIndex(i);
  // peek after continuing the function call
  const v = story.variablesState;
  console.log('I', i, JSON.stringify(Object.fromEntries(METERS.map(m => [m, v.$(m)]))), 'd', v.$('d_anger'), v.$('d_trust'), 'stage', v.$('last_stage'), 'heard', v.$('heard'));
}
