import type { ThreePublicRow } from '../../tables/types';

/** 三公 items and the 经济分类 款 that spend on them out of 基本支出 (预算 and 决算 alike). */
export const THREE_PUBLIC_ECONOMIC_PAIRS: ReadonlyArray<{ item: ThreePublicRow; code: string; name: string }> = [
  { item: 'outbound', code: '30212', name: '因公出国（境）费' },
  { item: 'reception', code: '30217', name: '公务接待费' },
  { item: 'vehicleOps', code: '30231', name: '公务用车运行维护费' },
  { item: 'vehiclePurchase', code: '31013', name: '公务用车购置费' },
];
