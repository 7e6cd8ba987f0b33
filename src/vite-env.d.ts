/// <reference types="vite/client" />

declare module 'virtual:sabr-scenarios' {
  const library: { scenarios: import('./core/schema.ts').Scenario[]; problems: import('./core/diagnostics.ts').Diagnostic[]; tracks: import('./core/tracks.ts').Tracks };
  export default library;
}

declare module 'virtual:sabr-scenario-sources' {
  /** The shipped scenario files as written (for the studio): file name and text. */
  const sources: { file: string; text: string }[];
  export default sources;
}
