// Copies the API's non-TypeScript product data (CSV code lists) next to the compiled code.
import { cpSync } from 'node:fs';

cpSync('apps/api/src/municipalities/data', 'dist/apps/api/municipalities/data', { recursive: true });
