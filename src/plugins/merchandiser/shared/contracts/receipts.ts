/** The receipt inspection screen's reads: the materials module's contract. */
export type { GetReceiptLines, ReceiptLineOption } from '../../../../modules/materials/contracts';
