import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { STRINGS } from '../../shared/strings';
import type { Notice } from '../useCheckSession';

/** What the last command did (cells marked, report written …). */
export function StatusNotice({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" aria-live="polite">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {STRINGS.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
