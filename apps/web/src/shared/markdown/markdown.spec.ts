import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { createMarkdownRenderer } from './markdown';
import { HOSTILE_SAMPLES, hostileMarkdown } from './hostile-markdown';

const { window } = new JSDOM('');
const render = createMarkdownRenderer(window as unknown as Parameters<typeof createMarkdownRenderer>[0]);

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster'];

/** What is wrong with rendered HTML, read through a DOM parser (not regexes). */
function problems(html: string): string[] {
  const doc = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const element of doc.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      ['script', 'iframe', 'object', 'embed', 'style', 'form', 'base', 'meta', 'img', 'svg', 'math'].includes(
        tag,
      )
    )
      found.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style') found.push(`${tag}[style]`);
      // Browsers ignore whitespace and control characters inside a scheme.
      const value = [...attribute.value]
        .filter((c) => c > ' ')
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|data|vbscript):/.test(value))
        found.push(`${tag}[${name}=${attribute.value}]`);
    }
    if (tag === 'a' && element.hasAttribute('href') && element.getAttribute('rel') !== 'noopener noreferrer')
      found.push('a without rel=noopener noreferrer');
  }
  return found;
}

describe('renderMarkdown', () => {
  it('renders markdown and keeps links safe', () => {
    const html = render('**Bra** jobbat, se [rapporten](https://example.org/r).');
    expect(html).toContain('<strong>Bra</strong>');
    expect(html).toContain('href="https://example.org/r"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
  });

  it('renders a mention as a styled name that links nowhere', () => {
    const html = render('Tack @[Eva Ek](user:5F0C2A4E-1B2C-4D3E-8F90-A1B2C3D4E5F6)!');
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const mention = doc.querySelector('span.mention');
    expect(mention?.textContent).toBe('@Eva Ek');
    expect(doc.querySelector('a')).toBeNull();
  });

  it('shows raw HTML as text', () => {
    const doc = new window.DOMParser().parseFromString(render('<b>fet</b>'), 'text/html');
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.body.textContent).toContain('<b>fet</b>');
  });

  it.each(HOSTILE_SAMPLES)('neutralises %s', (sample) => {
    expect(problems(render(sample))).toEqual([]);
  });

  it('never yields a script, a handler or a javascript:/data: URL for fuzzed hostile markdown', () => {
    fc.assert(
      fc.property(hostileMarkdown, (source) => {
        expect(problems(render(source))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
