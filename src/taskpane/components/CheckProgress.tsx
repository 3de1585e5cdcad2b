import { Field, ProgressBar } from '@fluentui/react-components';
import type { ReadProgress } from '../../excel/types';

/** The read/check progress with the adapter's Chinese status line. */
export function CheckProgress({ progress }: { progress: ReadProgress }) {
  return (
    <Field label={progress.label} aria-live="polite">
      <ProgressBar value={Math.min(1, Math.max(0, progress.fraction))} max={1} />
    </Field>
  );
}
