/** zh-CN texts of the task pane and the ribbon commands, in one place. */
export const STRINGS = {
  appTitle: '预算公开审核',
  appSubtitle: '部门预算公开工作簿校验',

  validate: '校验工作簿',
  validating: '正在校验…',
  reading: '正在读取工作簿…',
  checking: '正在检查勾稽关系…',
  strictMode: '严格模式：尾差按错误处理',
  markCells: '标记单元格',
  clearMarks: '清除标记',
  exportReport: '导出报告',

  overviewTitle: '工作簿概况',
  unit: '单位',
  year: '预算年度',
  unknown: '未识别',
  missing: '缺失',
  notChecked: '尚未校验。单击“校验工作簿”开始。',

  countsTitle: '问题统计',
  findingsTitle: '问题清单',
  noFindings: '没有发现问题。',
  noFindingsForFilter: '没有符合筛选条件的问题。',
  otherGroup: '工作簿/其他',

  filterSeverity: '级别',
  filterTable: '表格',
  filterFamily: '审核类别',
  filterAll: '全部',

  expected: '应为',
  actual: '实为',
  difference: '差额',
  moreCells: (n: number) => `等 ${n} 个单元格`,
  findingHint: '单击或按 Enter 键定位到单元格',

  marked: (cells: number, notes: number, skipped: number) =>
    `已标记 ${cells} 个单元格，添加 ${notes} 条批注${skipped > 0 ? `，${skipped} 个单元格无法标记（如受保护的工作表）` : ''}。`,
  cleared: (restored: number, notes: number) => `已恢复 ${restored} 个单元格的填充色，删除 ${notes} 条审核批注。`,
  reportWritten: '已将校验报告写入“校验报告”工作表。',
  nothingToMark: '请先校验工作簿。',

  resultSummary: (error: number, warning: number, info: number) =>
    `校验完成：错误 ${error} 项，提示 ${warning} 项，尾差/说明 ${info} 项。`,
  resultNoTables: '未在工作簿中找到部门预算公开表格。',
  close: '关闭',

  errorTitle: '操作未完成',
  dismiss: '关闭提示',
  crashTitle: '审核面板出现错误',
  crashBody: '面板遇到意外错误。您的工作簿没有被修改。',
  reload: '重新加载面板',
  officeUnavailable: '未能连接 Excel：请在 Excel 中通过“预算审核”选项卡打开此加载项。',
} as const;

/** Chinese text for the error codes Office.js reports (OfficeExtension.ErrorCodes). */
export const OFFICE_ERROR_TEXT: Record<string, string> = {
  AccessDenied: '没有权限执行此操作。',
  ActivityLimitReached: '操作过于频繁，请稍后再试。',
  ApiNotFound: '当前版本的 Excel 不支持此操作，请更新 Excel。',
  Conflict: '工作簿正在被其他操作修改，请稍后再试。',
  GeneralException: 'Excel 内部错误，请稍后再试。',
  InsertDeleteConflict: '插入或删除单元格时发生冲突。',
  InvalidArgument: '参数无效。',
  InvalidOperation: '当前状态下无法执行此操作（单元格可能正在编辑，请先按 Enter 或 Esc）。',
  InvalidOperationInCellEditMode: '单元格正在编辑，请先按 Enter 或 Esc 结束编辑。',
  InvalidReference: '引用的单元格或工作表无效。',
  ItemNotFound: '找不到对应的工作表或单元格，工作簿可能已被修改，请重新校验。',
  NotImplemented: '当前版本的 Excel 不支持此操作。',
  RequestAborted: '请求被中止，请重试。',
  RequestPayloadSizeLimitExceeded: '工作簿过大，一次读取的数据超出限制。',
  ResponsePayloadSizeLimitExceeded: '工作簿过大，一次读取的数据超出限制。',
  ServiceNotAvailable: '服务暂时不可用，请稍后再试。',
  Unauthenticated: '需要登录后才能执行此操作。',
  UnsupportedOperation: '不支持此操作。',
  EditModeActive: '单元格正在编辑，请先按 Enter 或 Esc 结束编辑。',
  ProtectedSheet: '工作表受保护，无法修改。',
};
