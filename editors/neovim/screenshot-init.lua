-- The Neovim configuration of docs/editor-screenshot.png (run by screenshot.sh): the repository's
-- corpus.lua, then, once the diagnostics are in, the cursor on a mention and its hover open.
vim.opt.runtimepath:append(vim.fn.getenv("CORPUS_EDITORS") .. "/neovim")
vim.o.termguicolors = true
vim.o.number = true
vim.o.wrap = true
vim.o.linebreak = true
vim.o.laststatus = 2
vim.cmd("colorscheme default")
vim.cmd("highlight NormalFloat guibg=#2d2d30 guifg=#e0e0e0")
vim.cmd("highlight FloatBorder guibg=#2d2d30 guifg=#9cdcfe")
vim.lsp.handlers["textDocument/hover"] = vim.lsp.with(vim.lsp.handlers.hover, { border = "rounded" })
package.path = vim.fn.getenv("CORPUS_EDITORS") .. "/neovim/?.lua;" .. package.path
require("corpus").setup({ cmd = vim.fn.json_decode(vim.fn.getenv("CORPUS_LSP_COMMAND")) })

local line, col = tonumber(vim.fn.getenv("HOVER_LINE")), tonumber(vim.fn.getenv("HOVER_COLUMN"))
local function hover_when_ready(tries)
  if #vim.diagnostic.get(0) > 0 or tries == 0 then
    vim.api.nvim_win_set_cursor(0, { line, col })
    vim.lsp.buf.hover()
    return
  end
  vim.defer_fn(function() hover_when_ready(tries - 1) end, 200)
end
vim.api.nvim_create_autocmd("VimEnter", { callback = function() vim.defer_fn(function() hover_when_ready(150) end, 500) end })
