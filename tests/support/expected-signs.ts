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

/** The same lists on the Spanish pages, written out from the translation. */
export const EMERGENCY_SIGNS_ES = [
  'dolor en el pecho',
  'dificultad para respirar, o falta de aire',
  'hinchazón de la cara, el cuello o el brazo del lado del puerto',
  'latidos del corazón muy rápidos o irregulares',
  'sangrado que no para después de 10 minutos de presión firme',
];

export const infectionSignsEs = (fever: string) => [
  `una temperatura de ${fever} o más`,
  'temblores o escalofríos',
  'enrojecimiento alrededor del puerto o del corte',
  'dolor o sensibilidad que empeora',
  'pus o líquido que sale del corte',
  'piel muy caliente alrededor del puerto',
  'hinchazón nueva alrededor del puerto, o sangrado del corte',
];
