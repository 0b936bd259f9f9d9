-- Neovim (0.7 or later) support for corpus files: starts `corpus lsp` for every *.txt file
-- inside a folder that holds an entity registry (entities.txt, or *.entities.txt) and attaches
-- it, one server per corpus folder. Copy this file to ~/.config/nvim/lua/corpus.lua and add
--   require("corpus").setup()              -- or setup({ cmd = { "dotnet", "/path/corpus.dll", "lsp" } })
-- to your init.lua. See docs/editor.md.
local M = {}

local clients = {} -- corpus folder -> client id

--- The nearest folder at or above `dir` that holds an entity registry, or nil.
local function corpus_root(dir)
  while dir and dir ~= "" do
    if vim.fn.filereadable(dir .. "/entities.txt") == 1 or #vim.fn.glob(dir .. "/*.entities.txt", true, true) > 0 then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then return nil end
    dir = parent
  end
  return nil
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "corpus", "lsp" }
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
    pattern = "*.txt",
    callback = function(args)
      local root = corpus_root(vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h"))
      if not root then return end
      vim.bo[args.buf].filetype = "corpus"
      if not clients[root] then
        clients[root] = vim.lsp.start_client({
          name = "corpus",
          cmd = cmd,
          root_dir = root,
          on_exit = function() clients[root] = nil end,
        })
      end
      vim.lsp.buf_attach_client(args.buf, clients[root])
      -- The usual LSP keys, for this buffer only.
      local map = function(lhs, fn) vim.keymap.set("n", lhs, fn, { buffer = args.buf }) end
      map("gd", vim.lsp.buf.definition)
      map("K", vim.lsp.buf.hover)
      map("gr", vim.lsp.buf.references)
      map("<leader>rn", vim.lsp.buf.rename)
      map("<leader>ca", vim.lsp.buf.code_action)
      vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc" -- <C-x><C-o> completes @ids
    end,
  })
end

return M
