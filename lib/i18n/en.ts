/**
 * Every word the site's code shows (components, layouts, the 404 page, the
 * planner, its calendar file and print sheet, share images, metadata and
 * structured data), in English. Page bodies are MDX in content/; these are
 * the words around and inside them.
 *
 * Values in braces ({phone}) are filled in by `fill` (lib/i18n/index.ts).
 * A key ending in _one / _other is one pair: `plural` picks by the number.
 * Every other language's dictionary has exactly these keys and the same
 * {placeholders} (lib/i18n/check.ts, at build time and in a unit test).
 */
/**
 * After sedation, the one rule (Q4 of the 2026-12-02 clinical read: 24 hours, as
 * moderate-sedation guidance says, not "until the next day"), said the same way on
 * the pages, the timeline, the planner, the letter, the email and the calendar file.
 */
const AFTER_SEDATION =
  'For 24 hours, do not drive, drink alcohol or take sleeping pills, and do not make big choices, such as about money, work or legal papers.';
const NOT_A_TAXI_ALONE = 'not a taxi or rideshare on your own';

export const en = {
  meta: {
    /** The language's own name, for the language link ("English" on a Spanish page). */
    languageName: 'English',
    /** The language link's full name, read by screen readers and shown on hover. */
    readThisPage: 'Read this page in English',
    homeTitle: 'Your port: a patient guide',
    homeDescription:
      'Plain-language guide to implanted ports (portacaths) from {clinic}: what a port is, how to prepare, how it is put in and taken out, and how to care for it.',
    notFoundTitle: 'Page not found',
    shareTagline: 'Port guide for patients',
    shareImageAlt: 'The page title and the clinic name',
    fallbackTitle: 'Port guide',
  },
  frame: {
    skipLink: 'Skip to main content',
    tagline: 'Port guide for patients',
    questionsCall: 'Questions? Call ',
    mainNav: 'Main',
    menu: 'Menu: all topics',
    home: 'Home',
    languageNav: 'Language',
    sectionLink: 'Link to this section:',
    onThisPage: 'On this page',
    /** The header link to /when-to-get-help, on every page beside the phone number. */
    whenToGetHelp: 'When to get help',
  },
  footer: {
    phone: 'Phone:',
    outOfHours: 'Out of hours:',
    email: 'Email:',
    emergencyHeading: 'In an emergency',
    moreHelp: 'All the signs, and who to call:',
    privacyBefore: 'This site sets no cookies and does not track you (',
    privacyLink: 'our privacy promise',
    privacyAfter: '). It gives general information and does not replace advice from your care team.',
    printed: 'Printed from {siteUrl}. Questions? Call {clinic} at {phone}.',
  },
  sources: {
    heading: 'Sources',
    intro: 'Where the facts on this page come from. Each link opens another website.',
    /** After each source: the day it was read for this page. */
    read: 'Read on {date}.',
  },
  reviewed: {
    label: 'About this page',
    lastReviewed: 'Last reviewed:',
    by: ', by {reviewer}.',
    nextDue: 'Next review due:',
    checkedFor: 'Checked for {clinic} by {name}, {role}, on {date}.',
    disclaimer:
      'This guide gives general information. It does not replace advice from your own care team. If you are unsure about anything, ask them.',
  },
  home: {
    heading: 'Your port: a guide for patients',
    intro:
      'Your doctor has said you may need a port. This guide explains what a port is, how to get ready, how it is put in and taken out, and how to look after it. It is written by {clinic} for our patients and their families.',
    questionBefore: 'Have a question that is not answered here? Call us at ',
    journeyHeading: 'Your journey at a glance',
    journeyIntro: 'From the day before your port goes in to the weeks after, step by step.',
    topicsHeading: 'Topics',
  },
  notFound: {
    heading: 'We cannot find that page',
    intro: 'The link may be old or have a typing mistake. Try one of these topics:',
    home: 'Home',
    callBefore: 'Or call us at ',
  },
  callout: {
    infoPrefix: 'Information:',
    infoTitle: 'Good to know',
    urgentPrefix: 'Urgent advice:',
    urgentTitle: 'Call us',
    // Not "Call the emergency number now:": the title says that already, and a screen reader would hear it twice.
    emergencyPrefix: 'Immediate action required:',
    emergencyTitle: 'Emergency',
    routinePrefix: 'Non-urgent advice:',
    routineTitle: 'Call us when we are open',
  },
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
    cancerTeamFirst: "If you are having cancer treatment, call your cancer team's 24-hour number first. It is on your treatment card or letter.",
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
  /** The "Call now if…" card (home page, top of aftercare, each page's "When to call") and the footer's fever line. */
  callNow: {
    title: 'Call now if you have:',
    fever: 'a temperature of {temperature} or higher, or shivering or chills',
    feverAction: "Call right away, day or night. If you are having cancer treatment, call your cancer team's 24-hour number first.",
    emergency: 'chest pain, trouble breathing, or you feel confused or faint',
    emergencyAction: 'Call {number} now.',
    link: 'When to get help',
    linkAfter: ': all the signs, and who to call',
  },
  /** Free interpreters (clinic.languageHelp), on /when-to-get-help and /contact. */
  languageHelp: {
    heading: 'Free interpreters',
    linesHeading: 'Languages we answer in',
    free: 'You can talk to us in your own language. We will get an interpreter for you, and it is free.',
    howToAsk: 'When you call, say the name of your language in English, for example "Spanish". Then stay on the line.',
    mainLine: 'Our main number, {phone}, answers in {languages}.',
    afterHoursLine: 'Our out-of-hours number, {phone}, answers in {languages}.',
  },
  values: {
    day_one: '{count} day',
    day_other: '{count} days',
    dayRange: '{from} to {to} days',
    timelineDay: 'Day {day}',
    timelineDayRange: 'Day {from} to {to}',
    everyWeeks: 'every {count} weeks',
    hour_one: '{count} hour',
    hour_other: '{count} hours',
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
  contact: {
    address: 'Address',
    directionsMap: 'Get directions on a map',
    directionsOsm: 'Find us on OpenStreetMap',
    phone: 'Phone',
    email: 'Email',
    emailNote: 'Do not use email for anything urgent. Call us instead.',
    hours: 'Opening hours',
    hoursUnknown: 'Call us to ask when we are open.',
    closed: 'When we are closed',
    outOfHoursLine: 'Call our out-of-hours line:',
    ifClosed: 'If you feel unwell and it cannot wait until we open, go to your nearest emergency department.',
    emergencyBefore: 'In an emergency, call',
    emergencyAfter: 'now.',
  },
  hours: {
    Mo: 'Monday',
    Tu: 'Tuesday',
    We: 'Wednesday',
    Th: 'Thursday',
    Fr: 'Friday',
    Sa: 'Saturday',
    Su: 'Sunday',
    dayRun: '{first} to {last}',
    and: 'and',
    line: '{days}: {opens} to {closes}',
    noon: '12 noon',
    midnight: '12 midnight',
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
  portLocation: {
    title: 'Where a port sits in your body',
    description:
      'A front view of the upper body. The port is a small disc in a pocket under the skin of the upper chest, just below the collarbone. A thin tube, the catheter, runs from the port up under the skin, over the collarbone, to a vein at the base of the neck. From there it goes down inside a large vein and ends just above the heart. All of it is under the skin: nothing sticks out.',
    caption:
      'The port sits under the skin, below your collarbone. Its thin tube runs under the skin to a vein in your neck, then down to just above your heart.',
    neckVein: 'Vein in|the neck',
    collarbone: 'Collarbone',
    catheter: 'Catheter:|a thin tube|under the skin',
    port: 'Port, in a|pocket under|the skin',
    catheterEnd: 'Catheter end,|just above|the heart',
    heart: 'Heart',
  },
  portParts: {
    title: 'The parts of a port',
    description:
      'A cut-away side view of a port under the skin. The port is about the size of a quarter and about half an inch thick. Inside its body is the reservoir, a small well made of metal or plastic. The top of the well is the septum, a tough, rubber-like cover that seals itself again after a needle comes out. A thin, soft tube, the catheter, leaves the side of the port. The skin lies over the top of the port. A special needle goes through the skin and the septum into the well, so medicine can go in or blood can come out.',
    caption:
      'A port seen from the side, under the skin. A special needle goes through the skin and the septum into the well.',
    thickness: 'About|½ inch|thick',
    needle: 'Special|needle',
    skin: 'Skin',
    septum: 'Septum:|self-sealing|rubber-like top',
    reservoir: 'Reservoir:|the well',
    catheter: 'Catheter:|a thin, soft tube',
  },
  planner: {
    label: 'Your appointment date and time',
    hint: "Use the date and time from your appointment letter, in the clinic's local time ({zone}).",
    submit: 'Show my times',
    errorPrefix: 'Error:',
    generalRules:
      'Until you have your time, follow the general rules: no food for {food} hours before your procedure, clear liquids until {liquids} hours before, and arrive {arrival} minutes early.',
    generalRulesWithFattyFood:
      'Until you have your time, follow the general rules: no fried or fatty food or meat for {fatty} hours before your procedure, no food at all for {food} hours before, clear liquids until {liquids} hours before, and arrive {arrival} minutes early.',
    timesLabel: 'Your preparation times',
    appointment: 'Your appointment:',
    lastFattyFoodLabel: 'Last fatty food or meat:',
    lastFattyFoodAfter: '. After this, eat only a light meal, such as toast.',
    lastFoodLabel: 'Last solid food:',
    lastFoodAfter: '. After this, do not eat anything.',
    lastLiquidsLabel: 'Last clear liquids:',
    lastLiquidsAfter: '. After this, {drinkNothing}.',
    arriveLabel: 'Arrive at the clinic:',
    driverLabel: 'Driver:',
    driver: `arrange for a responsible adult to take you home, ${NOT_A_TAXI_ALONE}. You will get medicine to make you relaxed and sleepy. ${AFTER_SEDATION}`,
    questionsBefore: 'Questions? Call ',
    calendar: 'Add to my calendar (.ics file)',
    print: 'Print this page',
    noScriptBefore:
      'Your browser is not running JavaScript, so this page cannot work out your times. Count back from your appointment time using the rules on this page, or call us on ',
    rulesHeading: 'The rules',
    rulesQuestions: 'Questions? Call {clinic} on {phone}.',
  },
  /** What goes to a patient from the staff page (/staff) and on the printed sheet: email, letter, QR code. */
  patientLetter: {
    emailSubject: 'Your port procedure on {date}: when to stop eating and drinking',
    emailGreeting: 'Hello,',
    emailIntro: 'These are your times to get ready for your port procedure at {clinic}.',
    emailLink: 'Your own page shows these times and can add them to your calendar: {link}',
    emailQuestions: 'Questions? Call us on {phone}.',
    letterTitle: 'Your port procedure: your times',
    scan: 'Scan this code with your phone camera to open your own page with these times, or type this address:',
    qrLabel: 'QR code: a link to your own page with your times',
  },
  /** The words the planner's browser script needs: they travel to it in the page (data-planner). */
  plannerScript: {
    /** Intl locale for weekday and month names, and how a day and a clock time are written. */
    locale: 'en-US',
    dayFormat: '{weekday} {day} {month} {year}',
    am: 'AM',
    pm: 'PM',
    // Exactly 12:00 and 0:00, where a. m./p. m. leave some readers unsure.
    noon: '12:00 PM',
    midnight: '12:00 AM',
    empty: 'Enter the date and time of your appointment.',
    format:
      'We could not read that appointment time. Enter the date and time from your appointment letter, for example 3 December at 8:30 AM.',
    notADate: 'That date does not exist. Check the day and the month of your appointment.',
    notATime: 'That time does not exist. Enter a time between 12:00 AM and 11:59 PM.',
    skipped:
      'That time is skipped when the clocks go forward, so it cannot be your appointment time. Check the time with the clinic.',
    past: 'That time has already passed. Enter the date and time of your next appointment.',
    nightBeforeAfterMidnight: 'the night before, after midnight',
    sameMorning: 'the same morning',
    sameAfternoon: 'the same afternoon',
    sameEvening: 'the same evening',
    nightBefore: 'the night before',
    afternoonBefore: 'the afternoon before',
    dayBefore: 'the day before',
    daysBefore: '{count} days before',
    calendarQuestions: 'Questions? Call {clinic} on {phone}.',
    fattyFoodSummary: 'Port procedure: last fatty food or meat',
    fattyFoodDescription: 'Do not eat fried or fatty food or meat after this time. You may still eat a light meal, such as toast, until the next reminder. {questions}',
    foodSummary: 'Port procedure: last solid food',
    foodDescription: 'Do not eat anything after this time. You may still drink clear liquids until the next reminder. {questions}',
    liquidsSummary: 'Port procedure: last clear liquids',
    liquidsDescription: 'After this time, {drinkNothing}. {questions}',
    arriveSummary: 'Arrive at {clinic} for your port procedure',
    arriveDescription: `Bring a responsible adult to take you home, ${NOT_A_TAXI_ALONE}. ${AFTER_SEDATION} {questions}`,
    fileName: 'port-preparation',
  },
  seo: {
    breadcrumbHome: 'Home',
    procedureName: 'Implanted venous access port placement',
    procedureAlternateNames: 'Port insertion|Portacath placement|Chemo port placement',
    bodyLocation: 'Upper chest, below the collarbone',
    insertionPreparation:
      'No fried or fatty food or meat for {fatty} hours before, no solid food for {food} hours before, and only clear liquids until {liquids} hours before. Tell your care team about blood thinners and allergies. Bring an adult to drive you home.',
    insertionHow:
      'With numbing medicine and medicine to help you relax, the doctor makes two small cuts, guides a thin tube into a large vein using x-ray and ultrasound pictures, and places the port under the skin below the collarbone. It takes about an hour.',
    insertionFollowup:
      'Most people go home the same day. Keep a dressing on for {dressing}, and keep the area dry until the cut is checked, usually {checkUp} after, or as your care team tells you. When the port is not in use, it is flushed {flush}.',
    removalName: 'Implanted venous access port removal',
    removalAlternateNames: 'Port removal|Portacath removal',
    removalPreparation:
      'Tell your care team as soon as you get your appointment if you take a blood thinner. If you will get medicine to help you relax, follow the eating and drinking rules and bring an adult to take you home.',
    removalHow:
      'With numbing medicine, and sometimes medicine to help you relax, the doctor makes a small cut over the port, gently takes out the port and its tube, and closes the cut.',
    removalFollowup:
      'Most people go home the same day. Keep the dressing clean and dry. Call the clinic right away about a temperature of {fever} or higher, or signs of infection such as redness or swelling.',
  },
};

/** A dictionary: the same keys as English, every value a string. */
export type Dictionary = { [Section in keyof typeof en]: { [Key in keyof (typeof en)[Section]]: string } };
