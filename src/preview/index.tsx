import { createRoot } from 'react-dom/client';
import { PreviewHost } from './PreviewHost';

const container = document.getElementById('root');
if (!container) throw new Error('previewHost.html has no #root');
createRoot(container).render(<PreviewHost />);
