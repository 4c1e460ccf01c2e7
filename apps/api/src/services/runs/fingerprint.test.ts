import { Dataset, RulePack } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { testPack } from '../../testing/test-pack.ts';
import { runFingerprint } from './fingerprint.ts';

describe('run fingerprint', () => {
  const pack = RulePack.parse(testPack());
  const data = Dataset.parse({ units: [{ id: 'J01', name: '甲', group: '街镇组' }] });

  it('includes parameter overrides, and only when there are some', () => {
    const plain = runFingerprint(pack, data, '2021-03-31');
    expect(runFingerprint(pack, data, '2021-03-31', {})).toBe(plain);
    const three = runFingerprint(pack, data, '2021-03-31', { statementCount: '3' });
    expect(three).not.toBe(plain);
    expect(runFingerprint(pack, data, '2021-03-31', { statementCount: '2' })).not.toBe(three);
  });
});
