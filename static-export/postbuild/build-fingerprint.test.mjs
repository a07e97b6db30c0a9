// @vitest-environment node
// `npm start` rebuilds when the fingerprint changes: it must change with the clinic's logo file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildFingerprint } from './build-fingerprint.mjs';

const saved = process.env.CLINIC_CONFIG;
afterEach(() => {
  if (saved === undefined) delete process.env.CLINIC_CONFIG;
  else process.env.CLINIC_CONFIG = saved;
});

it('changes when the logo file changes under the same name, and not otherwise', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  fs.writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify({ name: 'A clinic', brand: { logo: 'logo.svg' } }));
  fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>');
  process.env.CLINIC_CONFIG = path.join(dir, 'clinic.json');
  const before = buildFingerprint();
  expect(buildFingerprint()).toBe(before);
  fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"/>');
  expect(buildFingerprint()).not.toBe(before);
  fs.rmSync(dir, { recursive: true, force: true });
}, 30_000);
