import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { STRINGS } from '../strings';

export interface ReplaceConfirmProps {
  /** The block that would be overwritten, e.g. '情况说明!A3:A18'. */
  where: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before a generated block is overwritten: the reasons the user typed into it would be lost.
 * Focus moves to 取消, so a second Enter does no harm.
 */
export function ReplaceConfirm({ where, onConfirm, onCancel }: ReplaceConfirmProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={STRINGS.replaceTitle}>
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.replaceTitle}</MessageBarTitle>
        {STRINGS.replaceBody(where)}
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
