import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { FindingFix } from '../../engine/findings';
import { STRINGS } from '../../shared/strings';

export interface FixConfirmProps {
  fixes: readonly FindingFix[];
  onConfirm(): void;
  onCancel(): void;
}

/** 全部修正 asks first, listing every cell and its new value. Focus moves to 取消, so a second Enter does no harm. */
export function FixConfirm({ fixes, onConfirm, onCancel }: FixConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const title = STRINGS.fixConfirmTitle(fixes.length);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={title}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {STRINGS.fixConfirmBody}
        <ul>
          {fixes.map((f) => (
            <li key={`${f.cell.sheet}!${f.cell.address}`}>
              {STRINGS.fixSuggestion(`${f.cell.sheet}!${f.cell.address}`, f.value).replace(/^建议：将 /, '')}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onConfirm}>
          {STRINGS.fixConfirm}
        </Button>
        <Button ref={cancelRef} size="small" onClick={onCancel}>
          {STRINGS.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
