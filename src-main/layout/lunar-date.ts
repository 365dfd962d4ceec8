/** The Chinese lunar date of a Gregorian day, as a masthead prints it: 丙午年十月十八. */
import { createRequire } from 'node:module';

interface LunarDay {
  getYearInGanZhi(): string;
  getMonthInChinese(): string;
  getDayInChinese(): string;
}

/** The parts of lunar-javascript used here (the package ships no types). */
interface LunarModule {
  Solar: { fromYmd(year: number, month: number, day: number): { getLunar(): LunarDay } };
}

// Loaded on first use: only a page with a masthead needs the calendar (~50 ms to load).
let lunar: LunarModule | undefined;

export function lunarDate(year: number, month: number, day: number): string {
  lunar ??= createRequire(import.meta.url)('lunar-javascript') as LunarModule;
  const l = lunar.Solar.fromYmd(year, month, day).getLunar();
  return `${l.getYearInGanZhi()}年${l.getMonthInChinese()}月${l.getDayInChinese()}`;
}
