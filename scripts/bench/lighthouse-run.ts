import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/** Lighthouse's view of one page: the four category scores (0–100) and the three speed metrics, medians of the runs. */
export interface LighthouseResult {
  readonly path: string;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Largest Contentful Paint and Total Blocking Time in milliseconds, Cumulative Layout Shift unitless. */
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
}

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs Lighthouse (its default mobile preset, simulated throttling) `runs` times per page in the given Chromium. */
export async function lighthouseRuns(chromePath: string, base: string, paths: readonly string[], runs = 3): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const out: LighthouseResult[] = [];
    for (const path of paths) {
      const samples: Omit<LighthouseResult, "path">[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error" });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits } = result.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        samples.push({
          performance: score("performance"),
          accessibility: score("accessibility"),
          bestPractices: score("best-practices"),
          seo: score("seo"),
          lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
          tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
          cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        });
      }
      const m = (k: keyof Omit<LighthouseResult, "path">) => median(samples.map((s) => s[k]));
      out.push({ path, performance: m("performance"), accessibility: m("accessibility"), bestPractices: m("bestPractices"), seo: m("seo"), lcp: m("lcp"), tbt: m("tbt"), cls: m("cls") });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
