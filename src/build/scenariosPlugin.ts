/**
 * Vite plugin: the scenarios are checked at build time, in Node, by the same core loader the CLI
 * uses, and reach the browser as plain data (`virtual:sabr-scenarios`) — so the YAML parser and
 * the lint never ship to trainees, and a broken scenario fails the build with the check's own
 * located messages. In development a broken file is shown in the game instead, and editing,
 * adding or removing a scenario reloads the page.
 */
import { basename, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFile, SCENARIO_FILE, scenarioFiles } from '../cli/files.ts';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import type { Scenario } from '../core/schema.ts';
import { existsSync, readFileSync } from 'node:fs';
import { defaultTracks, loadTracks, type Tracks } from '../core/tracks.ts';

/** The onboarding tracks beside the scenarios (`tracks.yaml`), checked against them; by difficulty when absent. */
export function readTracks(dir: string, root: string, scenarios: Scenario[]): { tracks: Tracks; problems: Diagnostic[]; file: string } {
  const file = resolve(dir, 'tracks.yaml');
  if (!existsSync(file)) return { tracks: defaultTracks(scenarios), problems: [], file };
  const result = loadTracks(readFileSync(file, 'utf8'), relative(root, file), scenarios.map((s) => s.id));
  return { tracks: result.tracks ?? defaultTracks(scenarios), problems: result.diagnostics, file };
}

export const SCENARIOS_MODULE = 'virtual:sabr-scenarios';
const RESOLVED = `\0${SCENARIOS_MODULE}`;
/** The same files as their trainers wrote them, for the studio: `[{ file, text }]`. */
export const SOURCES_MODULE = 'virtual:sabr-scenario-sources';
const RESOLVED_SOURCES = `\0${SOURCES_MODULE}`;

/** Every scenario in `dir`, loaded and checked as `sabr check` does, with the errors of the files that failed. */
export function readLibrary(dir: string, root: string): { scenarios: Scenario[]; problems: Diagnostic[]; files: string[] } {
  const { files } = scenarioFiles([relative(root, dir) || '.'], root);
  const scenarios: Scenario[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const result = loadFile(file, root);
    if (result.scenario) scenarios.push(result.scenario);
    else problems.push(...result.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { scenarios, problems, files: files.map((f) => resolve(root, f)) };
}

export function scenariosPlugin(dir: string): Plugin {
  let building = false;
  let root = process.cwd();
  return {
    name: 'sabr-scenarios',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE ? RESOLVED : id === SOURCES_MODULE ? RESOLVED_SOURCES : undefined;
    },
    load(id) {
      if (id === RESOLVED_SOURCES) {
        const files = scenarioFiles([relative(root, dir) || '.'], root).files.map((f) => resolve(root, f));
        for (const file of files) this.addWatchFile(file);
        return `export default ${JSON.stringify(files.map((file) => ({ file: basename(file), text: readFileSync(file, 'utf8') })))};`;
      }
      if (id !== RESOLVED) return undefined;
      const { scenarios, problems: scenarioProblems, files } = readLibrary(dir, root);
      const tracks = readTracks(dir, root, scenarios);
      const problems = [...scenarioProblems, ...tracks.problems];
      for (const file of [...files, tracks.file]) this.addWatchFile(file);
      if (building && problems.length) {
        this.error(`Scenario files have errors (npm run sabr -- check):\n${problems.map((d) => formatDiagnostic(d, 'en')).join('\n')}`);
      }
      return `export default ${JSON.stringify({ scenarios, problems, tracks: tracks.tracks })};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir) || !(SCENARIO_FILE.test(file) || file.endsWith('tracks.yaml'))) return;
        const graph = server.environments.client.moduleGraph;
        for (const resolved of [RESOLVED, RESOLVED_SOURCES]) {
          const module = graph.getModuleById(resolved);
          if (module) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      server.watcher.on('change', reload);
    },
  };
}
