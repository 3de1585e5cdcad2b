import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance of '#RRGGBB' (0 black … 1 white); undefined for anything else. */
function luminance(hex: string | undefined): number | undefined {
  const m = hex ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim()) : null;
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's body background is dark; light outside Office or when the host gives no theme. */
export function officeFluentTheme(): Theme {
  let background: string | undefined;
  try {
    background = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  } catch {
    // Office.context throws before Office.onReady in some hosts: fall back to light.
    background = undefined;
  }
  const l = luminance(background);
  return l !== undefined && l < 0.5 ? webDarkTheme : webLightTheme;
}
