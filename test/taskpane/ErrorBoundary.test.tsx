/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('boom');
  return <p>恢复正常</p>;
}

function Harness() {
  return (
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>
    </FluentProvider>
  );
}

test('a render error shows a Chinese message instead of a blank pane, and the pane can recover', async () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('审核面板出现错误');
    expect(screen.getByRole('alert')).toHaveTextContent('操作失败：boom');

    shouldThrow = false;
    await userEvent.setup().click(screen.getByRole('button', { name: '重新加载面板' }));
    expect(screen.getByText('恢复正常')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  } finally {
    consoleError.mockRestore();
  }
});
