/** Moved to the domain package (one set of rules for the server and the widgets' test double). */
export * from '@vois-online/domain/residences';
