export { createMemoryRunner, type MemoryRunner } from './createMemoryRunner';
export { MemoryWorkbook, MemorySheet, type MemoryCell, type MemoryWorkbookSnapshot } from './memoryWorkbook';
export { MemoryRequestContext, type MemoryStats, type MemoryContextOptions } from './requestContext';
export { MemoryOfficeError } from './officeError';
