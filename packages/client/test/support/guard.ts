/**
 * Imported by every browser test file: fails the current test when any promise rejection went
 * unhandled during it (the client must never leave one behind, also not from a lost race).
 */
import { expect } from '@open-wc/testing';

const unhandled: unknown[] = [];
window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));

/** Chromium reports unhandled rejections from a task after the microtask checkpoint. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(async () => {
  await settle();
  await settle();
  expect(unhandled.splice(0), 'unhandled rejections').to.deep.equal([]);
});
