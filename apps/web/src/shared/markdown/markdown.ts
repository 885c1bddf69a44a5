import createDOMPurify, { type WindowLike } from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Comment bodies are markdown written by members: rendered with `marked`, then cleaned by
 * `DOMPurify` (docs/decisions.md). Raw HTML in the markdown is shown as text, never parsed; the
 * sanitiser keeps a short list of tags and attributes (so no script, style, iframe or on* handler)
 * and only http(s)/mailto/relative links, which open in a new tab with rel="noopener noreferrer".
 * A mention `@[Name](user:<id>)` becomes a styled name: it links nowhere.
 */

const MENTION = /^@\[([^\]\n]{1,100})\]\(user:([0-9a-f-]{36})\)/i;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Raw HTML is text, not markup.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    // A comment's headings must not break the page's heading outline: strong paragraphs instead.
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    // Images are left as their alt text: no tracking pixels or remote content in the page.
    image: ({ text }: Tokens.Image) => escapeHtml(text),
  },
  extensions: [
    {
      name: 'mention',
      level: 'inline',
      start: (src: string) => src.indexOf('@['),
      tokenizer(src: string) {
        const match = MENTION.exec(src);
        if (!match) return undefined;
        return { type: 'mention', raw: match[0], label: match[1], userId: match[2].toLowerCase() };
      },
      renderer: (token) =>
        `<span class="mention" data-user-id="${escapeHtml(String(token.userId))}">@${escapeHtml(String(token.label))}</span>`,
    },
  ],
});

const ALLOWED_TAGS = [
  ...['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'hr', 'span', 'a'],
  ...['ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input'],
];
const ALLOWED_ATTR = [
  'href',
  'title',
  'class',
  'data-user-id',
  'start',
  'align',
  'type',
  'checked',
  'disabled',
];
/** http(s), mailto, or a relative link (no scheme at all): never javascript:, data:, vbscript:… */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export type RenderMarkdown = (body: string) => string;

/** A renderer bound to one window (the browser's; a jsdom window in unit tests). */
export function createMarkdownRenderer(window: WindowLike): RenderMarkdown {
  const purify = createDOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    // Task-list checkboxes only: no other form control survives.
    if (node.nodeName === 'INPUT' && node.getAttribute('type') !== 'checkbox') node.remove();
  });
  return (body) =>
    purify.sanitize(markdown.parse(body) as string, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
      ALLOWED_URI_REGEXP,
      ALLOW_DATA_ATTR: false,
    });
}

let browserRenderer: RenderMarkdown | undefined;

/** Safe HTML for a comment body, in the browser. */
export function renderMarkdown(body: string): string {
  browserRenderer ??= createMarkdownRenderer(window);
  return browserRenderer(body);
}
