export * from './contract/index.ts';
export * from './errors.ts';
export * from './client.ts';
