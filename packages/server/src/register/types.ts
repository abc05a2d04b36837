/** Moved to the domain package: the record types are shared with the widgets' test double. */
export * from '@vois-online/domain/types';
