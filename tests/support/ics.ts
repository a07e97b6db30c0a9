// A deliberately small iCalendar reader for tests: unfolds lines, unescapes
// text and returns each VEVENT's properties, so tests check what a calendar
// app would read back rather than the generator's own strings.
export type ParsedEvent = Record<string, string> & { alarms: Record<string, string>[] };

export function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line.length > 0);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseEvents(ics: string): ParsedEvent[] {
  const events: ParsedEvent[] = [];
  let event: ParsedEvent | undefined;
  let alarm: Record<string, string> | undefined;
  for (const line of unfold(ics)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).split(';')[0] ?? '';
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') {
      event = { alarms: [] } as unknown as ParsedEvent;
    } else if (line === 'END:VEVENT' && event) {
      events.push(event);
      event = undefined;
    } else if (line === 'BEGIN:VALARM') {
      alarm = {};
    } else if (line === 'END:VALARM' && event && alarm) {
      event.alarms.push(alarm);
      alarm = undefined;
    } else if (alarm) {
      alarm[name] = unescapeText(value);
    } else if (event) {
      event[name] = unescapeText(value);
    }
  }
  return events;
}

/** "20261203T143000Z" → Date */
export function icsDate(value: string | undefined): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) throw new Error(`not a UTC iCalendar date-time: ${value}`);
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}
