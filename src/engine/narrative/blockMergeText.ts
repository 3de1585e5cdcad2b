import type { BlockMergeSummary } from './mergeNarrativeBlock';

/** What replacing the block will do, in one Chinese line: '更新 3 个数字，保留 2 处已填写的原因'. */
export function blockMergeText(summary: BlockMergeSummary): string {
  const parts = [summary.figures ? `更新 ${summary.figures} 个数字` : '数字无变化'];
  if (summary.filledSlots) parts.push(`保留 ${summary.filledSlots} 处已填写的原因`);
  if (summary.added) parts.push(`保留 ${summary.added} 句您添加的内容`);
  if (summary.rewritten)
    parts.push(`${summary.rewritten} 处生成的句子您已改写，保留您的写法（其中数字未更新，请核对）`);
  return parts.join('，');
}
