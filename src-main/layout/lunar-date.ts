/** The Chinese lunar date of a Gregorian day, as a masthead prints it: 丙午年十月十八. */
import lunar from 'lunar-javascript';

interface LunarDay {
  getYearInGanZhi(): string;
  getMonthInChinese(): string;
  getDayInChinese(): string;
}

/** The parts of lunar-javascript used here (the package ships no types). */
interface LunarModule {
  Solar: { fromYmd(year: number, month: number, day: number): { getLunar(): LunarDay } };
}

export function lunarDate(year: number, month: number, day: number): string {
  const l = (lunar as unknown as LunarModule).Solar.fromYmd(year, month, day).getLunar();
  return `${l.getYearInGanZhi()}年${l.getMonthInChinese()}月${l.getDayInChinese()}`;
}
