// Jest loads global setup outside its module system: register swc's ESM loader to run the TypeScript.
import '@swc-node/register/esm-register';

export default async function globalSetup() {
  const { default: setup } = await import('./global-setup.ts');
  return setup();
}
