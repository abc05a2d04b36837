/** Moved to the domain package: the pilot municipalities are shared seed data. */
export * from '@vois-online/domain/kommunen';
