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
  'new swelling around the port or the cut',
];

/** The infection signs once the port is out (/removal): worded for the cut alone. */
export const infectionSignsPortRemoved = (fever: string) => [
  `a temperature of ${fever} or higher`,
  'shivering or chills',
  'redness around the cut',
  'pain or tenderness that is getting worse',
  'pus or fluid leaking from the cut',
  'skin that feels very warm around the cut',
  'new swelling around the cut',
];

/** What to do if the cut bleeds, apart from the infection signs (issue 20, Q12). */
export const BLEEDING_ADVICE =
  'A small spot of blood on the dressing is normal. If the cut bleeds, press on it firmly with a clean pad or cloth. Call right away, day or night, if blood soaks through the dressing. Call 911 now if it does not stop after 10 minutes of firm pressure.';
export const BLEEDING_ADVICE_ES =
  'Es normal ver una mancha pequeña de sangre en el apósito. Si el corte sangra, apriételo con firmeza con una gasa o un paño limpio. Llame de inmediato, de día o de noche, si la sangre empapa el apósito. Llame al 911 ahora si no para después de 10 minutos de presión firme.';

/** What to do first if the needle comes out or medicine leaks (MSK's "4 Cs"). */
export const LEAK_FIRST_STEPS = [
  'Put on gloves. Do not touch leaked medicine with bare hands.',
  'Close the clamp on the tubing, if you were shown how.',
  'Stop the pump, if you were shown how.',
  'Put the tubing and anything with medicine on it in a plastic bag, or use your spill kit if you have one. Keep the bag for your care team.',
  'Then call.',
];
export const LEAK_FIRST_STEPS_ES = [
  'Póngase guantes. No toque la medicina que salió con las manos sin guantes.',
  'Cierre la pinza del tubo, si le enseñaron cómo.',
  'Apague la bomba, si le enseñaron cómo.',
  'Ponga el tubo y todo lo que tenga medicina en una bolsa de plástico, o use su kit para derrames si tiene uno. Guarde la bolsa para su equipo de atención.',
  'Después, llame.',
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
  'hinchazón nueva alrededor del puerto o del corte',
];

export const infectionSignsPortRemovedEs = (fever: string) => [
  `una temperatura de ${fever} o más`,
  'temblores o escalofríos',
  'enrojecimiento alrededor del corte',
  'dolor, o dolor al tocar la zona, que va empeorando',
  'pus o líquido que sale del corte',
  'piel muy caliente alrededor del corte',
  'hinchazón nueva alrededor del corte',
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
