import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      fileNameOf(
        `attachment; filename="samrad-natverk-2026.pdf"; filename*=UTF-8''Samr%C3%A5d%20N%C3%A4tverk%202026.pdf`,
        'x.pdf',
      ),
    ).toBe('Samråd Nätverk 2026.pdf');
    expect(fileNameOf('attachment; filename="samrad-natverk-2026.pdf"', 'x.pdf')).toBe(
      'samrad-natverk-2026.pdf',
    );
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A.pdf; filename="a.pdf"`, 'x.pdf')).toBe('a.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });
});
