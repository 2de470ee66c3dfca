import '@fontsource/nanum-gothic/400.css';
import '@fontsource/nanum-gothic/700.css';
import { render } from 'preact';
import { App } from './app.js';
import './style.css';

render(<App />, document.getElementById('app')!);
