/** Build the app into the page (loaded by main.ts once the graph's download has started). */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('rolegraph: #app is missing from index.html');
mount(App, { target });
