import { OFFICE_ERROR_TEXT } from './strings';

/** Han characters: a message that already has some is shown as it is. */
const HAN = /[\u4e00-\u9fff]/;

/**
 * A Chinese sentence for anything an Office.js call (or the adapter) rejects with. Office.js errors
 * carry a `code` (OfficeExtension.ErrorCodes) and an English message; the adapter's own errors are Chinese.
 */
export function errorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (typeof code === 'string' && OFFICE_ERROR_TEXT[code]) return OFFICE_ERROR_TEXT[code];
  if (message && HAN.test(message)) return message;
  if (message) return `操作失败：${message}`;
  return '操作失败，原因未知。';
}
