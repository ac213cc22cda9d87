import type { Page } from "playwright-core";

/** An init script that records every Content-Security-Policy violation of a document, from before its first script (window.cspViolations). */
export const RECORD_CSP_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
`;

/** The CSP violations of the page's document since it loaded; RECORD_CSP_VIOLATIONS must be installed. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { cspViolations?: string[] };
    if (!w.cspViolations) throw new Error("RECORD_CSP_VIOLATIONS is not installed on this page");
    return w.cspViolations;
  });
}
