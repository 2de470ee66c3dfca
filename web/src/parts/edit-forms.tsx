import { useState } from 'preact/hooks';
import { ApiError, versionOf, write } from '../api.js';

interface FieldError {
  field: string | null;
  message: string;
}

/** Where an API error belongs: next to the field it names ("end", "source.title"…), or at the top of the form. */
const useErrors = () => {
  const [error, setError] = useState<FieldError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof ApiError ? { field: e.field, message: e.message } : { field: null, message: String(e) });
  const at = (field: string) => (error && error.field !== null && (error.field === field || error.field.startsWith(`${field}.`)) ? error.message : null);
  const general = error && !['end', 'start', 'person', 'date', 'subject', 'to', 'source'].some((f) => error.field === f || error.field?.startsWith(`${f}.`)) ? error.message : null;
  return { fail, at, general, clear: () => setError(null), saved, setSaved };
};

type Errors = ReturnType<typeof useErrors>;

/** A form's submit: send it, then reset it and say so, or show the API's error next to its field. */
const submit = (e: Errors, send: (form: HTMLFormElement) => Promise<unknown>, saved: string, onDone: () => void) => async (ev: Event) => {
  ev.preventDefault();
  const form = ev.currentTarget as HTMLFormElement;
  e.clear();
  try {
    await send(form);
    form.reset();
    e.setSaved(saved);
    onDone();
  } catch (err) {
    e.fail(err);
  }
};

const Status = ({ e }: { e: Errors }) => (
  <>
    {e.general ? <p class="field-error" role="alert">{e.general}</p> : null}
    {e.saved ? <p role="status">{e.saved}</p> : null}
  </>
);

const Field = ({ id, label, error, children }: { id: string; label: string; error: string | null; children: preact.ComponentChildren }) => (
  <div class={`field${error ? ' invalid' : ''}`}>
    <label for={id}>{label}</label>
    {children}
    {error ? <span class="field-error" id={`${id}-error`} role="alert">{error}</span> : null}
  </div>
);

const value = (form: HTMLFormElement, name: string): string => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
const citation = (form: HTMLFormElement) => {
  const url = value(form, 'sourceUrl');
  return { title: value(form, 'sourceTitle'), ...(url ? { url } : {}) };
};

const SourceFields = ({ prefix, at }: { prefix: string; at: (f: string) => string | null }) => (
  <>
    <Field id={`${prefix}-source-title`} label="Source (title)" error={at('source')}>
      <input id={`${prefix}-source-title`} name="sourceTitle" required maxLength={300} aria-invalid={!!at('source')} />
    </Field>
    <Field id={`${prefix}-source-url`} label="Source address (optional)" error={null}>
      <input id={`${prefix}-source-url`} name="sourceUrl" type="url" maxLength={2000} placeholder="https://…" />
    </Field>
  </>
);

/** Ends an open appointment on a date, with its source; the API closes it (never deletes) and records who did it. */
export const EndAppointmentForm = ({ appointmentId, who, onDone }: { appointmentId: string; who: string; onDone: () => void }) => {
  const [open, setOpen] = useState(false);
  const e = useErrors();
  const prefix = `end-${appointmentId.replace(/[^a-z0-9]+/gi, '-')}`;
  if (!open) return <button type="button" onClick={() => setOpen(true)} aria-label={`End ${who}'s appointment`}>End…</button>;
  return (
    <form class="edit" aria-label={`End ${who}'s appointment`} onSubmit={async (ev) => {
      ev.preventDefault();
      const form = ev.currentTarget;
      e.clear();
      try {
        const etag = await versionOf('appointments', appointmentId);
        await write('/api/appointments/{id}/end', { end: value(form, 'end'), source: citation(form) }, { params: { id: appointmentId }, headers: { 'if-match': etag } });
        setOpen(false);
        onDone();
      } catch (err) {
        e.fail(err);
      }
    }}>
      {e.general ? <p class="field-error" role="alert">{e.general}</p> : null}
      <Field id={`${prefix}-date`} label="Ended on (YYYY, YYYY-MM or YYYY-MM-DD)" error={e.at('end')}>
        <input id={`${prefix}-date`} name="end" required maxLength={24} aria-invalid={!!e.at('end')} />
      </Field>
      <SourceFields prefix={prefix} at={e.at} />
      <button type="submit">End appointment</button> <button type="button" class="link" onClick={() => setOpen(false)}>Cancel</button>
    </form>
  );
};

/** Starts an appointment on a post: a person (id or name), a start, acting or not, and a source. */
export const StartAppointmentForm = ({ post, onDone }: { post: string; onDone: () => void }) => {
  const e = useErrors();
  return (
    <details class="edit-panel">
      <summary>Start an appointment</summary>
      <form class="edit" aria-label="Start an appointment" onSubmit={submit(e, (form) =>
        write('/api/appointments', { post, person: value(form, 'person'), start: value(form, 'start'), acting: (form.elements.namedItem('acting') as HTMLInputElement).checked, source: citation(form) }), 'Saved.', onDone)}>
        <Status e={e} />
        <Field id="start-person" label="Person (id or name)" error={e.at('person')}><input id="start-person" name="person" required maxLength={200} /></Field>
        <Field id="start-date" label="Started on" error={e.at('start')}><input id="start-date" name="start" required maxLength={24} /></Field>
        <div class="field"><label><input type="checkbox" name="acting" /> Acting</label></div>
        <SourceFields prefix="start" at={e.at} />
        <button type="submit">Start appointment</button>
      </form>
    </details>
  );
};

/** Records that a country or function passed to another unit on a date (a transfer), with its source. */
export const TransferForm = ({ from, onDone }: { from: string; onDone: () => void }) => {
  const e = useErrors();
  return (
    <details class="edit-panel">
      <summary>Record a transfer of responsibility</summary>
      <form class="edit" aria-label="Record a transfer of responsibility" onSubmit={submit(e, (form) =>
        write('/api/events', { kind: 'transfer', subject: value(form, 'subject'), from, to: value(form, 'to'), date: value(form, 'date'), source: citation(form) }), 'Recorded.', onDone)}>
        <Status e={e} />
        <Field id="transfer-subject" label="Country, body or function" error={e.at('subject')}><input id="transfer-subject" name="subject" required maxLength={200} /></Field>
        <Field id="transfer-to" label="To unit (id or name)" error={e.at('to')}><input id="transfer-to" name="to" required maxLength={200} /></Field>
        <Field id="transfer-date" label="On (YYYY, YYYY-MM or YYYY-MM-DD)" error={e.at('date')}><input id="transfer-date" name="date" required maxLength={24} /></Field>
        <SourceFields prefix="transfer" at={e.at} />
        <button type="submit">Record transfer</button>
      </form>
    </details>
  );
};
