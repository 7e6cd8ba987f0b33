/** Boots the trainer's studio (studio.html). */
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import './style.css';
import { Studio } from './Studio.ts';

const studio = new Studio(document.getElementById('studio')!, window.localStorage, navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en');
if (new URLSearchParams(location.search).has('bench')) Object.assign(window, { sabrStudio: studio });
