#!/usr/bin/env node
// `npx sourcelight page.html`: the annotator without npm's banner in its output. The annotator
// is TypeScript, loaded through tsx's loader (a dev dependency of this project).
import { register } from 'tsx/esm/api';

register();
await import('./annotate.ts');
