import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { STRINGS } from '../../shared/strings';

export interface ReplaceConfirmProps {
  /** The block that would be overwritten, e.g. '情况说明!A3:A18'. */
  where: string;
  /** What the replacement will do, e.g. '更新 3 个数字，保留 2 处已填写的原因'; unknown when absent. */
  change?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before a generated block is replaced, saying what will change: the figures renewed, what the user
 * typed into it kept (mergeNarrativeBlock). Focus moves to 取消, so a second Enter does no harm.
 */
export function ReplaceConfirm({ where, change, onConfirm, onCancel }: ReplaceConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={STRINGS.replaceTitle}>
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.replaceTitle}</MessageBarTitle>
        {STRINGS.replaceBody(where)}
        {change !== undefined && STRINGS.replaceChanges(change)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={onConfirm}>
          {STRINGS.replaceConfirm}
        </Button>
        <Button ref={cancelRef} size="small" onClick={onCancel}>
          {STRINGS.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
