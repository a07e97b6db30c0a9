/**
 * The warning signs the browser tests expect, written out from issue 12 and
 * not imported from lib/content/warning-signs.ts, so a change there must be
 * made here too, on purpose.
 */
export const EMERGENCY_SIGNS = [
  'chest pain',
  'trouble breathing, or feeling short of breath',
  'swelling of your face, neck or arm on the side of your port',
  'a racing or fluttering heartbeat',
  'bleeding that does not stop after 10 minutes of firm pressure',
];

/** The infection signs, with a clinic's fever line such as "100.4 °F (38.0 °C)". */
export const infectionSigns = (fever: string) => [
  `a temperature of ${fever} or higher`,
  'shivering or chills',
  'redness around the port or the cut',
  'pain or tenderness that is getting worse',
  'pus or fluid leaking from the cut',
  'skin that feels very warm around the port',
  'new swelling around the port, or bleeding from the cut',
];
