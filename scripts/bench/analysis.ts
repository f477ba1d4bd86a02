/**
 * `npm run bench -- analysis`: the full analysis against two parsers alone on the whole text, on generated
 * tenders of each size: remark-parse (+ GFM + front-matter, the parser the analysis used before
 * markdown-it), and markdown-it (CommonMark + tables + strikethrough, what the analysis parses each chunk
 * with); and the re-analysis after a keystroke in the language service. One child process per size, so
 * each peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { label, ROOT, type Figure } from './figure.js';
import { generateTender, nearestParagraph } from './generate.js';
import { percentile, round } from './measure.js';

interface AnalysisFigures {
  size: number;
  chars: number;
  analysisMs: number;
  remarkMs: number;
  ratio: number;
  markdownItMs: number;
  /** The analysis's time over markdown-it's alone. */
  markdownItRatio: number;
  markdownItCpuMs: number;
  /** The same in CPU time of the process (less sensitive to other processes than wall time). */
  analysisCpuMs: number;
  remarkCpuMs: number;
  cpuRatio: number;
  reanalysisP50Ms: number;
  reanalysisP95Ms: number;
  analysisPeakRssMB: number;
}

/** The child process of one size (scripts/bench.ts --child-analysis SIZE): prints its figures as JSON. */
export async function analysisChild(size: number, EDITS: number): Promise<void> {
  const { DocumentParser, analyzeModel, analyzeText, DEFAULT_SETTINGS } = await import('../../server/src/core/index.js');
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkFrontmatter = (await import('remark-frontmatter')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const MarkdownIt = (await import('markdown-it')).default;
  const text = generateTender(size);
  // The fastest of a few runs: on a shared machine, other processes only ever add time. As many at
  // 5 MB as at 1 MB: the fastest of fewer runs is slower on average, which would bias their ratio.
  const runs = size >= 1e6 ? 3 : 7;
  // Warm the code paths (JIT) first, as a running server would be, on another text of the same
  // size for every size measured, so that no size is measured colder than another.
  const warmUp = generateTender(200_000, 7);
  for (let i = 0; i < 3; i++) analyzeText(warmUp);
  const analysis: number[] = [];
  const analysisCpu: number[] = [];
  const remark: number[] = [];
  const remarkCpu: number[] = [];
  const markdownIt: number[] = [];
  const markdownItCpu: number[] = [];
  const time = (work: () => void, wall: number[], cpu: number[]) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    work();
    wall.push(performance.now() - start);
    cpu.push(cpuOf(process.cpuUsage(cpuStart)));
  };
  time(() => analyzeText(text), analysis, analysisCpu);
  // Re-analysis after typing one character in the middle (the language service's path).
  const parser = new DocumentParser();
  analyzeModel(parser.parse(text));
  let current = text;
  let at = nearestParagraph(current, Math.floor(current.length / 2));
  const reanalysis: number[] = [];
  for (let i = 0; i < Math.min(EDITS, size >= 5e6 ? 50 : EDITS); i++) {
    current = current.slice(0, at) + 'x' + current.slice(at);
    at++;
    const start = performance.now();
    analyzeModel(parser.parse(current), DEFAULT_SETTINGS);
    reanalysis.push(performance.now() - start);
  }
  // Peak memory of the analysis alone, before the parsers alone read the whole text.
  const analysisPeakRssMB = process.resourceUsage().maxRSS / 1024;
  // The parsers alone on the whole text; runs alternate with the analysis's so all meet the same load
  // from other processes.
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  const md = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
  processor.parse(generateTender(20_000, 7));
  md.parse(generateTender(20_000, 7), {});
  for (let i = 0; i < runs; i++) {
    time(() => processor.parse(text), remark, remarkCpu);
    time(() => md.parse(text, {}), markdownIt, markdownItCpu);
    if (i < runs - 1) time(() => analyzeText(text), analysis, analysisCpu);
  }
  const figures: AnalysisFigures = {
    size,
    chars: text.length,
    analysisMs: round(Math.min(...analysis)),
    remarkMs: round(Math.min(...remark)),
    ratio: round(Math.min(...analysis) / Math.min(...remark), 3),
    markdownItMs: round(Math.min(...markdownIt)),
    markdownItRatio: round(Math.min(...analysis) / Math.min(...markdownIt), 3),
    markdownItCpuMs: round(Math.min(...markdownItCpu)),
    analysisCpuMs: round(Math.min(...analysisCpu)),
    remarkCpuMs: round(Math.min(...remarkCpu)),
    cpuRatio: round(Math.min(...analysisCpu) / Math.min(...remarkCpu), 3),
    reanalysisP50Ms: round(percentile(reanalysis, 50), 2),
    reanalysisP95Ms: round(percentile(reanalysis, 95), 2),
    analysisPeakRssMB: round(analysisPeakRssMB),
  };
  process.stdout.write(JSON.stringify(figures));
}

const cpuOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

function runAnalysisChild(size: number, EDITS: number): AnalysisFigures {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=8192', join(ROOT, 'scripts/bench.ts'), '--child-analysis', String(size), '--edits', String(EDITS)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  if (result.status !== 0) throw new Error(`analysis of ${label(size)} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as AnalysisFigures;
}

export const analysis: Figure = {
  name: 'analysis',
  run({ sizes, edits }) {
    console.log(
      '\nFull analysis vs remark-parse (+ GFM + front-matter) and markdown-it (+ tables, strikethrough) alone on the whole text; fastest run of each:',
    );
    const analysis: AnalysisFigures[] = [];
    for (const size of sizes) {
      const figures = runAnalysisChild(size, edits);
      analysis.push(figures);
      console.log(
        `  ${label(size).padEnd(7)} analysis ${figures.analysisMs} ms, remark-parse ${figures.remarkMs} ms, ratio ${figures.ratio} (target ≤ 1.2; CPU time ${figures.analysisCpuMs} / ${figures.remarkCpuMs} ms = ${figures.cpuRatio}); ` +
          `markdown-it ${figures.markdownItMs} ms, ratio ${figures.markdownItRatio} (CPU time ${figures.markdownItCpuMs} ms); ` +
          `re-analysis after a keystroke p50 ${figures.reanalysisP50Ms} ms / p95 ${figures.reanalysisP95Ms} ms; peak RSS ${figures.analysisPeakRssMB} MB`,
      );
    }
    const results: Record<string, unknown> = { analysis };
    const oneMB = analysis.find((figures) => figures.size === 1e6);
    const fiveMB = analysis.find((figures) => figures.size === 5e6);
    if (oneMB && fiveMB) {
      const [scaling, scalingCpu] = [round(fiveMB.analysisMs / oneMB.analysisMs, 2), round(fiveMB.analysisCpuMs / oneMB.analysisCpuMs, 2)];
      results.scaling5MBOver1MB = scaling;
      results.scaling5MBOver1MBCpu = scalingCpu;
      console.log(`  5 MB / 1 MB analysis time: ${scaling}× (target ≤ 5×; CPU time ${scalingCpu}×)`);
    }
    return results;
  },
};
