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
  'feeling confused, or very sleepy and hard to wake',
  'fainting',
  'cold, clammy or blotchy skin',
  'feeling very unwell, with a high or a low temperature',
];

/** The infection signs, with a clinic's fever line such as "100.4 °F (38.0 °C)". */
export const infectionSigns = (fever: string) => [
  `a temperature of ${fever} or higher`,
  'shivering or chills, most of all during or soon after your port is flushed or used',
  'redness around the port or the cut',
  'pain or tenderness that is getting worse',
  'pus or fluid leaking from the cut',
  'skin that feels very warm around the port',
  'new swelling around the port, or bleeding from the cut',
];

/** The same lists on the Spanish pages, written out from the translation. */
export const EMERGENCY_SIGNS_ES = [
  'dolor en el pecho',
  'dificultad para respirar o falta de aire',
  'hinchazón de la cara, el cuello o el brazo del lado del puerto',
  'latidos del corazón muy rápidos o palpitaciones (como un aleteo en el pecho)',
  'sangrado que no para después de 10 minutos de presión firme',
  'confusión, o mucho sueño y le cuesta despertarse',
  'desmayo',
  'piel fría, húmeda o con manchas',
  'se siente muy mal, con la temperatura alta o baja',
];

export const infectionSignsEs = (fever: string) => [
  `una temperatura de ${fever} o más`,
  'temblores o escalofríos, sobre todo durante o poco después de que laven o usen su puerto',
  'enrojecimiento alrededor del puerto o del corte',
  'dolor, o dolor al tocar la zona, que va empeorando',
  'pus o líquido que sale del corte',
  'piel muy caliente alrededor del puerto',
  'hinchazón nueva alrededor del puerto o sangrado del corte',
];

/** The port problems that need a call as fast as the infection signs (issue 19). */
export const PORT_PROBLEMS = [
  'the needle comes out of your port, or medicine leaks, while a pump is attached',
  'you have pain, swelling or burning around your port while a drip is going in',
];
export const PORT_PROBLEMS_ES = [
  'la aguja se sale del puerto, o sale medicina, mientras tiene una bomba conectada',
  'tiene dolor, hinchazón o ardor alrededor del puerto mientras le pasan el suero',
];

/** Reasons to call in working hours. */
export const ROUTINE_REASONS = [
  'questions about your dressing, stitches or glue',
  'mild bruising around the cut',
  'when your next flush is due',
  'your port card',
];
export const ROUTINE_REASONS_ES = [
  'preguntas sobre el apósito, los puntos o el pegamento',
  'moretones leves alrededor del corte',
  'preguntas sobre cuándo le toca el próximo lavado',
  'preguntas sobre su tarjeta del puerto',
];

/** The "Call now if you have:" card's two lines, with a clinic's fever line and emergency number. */
export const callNowLines = (fever: string, number: string) => [
  `a temperature of ${fever} or higher, or shivering or chills. Call right away, day or night. If you are having cancer treatment, call your cancer team's 24-hour number first.`,
  `chest pain, trouble breathing, or you feel confused or faint. Call ${number} now.`,
];
export const callNowLinesEs = (fever: string, number: string) => [
  `una temperatura de ${fever} o más, o temblores o escalofríos. Llame de inmediato, de día o de noche. Si recibe tratamiento para el cáncer, llame primero al número de 24 horas de su equipo de cáncer.`,
  `dolor en el pecho, dificultad para respirar o se siente confundido o a punto de desmayarse. Llame al ${number} ahora.`,
];

/** Who to call with a fever or a port problem, in order. */
export const CANCER_TEAM_FIRST =
  "If you are having cancer treatment, call your cancer team's 24-hour number first. It is on your treatment card or letter. If you cannot reach anyone, go to the nearest emergency department. Tell them you have a port and are having cancer treatment.";
export const CANCER_TEAM_FIRST_ES =
  'Si recibe tratamiento para el cáncer, llame primero al número de 24 horas de su equipo de cáncer. Está en su tarjeta o carta de tratamiento. Si no logra hablar con nadie, vaya a la sala de emergencias más cercana. Dígales que tiene un puerto y que recibe tratamiento para el cáncer.';
