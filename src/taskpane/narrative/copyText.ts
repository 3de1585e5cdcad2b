/**
 * Puts the text on the clipboard. False when the page may not (no Clipboard API, no permission, an
 * Office host that blocks it): the pane then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
