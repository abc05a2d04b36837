/**
 * State shared by every copy of this library on a page. A CMS may load the bundle and the
 * loader (or two plugins each bring a copy), and the element registry keeps the first
 * definition of each tag — so one page's widgets can come from two copies. Sharing the API
 * clients and the pending login completion keeps one session and one login for the page;
 * otherwise a login begun in one copy's widget would be completed by the other copy and
 * claimed by nobody.
 *
 * Only copies of the same version share (the objects they hand each other must have the same
 * shape); the version is set at build time, sources (tests, Storybook) share as `source`.
 *
 * Privacy: a script on the page can reach this object (and with it the session) — as it can
 * already reach the open shadow DOM and wrap `fetch`. The page's Content-Security-Policy is
 * what keeps foreign scripts out (docs/EMBEDDING.md, section 3); nothing is stored beyond memory.
 */
declare const __VOIS_VERSION__: string | undefined;

const version = typeof __VOIS_VERSION__ === 'string' ? __VOIS_VERSION__ : 'source';

/** The page's object named `name` for this library version, created by the first copy that asks. */
export function pageShared<T extends object>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  return (store[Symbol.for(`@vois-online/widgets@${version}:${name}`)] ??= create());
}
