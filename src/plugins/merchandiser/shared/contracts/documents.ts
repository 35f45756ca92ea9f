/** The order's documents (单证) and their versions: the documents module's contract. */
export type { GetOrderDocuments, OrderDocumentEntry } from '../../../../modules/documents/contracts';
