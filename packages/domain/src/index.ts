/**
 * @vois-online/domain: the rules of the four registration services (domain-meldewesen.md,
 * C1–S5) as pure functions over plain data. No I/O, no HTTP, no database, no DOM — the server
 * calls them around its register, the widgets' test double around an in-memory register, and
 * the widgets' in-browser checks import single modules (`@vois-online/domain/move-out`).
 */
export * from './limits.ts';
export * from './types.ts';
export * from './calendar.ts';
export * from './dates.ts';
export * from './move-out.ts';
export * from './names.ts';
export * from './labels.ts';
export * from './violation.ts';
export * from './residences.ts';
export * from './family.ts';
export * from './availability.ts';
export * from './identification.ts';
export * from './meldebescheinigung.ts';
export * from './abmeldung.ts';
export * from './sperren.ts';
export * from './selbstauskunft.ts';
export * from './kommunen.ts';
export * from './seed.ts';
export * from './seed-records.ts';
