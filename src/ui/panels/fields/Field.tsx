import { useId, type ReactNode } from 'react';

/** A labelled form row; `children` receives the id to put on its input. */
export function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string | null; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={`fl-field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {error ? <p className="fl-field-error" role="alert">{error}</p> : hint && <p className="fl-field-hint">{hint}</p>}
    </div>
  );
}
