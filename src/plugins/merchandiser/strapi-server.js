'use strict';

/**
 * Strapi loads a local plugin's server from its source folder. The server is
 * TypeScript compiled with the app (root tsconfig) into the app's dist/, so it
 * can share the app's pure domain modules; this file points there.
 */
const path = require('node:path');

module.exports = require(
  path.join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'merchandiser', 'server', 'src', 'index.js')
).default;
