export { PAGE_HTML } from './html.js';
export { PAGE_CSS } from './css.js';
export { PAGE_JS } from './script.js';
