/**
 * The safety-critical sentences the browser tests pin, in English and
 * Spanish: warning signs, fever, bleeding, the 4 Cs, sedation, medicines,
 * fasting, flush, and the planner's, letter's and email's lines. Written out
 * by hand (the signs from issue 12, the rest from the pages as reviewed),
 * never imported from lib/ or content/, so a change to the wording there
 * must be made here too, on purpose. A clinic's own values (fever line,
 * hours, days, weeks, numbers) come in as arguments from the hand-written
 * profiles in tests/support/clinics.ts.
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

/** The cancer team first: the line in the "Call now" card. */
export const CANCER_TEAM_FIRST_LINE = "If you are having cancer treatment, call your cancer team's 24-hour number first.";

/** The three levels of /when-to-get-help, most urgent first, each heading with its words, then the interpreters. */
export const helpLevels = (number: string) => [
  `Immediate action required: Call ${number} now if you have any of these:`,
  'Urgent advice: Call right away, day or night, if you have any of these:',
  'Non-urgent advice: Call us when we are open about:',
  'Free interpreters',
];
export const helpLevelsEs = (number: string) => [
  `Necesita ayuda inmediata: Llame al ${number} ahora si tiene alguna de estas señales:`,
  'Aviso urgente: Llame de inmediato, de día o de noche, si tiene alguna de estas señales:',
  'Consejo no urgente: Llámenos en nuestro horario si tiene:',
  'Intérpretes gratis',
];

/** Who to call with a fever or a port problem, in order. */
export const CANCER_TEAM_FIRST =
  "If you are having cancer treatment, call your cancer team's 24-hour number first. It is on your treatment card or letter. If you cannot reach anyone, go to the nearest emergency department. Tell them you have a port and are having cancer treatment.";
export const CANCER_TEAM_FIRST_ES =
  'Si recibe tratamiento para el cáncer, llame primero al número de 24 horas de su equipo de cáncer. Está en su tarjeta o carta de tratamiento. Si no logra hablar con nadie, vaya a la sala de emergencias más cercana. Dígales que tiene un puerto y que recibe tratamiento para el cáncer.';

/** The fever line as the lists say it, with a clinic's fever such as "100.4 °F (38.0 °C)". */
export const feverLine = (fever: string) => `a temperature of ${fever} or higher`;
export const feverLineEs = (fever: string) => `una temperatura de ${fever} o más`;

/** The footer's fever line, on every page (the 404 page too). */
export const footerFever = (fever: string) => `A temperature of ${fever} or higher, or shivering or chills: Call right away, day or night.`;
export const footerFeverEs = (fever: string) => `Una temperatura de ${fever} o más, o temblores o escalofríos: Llame de inmediato, de día o de noche.`;

/** Do not wait with a fever (/when-to-get-help). */
export const DO_NOT_WAIT = 'Do not wait to see if a fever goes away, and do not wait to check it again.';
export const DO_NOT_WAIT_ES = 'No espere a ver si la fiebre baja ni a tomarse la temperatura otra vez. Llame enseguida.';

/** After sedation, on /preparation, /insertion and /removal. */
export const SEDATION_RULE =
  'For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers. An adult must take you home, not a taxi or rideshare on your own. Your care team may also ask that an adult stays with you the first night.';
export const SEDATION_RULE_ES =
  'Durante 24 horas, no maneje, no tome alcohol ni pastillas para dormir, y no tome decisiones importantes, por ejemplo sobre dinero, trabajo o papeles legales. Un adulto debe llevarlo a casa: no se vaya solo en taxi o en un auto de aplicación. Su equipo de atención también puede pedirle que un adulto se quede con usted la primera noche.';
/** The same rule, shorter, in the home page's journey. */
export const SEDATION_HOME = 'An adult takes you home, not a taxi or rideshare on your own. For 24 hours, do not drive';

/** Medicines before the procedure (/preparation). */
export const MEDICINES = [
  'Keep taking your usual medicines, unless your care team tells you otherwise. On the day, take them with a sip of water.',
  'Call us as soon as you get your appointment if you take:',
  'If you have a stent in your heart, do not stop it until you have talked to the doctor who prescribed it.',
];
export const MEDICINES_ES = [
  'Siga tomando sus medicinas de siempre, a menos que su equipo de atención le diga otra cosa.',
  'Llámenos en cuanto le den su cita si toma:',
  'Si tiene un stent en el corazón, no lo deje hasta hablar con el médico que se lo recetó.',
];

/** The fasting and arrival rules in words (/preparation), with a clinic's hours and minutes. */
export const fastingRules = (rules: { foodHours: number; liquidsHours: number; arrivalMinutes: number; fattyHours?: number }) => [
  `do not eat anything for ${rules.foodHours} hours before your procedure`,
  `until ${rules.liquidsHours} hours before your procedure`,
  `come ${rules.arrivalMinutes} minutes before your appointment time`,
  ...(rules.fattyHours ? [`do not eat fried or fatty food, or meat, for ${rules.fattyHours} hours before your procedure`] : []),
];
export const fastingRulesEs = (rules: { liquidsHours: number; fattyHours: number }) => [
  `no coma comida frita o grasosa, ni carne, desde ${rules.fattyHours} horas antes de su procedimiento`,
  `puede tomar líquidos claros hasta ${rules.liquidsHours} horas antes de su procedimiento`,
];

/** The sip of water: the one exception to drinking nothing. */
export const SIP_OF_WATER = 'drink nothing, except a sip of water to take your usual medicines';

/** The planner's result lines, the printed letter's and the email's (each with a time as the planner says it). */
export const plannerLines = {
  fatty: (time: string) => `Last fatty food or meat: ${time}. After this, eat only a light meal, such as toast.`,
  food: (time: string) => `Last solid food: ${time}. After this, do not eat anything.`,
  /** The start of a line, where the letter or a test reads only the time. */
  foodTime: (time: string) => `Last solid food: ${time}.`,
  liquidsTime: (time: string) => `Last clear liquids: ${time}.`,
  liquids: (time: string) => `Last clear liquids: ${time}. After this, drink nothing, except a sip of water to take your usual medicines.`,
  arrival: (time: string) => `Arrive at the clinic: ${time}.`,
  driver:
    'Driver: arrange for a responsible adult to take you home, not a taxi or rideshare on your own. You will get medicine to make you relaxed and sleepy. For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.',
};
export const plannerLinesEs = {
  fatty: (time: string) => `Última comida grasosa o carne: ${time}. Después de esta hora, coma solo algo ligero, como pan tostado.`,
  food: (time: string) => `Última comida sólida: ${time}.`,
  liquids: (time: string) => `Últimos líquidos claros: ${time}. Después de esta hora, no tome nada, solo un sorbo de agua para tomar sus medicinas de siempre.`,
  arrival: (time: string) => `Llegada a la clínica: ${time}.`,
  driverRule: 'Durante 24 horas, no maneje, no tome alcohol ni pastillas para dormir',
};

/** A clinic's general rules, when a planner link cannot be read (the start of them, with a fatty-food rule). */
export const generalRules = (rules: { foodHours: number; liquidsHours: number; arrivalMinutes: number; fattyHours?: number }) =>
  rules.fattyHours
    ? `follow the general rules: no fried or fatty food or meat for ${rules.fattyHours} hours before your procedure, no food at all for ${rules.foodHours} hours before`
    : `follow the general rules: no food for ${rules.foodHours} hours before your procedure, clear liquids until ${rules.liquidsHours} hours before, and arrive ${rules.arrivalMinutes}`;

/** The last line but one of the email, and the letter's. */
export const questionsLine = (phone: string) => `Questions? Call us on ${phone}.`;

/** The flush, on every page that speaks of it, with a clinic's interval such as "4 weeks". */
export const flushSentences = (interval: string): [path: string, sentence: string][] => [
  ['/aftercare', `A port that is not being used needs a flush every ${interval}, or as often as your care team tells you.`],
  ['/glossary', `A port that is not in use needs a flush every ${interval}.`],
  ['/risks', `Have your port flushed every ${interval} if it is not being used.`],
  ['/using-your-port', `If your port is not in use, it needs a flush every ${interval}.`],
  ['/', `Every ${interval}, if your port is not in use`],
];
/** The FAQ's flush answer. */
export const faqFlush = (interval: string) => `A port that is not in use needs a flush every ${interval}, to stop it from getting blocked.`;

/** A clinic's aftercare days on /aftercare and /faq. */
export const aftercareSentences = (days: { dressing: number; checkUp: string; lifting: number }) => [
  `Keep a dressing over the cut for the first ${days.dressing} days.`,
  `This is usually ${days.checkUp} days after your port is put in.`,
  `For the first ${days.lifting} days, do not lift heavy things with the arm on your port side.`,
];
export const faqAftercareSentences = (days: { checkUp: string; lifting: number }) => [
  `Until your care team checks the cut, usually ${days.checkUp} days after the port goes in, keep the area dry.`,
  `For the first ${days.lifting} days, do not lift more than about 10 pounds (4.5 kilograms)`,
];
/** The journey on / and /insertion. */
export const journeySteps = (days: { dressing: number; checkUp: string }) => [`After ${days.dressing} days: dressing off`, `Day ${days.checkUp}: check-up`];
/** What /insertion tells search engines about the days after. */
export const insertionFollowup = (days: { dressing: number; checkUp: string }, flush: string) =>
  `Keep a dressing on for ${days.dressing} days, and keep the area dry until the cut is checked, usually ${days.checkUp} days after, or as your care team tells you. When the port is not in use, it is flushed every ${flush}.`;

/**
 * The short list a staff link opens on (the box above the title on /preparation), for the default
 * clinic (Denver) and the link ?appointment=2027-06-15T08:30, written out by hand: each line's label,
 * then its day and clock time (the year on the appointment's line only).
 */
export const timesFirst = {
  en: {
    path: '/preparation',
    heading: 'Your times',
    titleHeading: 'Getting ready for your port',
    lines: [
      'Your appointment: Tuesday, June 15, 2027, 8:30 AM',
      'Last fatty food or meat: Tuesday, June 15, 12:30 AM',
      'Last solid food: Tuesday, June 15, 2:30 AM',
      'Last clear liquids: Tuesday, June 15, 6:30 AM',
      'Arrive at the clinic: Tuesday, June 15, 7:30 AM',
      'Driver: a responsible adult to take you home',
    ],
  },
  es: {
    path: '/es/preparation',
    heading: 'Sus horas',
    titleHeading: 'Cómo prepararse para su puerto',
    lines: [
      'Su cita: martes, 15 de junio de 2027, 8:30 a. m.',
      'Última comida grasosa o carne: martes, 15 de junio, 12:30 a. m.',
      'Última comida sólida: martes, 15 de junio, 2:30 a. m.',
      'Últimos líquidos claros: martes, 15 de junio, 6:30 a. m.',
      'Llegada a la clínica: martes, 15 de junio, 7:30 a. m.',
      'Quién lo lleva: un adulto responsable que lo lleve a casa',
    ],
  },
} as const;
