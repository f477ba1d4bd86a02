import { strict as assert } from 'node:assert';
import { matchTemplate, tokenized } from '../../server/src/core/legal/lexicon/template.js';
import { RECOGNISERS, templatesOf } from '../../server/src/core/legal/recognisers.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { TIMED_PATTERNS } from './timedPatterns.js';

/**
 * Every recogniser runs on text drafters (or attackers) control, so none may backtrack
 * super-linearly. Each pattern meets adversarial strings built from its own vocabulary (near-matches
 * that never complete) and from the character classes that make backtracking engines stall; the
 * time must grow about linearly when the input doubles, and stay under a generous absolute bound.
 * The patterns (timedPatterns.ts) are the recognisers and those eslint-plugin-regexp cannot check
 * (docs/robustness.md).
 */
const patterns = TIMED_PATTERNS;

/** Strings of about `size` characters that a pattern scans without matching. */
function adversarial(pattern: RegExp, size: number): string[] {
  const words = [...new Set(pattern.source.match(/[a-z@'][a-z@' ]{2,}/g) ?? [])];
  const fill = (unit: string) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  const generic = ['a', ' ', '1 ', '1', "d'", '[', '[a completer: ', '<!-- tender-ignore 4.3° :', ' -->x', '. ', 'h ', '1 h ', '$1 ', '\t'];
  return [
    ...generic.map(fill),
    fill(`${words.join(' ')} `),
    ...words.slice(0, 12).map((word) => fill(`${word} `)),
    ...words.slice(0, 12).map((word) => fill(word.replace(/ /g, ''))),
  ];
}

function fastest(pattern: RegExp, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    pattern.lastIndex = 0;
    if (pattern.global) for (const _ of text.matchAll(pattern));
    else pattern.test(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Units are at most LIMITS.blockLength characters; doubling from 25 000 to 50 000 shows the growth rate.
const SIZE = 25_000;
/** Doubling the input may at most triple the time (quadratic growth quadruples it), plus timer noise. */
const GROWTH = 3;
const NOISE_MS = 15;
const ABSOLUTE_MS = 500;
/**
 * mocha runs in two workers on a shared machine: one measurement can meet the other worker's load.
 * Super-linear growth fails every attempt; a load spike fails one, so the pair is measured again.
 */
const ATTEMPTS = 3;

/** The fastest times on `small` and on `small + small`, measured again while the growth looks super-linear. */
function growth(time: (text: string) => number, small: string): { t1: number; t2: number } {
  const large = small + small;
  let measured = { t1: 0, t2: Infinity };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    measured = { t1: time(small), t2: time(large) };
    if (measured.t2 <= GROWTH * measured.t1 + NOISE_MS && measured.t2 < ABSOLUTE_MS) break;
  }
  return measured;
}

describe('recogniser regular expressions: no super-linear backtracking', () => {
  for (const { name, pattern } of patterns) {
    it(name, () => {
      for (const small of adversarial(pattern, SIZE)) {
        const { t1, t2 } = growth((text) => fastest(pattern, text), small);
        const label = `${name} on ${JSON.stringify(small.slice(0, 30))}…: ${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms`;
        assert.ok(t2 <= GROWTH * t1 + NOISE_MS, `super-linear: ${label}`);
        assert.ok(t2 < ABSOLUTE_MS, `too slow: ${label}`);
      }
    });
  }
});

/** Phrase templates: the matcher is linear too, on near-matches built from each template's own words. */
describe('phrase templates: linear matching', () => {
  for (const recogniser of Object.values(RECOGNISERS)) {
    const { headings, phrases, weak } = templatesOf(recogniser);
    for (const template of [...headings, ...phrases, ...weak]) {
      it(template.id, () => {
        const words = template.pattern
          .replace(/[{}()|?…=\d]/g, ' ')
          .split(/\s+/)
          .filter((word) => /^[a-z\u00e0-\u00ff]+$/i.test(word));
        const notions = ['soumission', 'prix', 'contrat', 'ne', 'correction', 'seao', 'signature'];
        const unit = `${normalizeForMatching([...words, ...notions].join(' '))} `;
        const small = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
        // Tokenised outside the timing: what is timed is the matcher, which allocates nothing (a GC pause
        // from tokenising would be timer noise, not growth).
        const time = (text: string) => {
          const { tokens } = tokenized(text, false);
          let best = Infinity;
          for (let run = 0; run < 5; run++) {
            const start = performance.now();
            matchTemplate(template, text, tokens);
            best = Math.min(best, performance.now() - start);
          }
          return best;
        };
        const { t1, t2 } = growth(time, small);
        assert.ok(t2 <= GROWTH * t1 + NOISE_MS, `super-linear: ${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms`);
        assert.ok(t2 < ABSOLUTE_MS, `too slow: ${t2.toFixed(1)} ms`);
      });
    }
  }
});
