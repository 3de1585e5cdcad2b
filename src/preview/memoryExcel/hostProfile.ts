/**
 * Which Excel the in-memory API stands for: the ExcelApi requirement sets it supports and whether it is
 * Excel on the web (5 MB request and response limit) or a desktop Excel (no such limit).
 */
export interface HostProfile {
  name: string;
  /** Highest ExcelApi version supported, e.g. '1.9'. */
  excelApi: string;
  web: boolean;
}

export const HOST_PROFILES = {
  /** Office 2019/2021-era desktop: the manifest's minimum. */
  excel19Desktop: { name: 'ExcelApi 1.9 desktop', excelApi: '1.9', web: false },
  excel113Web: { name: 'ExcelApi 1.13 web', excelApi: '1.13', web: true },
  latestWeb: { name: 'latest web', excelApi: '1.21', web: true },
} satisfies Record<string, HostProfile>;

export const DEFAULT_HOST_PROFILE: HostProfile = HOST_PROFILES.latestWeb;

/** 1.13 > 1.9: versions compare by their minor number. */
export function compareApiVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Office.context.requirements.isSetSupported as this host answers it. */
export function profileSupports(profile: HostProfile, name: string, version = '1.1'): boolean {
  return name === 'ExcelApi' && compareApiVersions(version, profile.excelApi) <= 0;
}

/**
 * The ExcelApi version of each member the in-memory API models above 1.1, from @types/office-js
 * (test/preview/hostProfile.test.ts checks them against its doc comments).
 */
export const MEMBER_API_SETS = {
  'Workbook.comments': '1.10',
  'Workbook.notes': '1.18',
  'Workbook.customXmlParts': '1.5',
  'Workbook.protection': '1.7',
  'Worksheet.getRanges': '1.9',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.protection': '1.2',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Range.getCellProperties': '1.9',
  'Range.getRowProperties': '1.9',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.getUsedRangeOrNullObject': '1.4',
  'RangeAreas.select': '1.18',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItemCollection.add': '1.4',
  'NamedItem.getRangeOrNullObject': '1.4',
} as const;

export type ModelledMember = keyof typeof MEMBER_API_SETS;
