import type { PopupProps } from 'vant'

/**
 * Vant draws a popup's backdrop as a button with no name, which screen readers announce as just
 * "button". The attribute falls through to the backdrop element; Vant's types do not model that.
 */
export function namedOverlay(label: string): PopupProps['overlayProps'] {
  return { 'aria-label': label } as unknown as PopupProps['overlayProps']
}
