import { renderToStaticMarkup } from 'react-dom/server';
import { TextField } from '../layout/forms';
import { Field, fieldAria } from './Field';

/** The attributes of the first `<tag …>` in `html`. */
function attributes(html: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  return Object.fromEntries(
    [...element.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
  );
}
const idsOf = (html: string, className: string) =>
  [...html.matchAll(new RegExp(`<p id="([^"]+)" class="${className}"`, 'g'))].map(([, id]) => id);

describe('Field', () => {
  it('marks a control with an error aria-invalid and points it at the error text and the hint', () => {
    const html = renderToStaticMarkup(
      <Field label="Kommun" id="m" hint="Den roll gäller för" error="Välj kommunen.">
        {(control) => <select {...control} />}
      </Field>,
    );
    expect(attributes(html, 'select')).toMatchObject({
      id: 'm',
      'aria-invalid': 'true',
      'aria-describedby': 'm-hint m-error',
    });
    expect(attributes(html, 'label')).toEqual({ for: 'm' });
    expect(idsOf(html, 'field-error')).toEqual(['m-error']);
    expect(html).toContain('>Välj kommunen.</p>');
  });

  it('says nothing of errors while there is none', () => {
    const html = renderToStaticMarkup(
      <Field label="Motivering" id="r">
        {(control) => <textarea {...control} />}
      </Field>,
    );
    expect(attributes(html, 'textarea')).toEqual({ id: 'r' });
    expect(html).not.toContain('field-error');
  });

  it('TextField wires its own generated id the same way', () => {
    const html = renderToStaticMarkup(
      <TextField label="Namn" value="" onChange={() => undefined} error="Ange ett namn." required />,
    );
    const input = attributes(html, 'input');
    expect(input['aria-invalid']).toBe('true');
    expect(input['aria-describedby']).toBe(`${input.id}-error`);
    expect(idsOf(html, 'field-error')).toEqual([`${input.id}-error`]);
    expect(attributes(html, 'label').for).toBe(input.id);
  });

  it('fieldAria gives the same wiring for controls laid out by hand (a radio group)', () => {
    expect(fieldAria('stance', { error: 'Välj en ståndpunkt.' })).toEqual({
      control: { id: 'stance', 'aria-invalid': true, 'aria-describedby': 'stance-error' },
      hintId: undefined,
      errorId: 'stance-error',
    });
  });
});
