'use client';
/**
 * The planner's only client code: the appointment form, the computed times,
 * "Add to calendar" and "Print". Clinic values arrive as props (the clinic
 * config reads files, so it never ships to the browser).
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  parseAppointment,
  preparationTimes,
  timeInWords,
  type FastingRules,
  type PreparationTimes,
} from '@/lib/appointment-times';
import { calendarFile, preparationEvents } from '@/lib/calendar-file';

export type PlannerFormProps = {
  timeZone: string;
  /** "Mountain Time": worked out on the server so the browser's Intl data cannot change it. */
  timeZoneName: string;
  rules: FastingRules;
  clinicName: string;
  clinicPhone: string;
  clinicTelHref: string;
  uidDomain: string;
};

type Shown = { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'times'; value: string; times: PreparationTimes };

function evaluate(value: string, timeZone: string, rules: FastingRules): Shown {
  const result = parseAppointment(value, timeZone);
  if (!result.ok) return { kind: 'error', message: result.message };
  return { kind: 'times', value: value.trim(), times: preparationTimes(result.instant, rules) };
}

function downloadCalendar(times: PreparationTimes, value: string, props: PlannerFormProps) {
  const ics = calendarFile(
    preparationEvents(times, { clinicName: props.clinicName, clinicPhone: props.clinicPhone, uidDomain: props.uidDomain }),
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `port-preparation-${value.slice(0, 10)}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function PlannerForm(props: PlannerFormProps) {
  const { timeZone, timeZoneName, rules, clinicPhone, clinicTelHref } = props;
  const id = useId();
  const inputId = `${id}-appointment`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [shown, setShown] = useState<Shown>({ kind: 'none' });

  // A staff link (/preparation?appointment=2026-12-03T08:30) opens with the times shown.
  useEffect(() => {
    const linked = new URLSearchParams(window.location.search).get('appointment');
    if (linked === null) {
      // Keep anything typed into the server-rendered field before this code loaded.
      if (input.current?.value) setValue(input.current.value);
      return;
    }
    setShown(evaluate(linked, timeZone, rules));
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(linked.trim())) setValue(linked.trim());
  }, [timeZone, rules]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = evaluate(value, timeZone, rules);
    setShown(next);
    if (next.kind === 'error') {
      input.current?.focus();
      return;
    }
    if (next.kind === 'times') {
      const url = new URL(window.location.href);
      url.searchParams.set('appointment', next.value);
      window.history.replaceState(window.history.state, '', url);
    }
  }

  const error = shown.kind === 'error' ? shown.message : null;
  const words = (date: Date) => (shown.kind === 'times' ? timeInWords(date, shown.times.appointment, timeZone) : null);

  return (
    <>
      <form action="/preparation" method="get" noValidate onSubmit={onSubmit} className="space-y-3 print:hidden">
        <label htmlFor={inputId} className="block font-bold">
          Your appointment date and time
        </label>
        <p id={hintId} className="text-base text-muted">
          Use the date and time from your appointment letter, in the clinic&apos;s local time ({timeZoneName}).
        </p>
        {error ? (
          <p id={errorId} className="border-l-4 border-urgent bg-urgent-light px-3 py-2 font-semibold text-urgent">
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <input
            ref={input}
            id={inputId}
            name="appointment"
            type="datetime-local"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            className="min-h-12 max-w-full rounded border-2 border-ink px-3 py-2 aria-invalid:border-urgent"
          />
          <button type="submit" className="min-h-12 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Show my times
          </button>
        </div>
      </form>

      <div aria-live="polite" className="mt-6">
        {error ? (
          <p className="print:hidden">
            Until you have your time, follow the general rules: no food for {rules.solidFoodHoursBefore} hours before your
            procedure, clear liquids until {rules.clearLiquidsHoursBefore} hours before, and arrive {rules.arrivalMinutesBefore}{' '}
            minutes early.
          </p>
        ) : null}
        {shown.kind === 'times' ? (
          <section aria-label="Your preparation times" className="rounded border-2 border-brand p-4 print:border-ink">
            <p className="font-bold">Your appointment: {words(shown.times.appointment)?.full}</p>
            <ul className="mt-3 space-y-3">
              <li>
                <strong>Last solid food:</strong> {words(shown.times.lastSolidFood)?.full}. After this, do not eat anything.
              </li>
              <li>
                <strong>Last clear liquids:</strong> {words(shown.times.lastClearLiquids)?.full}. After this, drink nothing.
              </li>
              <li>
                <strong>Arrive at the clinic:</strong> {words(shown.times.arrival)?.full}.
              </li>
              <li>
                <strong>Driver:</strong> arrange for a responsible adult to take you home. You will get medicine to make you
                relaxed and sleepy, so you must not drive until the next day.
              </li>
            </ul>
            <p className="mt-3">
              Questions? Call <a href={clinicTelHref}>{clinicPhone}</a>.
            </p>
            <div className="mt-4 flex flex-wrap gap-3 print:hidden">
              <button
                type="button"
                onClick={() => downloadCalendar(shown.times, shown.value, props)}
                className="min-h-12 rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light"
              >
                Add to my calendar (.ics file)
              </button>
              <button
                type="button"
                onClick={() => window.print()}
                className="min-h-12 rounded border-2 border-brand px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light"
              >
                Print this page
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
