import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const SERVER = path.resolve(__dirname, "../../node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server");

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface TextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}

/**
 * `vscode-eslint-language-server` (the VS Code ESLint extension's server, as other editors run it) over stdio, driven
 * as an editor drives it: JSON-RPC with `Content-Length` framing, the extension's settings given on
 * `workspace/configuration`, edits the server asks to apply (`workspace/applyEdit`) recorded. Every request fails
 * after `timeout` ms, so that a server that stops answering fails the test instead of hanging it.
 */
export class LanguageServer {
  readonly logs: string[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly openedDocs: string[] = [];
  private readonly server: ChildProcess;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private buffer = Buffer.alloc(0);

  constructor(
    private readonly settings: (scopeUri: string) => Record<string, unknown>,
    private readonly timeout = 30_000,
  ) {
    this.server = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.server.stdout!.on("data", (chunk: Buffer) => this.receive(chunk));
    this.server.stderr!.on("data", (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.server.on("exit", (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`the language server exited (${code})`));
      this.pending.clear();
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer in ${this.timeout} ms\n${this.logs.join("\n")}`));
      }, this.timeout);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(folder: string): Promise<{ capabilities: Record<string, unknown> }> {
    const uri = pathToFileURL(folder).href;
    const result = await this.request<{ capabilities: Record<string, unknown> }>("initialize", {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ["", "quickfix", "source", "source.fixAll", "source.fixAll.eslint"] } },
          },
        },
      },
    });
    this.notify("initialized", {});
    return result;
  }

  async stop(): Promise<void> {
    if (this.server.exitCode !== null) return;
    const exited = new Promise((resolve) => this.server.once("exit", resolve));
    try {
      await this.request("shutdown", null);
      this.notify("exit", null);
    } catch {
      // Already gone or not answering: the kill below ends it.
    }
    const timer = setTimeout(() => this.server.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.server.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin!.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/iu.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined) {
      const waiting = this.pending.get(message.id as number);
      this.pending.delete(message.id as number);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    const params = message.params as Record<string, unknown> | undefined;
    let result: unknown = null;
    switch (message.method) {
      case "workspace/configuration":
        result = (params!.items as { scopeUri: string }[]).map(({ scopeUri }) => this.settings(scopeUri));
        break;
      case "workspace/applyEdit":
        this.appliedEdits.push(params!.edit as WorkspaceEdit);
        result = { applied: true };
        break;
      case "eslint/openDoc":
        this.openedDocs.push(params!.url as string);
        result = {};
        break;
      case "window/logMessage":
      case "window/showMessage":
        this.logs.push(String(params!.message));
        break;
      default:
      // client/registerCapability, window/workDoneProgress/create, eslint/status and the like: acknowledged.
    }
    if (message.id !== undefined) this.send({ id: message.id, result });
  }
}

/** `text` with LSP edits applied (positions in UTF-16 code units, as JavaScript strings count them). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === "\n") lineStarts.push(index + 1);
  const offset = ({ line, character }: { line: number; character: number }) => lineStarts[line]! + character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

/** The edits of a workspace edit for one document. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  return [
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits),
    ...(edit.changes?.[uri] ?? []),
  ];
}
