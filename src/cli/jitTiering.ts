import { setFlagsFromString } from 'v8';

/**
 * Tells V8 to wait longer before optimising a function with TurboFan, in this process and its
 * worker threads. Call it before the first worker starts.
 *
 * A cold index runs our large rule functions over a few megabytes once. By default V8 optimises
 * them before their rarer branches have run, deoptimises when those branches come, and compiles
 * them again, in every worker. Waiting longer gives each function one compilation with complete
 * feedback. Measured on the BBC corpus (2 workers, bench/RESULTS.md): cold CPU 13.6 -> 8.7 s on
 * Node 20 and 11.4 -> 8.7 s on Node 22.
 *
 * Not set: `--no-turbo-inlining`. It takes ~10% off a BBC cold run (2,100 articles: less to
 * compile) but adds 24% at 20x (42,000 articles: slower optimised code), so it would pay only
 * below ~3,000 articles (bench/RESULTS.md).
 *
 * The flags are process-wide, so only our own processes (the CLI, the bench) call this: never the
 * VS Code extension host, which other extensions share. The flag's name changed with V8 12, and
 * an unknown flag would print an error, so versions we have not measured are left alone.
 * DOSSIER_V8_DEFAULTS=1 leaves V8 as it is (to measure the difference).
 */
export function preferThroughputTiering(): void {
  const flag = throughputTieringFlag();
  if (flag) setFlagsFromString(flag);
}

/** The flags `preferThroughputTiering` sets on this Node, space-separated, if any (the bench prints them). */
export function throughputTieringFlag(): string | undefined {
  if (process.env.DOSSIER_V8_DEFAULTS === '1') return undefined;
  const [major, minor] = process.versions.v8.split('.').map(Number);
  if (major === 11 && minor === 3) return '--interrupt-budget=400000'; // Node 20; default 67584
  if (major === 12 || major === 13) return '--invocation-count-for-turbofan=100000'; // Node 22, 24; default 3000
  return undefined;
}
