import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { SHORT_RUN_FLAGS, WORKER_HEAP_FLAGS, throughputTieringFlag, v8DefaultsOfOurFlags } from '../../src/cli/jitTiering';

const v8Options = () => execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 }).split('\n');

function assertKnownToV8(flags: string): void {
  const options = v8Options();
  for (const one of flags.split(' ')) {
    const name = one.replace(/=.*$/, '').replace(/^--no-/, '--');
    assert.ok(options.some((line) => line.trim().startsWith(`${name} `)), `${one} is not an option of V8 ${process.versions.v8}`);
  }
}

describe('throughputTieringFlag', () => {
  it('names flags that this Node knows, or none on a Node it was not measured on', () => {
    const flag = throughputTieringFlag();
    const v8 = process.versions.v8;
    if (flag === undefined) {
      assert.ok(!/^(11\.3|12|13)\./.test(v8), `no flag on V8 ${v8}, which it was measured on`);
      return;
    }
    assertKnownToV8(flag);
  });

  it("names a short run's flags and the workers' heap flags that V8 11.3 (Node 20, the only one they are set on) knows", function () {
    if (!process.versions.v8.startsWith('11.3.')) this.skip();
    assertKnownToV8(SHORT_RUN_FLAGS);
    assertKnownToV8(WORKER_HEAP_FLAGS);
  });

  it("puts back V8's own values of the flags it sets", () => {
    const defaults = v8DefaultsOfOurFlags();
    if (!defaults) return assert.equal(throughputTieringFlag(), undefined);
    const options = v8Options();
    for (const one of defaults.split(' ')) assert.ok(options.some((line) => line.trim() === `type: ${one.startsWith('--no-') || !one.includes('=') ? 'bool' : 'int'}  default: ${one}`), `${one} is not V8 ${process.versions.v8}'s default`);
    const set = [throughputTieringFlag(), ...(process.versions.v8.startsWith('11.3.') ? [SHORT_RUN_FLAGS, WORKER_HEAP_FLAGS] : [])].filter(Boolean).join(' ').split(' ');
    const name = (flag: string) => flag.replace(/=.*$/, '').replace(/^--no-/, '--');
    assert.deepEqual(defaults.split(' ').map(name).sort(), set.map(name).filter((n) => n !== '--initial-old-space-size').sort(), 'every flag it sets, but the heap size of isolates to come');
  });

  it('leaves V8 alone when DOSSIER_V8_DEFAULTS=1', () => {
    const before = process.env.DOSSIER_V8_DEFAULTS;
    process.env.DOSSIER_V8_DEFAULTS = '1';
    try {
      assert.equal(throughputTieringFlag(), undefined);
    } finally {
      if (before === undefined) delete process.env.DOSSIER_V8_DEFAULTS;
      else process.env.DOSSIER_V8_DEFAULTS = before;
    }
  });
});
