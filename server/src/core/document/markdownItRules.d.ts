// Declarations markdown-it's packages do not ship: its block rules are modules of their own (its
// package exports them) and markdown-it-footnote 4 has none.
declare module 'markdown-it/lib/rules_block/table.mjs' {
  import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

  export default function table(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean;
}

declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';

  const footnote: PluginSimple;
  export default footnote;
}
