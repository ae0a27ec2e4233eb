/**
 * Renderer entry: mounts the app and opens the demo school, as a first-time user expects.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { actions } from '../state/app-store';
import { markClean, startAutosave } from '../state/autosave';
import { closeProject, projectContent, projectContentInWorker } from '../state/project-actions';
import { App } from './App';
import './styles.css';
import './print.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  startAutosave(projectContentInWorker, projectContent);
  // The page starts with no project file open: after a crash the host must not keep the old one as Save's target.
  void closeProject();
  // The untouched demo is nothing to autosave.
  void actions.openDemo().then((opened) => opened && markClean());
}
