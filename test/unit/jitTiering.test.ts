import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { SHORT_RUN_FLAGS, throughputTieringFlag } from '../../src/cli/jitTiering';

function assertKnownToV8(flags: string): void {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 }).split('\n');
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

  it("names a short run's flags that V8 11.3 (Node 20, the only one they are set on) knows", function () {
    if (!process.versions.v8.startsWith('11.3.')) this.skip();
    assertKnownToV8(SHORT_RUN_FLAGS);
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
