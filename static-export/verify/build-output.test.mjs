// @vitest-environment node
import { errorLines } from './build-output.mjs';

describe('errorLines', () => {
  it('finds the error a build printed and carried on after', () => {
    const output = [
      '  Creating an optimized production build ...',
      "\u001b[31mError: Can't resolve '../tailwind.config.ts' in '/work/wt-a'\u001b[39m",
      '    at finishWithoutResolve (node_modules/enhanced-resolve/lib/Resolver.js:959:18)',
      '✓ Compiled successfully in 32.1s',
    ].join('\n');
    expect(errorLines(output)).toEqual(["Error: Can't resolve '../tailwind.config.ts' in '/work/wt-a'"]);
  });

  it('finds named errors such as TypeError', () => {
    expect(errorLines('⨯ TypeError: x is not a function')).toHaveLength(1);
  });

  it('passes a clean build, words like "errors" included', () => {
    const output = '✓ Compiled successfully in 10.3s\npostbuild: 0 errors, headers in out/_headers\n○  (Static)  prerendered as static content';
    expect(errorLines(output)).toEqual([]);
  });
});
