/**
 * Text the add-in and the command line write into a workbook carries words from the user's workbook (a project
 * name, a paragraph). Control characters cannot be typed into a cell, and XML 1.0 — the file format — cannot
 * carry most of them at all, so they are removed before any write.
 */

/** Every control character, tabs and line breaks included. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Control characters other than the line break. */
const CONTROL_CHARACTERS_BUT_LINE_BREAK = /[^\P{Cc}\n]/gu;

/** One paragraph for one cell: control characters, tabs and line breaks removed. */
export function cellParagraph(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/** A note's or comment's content: line breaks kept (as \n), every other control character removed. */
export function noteText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS_BUT_LINE_BREAK, '');
}
