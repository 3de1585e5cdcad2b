/**
 * Request bytes of the operations marking and clearing send, as Office.js frames them (object paths,
 * instantiate actions, ids that grow through a large request), besides the bytes of their own text.
 * Measured with Office.js's serializer loaded in Node at ~5,000 operations per request, with a margin;
 * test/preview/requestFraming.test.ts checks them against it.
 */
export const REQUEST_COSTS = {
  /** worksheet.getRanges(address).format.fill.color = …, or .clear(): 586–595 measured. */
  fillWrite: 640,
  /** workbook.notes/comments.add(range, text): 413 measured. */
  noteAdd: 435,
  /** note.delete() of a loaded note: 265 measured. */
  noteDelete: 300,
  /** worksheet.getRange(address).getCellProperties({ format: { fill: … } }): 353 measured. */
  cellPropertiesRead: 400,
  /** note.getLocation().load('address') of a loaded note: 464 measured. */
  locationLoad: 480,
  /** workbook.customXmlParts.add(xml): 177 measured. */
  xmlPartAdd: 220,
} as const;
