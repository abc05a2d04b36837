/** Moved to the domain package: one set of test personas for the server, the widgets' test double and the demo. */
export * from '@vois-online/domain/seed';
