/**
 * The message under a form field's hint, as the planner and the staff page
 * show it: in a <template> until the browser script fills in the message
 * (showFieldError, fill-times.ts). "Error:" is read out, not only shown in red.
 */
export function FieldError({ id, prefix }: { id: string; prefix: string }) {
  return (
    <p id={id} className="border-l-4 border-urgent bg-urgent-light px-3 py-2 font-semibold text-urgent">
      <span className="visually-hidden">{prefix}</span> <span data-fill="message" />
    </p>
  );
}
