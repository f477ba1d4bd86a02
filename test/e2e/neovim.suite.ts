// Suite (c): a second real LSP client. Neovim (Debian's 0.7, headless) starts `dist/server.js --stdio`
// with its built-in client, opens examples and reports the diagnostics it received.
import { strict as assert } from 'node:assert';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleWorkspace, isolatedEnv, ROOT, scratch, spawnGroup } from './support/processes.js';

interface Received {
  file: string;
  /** True once the server published diagnostics for the file (possibly none). */
  published: boolean;
  diagnostics: { line: number; code: string; severity: number; source: string; message: string }[];
}

/** Lua for Neovim 0.7 (no vim.lsp.start there): one line of JSON per file on stdout. */
function script(server: string, workspace: string, files: string[]): string {
  return `
local published = {}
local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[vim.uri_to_fname(result.uri)] = true
  return default(err, result, ctx, config)
end
local client = vim.lsp.start_client({
  name = 'tender',
  cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(server)}, '--stdio' },
  root_dir = ${JSON.stringify(workspace)},
})
for _, file in ipairs(vim.fn.json_decode(${JSON.stringify(JSON.stringify(files))})) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  vim.lsp.buf_attach_client(buf, client)
  vim.wait(20000, function() return published[vim.api.nvim_buf_get_name(buf)] == true end, 50)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { line = d.lnum, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '', severity = d.severity, source = d.source or '', message = d.message })
  end
  io.stdout:write(vim.fn.json_encode({ file = file, published = published[vim.api.nvim_buf_get_name(buf)] == true, diagnostics = out }) .. '\\n')
end
vim.lsp.stop_client(client)
vim.cmd('qa!')
`;
}

describe('the language server in Neovim', function () {
  this.timeout(120_000);
  const temp = scratch('nvim');
  after(() => temp.cleanup());

  it('receives the findings of the examples through its built-in LSP client', async () => {
    const server = join(ROOT, 'dist/server.js');
    assert.ok(existsSync(server), 'run `npm run build` first');
    const workspace = exampleWorkspace(temp.dir);
    const files = ['ao-services-techniques-defauts.md', 'ao-services-professionnels-conforme.md', 'avis-entretien-espaces-verts.md'].map((name) =>
      join(workspace, name),
    );
    const lua = join(temp.dir, 'test.lua');
    writeFileSync(lua, script(server, workspace, files));
    const nvim = spawnGroup('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${lua}`], {
      env: isolatedEnv(temp.dir),
      cwd: workspace,
      seconds: 100,
    });
    const code = await new Promise<number | null>((resolve) => nvim.child.once('exit', resolve));
    await nvim.kill();
    const received = nvim
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Received);
    assert.equal(code, 0, nvim.output());
    assert.equal(received.length, 3, nvim.output());

    const [defects, ...compliant] = received;
    assert.ok(defects.published);
    const codes = defects.diagnostics.map((diagnostic) => diagnostic.code);
    assert.ok(codes.includes('4.7°'), `4.7° among ${codes.join(', ')}`);
    assert.ok(defects.diagnostics.every((diagnostic) => diagnostic.source === 'tender'));
    // Neovim's client announces no locale: the server speaks French.
    assert.match(defects.diagnostics.find((diagnostic) => diagnostic.code === '4.7°')?.message ?? '', /accepter/);
    for (const document of compliant) {
      assert.ok(document.published, `${document.file} was analysed`);
      assert.deepEqual(
        document.diagnostics.filter((diagnostic) => diagnostic.severity === 1),
        [],
        document.file,
      );
    }
  });
});
