-- Samstemt in Neovim's built-in LSP client: no plugins, Neovim 0.7 or later.
--
-- Install the server (`npm install -g samstemt`, or put the repository's
-- bin/samstemt-language-server.js on PATH), then either copy this file to
-- ~/.config/nvim/lua/samstemt.lua and add `require('samstemt')` to init.lua, or
-- `:luafile path/to/neovim.lua`. The client starts for Markdown and YAML files
-- inside a folder with a samstemt.yaml (one client per cooperation).
--
-- Options, set before loading this file:
--   vim.g.samstemt_cmd      = { 'samstemt-language-server', '--stdio' }  -- how to start the server
--   vim.g.samstemt_language = 'nn'                                       -- auto | nb | nn | en

local cmd = vim.g.samstemt_cmd or { 'samstemt-language-server', '--stdio' }

--- The folder of the nearest samstemt.yaml above the buffer's file, or nil.
local function cooperation_root(buf)
  local file = vim.api.nvim_buf_get_name(buf)
  if file == '' then return nil end
  local found = vim.fn.findfile('samstemt.yaml', vim.fn.fnamemodify(file, ':p:h') .. ';')
  if found == '' then return nil end
  return vim.fn.fnamemodify(found, ':p:h')
end

--- Buffer-local keys once the server is attached (Neovim 0.10+ maps K and some of these itself).
local function on_attach(_, buf)
  local map = function(lhs, fn) vim.keymap.set('n', lhs, fn, { buffer = buf, silent = true }) end
  map('K', vim.lsp.buf.hover)                 -- objective or goal under the cursor
  map('gd', vim.lsp.buf.definition)           -- go to the referenced goal or objective
  map('gr', vim.lsp.buf.references)           -- who refers to this goal
  map('<F2>', vim.lsp.buf.rename)             -- rename a goal ID in every document
  map('<leader>ca', vim.lsp.buf.code_action)  -- quick fixes
  map('[d', vim.diagnostic.goto_prev)
  map(']d', vim.diagnostic.goto_next)
end

local clients = {} -- root -> client id; Neovim 0.7 has no vim.lsp.start() to reuse clients

vim.api.nvim_create_autocmd('FileType', {
  group = vim.api.nvim_create_augroup('samstemt', { clear = true }),
  pattern = { 'markdown', 'yaml' },
  callback = function(args)
    local root = cooperation_root(args.buf)
    if not root then return end
    local config = {
      name = 'samstemt',
      cmd = cmd,
      root_dir = root,
      on_attach = on_attach,
      -- Answers the server's workspace/configuration request for the `samstemt` section.
      settings = { samstemt = { language = vim.g.samstemt_language or 'auto' } },
    }
    if vim.lsp.start then -- Neovim 0.8 and later: reuses a running client with the same root
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    local id = clients[root]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(config)
      clients[root] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
