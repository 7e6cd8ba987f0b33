/// <reference types="vite/client" />

declare module 'virtual:sabr-scenarios' {
  const library: { scenarios: import('./core/schema').Scenario[]; problems: import('./core/diagnostics').Diagnostic[] };
  export default library;
}
