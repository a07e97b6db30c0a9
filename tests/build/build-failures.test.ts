// @vitest-environment node
// A wrong clinic config or frontmatter must stop a real `next build` with a
// message that names the file and the field, before anything is exported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import secondClinic from '../fixtures/second-clinic.json';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'port-guide-build-'));
// Next requires the export folder inside the project; out-* is git-ignored.
const EXPORT_DIR = 'out-build-test';
// Broken pages go in a copy of content/ (CONTENT_DIR), never in content/ itself.
// Turbopack compiles only files inside the project, so the copy lives there too (.tmp-content-* is git-ignored).
const contentCopy = fs.mkdtempSync(path.join(process.cwd(), '.tmp-content-'));
// The whole folder, translations (content/es/) included.
fs.cpSync('content', contentCopy, { recursive: true });

function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', OUT_DIR: EXPORT_DIR, ...env },
    encoding: 'utf8',
    // Generous: on a busy 2-core machine a failing build can take minutes to reach the config.
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  fs.rmSync(contentCopy, { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(EXPORT_DIR, { recursive: true, force: true });
});

describe('next build', { timeout: 660_000 }, () => {
  it('fails on a bad clinic config, naming the file and each field', () => {
    const file = path.join(tmp, 'mars-clinic.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...secondClinic,
        timeZone: 'Mars/Base',
        fasting: { solidFoodHoursBefore: 4, clearLiquidsHoursBefore: 6 },
        aftercare: { ...secondClinic.aftercare, checkUpDaysAfter: { from: 14, to: 10 } },
      }),
    );
    const { status, output } = build({ CLINIC_CONFIG: file });
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid clinic config ${file}`);
    expect(output).toContain('timeZone "Mars/Base" is not a valid IANA time zone');
    expect(output).toContain('fasting.clearLiquidsHoursBefore must be less than fasting.solidFoodHoursBefore');
    expect(output).toContain('aftercare.checkUpDaysAfter.from must not be after aftercare.checkUpDaysAfter.to');
    expect(fs.existsSync(path.join(EXPORT_DIR, 'index.html'))).toBe(false);
  });

  // #f5e663 on white is 1.28:1 by the WCAG 2.x formula (worked out in lib/clinic/brand.test.ts).
  it.each([
    ['a brand colour too light for text', { color: '#f5e663' }, 'brand.color #f5e663 has contrast 1.3:1 on white; text needs 4.5:1'],
    ['a brand logo that is not there', { logo: 'missing-logo.svg' }, `brand.logo "missing-logo.svg" was not found (looked for ${path.join(tmp, 'missing-logo.svg')}`],
  ])('fails on %s, naming the field', (_case, brand, message) => {
    const file = path.join(tmp, 'branded-clinic.json');
    fs.writeFileSync(file, JSON.stringify({ ...secondClinic, brand }));
    const { status, output } = build({ CLINIC_CONFIG: file });
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid clinic config ${file}`);
    expect(output).toContain(message);
    expect(fs.existsSync(path.join(EXPORT_DIR, 'index.html'))).toBe(false);
  });

  it('fails on bad frontmatter, naming the file and the field', () => {
    const before = fs.readdirSync('content');
    fs.writeFileSync(
      path.join(contentCopy, 'bad-frontmatter.mdx'),
      '---\ntitle: A page\nnavTitle: A page\norder: 99\nlastReviewed: 2026-13-01\nreviewer: Someone\n---\n\nText.\n',
    );
    const { status, output } = build({ CONTENT_DIR: contentCopy });
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid frontmatter in ${path.relative(process.cwd(), contentCopy)}/bad-frontmatter.mdx`);
    expect(output).toContain('description is required but missing');
    expect(output).toContain('lastReviewed');
    // The real content folder was never touched.
    expect(fs.readdirSync('content')).toEqual(before);
  });
});
