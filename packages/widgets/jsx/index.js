// Types only (see index.d.ts); this file exists so that every `exports` entry resolves at run time.
export {};
