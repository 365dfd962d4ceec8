/**
 * The selected block's headline (标题): size in 号 or pt, font, alignment, most lines before it is
 * condensed and shrunk, across or vertical (竖排), and 引题/副题 swapped. Each change is one undoable
 * step; one that would print the headline over the story below is refused with the reason.
 */
import { useState } from 'react';
import type { BlockView } from '../../src-main/api/api-types.js';
import type { Article } from '../../src-main/model/issue.js';
import { HAO_PT } from '../../src-main/model/units.js';
import type { EditorStore } from '../store/editor-store.js';

/** The headline fonts a newsroom's fonts.json names by default; a role it does not have is refused by the session. */
const FONTS: Record<string, string> = { 'headline-song': '标宋', 'headline-hei': '黑体' };
/** The 号 a headline is set in, 初号 to 小三. */
const HAO = Object.entries(HAO_PT).filter(([, pt]) => pt >= 15);
const ALIGN = [['left', '左'], ['center', '中'], ['right', '右']] as const;

export function HeadlineControls({ store, block, article, readOnly }: { store: EditorStore; block: BlockView; article: Article; readOnly: boolean }): React.JSX.Element {
  const { title } = block;
  const [points, setPoints] = useState('');
  const own = title.own;
  const sizeName = typeof own.size === 'string' && HAO_PT[own.size] !== undefined ? own.size : own.size === undefined ? '' : 'pt';
  const setPt = (): void => {
    const pt = Number(points);
    if (points.trim() !== '' && Number.isFinite(pt)) void store.styleHeadline({ size: pt });
    setPoints('');
  };
  return (
    <fieldset className="headline-controls" disabled={readOnly} data-block={block.index}>
      <legend>标题 <small>{title.size} pt · {FONTS[title.role] ?? title.role}</small></legend>
      <div className="control-row">
        <span>字号</span>
        <select name="headline-size" value={sizeName} onChange={(e) => e.target.value !== 'pt' && void store.styleHeadline({ size: e.target.value === '' ? null : e.target.value })}>
          <option value="">版式默认</option>
          {HAO.map(([name, pt]) => <option key={name} value={name}>{name}（{pt} pt）</option>)}
          {sizeName === 'pt' && <option value="pt">{String(own.size)} pt</option>}
        </select>
        <input name="headline-pt" inputMode="decimal" placeholder="pt" value={points} onChange={(e) => setPoints(e.target.value)} onBlur={setPt} onKeyDown={(e) => e.key === 'Enter' && setPt()} />
      </div>
      <div className="control-row">
        <span>字体</span>
        <select name="headline-font" value={own.role ?? ''} onChange={(e) => void store.styleHeadline({ role: e.target.value === '' ? null : e.target.value })}>
          <option value="">版式默认</option>
          {Object.entries(FONTS).map(([role, name]) => <option key={role} value={role}>{name}</option>)}
        </select>
      </div>
      <div className="control-row">
        <span>对齐</span>
        <div className="segmented small" role="group" aria-label="标题对齐">
          {ALIGN.map(([value, name]) => <button key={value} type="button" data-align={value} className={title.align === value ? 'on' : ''} onClick={() => void store.styleHeadline({ align: value })}>{name}</button>)}
        </div>
        <span>行数</span>
        <div className="segmented small" role="group" aria-label="标题最多行数">
          {[1, 2, 3, 4].map((n) => <button key={n} type="button" data-lines={n} className={title.lines === n ? 'on' : ''} onClick={() => void store.styleHeadline({ lines: n })}>{n}</button>)}
        </div>
      </div>
      <div className="control-row">
        <div className="segmented small" role="group" aria-label="横排或竖排">
          <button type="button" data-setting="across" className={title.setting === 'across' ? 'on' : ''} onClick={() => void store.styleHeadline({ setting: null })}>横排</button>
          <button type="button" data-setting="vertical" className={title.setting === 'vertical' ? 'on' : ''} onClick={() => void store.styleHeadline({ setting: 'vertical' })}>竖排</button>
        </div>
        <button type="button" data-cmd="swap-tiers" disabled={!article.kicker && !article.subhead} title="把引题改作副题、副题改作引题" onClick={() => void store.swapTiers(article.id)}>引题⇄副题</button>
        {Object.keys(own).length > 0 && <button type="button" data-cmd="headline-default" onClick={() => void store.styleHeadline({ size: null, role: null, align: null, lines: null, setting: null })}>恢复版式默认</button>}
      </div>
    </fieldset>
  );
}
