// The widgets' test suite, run against sources whose html``/css`` literals went through the
// same minifier as the shipped bundles (scripts/build/minify-literals.mjs). Proves that the
// minification changes no rendering, focus, accessibility or behaviour the tests cover.
//   cd packages/widgets && npx web-test-runner --config scripts/build/wtr-minified.config.mjs
import config from '../../web-test-runner.config.mjs';
import { minifyLiterals } from './minify-literals.mjs';

const stats = { before: 0, after: 0, files: 0 };

export default {
  ...config,
  reporters: config.reporters.slice(0, 1), // no counts for scripts/test.sh: this is a verification run
  plugins: [
    ...config.plugins,
    {
      name: 'vois-minify-literals',
      transform(context) {
        if (!/\/packages\/(widgets|client)\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return;
        const out = minifyLiterals(context.body, context.path, stats);
        if (!out) return;
        stats.files++;
        return { body: out.code };
      },
    },
    {
      name: 'vois-minify-literals-report',
      serverStop() {
        console.log(`literal minification applied to ${stats.files} modules: ${stats.before} → ${stats.after} characters`);
      },
    },
  ],
};
