import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { STRINGS } from '../../shared/strings';

/** A failed Office.js call, in Chinese; the pane around it stays usable. */
export function ErrorNotice({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.errorTitle}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {STRINGS.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
