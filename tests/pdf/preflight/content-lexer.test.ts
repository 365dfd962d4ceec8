/** The content-stream lexer preflight reads PDFs with: operands, operators, strings, inline images. */
import { describe, expect, test } from 'vitest';
import { instructions, isName, type Instruction } from '../../../src-main/pdf/preflight/content-lexer.js';

const lex = (content: string | Uint8Array): Instruction[] => [...instructions(typeof content === 'string' ? Buffer.from(content, 'latin1') : content)];
const bytes = (s: string): { bytes: Uint8Array } => ({ bytes: Uint8Array.from(Buffer.from(s, 'latin1')) });
const latin1 = (o: unknown): string => Buffer.from((o as { bytes: Uint8Array }).bytes).toString('latin1');

describe('operands and operators', () => {
  test('numbers in every written form go to the operator after them', () => {
    expect(lex('1 -2 +3 4.5 -.25 .5 6. 0 0 0 1 k')).toEqual([{ op: 'k', args: [1, -2, 3, 4.5, -0.25, 0.5, 6, 0, 0, 0, 1] }]);
  });

  test('each operator takes only the operands since the one before', () => {
    expect(lex('q 1 0 0 1 10 20 cm 0.5 g Q')).toEqual([
      { op: 'q', args: [] },
      { op: 'cm', args: [1, 0, 0, 1, 10, 20] },
      { op: 'g', args: [0.5] },
      { op: 'Q', args: [] },
    ]);
  });

  test('operators need no white space before a delimiter; quote operators are operators', () => {
    expect(lex('/F1 9 Tf(a)Tj[(b)]TJ(c)\' 1 2(d)"').map((i) => i.op)).toEqual(['Tf', 'Tj', 'TJ', "'", '"']);
  });

  test('true, false and null are operands, not operators', () => {
    expect(lex('true false null xx')).toEqual([{ op: 'xx', args: [true, false, null] }]);
  });

  test('comments run to the end of the line and are skipped', () => {
    expect(lex('% a comment 1 0 0 rg\n0 g % 1 g\r1 G')).toEqual([
      { op: 'g', args: [0] },
      { op: 'G', args: [1] },
    ]);
  });

  test('an empty or blank stream has no instructions', () => {
    expect(lex('')).toEqual([]);
    expect(lex(' \n\t\r\f\0 ')).toEqual([]);
  });
});

describe('names', () => {
  test('a name ends at white space or a delimiter, and #xx stands for a byte', () => {
    const [tf] = lex('/F#231/Name#20With#20Spaces 9 Tf');
    expect(tf?.args).toEqual([{ name: 'F#1' }, { name: 'Name With Spaces' }, 9]);
  });

  test('isName tells names from other operands', () => {
    const args = lex('/CS0 (CS0) [/CS0] 1 cs')[0]?.args ?? [];
    expect(args.map((a) => isName(a))).toEqual([true, false, false, false]);
    expect(isName(undefined)).toBe(false);
  });
});

describe('strings', () => {
  test('a literal string keeps balanced parentheses and turns escapes into bytes', () => {
    const [tj] = lex('(a(b)c\\)\\(\\\\\\n\\r\\t\\b\\f) Tj');
    expect(latin1(tj?.args[0])).toBe('a(b)c)(\\\n\r\t\b\f');
  });

  test('octal escapes take up to three digits; an unknown escape is the character itself', () => {
    expect(latin1(lex('(\\101\\0612\\7\\q) Tj')[0]?.args[0])).toBe('A12\x07q');
  });

  test('a backslash at a line end continues the string without a line break', () => {
    expect(latin1(lex('(ab\\\ncd\\\r\nef) Tj')[0]?.args[0])).toBe('abcdef');
  });

  test('a hex string skips white space and pads an odd last digit with 0', () => {
    expect(lex('<4E 2D\n6587> Tj <ABC> Tj')).toEqual([
      { op: 'Tj', args: [bytes('\x4e\x2d\x65\x87')] },
      { op: 'Tj', args: [bytes('\xab\xc0')] },
    ]);
  });

  test('bytes above 127 pass through unchanged', () => {
    expect(lex(Uint8Array.from([0x28, 0xe4, 0xb8, 0xad, 0x29, 0x20, 0x54, 0x6a]))[0]?.args[0]).toEqual({ bytes: Uint8Array.from([0xe4, 0xb8, 0xad]) });
  });
});

describe('arrays and dictionaries', () => {
  test('a TJ array holds strings and kerning numbers; arrays nest', () => {
    expect(lex('[(A) -120 (B) [1 [2]]] TJ')).toEqual([{ op: 'TJ', args: [[bytes('A'), -120, bytes('B'), [1, [2]]]] }]);
  });

  test('a marked-content dictionary is read into a map', () => {
    const [bdc] = lex('/Span <</ActualText (x) /MCID 3 /Nested <</A true>>>> BDC');
    expect(bdc?.op).toBe('BDC');
    expect(bdc?.args[0]).toEqual({ name: 'Span' });
    const dict = (bdc?.args[1] as { dict: Map<string, unknown> }).dict;
    expect([...dict.keys()]).toEqual(['ActualText', 'MCID', 'Nested']);
    expect(dict.get('MCID')).toBe(3);
    expect((dict.get('Nested') as { dict: Map<string, unknown> }).dict.get('A')).toBe(true);
  });
});

describe('inline images', () => {
  test('the image dictionary is read, the data skipped, and the stream goes on after EI', () => {
    // The data holds what would lex as operators (Q, rg) and an "EI" not ended by white space.
    const data = 'Q 1 0 0 rg EIx\xff\x00';
    const out = lex(`q 8 0 0 4 0 0 cm BI /W 4 /H 2 /CS /G /BPC 8 /F /AHx ID ${data} EI Q 0 g`);
    expect(out.map((i) => i.op)).toEqual(['q', 'cm', 'BI', 'Q', 'g']);
    const dict = (out[2]?.args[0] as { dict: Map<string, unknown> }).dict;
    expect(Object.fromEntries(dict)).toEqual({ W: 4, H: 2, CS: { name: 'G' }, BPC: 8, F: { name: 'AHx' } });
  });

  test('control: without the white space before EI the image runs on, swallowing what follows', () => {
    const out = lex('BI /W 1 /H 1 ID abcEI 0 g EI 1 g');
    // "abcEI" does not end the data; the first white-space-delimited EI does, after "0 g".
    expect(out.map((i) => [i.op, i.args])).toEqual([['BI', [{ dict: new Map([['W', 1], ['H', 1]]) }]], ['g', [1]]]);
  });

  test('an image at the very end of the stream ends there', () => {
    expect(lex('BI /W 1 /H 1 ID \x00 EI').map((i) => i.op)).toEqual(['BI']);
    expect(lex('BI /W 1 /H 1 ID \x00\x01').map((i) => i.op)).toEqual(['BI']);
  });
});

describe('malformed content', () => {
  test('stray closing delimiters are skipped, and the operators around them still read', () => {
    expect(lex('1 g ) > } { 0 G').map((i) => [i.op, i.args])).toEqual([['g', [1]], ['G', [0]]]);
  });

  test('an unterminated string, array or dictionary ends at the end of the stream without hanging', () => {
    expect(lex('(never closed Tj')).toEqual([]);
    expect(lex('[1 2 (x)')).toEqual([]);
    expect(lex('<</A 1 /B')).toEqual([]);
    expect(lex('<4E2')).toEqual([]);
  });

  test('a word that is not a number is an operator, whatever it looks like', () => {
    expect(lex('1.2.3 --4 5').map((i) => i.op)).toEqual(['1.2.3', '--4']);
  });
});
