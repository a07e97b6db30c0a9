/**
 * The clinical sentences the site's code shows, in English: the warning signs
 * and who to call, the "Call now if…" card, the sedation rule, the fasting
 * rules, the journey timeline, and the sentences the planner, its calendar
 * file, the staff page's letter and email and the structured data share. Page
 * bodies are MDX beside this folder; the words around them that are not
 * clinical (labels, navigation, headings) are the dictionaries' (lib/i18n/).
 *
 * A clinician reviews these sentences as they review a page: `lastReviewed`
 * and `reviewer` say when and by whom, the review pack lists every sentence
 * with that date for sign-off, and the build warns when the review is overdue
 * (lib/content/review.ts). Change a sentence only with a new review.
 *
 * Values in braces ({number}) are filled in by `fill` (lib/i18n/index.ts).
 * Every other language's file has exactly these keys and the same
 * {placeholders}, and the same review date (lib/content/clinical-wording.ts,
 * at build time and in a unit test). Read through clinicalWordsFor(lang).
 */
/**
 * After sedation, the one rule (Q4 of the 2026-12-02 clinical read: 24 hours, as
 * moderate-sedation guidance says, not "until the next day"), said the same way on
 * the pages, the timeline, the planner, the letter, the email and the calendar file.
 */
const AFTER_SEDATION =
  'For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.';
const NOT_A_TAXI_ALONE = 'not a taxi or rideshare on your own';
/** Fever and port problems go to the cancer team's 24-hour line first: said on the card and under "Who to call". */
/** Both procedure summaries start with it. */
const HOME_SAME_DAY = 'Most people go home the same day.';
const CANCER_TEAM_FIRST = "If you are having cancer treatment, call your cancer team's 24-hour number first.";

export const en = {
  /** The 2026-12-02 clinical read, which set the sedation, fasting and warning-sign wording below. */
  lastReviewed: '2026-12-02',
  reviewer: 'Port Guide clinical content team',
  words: {
    signs: {
      emergencyLead: 'Call {number} now if you have any of these:',
      emergency1: 'chest pain',
      emergency2: 'trouble breathing, or feeling short of breath',
      emergency3: 'swelling of your face, neck or arm on the side of your port',
      emergency4: 'a racing or fluttering heartbeat',
      emergency5: 'bleeding that does not stop after 10 minutes of firm pressure',
      // Signs of sepsis, a life-threatening reaction to an infection.
      emergency6: 'feeling confused, or very sleepy and hard to wake',
      emergency7: 'fainting',
      emergency8: 'cold, clammy or blotchy skin',
      emergency9: 'feeling very unwell, with a high or a low temperature',
      emergencyAdvice: 'Do not wait, and do not drive yourself.',
      callNumber: 'Call {number}.',
      infectionLead: 'Call right away, day or night, if you have any of these:',
      infectionFever: 'a temperature of {temperature} or higher',
      infection2: 'shivering or chills, most of all during or soon after your port is flushed or used',
      infection3: 'redness around the port or the cut',
      infection4: 'pain or tenderness that is getting worse',
      infection5: 'pus or fluid leaking from the cut',
      infection6: 'skin that feels very warm around the port',
      infection7: 'new swelling around the port or the cut',
      // The same signs once the port is out: only the cut is left.
      infection2Removed: 'shivering or chills',
      infection3Removed: 'redness around the cut',
      infection6Removed: 'skin that feels very warm around the cut',
      infection7Removed: 'new swelling around the cut',
      feverAdvice1: 'Do not wait to see if a fever goes away, and do not wait to check it again.',
      feverAdvice2: 'During cancer treatment, a fever can be an emergency.',
      portProblemLead: 'Call right away, day or night, too, if:',
      portProblem1: 'the needle comes out of your port, or medicine leaks, while a pump is attached',
      portProblem2: 'you have pain, swelling or burning around your port while a drip is going in',
      firstStepsLead: 'If the needle comes out or medicine leaks, do this first:',
      firstStep1: 'Put on gloves. Do not touch leaked medicine with bare hands.',
      firstStep2: 'Close the clamp on the tubing, if you were shown how.',
      firstStep3: 'Stop the pump, if you were shown how.',
      firstStep4: 'Put the tubing and anything with medicine on it in a plastic bag, or use your spill kit if you have one. Keep the bag for your care team.',
      firstStep5: 'Then call.',
      bleedingLead: 'If the cut bleeds',
      bleeding1: 'A small spot of blood on the dressing is normal.',
      bleeding2: 'If the cut bleeds, press on it firmly with a clean pad or cloth.',
      bleeding3: 'Call right away, day or night, if blood soaks through the dressing.',
      bleeding4: 'Call {number} now if it does not stop after 10 minutes of firm pressure.',
      whoToCallLead: 'Who to call',
      cancerTeamFirst: `${CANCER_TEAM_FIRST} It is on your treatment card or letter.`,
      cannotReach: 'If you cannot reach anyone, go to the nearest emergency department.',
      tellThem: 'Tell them you have a port and are having cancer treatment.',
      callUs: 'Call us at {phone}.',
      whenClosed: 'When we are closed, call {phone}.',
      ifClosed: 'If we are closed, go to your nearest emergency department.',
      routineLead: 'Call us when we are open about:',
      routine1: 'questions about your dressing, stitches or glue',
      routine2: 'mild bruising around the cut',
      routine3: 'when your next flush is due',
      routine4: 'your port card',
    },
    callNow: {
      title: 'Call now if you have:',
      fever: 'a temperature of {temperature} or higher, or shivering or chills',
      feverAction: `Call right away, day or night. ${CANCER_TEAM_FIRST}`,
      emergency: 'chest pain, trouble breathing, or you feel confused or faint',
      emergencyAction: 'Call {number} now.',
    },
    /** What the medicine to help you relax means for the rest of the day (components/after-sedation). */
    sedation: {
      rule: AFTER_SEDATION,
      ride: `An adult must take you home, ${NOT_A_TAXI_ALONE}. Your care team may also ask that an adult stays with you the first night.`,
    },
    fasting: {
      fattyLabel: 'Fatty food:',
      fatty: 'do not eat fried or fatty food, or meat, for {hours} before your procedure. Until the food time below, you may eat a light meal, such as toast.',
      foodLabel: 'Food:',
      food: 'do not eat anything for {hours} before your procedure.',
      liquidsLabel: 'Clear liquids:',
      liquids: 'you may drink clear liquids until {hours} before your procedure.',
      clearLiquidMeaning:
        'A clear liquid is one you can see through, such as water, clear apple juice, or black coffee or tea with no milk.',
      afterThat: 'After that, {drinkNothing}.',
      drinkNothingAfter: 'drink nothing, except a sip of water to take your usual medicines',
      arriveLabel: 'Arrive:',
      arrive: 'come {minutes} minutes before your appointment time.',
    },
    journey: {
      dayBeforeWhen: 'The day before',
      dayBefore: 'Make sure an adult can take you home. Check your times to stop eating and drinking.',
      morningWhen: 'The morning of',
      morning: 'Take your usual medicines with a sip of water, unless your care team told you otherwise. Wear a top that is easy to take off.',
      procedureWhen: 'The procedure: about an hour',
      procedure: 'You get medicine to numb your skin and help you relax. The doctor puts the port in under your skin.',
      recoveryWhen: 'Recovery',
      recovery: 'You rest in a recovery area for a while.',
      homeWhen: 'Home the same day',
      home: `An adult takes you home, ${NOT_A_TAXI_ALONE}. ${AFTER_SEDATION}`,
      dressingWhen: 'After {days}: dressing off',
      dressing: 'Take the dressing off. Keep the area dry. To shower, cover it with plastic food wrap and tape.',
      checkUpWhen: '{day}: check-up',
      checkUp: 'Your care team checks that the cut has healed. Keep the area dry until then. No check-up booked? Ask us when you can get it wet.',
      flushWhen: '{interval}, if your port is not in use',
      flush: 'The port needs a flush: a rinse that stops it getting blocked. The clinic that uses your port does this.',
    },
    planner: {
      generalRules:
        'Until you have your time, follow the general rules: no food for {food} hours before your procedure, clear liquids until {liquids} hours before, and arrive {arrival} minutes early.',
      generalRulesWithFattyFood:
        'Until you have your time, follow the general rules: no fried or fatty food or meat for {fatty} hours before your procedure, no food at all for {food} hours before, clear liquids until {liquids} hours before, and arrive {arrival} minutes early.',
      lastFattyFoodAfter: '. After this, eat only a light meal, such as toast.',
      lastFoodAfter: '. After this, do not eat anything.',
      lastLiquidsAfter: '. After this, {drinkNothing}.',
      /** The driver line in the short list of times a staff link opens on. */
      driverShort: 'a responsible adult to take you home',
      driver: `arrange for a responsible adult to take you home, ${NOT_A_TAXI_ALONE}. You will get medicine to make you relaxed and sleepy. ${AFTER_SEDATION}`,
    },
    calendar: {
      fattyFoodSummary: 'Port procedure: last fatty food or meat',
      fattyFoodDescription: 'Do not eat fried or fatty food or meat after this time. You may still eat a light meal, such as toast, until the next reminder. {questions}',
      foodSummary: 'Port procedure: last solid food',
      foodDescription: 'Do not eat anything after this time. You may still drink clear liquids until the next reminder. {questions}',
      liquidsSummary: 'Port procedure: last clear liquids',
      liquidsDescription: 'After this time, {drinkNothing}. {questions}',
      arriveSummary: 'Arrive at {clinic} for your port procedure',
      arriveDescription: `Bring a responsible adult to take you home, ${NOT_A_TAXI_ALONE}. ${AFTER_SEDATION} {questions}`,
    },
    contact: {
      emailNote: 'Do not use email for anything urgent. Call us instead.',
      ifClosed: 'If you feel unwell and it cannot wait until we open, go to your nearest emergency department.',
    },
    procedures: {
      /** On the insertion, removal and what-is-a-port pages (<HomeSameDay />), and first in both summaries. */
      homeSameDay: HOME_SAME_DAY,
      bodyLocation: 'Upper chest, below the collarbone',
      insertionPreparation:
        'No fried or fatty food or meat for {fatty} hours before, no solid food for {food} hours before, and only clear liquids until {liquids} hours before. Tell your care team about blood thinners and allergies. Bring an adult to drive you home.',
      insertionHow:
        'With numbing medicine and medicine to help you relax, the doctor makes two small cuts, guides a thin tube into a large vein using x-ray and ultrasound pictures, and places the port under the skin below the collarbone. It takes about an hour.',
      insertionFollowup:
        `${HOME_SAME_DAY} Keep a dressing on for {dressing}, and keep the area dry until the cut is checked, usually {checkUp} after, or as your care team tells you. When the port is not in use, it is flushed {flush}.`,
      removalPreparation:
        'Tell your care team as soon as you get your appointment if you take a blood thinner. If you will get medicine to help you relax, follow the eating and drinking rules and bring an adult to take you home.',
      removalHow:
        'With numbing medicine, and sometimes medicine to help you relax, the doctor makes a small cut over the port, gently takes out the port and its tube, and closes the cut.',
      removalFollowup:
        `${HOME_SAME_DAY} Keep the dressing clean and dry. Call the clinic right away about a temperature of {fever} or higher, or signs of infection such as redness or swelling.`,
    },
    /** The flush reminder on /using-your-port (components/flush-reminder), its calendar file and its alarm. */
    flushReminder: {
      askEachTime: 'At each flush, ask when your next one is due. Or enter the date of your last flush here to see your next three dates.',
      /** Shown when the browser runs no script, so the form cannot work. */
      countFromLast: 'If your port is not in use, it needs a flush {interval}, counted from your last one.',
      otherDay: 'If you have a flush on another day, enter that date here again to get new dates.',
      overdue: 'Your port was due for a flush on {date}. Call {clinic} on {phone} to have it flushed soon.',
      calendarSummary: 'Port flush due',
      calendarDescription: 'If your port is not in use, it needs a flush {interval}. Call {clinic} on {phone} to book it. At each flush, ask when your next one is due.',
      calendarAlarm: 'Your port flush is due in one week. Call {clinic} on {phone} to book it.',
    },
  },
};

/** The clinical words of a language: the same sections and keys as English, every value a string. */
export type ClinicalWords = { [Section in keyof (typeof en)['words']]: { [Key in keyof (typeof en)['words'][Section]]: string } };

/** A language's clinical wording file: its words and their review. */
export type ClinicalWording = { lastReviewed: string; reviewer: string; words: ClinicalWords };
