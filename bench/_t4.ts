import { Compiler } from 'inkjs/compiler/Compiler';
import { fixtureScenarios } from './fixture';
import { scenarioToInk } from './ink';
import { playInk } from './run';
const sc = fixtureScenarios()[0]!;
const story = new Compiler(scenarioToInk(sc).source).Compile();
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 8000) for (let i = 0; i < 50; i++) n += playInk(story, i);
console.log('ink rate', (n / (performance.now() - t0) * 1000).toFixed(0));
