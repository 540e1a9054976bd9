-- E2E test: Neovim's built-in LSP client against samstemt-language-server --stdio.
-- Loads the documented config (docs/editors/neovim.lua) unchanged, then drives it
-- like a user on a temporary copy of samples/ikt-fjord. Run by scripts/e2e.sh:
--   SAMSTEMT_E2E_WS=<copy of the sample> SAMSTEMT_E2E_DOCS_CONFIG=docs/editors/neovim.lua \
--   nvim --headless --clean -u test/e2e/nvim/init.lua
-- Prints one "ok - …" / "not ok - …" line per check; exits 0 when all pass, 1 otherwise.
vim.o.hidden = true
vim.o.swapfile = false
dofile(assert(os.getenv('SAMSTEMT_E2E_DOCS_CONFIG'), 'SAMSTEMT_E2E_DOCS_CONFIG is not set'))

local ws = assert(os.getenv('SAMSTEMT_E2E_WS'), 'SAMSTEMT_E2E_WS is not set')
local WAIT = tonumber(os.getenv('SAMSTEMT_E2E_WAIT_MS') or '20000')
local failures, results = 0, {}

local function say(s) io.stdout:write(s .. '\n') end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then say('ok - ' .. name) else failures = failures + 1; say('not ok - ' .. name .. ': ' .. tostring(err)) end
  table.insert(results, { name = name, ok = ok, error = ok and nil or tostring(err) })
end

local function read(path)
  local f = assert(io.open(path, 'r')); local s = f:read('*a'); f:close(); return s
end

--- Puts the cursor on the first occurrence of `needle` (plus `offset` bytes) in the current buffer.
local function cursor_on(needle, offset)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then vim.api.nvim_win_set_cursor(0, { i, col - 1 + (offset or 0) }); return i end
  end
  error('not in the buffer: ' .. needle)
end

local function lsp_code(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
local function lsp_related(d)
  return (d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation) or d.relatedInformation or {}
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/strategier/fjellbygd.md'))
  local buf = vim.api.nvim_get_current_buf()

  check('the samstemt client attaches to a strategy document', function()
    assert(vim.wait(WAIT, function() return #vim.lsp.buf_get_clients(buf) > 0 end, 50), 'no client attached')
    local c = vim.lsp.buf_get_clients(buf)
    local name = c[next(c)].name
    assert(name == 'samstemt', 'client name ' .. tostring(name))
  end)

  check('vim.diagnostic.get() has the cross-member conflict with its related location', function()
    local found
    local ok = vim.wait(WAIT, function()
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if lsp_code(d) == 'conflict-system-choice' then found = d; return true end
      end
      return false
    end, 100)
    assert(ok, 'no conflict-system-choice in fjellbygd.md within ' .. WAIT .. ' ms; got ' .. #vim.diagnostic.get(buf) .. ' diagnostics')
    assert(found.source == 'samstemt', 'source ' .. tostring(found.source))
    assert(found.severity == vim.diagnostic.severity.ERROR, 'severity ' .. tostring(found.severity))
    local line = vim.api.nvim_buf_get_lines(buf, found.lnum, found.lnum + 1, false)[1]
    assert(line:find('behalde-lønssystem', 1, true) or line:find('Huldt', 1, true), 'on line ' .. found.lnum .. ': ' .. line)
    local related = lsp_related(found)
    assert(#related > 0, 'no related location')
    assert(related[1].location.uri:match('/strategier/ikt%-fjord%.md$'), 'related ' .. related[1].location.uri)
    -- Findings in files nobody opened arrive as well (the server analyses the whole workspace).
    local files = 0
    vim.wait(WAIT, function()
      files = 0
      for _, b in ipairs(vim.api.nvim_list_bufs()) do if #vim.diagnostic.get(b) > 0 then files = files + 1 end end
      return files >= 5
    end, 100)
    assert(files >= 5, 'diagnostics in only ' .. files .. ' files')
  end)

  check('hover on an objective ID shows the national objective', function()
    vim.api.nvim_set_current_buf(buf)
    cursor_on('DS19-M6', 2)
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), WAIT)
    local text
    for _, r in pairs(res or {}) do
      if r.result and r.result.contents then text = r.result.contents.value or vim.inspect(r.result.contents) end
    end
    assert(text, 'no hover')
    assert(text:find('**DS19-M6**', 1, true), 'hover: ' .. text)
    assert(text:find('Én digital offentlig sektor', 1, true), 'no framework title in: ' .. text)
  end)

  check('go to definition jumps from a goal reference to the goal in another member\'s document', function()
    vim.api.nvim_set_current_buf(buf)
    cursor_on('ikt-fjord#felles-infosikkerhet', 12)
    vim.lsp.buf.definition()
    local target = ws .. '/strategier/ikt-fjord.md'
    assert(vim.wait(WAIT, function() return vim.api.nvim_buf_get_name(0) == target end, 50),
      'still in ' .. vim.api.nvim_buf_get_name(0))
    local row = vim.api.nvim_win_get_cursor(0)[1]
    local line = vim.api.nvim_buf_get_lines(0, row - 1, row, false)[1]
    assert(line:find('{#felles-infosikkerhet}', 1, true), 'landed on line ' .. row .. ': ' .. line)
  end)

  check('vim.lsp.codelens.run() on a goal heading runs its lens: no "does not support command" warning', function()
    vim.api.nvim_set_current_buf(buf)
    vim.lsp.codelens.refresh()
    assert(vim.wait(WAIT, function() return #vim.lsp.codelens.get(buf) > 0 end, 50), 'no code lenses')
    local lens = vim.lsp.codelens.get(buf)[1]
    vim.api.nvim_win_set_cursor(0, { lens.range.start.line + 1, 0 })
    local warned, executed = nil, false
    local notify, handler = vim.notify, vim.lsp.handlers['workspace/executeCommand']
    vim.notify = function(msg, ...) warned = msg; return notify(msg, ...) end
    vim.lsp.handlers['workspace/executeCommand'] = function(err, ...) executed = err == nil; return handler(err, ...) end
    local ok, err = pcall(function()
      vim.lsp.codelens.run()
      assert(vim.wait(WAIT, function() return executed or warned ~= nil end, 50), 'the lens was neither executed nor refused')
    end)
    vim.notify, vim.lsp.handlers['workspace/executeCommand'] = notify, handler
    assert(ok, err)
    assert(warned == nil, 'warned: ' .. tostring(warned))
    assert(executed, 'workspace/executeCommand did not succeed')
  end)

  check('rename of a goal ID edits the goal and every reference across files', function()
    vim.api.nvim_set_current_buf(buf)
    cursor_on('ikt-fjord#felles-infosikkerhet', 12)
    vim.lsp.buf.rename('felles-informasjonssikkerhet')
    local company = vim.fn.bufnr(ws .. '/strategier/ikt-fjord.md')
    assert(vim.wait(WAIT, function()
      return vim.fn.join(vim.api.nvim_buf_get_lines(company, 0, -1, false), '\n'):find('{#felles-informasjonssikkerhet}', 1, true) ~= nil
    end, 50), 'the goal heading in ikt-fjord.md was not renamed')
    vim.cmd('silent wall')
    for _, rel in ipairs({ 'ikt-fjord.md', 'fjellbygd.md', 'storby.md', 'midtby.md', 'vassbygd.yaml' }) do
      local text = read(ws .. '/strategier/' .. rel)
      assert(not text:find('felles-infosikkerhet', 1, true), rel .. ' still has the old ID')
      assert(text:find('felles-informasjonssikkerhet', 1, true), rel .. ' lacks the new ID')
    end
  end)

  local out = os.getenv('SAMSTEMT_E2E_RESULT')
  if out then local f = io.open(out, 'w'); if f then f:write(vim.fn.json_encode(results)); f:close() end end
  vim.cmd(failures == 0 and 'qall!' or 'cquit! 1')
end

vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function() vim.schedule(function()
  local ok, err = pcall(run)
  if not ok then say('not ok - test script error: ' .. tostring(err)); vim.cmd('cquit! 1') end
end) end })
