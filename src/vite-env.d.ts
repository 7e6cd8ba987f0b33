/// <reference types="vite/client" />

declare module 'virtual:sabr-scenarios' {
  const library: { scenarios: import('./core/schema.ts').Scenario[]; problems: import('./core/diagnostics.ts').Diagnostic[]; tracks: import('./core/tracks.ts').Tracks };
  export default library;
}
