import fs from 'node:fs';
import path from 'node:path';
import defaultClinic from '../../lib/clinic/default-clinic.json';
import secondClinic from '../fixtures/second-clinic.json';
import { findClinicValues, findInLine } from './clinic-values-in-text';
import { CONTENT_DIR } from '../../lib/content/pages';

const kinds = (line: string) => findInLine(line).map((f) => f.kind);

describe('phone numbers', () => {
  it.each([
    'Call us at +1 303-555-0142.',
    'Call (303) 555-0142 today.',
    'Phone 303.555.0142',
    'Ring 3035550142',
    'Tel: +44 20 7946 0958',
    defaultClinic.phone,
    secondClinic.phone,
    defaultClinic.afterHoursPhone,
  ])('finds %s', (line) => {
    expect(kinds(line)).toContain('phone number');
  });

  it.each(['About 2000 needle sticks.', 'A fever of 101 °F (38.3 °C).', 'Check-up at 7–10 days.', 'Reviewed 2026-11-22.', 'Call 911 now.'])(
    'leaves %s alone',
    (line) => {
      expect(kinds(line)).not.toContain('phone number');
    },
  );
});

describe('street addresses', () => {
  it.each([defaultClinic.address.street, secondClinic.address.street, 'Come to 8200 East Belleview Ave, Englewood.', 'We are at 10 Main St.', 'Suite 300'])(
    'finds %s',
    (line) => {
      expect(kinds(line)).toContain('street address');
    },
  );

  it.each(['The port sits 2 inches below your collarbone.', 'Wait 3 days before you take the dressing off.', 'A catheter goes to a vein near the heart.'])(
    'leaves %s alone',
    (line) => {
      expect(kinds(line)).not.toContain('street address');
    },
  );
});

describe('fasting hours', () => {
  it.each([
    'Do not eat anything for 6 hours before the procedure.',
    'Clear liquids until 4 hours before.',
    'No food six hours prior to your port insertion.',
    'Stop eating 8 hrs before your appointment.',
    'No food after midnight.',
    'Nothing to eat from midnight.',
    'Do not drink after 6 am.',
    'Stop drinking before 10:30 p.m. the night before.',
  ])('finds %s', (line) => {
    expect(kinds(line)).toContain('fasting hour');
  });

  it.each([
    'Follow the times your clinic gives you.',
    'Pain relief for up to 48 hours.',
    'Two readings taken four hours apart.',
    'The procedure takes about an hour.',
    'Most doctors wait about a week before they use the port.',
    'Keep a dressing on for the first 3 days.',
  ])('leaves %s alone', (line) => {
    expect(kinds(line)).not.toContain('fasting hour');
  });
});

describe('aftercare values', () => {
  it.each([
    'Keep a dressing over the cut for the first 3 days.',
    'Your check-up is 7 to 10 days after the port goes in.',
    'Your check-up is 7–10 days after.',
    'Keep it on for three days.',
    'Do not lift anything heavy for 2 weeks.',
    'Avoid heavy lifting for a week.',
    'Most doctors wait about a week before they use the port.',
    'Day 3: dressing off',
    'On day 7 to 10 we check the cut.',
    '1 day',
  ])('finds the day count in %s', (line) => {
    expect(kinds(line)).toContain('aftercare days');
  });

  it.each([
    'A temperature of 100.4 °F (38.0 °C) or higher.',
    'A fever of 101 °F.',
    'A fever over 38 °C.',
    'A fever over 38°C.',
    'Fever about 101 degrees in 2 readings.',
    'A temperature of 38 Celsius.',
    'Call us at 101 F or more.',
    'Call us at 100.4 or more.',
    'A reading of 38.5 or higher.',
  ])('finds the temperature in %s', (line) => {
    expect(kinds(line)).toContain('temperature');
  });

  it('reports each temperature once, however many patterns match it', () => {
    expect(findInLine('Over 100.4 °F.')).toEqual([{ kind: 'temperature', text: '100.4 °F' }]);
  });

  it.each([
    'You may be sore for a few days.',
    'Do not drive until the next day.',
    'A port that is not in use needs a flush once a month.',
    'Medicine can help, most often for up to 48 hours.',
    'Press firmly for 10 minutes.',
    'The septum can take about 2000 needle sticks.',
    'It sits 2 to 3 inches below your collarbone.',
    'It can stay in for weeks, months or years.',
    'In the first week, rest your arm.',
    'Take <FeverTemperature /> seriously for <DressingDays />.',
  ])('leaves %s alone', (line) => {
    expect(findInLine(line)).toEqual([]);
  });
});

it('gives 1-based line numbers and skips the frontmatter', () => {
  const source = ['---', 'title: T', 'lastReviewed: 2026-11-22', '---', '', 'Fine line.', 'Call 303-555-0142.'].join('\n');
  expect(findClinicValues(source)).toEqual([{ kind: 'phone number', line: 7, text: '303-555-0142' }]);
});

it('finds the same values written in Spanish', () => {
  expect(findInLine('No coma nada 6 horas antes. Deje el apósito 3 días, y vuelva de 7 a 10 días después.').map((f) => f.text)).toEqual([
    '6 horas antes',
    '3 días',
    '7 a 10 días',
  ]);
  expect(findInLine('La revisión es el día 7. Nada después de la medianoche. Durante una semana.').map((f) => f.kind)).toEqual([
    'fasting hour',
    'aftercare days',
    'aftercare days',
  ]);
  expect(findInLine('Unos días después, una vez al mes, el día siguiente.')).toEqual([]);
});

it('no page in content/ or content/es/ writes a phone number, street address, fasting hour or aftercare value', () => {
  const problems = [CONTENT_DIR, path.join(CONTENT_DIR, 'es')].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) =>
        findClinicValues(fs.readFileSync(path.join(dir, name), 'utf8')).map(
          (f) => `${path.relative(process.cwd(), path.join(dir, name))}:${f.line}: ${f.kind} "${f.text}" (use a component that reads the clinic config)`,
        ),
      ),
  );
  expect(problems).toEqual([]);
});
