/**
 * The story's pictures (图片) in the article panel: a picture file put into a frame still 图片待补
 * or in place of the one there (换图), another added (加图), caption and credit, and, for the
 * selected block's frames, how the picture sits: filling the frame or whole, enlarged, moved.
 */
import { useRef, useState } from 'react';
import type { BlockView } from '../../src-main/api/api-types.js';
import type { Article } from '../../src-main/model/issue.js';
import type { EditorStore } from '../store/editor-store.js';
import { readFiles } from './read-files.js';

const PICTURES = 'image/jpeg,image/png,image/tiff,image/webp,.jpg,.jpeg,.png,.tif,.tiff,.webp';
/**
 * One press of 放大/缩小, and of a move (a tenth of the way from one edge of the picture to the
 * other; the focus goes the other way, so the picture moves as the arrow points). Sent as steps,
 * so presses faster than the answers add up.
 */
const ZOOM_STEP = 1.25;
const MOVE_STEP = 0.1;

export function PhotoControls({ store, article, block, readOnly }: { store: EditorStore; article: Article; block: BlockView | undefined; readOnly: boolean }): React.JSX.Element {
  const picker = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState<number | undefined>(undefined);
  const choose = (image: number | undefined): void => {
    setTarget(image);
    picker.current?.click();
  };
  return (
    <fieldset className="photo-controls" disabled={readOnly}>
      <legend>图片</legend>
      <input ref={picker} type="file" accept={PICTURES} hidden name="picture-file" onChange={async (e) => {
        const input = e.currentTarget;
        const files = input.files ? [...input.files] : [];
        input.value = '';
        const [file] = await readFiles(files);
        if (file) await store.placePicture(article.id, target, file);
      }} />
      {article.images.map((image, i) => {
        const late = image.src.startsWith('missing:');
        const frame = block?.photos.findIndex((p) => p.image === i) ?? -1;
        const photo = block?.photos[frame];
        return (
          <div key={i} className="photo-item" data-image={i}>
            <div className="control-row">
              <b>图{i + 1}</b>
              <span className={`photo-src${late ? ' late' : ''}`}>{late ? `图片待补（${image.src.slice('missing:'.length)}）` : image.src}</span>
              <button type="button" data-cmd="place-picture" onClick={() => choose(i)}>{late ? '置入图片…' : '换图…'}</button>
            </div>
            <ImageText key={`caption-${image.caption ?? ''}`} name="caption" label="图片说明" value={image.caption ?? ''} rows={2} onCommit={(caption) => void store.editImage(article.id, i, { caption })} />
            <ImageText key={`credit-${image.credit ?? ''}`} name="photo-credit" label="摄影" value={image.credit ?? ''} rows={1} onCommit={(credit) => void store.editImage(article.id, i, { credit })} />
            {photo && !late && (
              <div className="control-row">
                <div className="segmented small" role="group" aria-label="图片在框中">
                  <button type="button" data-fit="fill" className={photo.fit === 'fill' ? 'on' : ''} onClick={() => void store.stylePhoto(frame, { fit: 'fill' })}>填满</button>
                  <button type="button" data-fit="fit" className={photo.fit === 'fit' ? 'on' : ''} onClick={() => void store.stylePhoto(frame, { fit: 'fit' })}>完整</button>
                </div>
                <button type="button" data-cmd="photo-smaller" disabled={photo.scale <= 1} title="缩小" onClick={() => void store.stylePhoto(frame, { zoom: 1 / ZOOM_STEP })}>−</button>
                <span className="photo-scale">{Math.round(photo.scale * 100)}%</span>
                <button type="button" data-cmd="photo-larger" disabled={photo.scale >= 4} title="放大" onClick={() => void store.stylePhoto(frame, { zoom: ZOOM_STEP })}>+</button>
                {([['left', '←', -1, 0], ['right', '→', 1, 0], ['up', '↑', 0, -1], ['down', '↓', 0, 1]] as const).map(([name, arrow, dx, dy]) => (
                  <button key={name} type="button" data-move={name} title="移动框中的图片" onClick={() => void store.stylePhoto(frame, { move: { x: -dx * MOVE_STEP, y: -dy * MOVE_STEP } })}>{arrow}</button>
                ))}
              </div>
            )}
          </div>
        );
      })}
      <button type="button" data-cmd="add-picture" onClick={() => choose(undefined)}>加图…</button>
    </fieldset>
  );
}

/** A caption or credit: typed freely, set on the page when the field is left or Enter pressed. */
function ImageText({ name, label, value, rows, onCommit }: { name: string; label: string; value: string; rows: number; onCommit(text: string): void }): React.JSX.Element {
  const [text, setText] = useState(value);
  const commit = (): void => {
    if (text !== value) onCommit(text);
  };
  return (
    <label className="field">
      <span>{label}<small>（回车确认）</small></span>
      <textarea name={name} rows={rows} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => {
        if (e.key !== 'Enter' || (e.nativeEvent as KeyboardEvent).isComposing) return;
        e.preventDefault();
        commit();
      }} />
    </label>
  );
}
