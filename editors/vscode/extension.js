// The client side of `corpus lsp` for VS Code: starts the server over stdio for the `corpus`
// language and lets vscode-languageclient do the rest (diagnostics, completion, hover,
// definition, references, rename, code actions, outline, semantic tokens).
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('corpus').get('server.command', ['corpus', 'lsp']);
  const serverOptions = { command, args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'corpus' }],
    synchronize: {
      // Files changed outside the editor (git checkout, another tool) and severity changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.txt,.globalconfig}'),
    },
  };
  client = new LanguageClient('corpus', 'Corpus language server', serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
