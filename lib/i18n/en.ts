/**
 * The interface words the site's code shows (components, layouts, the 404
 * page, the planner, its calendar file and print sheet, share images, metadata
 * and structured data), in English: labels, headings, navigation, messages.
 * Page bodies are MDX in content/; clinical sentences (warning signs, who to
 * call, sedation, fasting, the journey, the planner's and calendar's rules,
 * the procedure summaries) are in content/clinical-wording/, under their own
 * review date, and read through clinicalWordsFor (lib/content/clinical-wording.ts).
 * plannerScript, the words the planner's browser script receives, spreads in
 * the calendar reminders' sentences from there rather than writing them here.
 *
 * Values in braces ({phone}) are filled in by `fill` (lib/i18n/index.ts).
 * A key ending in _one / _other is one pair: `plural` picks by the number.
 * Every other language's dictionary has exactly these keys and the same
 * {placeholders} (lib/i18n/check.ts, at build time and in a unit test).
 */
import { en as clinical } from '@/content/clinical-wording/en';

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
    /** Links to /whole-guide and /save-for-offline (the second only when the clinic offers the offline copy). */
    wholeGuide: 'Print or save the whole guide',
    saveOffline: 'Read this guide with no signal',
  },
  /** /whole-guide: every topic on one page, to print or save as a PDF. */
  wholeGuide: {
    title: 'The whole guide',
    description: 'Every page of the port guide on one page, to print or save as a PDF, with our phone number and when to get help first.',
    intro: 'This is every page of the guide on one page, to print or to save as a PDF. How to reach us and when to get help come first.',
    contactHeading: 'How to reach us',
    contents: 'Contents',
    plannerBefore: 'To work out your own times for eating, drinking and arriving, use the planner on the page ',
    flushReminderBefore: 'To put the dates of your next flushes in your calendar, use the page ',
    toolAfter: '.',
  },
  /** /save-for-offline, its page script's messages, and the banner the offline copy shows on each page. */
  offline: {
    title: 'Save this guide on this phone',
    description: 'Keep a copy of this guide on your phone to read it with no signal. Nothing about you is saved or sent.',
    why: 'Signal can be weak in a hospital, and some days you may have no data. If you save this guide, this phone keeps a copy of its pages in English and Spanish, with the pictures. Then you can read them with no signal.',
    how: 'Each page you read from the copy says the day it was saved. When you are online again, the phone checks for a newer guide and gets it. After {days} days, the copy says it is too old to trust.',
    privacy: 'Only the guide is saved: no name, no times, nothing about you. Nothing is sent anywhere. It stays on this phone until you remove it.',
    save: 'Save this guide on this phone',
    remove: 'Remove the saved copy',
    noScript: 'To save the guide, this page needs JavaScript, and it is turned off in this browser. You can still print the whole guide, or save it as a PDF:',
    unsupported: 'This browser cannot save the guide. You can print the whole guide, or save it as a PDF, instead.',
    saving: 'Saving the guide. This can take a minute.',
    saved: 'Done. The guide is saved on this phone. You can read it with no signal.',
    alreadySaved: 'The guide is saved on this phone.',
    failed: 'The guide could not be saved. Check your signal and try again.',
    removing: 'Removing the saved copy.',
    removed: 'The saved copy is gone from this phone.',
    banner: 'You are reading a copy saved on {date}. Call {phone} if you are unsure.',
    tooOld: 'This copy was saved on {date}. It is too old to trust. Call {phone} if you are unsure, and read',
    tooOldLink: 'when to get help',
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
  /** The "Call now if…" card's link to /when-to-get-help (also in the footer); its lines are clinical wording. */
  callNow: {
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
  contact: {
    address: 'Address',
    directionsMap: 'Get directions on a map',
    directionsOsm: 'Find us on OpenStreetMap',
    phone: 'Phone',
    email: 'Email',
    hours: 'Opening hours',
    hoursUnknown: 'Call us to ask when we are open.',
    closed: 'When we are closed',
    outOfHoursLine: 'Call our out-of-hours line:',
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
    timesLabel: 'Your preparation times',
    /** The box at the top of the page that a staff link (?appointment=) opens on. */
    timesFirstHeading: 'Your times',
    timesFirstMore: 'What to do at each time',
    appointment: 'Your appointment:',
    lastFattyFoodLabel: 'Last fatty food or meat:',
    lastFoodLabel: 'Last solid food:',
    lastLiquidsLabel: 'Last clear liquids:',
    arriveLabel: 'Arrive at the clinic:',
    driverLabel: 'Driver:',
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
    // Dates and clock times are written by lib/format/date-time.ts, the way the clinic's country writes them;
    // so are the examples {date}, {time}, {first} and {last} (plannerScriptWords, components/appointment-times).
    empty: 'Enter the date and time of your appointment.',
    format:
      'We could not read that appointment time. Enter the date and time from your appointment letter, for example {date} at {time}.',
    notADate: 'That date does not exist. Check the day and the month of your appointment.',
    notATime: 'That time does not exist. Enter a time between {first} and {last}.',
    skipped:
      'That time is skipped when the clocks go forward, so it cannot be your appointment time. Check the time with the clinic.',
    past: 'That time has already passed. Enter the date and time of your next appointment.',
    // When the clocks go back, one clock time comes twice: said after a time in that hour ({clock} is "1:30 AM").
    // No final period: the page, letter and email put their own after the time.
    clockBackFirst: 'The clocks go back, so {clock} comes twice that day: this is the first one, before the change',
    clockBackSecond: 'The clocks go back, so {clock} comes twice that day: this is the second one, after the change',
    nightBeforeAfterMidnight: 'the night before, after midnight',
    sameMorning: 'the same morning',
    sameAfternoon: 'the same afternoon',
    sameEvening: 'the same evening',
    nightBefore: 'the night before',
    afternoonBefore: 'the afternoon before',
    dayBefore: 'the day before',
    daysBefore: '{count} days before',
    calendarQuestions: 'Questions? Call {clinic} on {phone}.',
    // The calendar reminders' sentences: clinical wording, written and reviewed in content/clinical-wording/.
    ...clinical.words.calendar,
    fileName: 'port-preparation',
  },
  /** The flush reminder on /using-your-port (components/flush-reminder); its clinical sentences are in content/clinical-wording/. */
  flushReminder: {
    label: 'When was your port last flushed?',
    hint: 'Enter the date of your last flush.',
    submit: 'Show my flush dates',
    errorPrefix: 'Error:',
    datesLabel: 'Your next flush dates',
    calendar: 'Add to my calendar (.ics file)',
    noScript: 'Your browser is not running JavaScript, so this form cannot show your dates.',
  },
  /** The words the flush reminder's browser script needs: they travel to it in the page (data-flush-reminder). */
  flushReminderScript: {
    empty: 'Enter the date of your last flush.',
    notADate: 'That date does not exist. Check the day and the month.',
    future: 'That date has not come yet. Enter the date of your last flush.',
    // The overdue message and the calendar file's sentences: clinical wording, in content/clinical-wording/.
    overdue: clinical.words.flushReminder.overdue,
    calendarSummary: clinical.words.flushReminder.calendarSummary,
    calendarDescription: clinical.words.flushReminder.calendarDescription,
    calendarAlarm: clinical.words.flushReminder.calendarAlarm,
    fileName: 'port-flush-reminder',
  },
  search: {
    /** The header link to /search, on every page. */
    headerLink: 'Search',
    title: 'Search this guide',
    description: 'Find any topic in this guide to implanted ports: type a word, or pick a topic or a medical word from the A to Z list.',
    label: 'Words to look for',
    hint: 'For example: flush, fever, swim, Huber needle',
    submit: 'Search',
    /** Shown only when JavaScript is off (a <noscript> note). */
    needsJs: 'Results as you type need JavaScript, which is off in this browser. The A to Z list below works without it.',
    results_one: '1 result for “{query}”',
    results_other: '{count} results for “{query}”',
    noResults: 'No results for “{query}”. Try another word, or look in the A to Z list below.',
    loadFailed: 'Search could not load. The A to Z list below works without it.',
    resultsLabel: 'Search results',
    azHeading: 'All topics from A to Z',
    azIntro: 'Every topic and section of this guide. Each link opens that part of the page.',
    azLettersLabel: 'Jump to a letter',
    onPage: 'on the page',
    glossaryHeading: 'Medical words explained',
    glossaryIntro: 'Each word opens its meaning on the page “{page}”.',
  },
  seo: {
    breadcrumbHome: 'Home',
    procedureName: 'Implanted venous access port placement',
    procedureAlternateNames: 'Port insertion|Portacath placement|Chemo port placement',
    removalName: 'Implanted venous access port removal',
    removalAlternateNames: 'Port removal|Portacath removal',
  },
};

/** A dictionary: the same keys as English, every value a string. */
export type Dictionary = { [Section in keyof typeof en]: { [Key in keyof (typeof en)[Section]]: string } };
