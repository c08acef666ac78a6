/**
 * The scan's overlay: a shadow root (`<quote-check-scan>`, like the card's) holding the
 * legend and, where the browser has no CSS Custom Highlight API, the boxes that mark the
 * quotations. In the top layer (a manual popover) so no page element covers the legend;
 * the host covers the window but takes no clicks (`pointer-events: none`): only the
 * legend does. Nothing else is added to the page.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../assets/card.css?inline';
import scanCss from '../../assets/scan.css?inline';
import { ScanLegend } from '../../components/ScanLegend';
import { markStyle } from '../../lib/scan/markStyles';
import type { CoverageNote, ScanSummary } from '../../lib/scan/summarizeScan';
import type { ThemeSetting } from '../../lib/settings';
import { setImportant } from '../card.content/positionCard';
import { t, uiLocale } from '../shared/t';
import type { MarkBox } from './createMarks';

/** The overlay's host element name: excluded, with the card's, when tests compare the page. */
export const SCAN_HOST = 'quote-check-scan';
/** Above page content drawn outside the top layer too, where the top layer is not available. */
const Z_INDEX = '2147483646';

export interface OverlayState {
  summary: ScanSummary;
  notes: CoverageNote[];
  boxes: MarkBox[];
  theme: ThemeSetting;
}

export interface Overlay {
  update(state: Partial<OverlayState>): void;
  remove(): void;
}

function Boxes({ boxes }: { boxes: MarkBox[] }) {
  return (
    <div class="qc-scan-layer" data-testid="scan-boxes">
      {boxes.map((b, i) => {
        const mark = b.verdict === 'flash' ? null : markStyle(b.verdict);
        // The underline's style as a border: a wavy line has no border style, so solid.
        const line = mark?.line === 'wavy' ? 'solid' : mark?.line;
        const style = mark
          ? {
              backgroundColor: mark.tint,
              color: mark.color,
              borderBottomStyle: line,
              borderBottomWidth: line === 'double' ? '4px' : '2px',
            }
          : {};
        return (
          <div
            // Boxes are redrawn wholesale; the index keys their order in this drawing.
            key={`${b.id}:${i}`}
            class="qc-box"
            data-verdict={b.verdict}
            data-mark={b.id}
            style={{
              ...style,
              left: `${b.left}px`,
              top: `${b.top}px`,
              width: `${b.width}px`,
              height: `${b.height}px`,
            }}
          />
        );
      })}
    </div>
  );
}

export async function mountOverlay(
  ctx: ContentScriptContext,
  initial: OverlayState,
  onClear: () => void,
): Promise<Overlay> {
  let state = initial;
  let container: HTMLElement | null = null;
  const draw = () => {
    if (!container) return;
    render(
      <>
        <Boxes boxes={state.boxes} />
        <ScanLegend
          summary={state.summary}
          notes={state.notes}
          theme={state.theme}
          lang={uiLocale()}
          t={t}
          onClear={onClear}
        />
      </>,
      container,
    );
  };
  const ui = await createShadowRootUi(ctx, {
    name: SCAN_HOST,
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    css: `${cardCss}\n${scanCss}`,
    inheritStyles: true,
    isolateEvents: true,
    onMount(mounted, _shadow, host) {
      setImportant(host, {
        position: 'fixed',
        left: '0px',
        top: '0px',
        right: '0px',
        bottom: '0px',
        width: 'auto',
        'z-index': Z_INDEX,
      });
      host.setAttribute('popover', 'manual');
      container = mounted;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });
  ui.mount();
  try {
    ui.shadowHost.showPopover();
  } catch {
    // No popover support: the fixed host with a high z-index still shows.
  }
  return {
    update(next) {
      state = { ...state, ...next };
      draw();
    },
    remove() {
      ui.remove();
    },
  };
}
