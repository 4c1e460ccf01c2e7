import { ErrorCode, KaopingError, Period, type CycleSettings } from '@kaoping/contracts';
import { getCycleSettings, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** The scheme's reporting cycle, or 409 while the office has not set one up. */
export async function requireCycle(db: Db, schemeId: string): Promise<CycleSettings> {
  const stored = await getCycleSettings(db, schemeId);
  if (!stored) throw new KaopingError(ErrorCode.NOT_FOUND, '该方案尚未设置报送周期和截止日，请考评办先在“报送设置”中设置');
  return stored.settings;
}

/** 400 unless `period` is a month (a quarter's last month for a quarterly cycle). */
export function requirePeriod(settings: CycleSettings, period: string): string {
  const month = Period.safeParse(period);
  const m = Number(period.slice(5));
  if (!month.success || period.length !== 7) throw fail.invalid(`报送期间“${period}”须形如 2022-01`, [{ pointer: '/period', message: '须形如 2022-01' }]);
  if (settings.cadence === 'quarter' && m % 3 !== 0) {
    throw fail.invalid(`按季度报送时期间须为季末月份（3、6、9、12 月），不是“${period}”`, [{ pointer: '/period', message: '须为季末月份' }]);
  }
  return period;
}
