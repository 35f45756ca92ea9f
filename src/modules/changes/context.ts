import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is changing an order, for the revision the change records. */
interface ChangeContext {
  /** e.g. "production-exception:<documentId>" when a service changes the order on someone's behalf. */
  source?: string;
  /** The lines endpoint writes order lines itself, with its own revision. */
  linesByEndpoint?: boolean;
}

const storage = new AsyncLocalStorage<ChangeContext>();

export const withChangeContext = <T>(context: ChangeContext, work: () => Promise<T>) =>
  storage.run({ ...storage.getStore(), ...context }, work);

export const changeContext = (): ChangeContext => storage.getStore() ?? {};
