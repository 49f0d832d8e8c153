// Runs first on the strict page: records every policy violation, so the
// test can see those that happen while the widget's modules load.
declare global {
  interface Window {
    cspViolations: string[];
  }
}

window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
  );
});

export {};
