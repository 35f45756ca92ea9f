import type ExcelJS from 'exceljs';

/** The data validations of Gendan's templates: what Excel lets a person type in a cell. */

export type Validation = ExcelJS.DataValidation;

export const list = (formula: string, strict = true): Validation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: strict,
  errorStyle: strict ? 'stop' : 'information',
  error: 'Choose from the list',
});
export const whole: Validation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  error: 'Whole pieces, 0 or more',
};
export const measure: Validation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  error: 'A number, 0 or more',
};
export const date: Validation = {
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  formulae: [new Date(Date.UTC(2000, 0, 1))],
  showErrorMessage: true,
  error: 'A date',
};
