import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup-unit.ts'],
    include: ['{app,components,lib,scripts,static-export,tests}/**/*.test.{ts,tsx,mjs}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Build tests run `next build`, which takes tens of seconds on a small machine.
    testTimeout: 20_000,
  },
});
