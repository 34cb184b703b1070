import type { PublicTypeName } from '@skb/content-types';

/** One language version of one entry: the unit the sync re-reads and writes. */
export interface SyncKey {
  type: PublicTypeName;
  documentId: string;
  locale: string;
}

export const syncKeyString = (key: SyncKey) => `${key.type}-${key.documentId}-${key.locale}`;
