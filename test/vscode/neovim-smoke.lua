-- Neovim (0.7+) attaches `second-source lsp --stdio` to an article of the reference story and
-- checks the diagnostics and a hover. Run by neovim.test.mjs:
--   SS_ROOT=<repo> SS_WS=<story folder> SS_OUT=<result file> nvim --headless -u NONE -c 'luafile neovim-smoke.lua'
local root, ws, out = os.getenv('SS_ROOT'), os.getenv('SS_WS'), os.getenv('SS_OUT')

local function finish(ok, msg)
  local f = io.open(out, 'w')
  f:write((ok and 'ok\n' or 'fail\n') .. msg .. '\n')
  f:close()
  vim.cmd(ok and 'qa!' or 'cquit!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/cbr-tiktok-oracle-partnership.article'))
  local bufnr = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'second-source',
    cmd = { 'node', root .. '/bin/second-source.js', 'lsp', '--stdio' },
    root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'story' } },
  })
  assert(id, 'the language server did not start')
  vim.lsp.buf_attach_client(bufnr, id)

  local log = {}
  -- Poll for the diagnostics (never a fixed sleep).
  local arrived = vim.wait(60000, function()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.severity == vim.diagnostic.severity.WARN then n = n + 1 end
    end
    return n >= 2
  end, 100)
  assert(arrived, 'no warnings within 60 s')
  local related = false
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    assert(d.source == 'second-source', 'diagnostic source ' .. tostring(d.source))
    table.insert(log, string.format('diagnostic %d:%d %s', d.lnum + 1, d.col + 1, d.message))
    if d.message:find('bytedance-partners-tiktok', 1, true) then related = true end
  end
  assert(related, 'no diagnostic names the other source')

  -- Hover on "Oracle" in the headline: "TikTok Seeks Oracle ‘Partnership’ …"
  local client = vim.lsp.get_client_by_id(id)
  local line = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1]
  local col = line:find('Oracle', 1, true) - 1
  local res = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = 0, character = col + 1 },
  }, 20000, bufnr)
  assert(res and res.result, 'no hover: ' .. vim.inspect(res and res.err))
  local value = res.result.contents.value or vim.inspect(res.result.contents)
  table.insert(log, 'hover: ' .. value:gsub('\n', ' '))
  assert(value:find('Organization', 1, true), 'hover without the entity type')
  -- Article-derived text is escaped Markdown ("bytedance\-partners"): read it as the reader sees it.
  local shown = value:gsub('\\', '')
  assert(shown:find('bytedance%-partners%-tiktok'), 'hover without the other source')
  assert(not value:find('command:', 1, true), 'a command: link in a hover for an editor that runs none')
  client.stop()
  return table.concat(log, '\n')
end)
if ok then finish(true, err) else finish(false, tostring(err)) end
