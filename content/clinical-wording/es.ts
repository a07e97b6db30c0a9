/**
 * The clinical sentences in Spanish: the same keys and {placeholders} as
 * content/clinical-wording/en.ts, and the same review date (checked at build
 * time and by lib/content/clinical-wording.test.ts). Plain Spanish as used in
 * the US, "usted", the terms of /work/brief/spanish.md.
 */
import type { ClinicalWording } from './en';

/** After sedation, the one rule (content/clinical-wording/en.ts says why 24 hours). */
const AFTER_SEDATION =
  'Durante 24 horas, no maneje, no tome alcohol ni pastillas para dormir, y no tome decisiones importantes, por ejemplo sobre dinero, trabajo o papeles legales.';
const NOT_A_TAXI_ALONE = 'no se vaya solo en taxi o en un auto de aplicación';
const HOME_SAME_DAY = 'La mayoría de las personas vuelven a casa el mismo día.';
const CANCER_TEAM_FIRST = 'Si recibe tratamiento para el cáncer, llame primero al número de 24 horas de su equipo de cáncer.';

export const es: ClinicalWording = {
  lastReviewed: '2026-12-02',
  reviewer: 'Equipo de contenido clínico de Port Guide',
  words: {
    signs: {
      emergencyLead: 'Llame al {number} ahora si tiene alguna de estas señales:',
      emergency1: 'dolor en el pecho',
      emergency2: 'dificultad para respirar o falta de aire',
      emergency3: 'hinchazón de la cara, el cuello o el brazo del lado del puerto',
      emergency4: 'latidos del corazón muy rápidos o palpitaciones (como un aleteo en el pecho)',
      emergency5: 'sangrado que no para después de 10 minutos de presión firme',
      emergency6: 'confusión, o mucho sueño y le cuesta despertarse',
      emergency7: 'desmayo',
      emergency8: 'piel fría, húmeda o con manchas',
      emergency9: 'se siente muy mal, con la temperatura alta o baja',
      emergencyAdvice: 'No espere y no maneje usted mismo.',
      callNumber: 'Llame al {number}.',
      infectionLead: 'Llame de inmediato, de día o de noche, si tiene alguna de estas señales:',
      infectionFever: 'una temperatura de {temperature} o más',
      infection2: 'temblores o escalofríos, sobre todo durante o poco después de que laven o usen su puerto',
      infection3: 'enrojecimiento alrededor del puerto o del corte',
      infection4: 'dolor, o dolor al tocar la zona, que va empeorando',
      infection5: 'pus o líquido que sale del corte',
      infection6: 'piel muy caliente alrededor del puerto',
      infection7: 'hinchazón nueva alrededor del puerto o del corte',
      infection2Removed: 'temblores o escalofríos',
      infection3Removed: 'enrojecimiento alrededor del corte',
      infection6Removed: 'piel muy caliente alrededor del corte',
      infection7Removed: 'hinchazón nueva alrededor del corte',
      feverAdvice1: 'No espere a ver si la fiebre baja ni a tomarse la temperatura otra vez. Llame enseguida.',
      feverAdvice2: 'Durante el tratamiento del cáncer, la fiebre puede ser una emergencia.',
      portProblemLead: 'Llame de inmediato, de día o de noche, también si:',
      portProblem1: 'la aguja se sale del puerto, o sale medicina, mientras tiene una bomba conectada',
      portProblem2: 'tiene dolor, hinchazón o ardor alrededor del puerto mientras le pasan el suero',
      firstStepsLead: 'Si la aguja se sale o sale medicina, haga esto primero:',
      firstStep1: 'Póngase guantes. No toque la medicina que salió con las manos sin guantes.',
      firstStep2: 'Cierre la pinza del tubo, si le enseñaron cómo.',
      firstStep3: 'Apague la bomba, si le enseñaron cómo.',
      firstStep4: 'Ponga el tubo y todo lo que tenga medicina en una bolsa de plástico, o use su kit para derrames si tiene uno. Guarde la bolsa para su equipo de atención.',
      firstStep5: 'Después, llame.',
      bleedingLead: 'Si el corte sangra',
      bleeding1: 'Es normal ver una mancha pequeña de sangre en el apósito.',
      bleeding2: 'Si el corte sangra, apriételo con firmeza con una gasa o un paño limpio.',
      bleeding3: 'Llame de inmediato, de día o de noche, si la sangre empapa el apósito.',
      bleeding4: 'Llame al {number} ahora si no para después de 10 minutos de presión firme.',
      whoToCallLead: 'A quién llamar',
      cancerTeamFirst: `${CANCER_TEAM_FIRST} Está en su tarjeta o carta de tratamiento.`,
      cannotReach: 'Si no logra hablar con nadie, vaya a la sala de emergencias más cercana.',
      tellThem: 'Dígales que tiene un puerto y que recibe tratamiento para el cáncer.',
      callUs: 'Llámenos al {phone}.',
      whenClosed: 'Cuando estemos cerrados, llame al {phone}.',
      ifClosed: 'Si estamos cerrados, vaya a la sala de emergencias más cercana.',
      routineLead: 'Llámenos en nuestro horario si tiene:',
      routine1: 'preguntas sobre el apósito, los puntos o el pegamento',
      routine2: 'moretones leves alrededor del corte',
      routine3: 'preguntas sobre cuándo le toca el próximo lavado',
      routine4: 'preguntas sobre su tarjeta del puerto',
    },
    callNow: {
      title: 'Llame ahora si tiene:',
      fever: 'una temperatura de {temperature} o más, o temblores o escalofríos',
      feverAction: `Llame de inmediato, de día o de noche. ${CANCER_TEAM_FIRST}`,
      emergency: 'dolor en el pecho, dificultad para respirar o se siente confundido o a punto de desmayarse',
      emergencyAction: 'Llame al {number} ahora.',
    },
    sedation: {
      rule: AFTER_SEDATION,
      ride: `Un adulto debe llevarlo a casa: ${NOT_A_TAXI_ALONE}. Su equipo de atención también puede pedirle que un adulto se quede con usted la primera noche.`,
    },
    fasting: {
      fattyLabel: 'Comida grasosa:',
      fatty: 'no coma comida frita o grasosa, ni carne, desde {hours} antes de su procedimiento. Hasta la hora de la comida de abajo, puede comer algo ligero, como pan tostado.',
      foodLabel: 'Comida:',
      food: 'no coma nada desde {hours} antes de su procedimiento.',
      liquidsLabel: 'Líquidos claros:',
      liquids: 'puede tomar líquidos claros hasta {hours} antes de su procedimiento.',
      clearLiquidMeaning:
        'Un líquido claro es transparente, como agua, jugo de manzana claro, café o té sin leche.',
      afterThat: 'Después, {drinkNothing}.',
      drinkNothingAfter:
        'no tome nada, solo un sorbo de agua para tomar sus medicinas de siempre',
      arriveLabel: 'Llegada:',
      arrive: 'llegue {minutes} minutos antes de la hora de su cita.',
    },
    journey: {
      dayBeforeWhen: 'El día antes',
      dayBefore: 'Asegúrese de que un adulto pueda llevarlo a casa. Revise sus horas para dejar de comer y de beber.',
      morningWhen: 'Esa mañana',
      morning:
        'Tome sus medicinas de siempre con un sorbo de agua, a menos que su equipo de atención le haya dicho otra cosa. Use una blusa o camisa fácil de quitar.',
      procedureWhen: 'El procedimiento: una hora, más o menos',
      procedure: 'Le dan medicina para adormecer la piel y para ayudarle a relajarse. El médico le pone el puerto bajo la piel.',
      recoveryWhen: 'Recuperación',
      recovery: 'Descansa un rato en una sala de recuperación.',
      homeWhen: 'A casa el mismo día',
      home: `Un adulto lo lleva a casa: ${NOT_A_TAXI_ALONE}. ${AFTER_SEDATION}`,
      dressingWhen: 'Después de {days}: quitar el apósito',
      dressing: 'Quítese el apósito. Mantenga la zona seca. Para ducharse, cúbrala con plástico de cocina y cinta.',
      checkUpWhen: '{day}: cita de control',
      checkUp: 'Su equipo de atención revisa que el corte haya sanado. Mantenga la zona seca hasta entonces. ¿No tiene una cita de control? Pregúntenos cuándo puede mojarla.',
      flushWhen: '{interval}, si no usan su puerto',
      flush: 'El puerto necesita un lavado: un enjuague para que no se tape. Lo hace la clínica que usa su puerto.',
    },
    planner: {
      generalRules:
        'Mientras no tenga sus horas, siga estas reglas. No coma nada en las {food} horas antes del procedimiento. Puede tomar líquidos claros hasta {liquids} horas antes. Llegue {arrival} minutos antes de su cita.',
      generalRulesWithFattyFood:
        'Mientras no tenga sus horas, siga estas reglas. No coma comida frita o grasosa ni carne en las {fatty} horas antes del procedimiento. No coma nada en las {food} horas antes. Puede tomar líquidos claros hasta {liquids} horas antes. Llegue {arrival} minutos antes de su cita.',
      lastFattyFoodAfter: '. Después de esta hora, coma solo algo ligero, como pan tostado.',
      lastFoodAfter: '. Después de esta hora, no coma nada.',
      lastLiquidsAfter: '. Después de esta hora, {drinkNothing}.',
      /** The driver line in the short list of times a staff link opens on. */
      driverShort: 'un adulto responsable que lo lleve a casa',
      driver: `pida a un adulto responsable que lo lleve a casa: ${NOT_A_TAXI_ALONE}. Le darán medicina para relajarlo y darle sueño. ${AFTER_SEDATION}`,
    },
    calendar: {
      fattyFoodSummary: 'Colocación del puerto: última comida grasosa o carne',
      fattyFoodDescription:
        'No coma comida frita o grasosa ni carne después de esta hora. Puede seguir comiendo algo ligero, como pan tostado, hasta el próximo recordatorio. {questions}',
      foodSummary: 'Colocación del puerto: última comida sólida',
      foodDescription:
        'No coma nada después de esta hora. Puede seguir tomando líquidos claros hasta el próximo recordatorio. {questions}',
      liquidsSummary: 'Colocación del puerto: últimos líquidos claros',
      liquidsDescription: 'Después de esta hora, {drinkNothing}. {questions}',
      arriveSummary: 'Llegue a {clinic} para la colocación del puerto',
      arriveDescription: `Venga con un adulto responsable que lo lleve a casa: ${NOT_A_TAXI_ALONE}. ${AFTER_SEDATION} {questions}`,
    },
    contact: {
      emailNote: 'No use el correo para nada urgente. Llámenos.',
      ifClosed: 'Si se siente mal y no puede esperar a que abramos, vaya a la sala de emergencias más cercana.',
    },
    procedures: {
      homeSameDay: HOME_SAME_DAY,
      bodyLocation: 'Parte alta del pecho, debajo de la clavícula',
      insertionPreparation:
        'Nada de comida frita o grasosa ni carne durante las {fatty} horas antes, nada de comida sólida durante las {food} horas antes, y solo líquidos claros hasta {liquids} horas antes. Hable con su equipo de atención sobre anticoagulantes y alergias. Venga con un adulto que lo lleve a casa.',
      insertionHow:
        'Con anestesia local y medicina para relajarse, el médico hace dos cortes pequeños, guía un tubo delgado hasta una vena grande con imágenes de rayos X y ecografía, y pone el puerto bajo la piel, debajo de la clavícula. Toma más o menos una hora.',
      insertionFollowup:
        `${HOME_SAME_DAY} Deje el apósito puesto {dressing}, y mantenga la zona seca hasta que revisen el corte, por lo general {checkUp} después, o según le diga su equipo de atención. Cuando no se usa, el puerto se lava {flush}.`,
      removalPreparation:
        'Dígale a su equipo de atención en cuanto le den la cita si toma un anticoagulante. Si le van a dar una medicina para relajarse, siga las reglas para comer y beber, y venga con un adulto que lo lleve a casa.',
      removalHow:
        'Con anestesia local, y a veces medicina para relajarse, el médico hace un corte pequeño sobre el puerto, quita con cuidado el puerto y su tubo, y cierra el corte.',
      removalFollowup:
        `${HOME_SAME_DAY} Mantenga el apósito limpio y seco. Llame a la clínica de inmediato si tiene una temperatura de {fever} o más, o señales de infección como enrojecimiento o hinchazón.`,
    },
    flushReminder: {
      askEachTime: 'En cada lavado, pregunte cuándo le toca el próximo. O escriba aquí la fecha de su último lavado para ver las fechas de los tres siguientes.',
      countFromLast: 'Si no usa el puerto, necesita un lavado {interval}, a partir del último.',
      otherDay: 'Si le hacen un lavado en otra fecha, escriba esa fecha aquí otra vez para ver sus nuevas fechas.',
      overdue: 'A su puerto le tocaba un lavado el {date}. Llame a {clinic} al {phone} para que se lo hagan pronto.',
      calendarSummary: 'Le toca el lavado del puerto',
      calendarDescription: 'Si no usa el puerto, necesita un lavado {interval}. Llame a {clinic} al {phone} para pedir una cita. En cada lavado, pregunte cuándo le toca el próximo.',
      calendarAlarm: 'En una semana le toca el lavado del puerto. Llame a {clinic} al {phone} para pedir una cita.',
    },
  },
};
