/** The daily output sheet's read and write: the production module's contract. */
export type {
  DailyOutputCell,
  DailyOutputRow,
  GetDailyOutput,
  SaveDailyOutput,
} from '../../../../modules/production/contracts';
