// dart-sass, bundled alone as dist/sass.js: the preview requires it only when a site's layout links Sass.
export { compileStringAsync, info } from 'sass';
