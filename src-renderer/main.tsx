/** The renderer's entry: connect to the API, open the document, render the app. */
import { createRoot } from 'react-dom/client';
import { connect } from './api/connect.js';
import { EditorStore } from './store/editor-store.js';
import { App } from './ui/App.js';

const store = new EditorStore(connect());
createRoot(document.getElementById('root') as HTMLElement).render(<App store={store} />);
void store.open();
