-- Drives `corpus lsp` from Neovim's built-in LSP client (Neovim 0.7+, headless), the way an
-- author would: open an article, wait for its diagnostics, complete an id, jump to its
-- definition, hover. Each observation is one line of the file $CORPUS_OUT, which the
-- NeovimEndToEndTests compare with exact expectations. Run as:
--   nvim --headless -u NONE -i NONE -n -c "luafile lsp-end-to-end.lua"
-- with CORPUS_LSP_COMMAND (a JSON array: the server's command line), CORPUS_ROOT,
-- CORPUS_ARTICLE and CORPUS_OUT in the environment.

local lines = {}
local function emit(line) table.insert(lines, line) end

local function main()
  local root = os.getenv("CORPUS_ROOT")
  local article = os.getenv("CORPUS_ARTICLE")
  local command = vim.fn.json_decode(os.getenv("CORPUS_LSP_COMMAND"))

  vim.cmd("edit " .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "corpus",
    cmd = command,
    root_dir = root,
    flags = { debounce_text_changes = 0 },
  })
  if not client_id then
    emit("error: the client did not start")
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. The diagnostic of the unknown id, at its exact range.
  if not vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    emit("error: no diagnostics")
    return
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
    emit(string.format("diagnostic %d:%d-%d:%d severity=%d %s %s", d.lnum, d.col, d.end_lnum, d.end_col, d.severity, code, d.message))
  end

  -- 2. Type the start of an annotation and complete the id.
  vim.api.nvim_buf_set_lines(bufnr, -1, -1, false, { "", "[Mr. Cha]{@vic" })
  local last = vim.api.nvim_buf_line_count(bufnr) - 1
  local uri = vim.uri_from_bufnr(bufnr)
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/completion",
    { textDocument = { uri = uri }, position = { line = last, character = 14 } }, 20000)
  local items = {}
  for _, response in pairs(responses or {}) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do table.insert(items, item) end
  end
  emit("completion " .. #items .. " " .. table.concat(vim.tbl_map(function(i) return i.label .. " (" .. (i.detail or "") .. ")" end, items), ", "))
  if #items == 0 then return end
  vim.lsp.util.apply_text_edits({ items[1].textEdit }, bufnr, "utf-16")
  local width = #vim.api.nvim_buf_get_lines(bufnr, last, last + 1, false)[1]
  vim.api.nvim_buf_set_text(bufnr, last, width, last, width, { "} said." })
  emit("line " .. vim.api.nvim_buf_get_lines(bufnr, last, last + 1, false)[1])

  -- 3. Hover on the completed mention.
  local hovers = vim.lsp.buf_request_sync(bufnr, "textDocument/hover",
    { textDocument = { uri = uri }, position = { line = last, character = 3 } }, 20000)
  for _, response in pairs(hovers or {}) do
    if response.result then
      emit("hover " .. vim.split(response.result.contents.value, "\n", true)[1])
    end
  end

  -- 4. Jump to the definition of the id, as `gd` mapped to vim.lsp.buf.definition would.
  vim.api.nvim_win_set_cursor(0, { last + 1, 14 })
  vim.lsp.buf.definition()
  vim.wait(20000, function() return vim.api.nvim_buf_get_name(0):match("entities%.txt$") ~= nil end, 20)
  local cursor = vim.api.nvim_win_get_cursor(0)
  emit(string.format("definition %s %d:%d %s", vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ":t"), cursor[1], cursor[2], vim.api.nvim_get_current_line()))

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(main)
if not ok then emit("error: " .. tostring(err)) end
vim.fn.writefile(lines, os.getenv("CORPUS_OUT"))
vim.cmd("qa!")
