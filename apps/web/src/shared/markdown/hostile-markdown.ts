import fc from 'fast-check';

/**
 * Hostile markdown and HTML for the sanitiser's tests (the unit fuzz and the browser test share it):
 * known XSS shapes, and fast-check arbitraries that splice them into random markdown.
 */
export const HOSTILE_SAMPLES = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '[click](javascript:window.__xss=1)',
  '[click](JaVaScRiPt:window.__xss=1)',
  '[click](  javascript:window.__xss=1)',
  '[click](java\tscript:window.__xss=1)',
  '[click](&#106;avascript:window.__xss=1)',
  '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![x](javascript:window.__xss=1)',
  '![x" onerror="window.__xss=1](https://example.org/a.png)',
  '[ref]: javascript:window.__xss=1\n\n[ref]',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<details open ontoggle="window.__xss=1">',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1"></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '`<script>` and <b onclick="window.__xss=1">bold</b>',
  '@[<img src=x onerror=window.__xss=1>](user:00000000-0000-4000-8000-000000000001)',
  '@[Eva" onmouseover="window.__xss=1](user:00000000-0000-4000-8000-000000000001)',
  '[a](https://example.org "title\\" onmouseover=\\"window.__xss=1")',
  '<https://example.org/?q=<script>window.__xss=1</script>>',
  '<a href="https://example.org" onclick="window.__xss=1">x</a>',
  '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">',
  '<base href="javascript:/"><a href="/">x</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
];

const pieces = fc.oneof(
  fc.constantFrom(...HOSTILE_SAMPLES),
  fc.constantFrom(
    '**',
    '_',
    '`',
    '```\n',
    '> ',
    '- ',
    '1. ',
    '# ',
    '|a|b|\n|-|-|\n',
    '\n\n',
    '[',
    '](',
    ')',
    '<',
    '>',
    '"',
    "'",
    '=',
  ),
  fc.constantFrom(
    'javascript:',
    'data:',
    'on',
    'onerror=',
    'href=',
    'src=',
    '<a ',
    '<img ',
    '<script',
    '</',
    '&#x6A;',
  ),
  fc.string({ maxLength: 12 }),
);

/** Random markdown built from hostile pieces and noise. */
export const hostileMarkdown = fc
  .array(pieces, { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''));
