// The "Dossier" output channel: every problem goes here with its file and reason; the user
// sees at most one short message per kind of failure, never a stack trace.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Dossier');
  private readonly told = new Set<string>();

  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  /** A problem with one file: logged, not shown (the indexer goes on with the rest). */
  fileProblem(file: string, reason: string): void {
    this.info(`${file}: ${reason}`);
  }

  /** A failure the user must know about: logged in full, shown once per `key` as one sentence. */
  error(key: string, userMessage: string, error?: unknown): void {
    const detail = error instanceof Error ? error.stack ?? error.message : error === undefined ? '' : String(error);
    this.info(`${userMessage}${detail ? `\n${detail}` : ''}`);
    if (this.told.has(key)) return;
    this.told.add(key);
    void vscode.window.showErrorMessage(`Dossier: ${userMessage}`, 'Show Log').then((choice) => {
      if (choice) this.channel.show(true);
    });
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}

/** The message of an unknown thrown value, for logs and user messages. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
