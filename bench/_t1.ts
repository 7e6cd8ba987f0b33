import { fixtureScenarios } from './fixture';
import { scenarioToInk } from './ink';
import { compileInk, agreement } from './run';
const s = fixtureScenarios()[0]!;
const c = scenarioToInk(s);
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/angry.ink', c.source);
console.log(c.notes, c.source.length);
const k = compileInk(s);
console.log('compiled', k.ms);
for (const sc of fixtureScenarios()) { const kk = compileInk(sc); console.log(sc.id, agreement(sc, kk.story, 200)); }
