import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './app/ApiProvider';
import { App } from './app/App';
import { pickTransport } from './transport/index';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={pickTransport()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
