import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './app/ApiProvider';
import { App } from './app/App';
import { pickTransport } from './transport/index';
import { installKioskGuards } from './app/kiosk-guards';
import './styles.css';

// Locked down from the first moment; the development flag lifts it once the kiosk says so.
const removeGuards = installKioskGuards();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={pickTransport()}>
      <App onDevelopment={removeGuards} />
    </ApiProvider>
  </StrictMode>,
);
