/** The API's boundary: every request is parsed before it reaches the session, with one clear line when it is wrong. */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src-main/model/errors.js';
import { dispatch } from '../../src-main/api/dispatch.js';
import { API_METHODS, parseRequest } from '../../src-main/api/requests.js';
import { DocumentSession } from '../../src-main/session/document-session.js';
import { copySample } from '../helpers/serve.js';

describe('requests', () => {
  test.each([
    ['placeBlock', { page: 1, block: 0, column: 1, span: 2 }, 'placeBlock: top: Invalid input: expected number, received undefined'],
    ['placeBlock', { page: 1, block: 0, column: 0, span: 2, top: 0, height: 5 }, 'placeBlock: column: Too small'],
    ['getPage', { page: '1' }, 'getPage: page: Invalid input: expected number, received string'],
    ['editArticle', { article: 'a', changes: { body: 'x' } }, 'editArticle: changes: Unrecognized key: "body"'],
    ['editArticle', { article: 'a', changes: { paragraphs: [] } }, 'editArticle: changes.paragraphs: Too small'],
    ['addMark', { anchor: { article: 'a', part: 'jump', paragraph: 0, offset: 0 }, comment: 'x' }, 'addMark: anchor.part: Invalid option'],
    ['addMark', { anchor: { article: 'a', part: 'body', paragraph: 0, offset: 0 }, comment: '   ' }, 'addMark: comment: Too small'],
    ['exportPdf', { preset: 'screen' }, 'exportPdf: preset: Invalid option'],
    ['importArticles', { files: [{ name: 'a.txt', data: '%%%' }] }, 'importArticles: files[0].data: Invalid base64'],
    ['getGlyphs', { font: 'x', ids: [-1] }, 'getGlyphs: ids[0]: Too small'],
    ['placeArticle', { article: 'a', page: 1, column: 1, span: 0, top: 0 }, 'placeArticle: span: Too small'],
    ['placeArticle', { article: 'a', page: 1, column: 1, span: 2, top: 0, height: 5 }, 'placeArticle: (top level): Unrecognized key: "height"'],
    ['addPage', { at: 2, template: 'broadsheet', section: '  ', editor: '王' }, 'addPage: section: Too small'],
    ['editPage', { page: 1, section: '要闻\n二' }, 'editPage: section: 只能是一行'],
    ['movePage', { page: 1 }, 'movePage: to: Invalid input: expected number, received undefined'],
    ['exportProof', { pages: [] }, 'exportProof: pages: Too small'],
    // What an article may hold is the edit's to refuse (article-edits.test.ts); a request far past it is not read.
    ['editArticle', { article: 'a', changes: { paragraphs: Array.from({ length: 5 }, () => '字'.repeat(900_000)) } }, 'editArticle: changes.paragraphs: 一次最多发送 4,000,000 字'],
  ] as const)('%s rejects %j', (method, params, message) => {
    expect(() => parseRequest(method, params)).toThrow(InputError);
    expect(() => parseRequest(method, params)).toThrow(message);
  });

  test.each([
    ['getPage', { page: '1' }, 'getPage：page：无效输入：期望 数字，实际接收 string'],
    ['exportPdf', { preset: 'screen' }, 'exportPdf：preset：无效选项：期望以下之一 "plant"|"proof"'],
    ['editPage', { page: 1, section: '要闻\n二' }, 'editPage：section：只能是一行'],
  ] as const)('the app reads %s %j in Chinese', (method, params, message) => {
    const err = (() => {
      try {
        parseRequest(method, params);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err?.inChinese).toBe(message);
  });

  test('every method takes an empty or a well-formed request', () => {
    expect(parseRequest('undo', undefined)).toEqual({});
    expect(parseRequest('updateMark', { id: 'm1', comment: ' 改 ' })).toEqual({ id: 'm1', comment: '改' });
    expect(parseRequest('exportProof', {})).toEqual({ openOnly: false });
    expect(parseRequest('editPage', { page: 2, designer: ' ' })).toEqual({ page: 2, designer: '' });
    expect(API_METHODS).toContain('placeBlock');
  });

  test('dispatch refuses a method the API does not have and a bad request before the session sees it', async () => {
    const session = DocumentSession.open(copySample());
    try {
      await expect(dispatch(session.api, 'constructor', {})).rejects.toThrow('constructor: is not a method of the Banmian API');
      await expect(dispatch(session.api, 'close', {})).rejects.toThrow(InputError);
      await expect(dispatch(session.api, 'placeBlock', { page: 1 })).rejects.toThrow(/^placeBlock: block:/);
      await expect(dispatch(session.api, 'getPage', { page: 7 })).rejects.toThrow('getPage: the issue has no page 7');
    } finally {
      session.close();
    }
  });
});
