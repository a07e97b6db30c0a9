// What a build depends on: source files and the chosen clinic config. `npm start`
// rebuilds when this changes, so it never serves a stale site or the wrong clinic.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'mdx-components.tsx', 'next.config.mjs', 'tailwind.config.ts', 'package-lock.json', 'scripts'];

function walk(entry) {
  if (!fs.existsSync(entry)) return [];
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return [entry];
  return fs.readdirSync(entry).sort().flatMap((name) => walk(path.join(entry, name)));
}

export function buildFingerprint() {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(walk)) hash.update(file).update(fs.readFileSync(file));
  const config = process.env.CLINIC_CONFIG ? path.resolve(process.env.CLINIC_CONFIG) : '(default)';
  hash.update(config);
  if (process.env.CLINIC_CONFIG && fs.existsSync(config)) hash.update(fs.readFileSync(config));
  return hash.digest('hex');
}
