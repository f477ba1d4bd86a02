import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
};

/** Markdown (and the YAML of its front-matter) from the same grammars VS Code ships; ours as contributed. */
async function markdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const paths: Record<string, string> = {
    'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
    'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  };
  for (const grammar of manifest.contributes.grammars) paths[grammar.scopeName] = root + grammar.path;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scopeName) => Promise.resolve(paths[scopeName] ? parseRawGrammar(readFileSync(paths[scopeName], 'utf8'), paths[scopeName]) : null),
    getInjections: (scopeName) => manifest.contributes.grammars.filter((grammar) => grammar.injectTo.includes(scopeName)).map((grammar) => grammar.scopeName),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar);
  return grammar;
}

interface Token {
  text: string;
  scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/**
 * The pieces of a line that carry a tender scope, as [text, innermost tender scope]. Adjacent pieces
 * with the same scope are joined (a match is split where the grammar captures parts); blanks between
 * captures are left out.
 */
function spans(lines: Token[][], lineIndex: number): [string, string][] {
  const merged: [string, string][] = [];
  for (const token of lines[lineIndex]) {
    const scope = token.scopes.filter((name) => name.endsWith('.tender')).at(-1) ?? '';
    const last = merged.at(-1);
    if (last && last[1] === scope) last[0] += token.text;
    else merged.push([token.text, scope]);
  }
  return merged.filter(([text, scope]) => scope && text.trim()).map(([text, scope]) => [text.trim(), scope]);
}

describe('TextMate grammar (injection into Markdown)', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await markdownGrammar();
  });

  const CITATION = 'constant.other.citation.tender';
  const AMOUNT = 'constant.numeric.amount.tender';

  it('scopes citations: art. N, article N.N, annexe N, with alinéa and paragraph, and bare paragraphs', () => {
    const lines = tokenize(
      grammar,
      ["Selon l'art. 4 et l'article 9.1 du règlement, voir aussi l'Article 4, al. 2, par. 6°.", 'Les éléments 4.6° et 4.2.1° ; 7° ; annexe 2.'].join('\n'),
    );
    assert.deepEqual(spans(lines, 0), [
      ['art. 4', CITATION],
      ['article 9.1', CITATION],
      ['Article 4, al. 2, par. 6°', CITATION],
    ]);
    assert.deepEqual(spans(lines, 1), [
      ['4.6°', CITATION],
      ['4.2.1°', CITATION],
      ['7°', CITATION],
      ['annexe 2', CITATION],
    ]);
  });

  it('scopes amounts in French and English notation, not bare numbers', () => {
    const lines = tokenize(grammar, 'Montant : 350 000 $, soit 1 250 000,00 $ ou $100,000 ; 2026 lots, 12 mois.');
    assert.deepEqual(spans(lines, 0), [
      ['350 000 $', AMOUNT],
      ['1 250 000,00 $', AMOUNT],
      ['$100,000', AMOUNT],
    ]);
  });

  it('scopes ISO and French dates', () => {
    const lines = tokenize(grammar, 'Le 2026-04-10, soit le vendredi 10 avril 2026 ou le 1er mai 2026 ; pas 2026-13-40 ni 10 avril.');
    assert.deepEqual(spans(lines, 0), [
      ['2026-04-10', 'constant.numeric.date.iso.tender'],
      ['vendredi 10 avril 2026', 'constant.numeric.date.fr.tender'],
      ['1er mai 2026', 'constant.numeric.date.fr.tender'],
    ]);
  });

  it('scopes the front-matter type (known or not) and dates, leaving other keys to YAML', () => {
    const lines = tokenize(grammar, ['---', 'type: appel-offres', 'diffusion: 2026-04-01', 'titre: Services, art. 4', '---', '', '# Avis'].join('\n'));
    assert.deepEqual(spans(lines, 1), [
      ['type', 'keyword.other.document-type.tender'],
      [':', 'punctuation.separator.key-value.tender'],
      ['appel-offres', 'entity.name.type.document-type.tender'],
    ]);
    assert.ok(
      lines[1].every((token) => token.scopes.includes('meta.embedded.block.frontmatter')),
      'still YAML front-matter',
    );
    assert.deepEqual(spans(lines, 2), [['2026-04-01', 'constant.numeric.date.iso.tender']]);
    assert.deepEqual(spans(lines, 3), [], 'body patterns stay out of the front-matter');
    const unknown = tokenize(grammar, ['---', 'type: "soumission"', '---'].join('\n'));
    assert.deepEqual(spans(unknown, 1).at(-1), ['"soumission"', 'invalid.illegal.document-type.tender']);
  });

  it('scopes tender-ignore comments: directive, citation and reason, over several lines', () => {
    const lines = tokenize(
      grammar,
      ['<!-- tender-ignore 4.5.1° : avis publié par le SEAO,', 'mention en pied de page -->', '', '<!-- autre commentaire, art. 4 -->'].join('\n'),
    );
    assert.deepEqual(spans(lines, 0), [
      ['<!--', 'punctuation.definition.comment.begin.tender'],
      ['tender-ignore', 'keyword.control.directive.ignore.tender'],
      ['4.5.1°', CITATION],
      [':', 'punctuation.separator.reason.tender'],
      ['avis publié par le SEAO,', 'string.unquoted.reason.tender'],
    ]);
    assert.deepEqual(spans(lines, 1), [
      ['mention en pied de page', 'string.unquoted.reason.tender'],
      ['-->', 'punctuation.definition.comment.end.tender'],
    ]);
    assert.deepEqual(spans(lines, 3), [], 'other comments are left alone');
  });

  it('leaves code alone', () => {
    const lines = tokenize(grammar, ['Voir `art. 4` et :', '', '```', 'art. 4 — 350 000 $', '```'].join('\n'));
    assert.deepEqual(spans(lines, 0), []);
    assert.deepEqual(spans(lines, 3), []);
  });
});
